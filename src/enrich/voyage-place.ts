/**
 * Whether a place a report of an incident at sea names is the ship's voyage or its owner's seat rather
 * than the scene: "carrying grain from Odesa to Alexandria", "bound for Rotterdam", "had left Basra",
 * "managed by a Piraeus-based firm", "owned by a Hamburg company", "the ship's manager in Limassol". A
 * ship is attacked far from its ports and its manager's office; the scene is the sea or the coast the
 * lead names it off (at-sea.ts).
 */

/** Words before a port of the voyage: "from", "to", "bound for", "en route to", "left", "sailed from". */
const VOYAGE_BEFORE = /\b(?:from|to|bound\s+(?:for|to)|head(?:ed|ing)\s+(?:for|to)|en\s+route\s+(?:to|from)|destined\s+for|(?:had\s+)?(?:left|departed(?:\s+from)?|sailed\s+(?:from|to)|loaded\s+(?:at|in))|calling\s+at|docked\s+in)\s+(?:the\s+(?:\p{L}+\s+)?port\s+of\s+)?$/iu;
/** "40 nautical miles from Aden", "12 km from Eyl": a distance from a town places the scene by it. */
const DISTANCE_FROM = /\b(?:miles?|kilomet(?:er|re)s?|km|nm|nmi|NM)\s+(?:(?:north|south|east|west)[\p{L}-]*\s+)?from\s+$/iu;
/**
 * "close to Mokha", "next to Socotra", "in waters close to Bonny", "not far from Aden": a place the
 * scene lies by, no port of the voyage (review72 fault 6).
 */
const BESIDE = /\b(?:(?:close|closer|next|near|nearer|adjacent|right\s+up)\s+to|(?:not\s+far|away)\s+from)\s+(?:the\s+(?:\p{L}+\s+)?port\s+of\s+)?$/iu;
/** Words before an owner's or manager's seat: "managed by a", "owned by an", "operated by the". */
const OWNER_BEFORE = /\b(?:managed|owned|operated|chartered)\s+by\s+(?:an?|the)\s+$/i;
/** "Thalassa Container Management, the ship's manager in Limassol": the seat after the owner's word. */
const OWNER_IN_BEFORE = /\b(?:the\s+(?:ship|vessel|tanker|carrier|freighter)['’]s|its)\s+(?:manager|owner|operator)s?\s+in\s+$/i;
/** After the seat: "-based firm", " company", " shipping group". */
const OWNER_AFTER = /^(?:[-‑]based\b|\s+based\b|\s+(?:company|firm|owner|operator|manager|shipowner|shipping\b|group|concern)\b)/i;

/** Whether the place at `start`..`end` of `body` is a port of the ship's voyage or its owner's seat. */
export function voyageOrOwnerPlace(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 60), start);
  const after = body.slice(end, end + 30);
  if (VOYAGE_BEFORE.test(before) && !DISTANCE_FROM.test(before) && !BESIDE.test(before)) return true;
  if (OWNER_IN_BEFORE.test(before)) return true;
  return OWNER_AFTER.test(after) && (OWNER_BEFORE.test(before) || /[-‑]based\b/.test(after.slice(0, 7)));
}
