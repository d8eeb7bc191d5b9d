/**
 * How many crew a ship had aboard, as a report states it, read so that the reports of one event can be
 * compared (measure-discrepancies.ts): "its 23 crew", "all 25 crew members of the Silver Heron", "the
 * 22 sailors aboard", "the 25 crew members are safe", "a crew of 24", and a crew told by nationality, "16 Filipinos and 6 Ukrainians",
 * summed. A hijacking's or a fire's reports gave the crew aboard as 23, 25 and 22 and nothing
 * compared them: crew-counts.ts counts only the crew held and the crew missing.
 *
 * Precision first: only a whole crew is read, never a part of it ("the 18 crew members held hostage",
 * "the 12 sailors who were rescued", "five of its 23 crew" gives 23, the whole), nor a film, flight or
 * cabin crew; a count names its ship where the clause does ("the Silver Heron's 23 crew"), and counts of
 * two ships are never compared.
 */
import { BOUND, RANGE_AFTER, RANGE_BEFORE, countReading, type Measured } from './measure-figures.js';

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const COUNT = String.raw`\d{1,3}|(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL}`;
const SEAFARERS = String.raw`(?:crew\s*members|crewmembers|crewmen|crew|sailors|seafarers|seamen|mariners)`;
const ABOARD = String.raw`(?:aboard|on\s+board|onboard)`;
/** A ship's name after "of the": "of the bulk carrier Silver Heron", "of the MV Amber Tide". */
const SHIP_OF = String.raw`of\s+the\s+(?:(?:[\p{Ll}-]+\s+){0,2}?)((?:(?:MV|MT|M\/V|M\/T)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`;

/** "its 23 crew", "the ship's 23 crew", "the Silver Heron's 22 sailors", "all 25 crew members"; not "their two crewmen", often some of several ships' crews. */
const WHOLE = new RegExp(String.raw`\b(?:([Ii]ts|[Aa]ll|[Aa]ll\s+of\s+(?:its|the))|((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)['’]s|(?:[Tt]he\s+)?(?:ship|vessel|tanker|freighter|carrier|trawler|ferry|boat)['’]s|[Tt]he)\s+${BOUND}(${COUNT})\s+(?:[\p{L}-]+\s+)?${SEAFARERS}\b(?:\s+${SHIP_OF})?`, 'gu');
/** "a crew of 24", "with a crew of about 20", "its crew of 19", "the tanker's crew of 23". */
const CREW_OF = new RegExp(String.raw`\b(?:a|its|their|the\s+[\p{L}-]+['’]s)\s+crew\s+of\s+${BOUND}(${COUNT})\b(?!\s+(?:ships?|vessels?|boats?|tons?|tonnes))`, 'giu');
/** "22 sailors aboard", "23 crew members were on board", "with 23 crew on board". */
const COUNT_ABOARD = new RegExp(String.raw`(?<![\p{L}\d,.-])${BOUND}(${COUNT})\s+(?:[\p{L}-]+\s+)?${SEAFARERS}\s+(?:(?:were|was|are)\s+)?${ABOARD}\b(?:\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?((?:(?:MV|MT)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}))?`, 'gu');
/** "the 25 crew members are safe": told of the whole crew. */
const ALL_SAFE = String.raw`(?:were|are|have\s+been|had\s+been)\s+(?:all\s+)?(?:safe|unharmed|unhurt|uninjured|in\s+good\s+health|accounted\s+for)\b`;
/** A part of the crew: a participle or a relative clause after the count, or a word of the rest before it. */
const PART_AFTER = /^\s*(?:who|that|which|whom|held|taken|kidnapped|abducted|missing|still|remaining|rescued|injured|killed|dead|hurt|released|freed|evacuated|hospitali[sz]ed|arrested|detained|onshore|ashore)\b/i;
const PART_BEFORE = /\b(?:remaining|other|rest\s+of\s+the|surviving|missing|injured|rescued)\s+$/i;
/** A sentence of some of the crew: held, missing, hurt, dead. */
const PART_SENTENCE = /\b(?:hostages?|captives?|kidnapp\w*|abduct\w*|missing|injured|wounded|hurt|killed|dead|died|bodies|detained|arrested)\b/i;
/** Crews that sail no ship (crew-figures.ts keeps the same list for the crew held). */
const NOT_SEAFARERS = /\b(?:film|filming|television|tv|news|camera|flight|cabin|air|production|rescue|fire|ambulance|ground|road|repair|work|utility|cleanup|demolition|maintenance|emergency|helicopter|lifeboat|construction|train|bus)\s+(?:crew|crews)\b/i;
/** An aircraft's crew: "the plane's 12 crew", "the airliner, with six crew". Not a helicopter, which lifts a ship's crew off. */
const AIRCRAFT = /\b(?:planes?|aircraft|airliners?|jets?|flights?|airlines?|cockpit)\b/i;
/** A ship word: a crew count in a sentence without one, and without "aboard", may be no ship's. */
const SHIP_WORD = /\b(?:ships?|vessels?|tankers?|freighters?|carriers?|bulkers?|boats?|trawlers?|dhows?|ferry|ferries|barges?|tugs?|MV|MT|sailors|seafarers|seamen|mariners)\b/i;
/** A crew told by nationality: "16 Filipinos and 6 Ukrainians", "17 Filipino and six Indian crew members". */
const PART = String.raw`(?:${COUNT})\s+\p{Lu}\p{Ll}+`;
const BY_NATION = new RegExp(String.raw`(?<![\p{L}\d,.-])(${PART}(?:\s*,\s*${PART})*,?\s+and\s+${PART})\b`, 'gu');
/** A people's name that is a nationality's plural or adjective: "Filipinos", "Ukrainians", "Chinese", "Indian". */
const NATION = /^\p{Lu}\p{Ll}+(?:ians?|ans?|eses?|ese|ish|is|os|inos?|ers|ks|ots|ch|ts)$/u;

function wordCount(raw: string): number {
  const units = SMALL.split('|');
  const tens = TENS.split('|');
  const lower = raw.toLowerCase();
  if (/^\d/.test(lower)) return Number(lower);
  const [t, u] = lower.split('-');
  if (u !== undefined) return (tens.indexOf(t!) + 2) * 10 + units.indexOf(u) + 1;
  return units.includes(lower) ? units.indexOf(lower) + 1 : (tens.indexOf(lower) + 2) * 10;
}

/** Whether a report speaks of a ship or of seafarers at all: a crew in a report without one is no ship's. */
export function speaksOfShips(body: string): boolean {
  return SHIP_WORD.test(body);
}

/**
 * The crew aboard one clause states; `sentence`: the clause's whole sentence; `ships`: whether its
 * report speaks of a ship (speaksOfShips), the sentence's own word standing in where not given.
 */
export function crewSizeIn(text: string, sentence: string = text, ships: boolean = SHIP_WORD.test(sentence)): Measured[] {
  if (!ships || !/\b(?:crew|sailors|seafarers|seamen|mariners|crewmen)\b/i.test(text) || NOT_SEAFARERS.test(sentence) || AIRCRAFT.test(text)) return [];
  const out: Measured[] = [];
  const push = (start: number, end: number, bound: string | undefined, raw: string, ship: string | undefined): void => {
    if (PART_AFTER.test(text.slice(end)) || PART_BEFORE.test(text.slice(Math.max(0, start - 25), start))) return;
    // "between 20 and 25 crew", "a crew of 20 to 25": a range, no one figure.
    const rawAt = text.indexOf(raw, start);
    if (RANGE_BEFORE.test(text.slice(Math.max(0, rawAt - 40), rawAt)) || RANGE_AFTER.test(text.slice(rawAt + raw.length))) return;
    const reading = countReading(String(wordCount(raw)), bound);
    if (!reading || reading.value < 2) return;
    if (out.some((o) => o.start < end && start < o.end)) return;
    const written = [bound?.toLowerCase().replace(/\s+/g, ' '), String(reading.value), 'crew'].filter(Boolean).join(' ');
    const figure: Measured = { kind: 'crew', thing: '', written, start, end, reading };
    if (ship) figure.qualifier = { one: '', of: ship.toLowerCase(), ofShown: ship };
    out.push(figure);
  };
  // "the 18 sailors aboard the Marta Quell" first, for the ship it names.
  for (const m of text.matchAll(COUNT_ABOARD)) push(m.index!, m.index! + m[0].length, m[1], m[2]!, m[3]);
  for (const m of text.matchAll(WHOLE)) {
    const owner = m[2];
    // "the 25 crew members" is the whole crew only where nothing after it tells a part, and with "the" only aboard a ship or of one.
    if (!m[1] && !owner && /^the\s/i.test(m[0]) && !m[5] && !new RegExp(String.raw`^\s*(?:(?:were\s+|was\s+)?${ABOARD}|${ALL_SAFE})`, 'i').test(text.slice(m.index! + m[0].length))) continue;
    push(m.index!, m.index! + m[0].length, m[3], m[4]!, m[5] ?? owner);
  }
  for (const m of text.matchAll(CREW_OF)) push(m.index!, m.index! + m[0].length, m[1], m[2]!, undefined);
  // A crew told by nationality in a sentence of the crew held, hurt or lost counts those, not the crew aboard.
  if (/\b(?:crew|sailors|seafarers|seamen|mariners|crewmen)\b/i.test(sentence) && !PART_SENTENCE.test(sentence)) {
    for (const m of text.matchAll(BY_NATION)) {
      const parts = [...m[1]!.matchAll(new RegExp(String.raw`(${COUNT})\s+(\p{Lu}\p{Ll}+)`, 'gu'))];
      if (parts.length < 2 || !parts.every((p) => NATION.test(p[2]!))) continue;
      const sum = parts.reduce((n, p) => n + wordCount(p[1]!), 0);
      const start = m.index!;
      const end = start + m[0].length;
      // The sum stands in for a crew's own count only where none stands beside it (which is read above).
      if (out.some((o) => Math.abs(o.start - start) < 80)) continue;
      const reading = countReading(String(sum), undefined)!;
      out.push({ kind: 'crew', thing: '', written: `${sum} crew (${m[1]!.replace(/\s+/g, ' ')})`, start, end, reading });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
