/**
 * Whether a place is told as where a company or a ship's owner is registered, based or headquartered,
 * or as a ship's flag: "registered to a company in the United Arab Emirates", "a Dubai-based shipping
 * company", "a front company based in Dandong", "sails under a Cook Islands flag". Such a place is the
 * owner's or the listed firm's, told to say who it is; it is never where the event happened, nor a report's
 * claim about the scene to set against another's (review ux73a fault 5, ux72a's round-up in Dandong).
 * voyage-place.ts covers a ship's owner in a lead about an incident at sea; this holds for any report.
 */

/**
 * Words before the seat: "registered in", "registered to a company in", "owned by a firm in",
 * "headquartered in", "based in", "flagged in", "under the flag of", "a front company in the border city of".
 */
const SEAT_BEFORE = new RegExp(
  String.raw`(?:\b(?:registered|domiciled|incorporated|headquartered|based|flagged)\s+(?:(?:to|with|by)\s+(?:an?|the|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|owner|entity|operator|manager|group|shipowner)\s+)?(?:in|at)` +
    String.raw`|\b(?:owned|managed|operated|controlled|run)\s+by\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:company|firm|owner|entity|operator|group|shipowner)\s+(?:based\s+)?in` +
    String.raw`|\b(?:front|shell|registered)\s+(?:company|companies|firms?)\s+(?:(?:based|registered)\s+)?in` +
    // "a shipping company in Rotterdam" may be where a fire broke out: a trade's firm needs "based" (review75).
    String.raw`|\b(?:shipping|trading|holding)\s+(?:company|companies|firms?)\s+(?:based|registered)\s+in` +
    String.raw`|\bunder\s+the\s+flag\s+of` +
    String.raw`|\b(?:its|whose|with)\s+(?:headquarters|head\s+office|registered\s+office|seat)\s+(?:is\s+|are\s+)?in)` +
    String.raw`\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}?(?:city|port|emirate|town|state)\s+of\s+)?$`,
  'iu',
);

/**
 * After the seat: "-registered", "-based firm", "-flagged", "a Cook Islands flag", "a Dubai shipping firm";
 * not the firm's premises ("Fire guts Rotterdam shipping firm offices": the scene, review75).
 */
const SEAT_AFTER = /^(?:[-‑](?:registered|based|flagged|headquartered|domiciled)\b|\s+flag\b|\s+(?:shipping|trading|holding|front|shell)\s+(?:firm|company|companies|firms)\b(?!['’]s|\s+(?:offices?|headquarters|warehouses?|buildings?|premises|depots?|yards?|terminals?)\b))/iu;

/** Whether the place at `start`..`end` of `text` is told as a company's or an owner's seat or a ship's flag. */
export function toldAsSeat(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  // Within the sentence: "... based in Oslo. Police in Bergen said" leaves Bergen the scene.
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  // "the Dubai company Marlin Gulf Shipping": a firm told by its seat.
  if (/\b(?:a|an|the)\s+$/i.test(clause) && /^\s+(?:company|firm|shipowner)\b/i.test(text.slice(end, end + 20))) return true;
  return SEAT_BEFORE.test(clause) || SEAT_AFTER.test(text.slice(end, end + 40));
}
