/**
 * The merchant ship a report is about: "Explosive boat hits tanker Selene Star", "the bulk carrier
 * Coral Meridian (IMO 9481234) was struck". On a day of attacks on shipping in one region every report
 * tells the same story in the same words (a drone, a fire, the armed group that claimed it, the strait),
 * and a report of one ship joined the event of another hit that day (review ux70b). The ship a headline
 * names, else the first its lead names, is the report's: two reports about two ships are two events,
 * a rule rather than a weight. A report naming no ship, or naming one only further down (a second attack
 * told in passing), says nothing. Warships are left out: a navy's frigate answers an attack on a
 * merchant ship and its name says which response, not which attack.
 */
import { countryOfDemonym, lookupCountry } from '../enrich/gazetteer/places.js';

/** Words for a merchant hull: its trade, or its size class as trade papers write it. */
const HULL_WORD = String.raw`(?:(?:crude(?:\s+oil)?|product|chemical|gas|LNG|LPG|oil)\s+tanker|tanker|bulk\s+carrier|bulker|(?:car|vehicle|gas|LNG|LPG|ore)\s+carrier|freighter|(?:general\s+)?cargo\s+ship|container\s*ship|boxship|merchant\s+(?:ship|vessel)|cargo\s+vessel|handysize|handymax|supramax|ultramax|panamax|kamsarmax|capesize|aframax|suezmax|VLCC|reefer|ro-?ro)`;
/** A name's word: capitalised, or a number after the first word ("Star 7"); "-flagged" and the like are no part of it. */
const NAME = String.raw`(\p{Lu}[\p{L}'’]*(?:\s+(?:\p{Lu}[\p{L}'’]*|[IVX]+|\d{1,3}))?(?:\s+(?:\p{Lu}[\p{L}'’]*|[IVX]+|\d{1,3}))?)`;
const AFTER_WORD = new RegExp(String.raw`\b${HULL_WORD},?\s+(?:the\s+)?${NAME}(?![\p{L}'’-])`, 'u');
const AFTER_PREFIX = new RegExp(String.raw`\b(?:MV|M\/V|MT|M\/T)\s+${NAME}(?![\p{L}'’-])`, 'u');
/** "the Marshall Islands-flagged Star Meridian": a flag's word right before a capitalised name, no hull word between (review ux76a). */
// A merchant prefix after the flag ("the Ethiopian-flagged MV Gibe") is AFTER_PREFIX's to read: taken here
// too, "MV Gibe" and "Gibe" were two ships of one report, which split ECB+'s piracy stories.
const AFTER_FLAGGED = new RegExp(String.raw`\b\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?-flagged\s+(?!(?:MV|M\/V|MT|M\/T)\s)${NAME}(?![\p{L}'’-])`, 'u');
/**
 * A hull word after the flag, capitalised in a Title Case headline ("Panama-flagged Tanker Attacked Near
 * Hodeidah", "Liberian-flagged Container Ship"): the kind of ship, no name. Read as a name, every such
 * headline's ship was "tanker", apart from the ship its body names and one with any other "Tanker" headline.
 */
const FLAGGED_KIND = new RegExp(String.raw`^(?:${HULL_WORD}|ship|vessel|boat|ferry|yacht|trawler|dhow|tug|warship|fishing|cargo|merchant|container|bulk|oil|crude|passenger|cruise)(?![\p{L}])`, 'iu');
const BEFORE_IMO = new RegExp(String.raw`${NAME}\s*[(,]\s*IMO(?:\s*(?:no\.?|number))?\s*:?\s*\d{7}\b`, 'u');
/** Words that follow a hull word capitalised without naming the ship. */
const NOT_NAMES = /^(?:The|A|An|On|In|At|Off|Near|From|To|For|With|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Master|Captain|Company|Owner|Operator|Manager|Crew)\b/;
/**
 * Words that end a name read further on: an AP-style day or month after it ("the tanker Selene Star
 * Tuesday"), or a Title Case headline's verb, particle or aftermath ("MT Selene Star Hit, Crew Safe").
 * A ship is seldom named with one of these, and a name read with it keeps that ship apart from itself.
 */
const ENDS_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Hit|Hits|Struck|Strikes|Attacked|Attack|Attacks|Seized|Seizes|Boarded|Hijacked|Hijack|Targeted|Damaged|Sinks|Sank|Sinking|Sunk|Burns|Burning|Ablaze|Catches|Explodes|Explosion|Blast|Fire|Fires|Rescued|Rescue|Freed|Released|Towed|Adrift|Abandoned|Evacuated|Reported|Reports|Says|Said|Sails|Docks|Arrives|Attempts|Was|Is|Are|Has|Had|Off|In|At|On|Near|After|Amid|As|And|Or|Of|By|From|To|For|With|Under|Crew|Crews|Master|Captain|Owner|Owners|Operator|Manager|Safe|Missing|Dead|Killed|Injured|Hurt|Unharmed)$/;
/**
 * What follows a capitalised word after a hull word when the word is the subject of a clause about the
 * ship, not its name: "the tanker Houthi rebels attacked last month", "a second tanker Iran seized in
 * April", "the container ship Maersk Line operates" (review71 b1). An act verb counts only before a
 * word that cannot be its object ("seized in", "attacked last"), so "the tanker Selene Star hit a mine" stays a ship.
 */
const CLAUSE_AFTER = /^\s+(?:(?:rebels|forces|pirates|militants|troops|gunmen|fighters|authorities|officials|commandos|navy|guards|militias?|government)\b|(?:operates|operated|owns|owned|manages|managed|charters|chartered)\b|(?:attacked|seized|hit|struck|targeted|captured|hijacked|impounded|detained|boarded)\s+(?:in|on|last|this|earlier|early|late|during|off|near|at|and|was|is|remains|remained|has|had|[,.;]))/u;
/** How much of the lead is read: its first sentence or two, where the report's own ship is named. */
const LEAD = 400;

/** Whether a name read after a hull word is a country, a people or the subject of a clause about the ship (CLAUSE_AFTER). */
function clauseSubject(name: string, after: string): boolean {
  return lookupCountry(name) !== null || countryOfDemonym(name) !== null || CLAUSE_AFTER.test(after);
}

/** The ship's name as a key: lower case, one space. */
function key(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The name up to the first word that ends it (ENDS_NAME); its first word is checked by NOT_NAMES. */
function cut(name: string): string {
  const words = name.split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && ENDS_NAME.test(w));
  return end < 0 ? name : words.slice(0, end).join(' ');
}

/** The first merchant ship `text` names, by a hull word, a merchant prefix, a flag before it or an IMO number after it; or null. */
export function namedHull(text: string): string | null {
  let best: { at: number; name: string } | null = null;
  for (const pattern of [AFTER_WORD, AFTER_PREFIX, BEFORE_IMO, AFTER_FLAGGED]) {
    const m = pattern.exec(text);
    if (!m || NOT_NAMES.test(m[1]!) || (pattern === AFTER_WORD && clauseSubject(m[1]!, text.slice(m.index + m[0].length))) || (pattern === AFTER_FLAGGED && FLAGGED_KIND.test(m[1]!))) continue;
    if (!best || m.index < best.at) best = { at: m.index, name: cut(m[1]!) };
  }
  return best ? key(best.name) : null;
}

/** A merchant ship's name where `text` writes it: `start` and `end` bound the name as `name` keeps it. */
export interface HullMention {
  name: string;
  start: number;
  end: number;
  /** Written after a merchant prefix ("MV Sea Lark"): the prefix as written. */
  prefix?: string;
}

const EVERY = [AFTER_WORD, AFTER_PREFIX, BEFORE_IMO, AFTER_FLAGGED].map((p) => new RegExp(p.source, 'gu'));
const EVERY_AFTER_WORD = EVERY[0]!;
const EVERY_AFTER_FLAGGED = EVERY[3]!;
const PREFIX_FIRST = /^(?:MV|M\/V|MT|M\/T)\s/;
const PREFIX_BEFORE = /\b(MV|M\/V|MT|M\/T)\s+$/;

/** Every merchant ship's name `text` writes by a hull word, a merchant prefix, a flag before it or an IMO number after it, in text order, each place once. */
export function hullMentions(text: string): HullMention[] {
  const found = new Map<number, HullMention>();
  for (const pattern of EVERY) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "bulk carrier MV Sea Lark": the prefix's own match reads the name.
      if (NOT_NAMES.test(m[1]!) || PREFIX_FIRST.test(m[1]!)) continue;
      if (pattern === EVERY_AFTER_WORD && clauseSubject(m[1]!, text.slice(m.index + m[0].length))) continue;
      if (pattern === EVERY_AFTER_FLAGGED && FLAGGED_KIND.test(m[1]!)) continue;
      // A headline's name does not run on into the dateline on the next line.
      const name = cut(m[1]!.split(/\s*\n/)[0]!);
      const start = m.index + m[0].lastIndexOf(m[1]!);
      const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 6), start))?.[1];
      if (!found.has(start)) found.set(start, { name, start, end: start + name.length, ...(prefix ? { prefix } : {}) });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The ship's name as compared across reports (lower case, one space): "the Sea Lark" and "MV Sea Lark" are one. */
export const hullKey = key;

/** The report's own ship: the one its headline names, else the first its lead names; null where neither names one. */
export function leadHull(headline: string, body: string): string | null {
  return namedHull(headline) ?? namedHull(body.slice(0, LEAD));
}

/**
 * Whether two keys name one ship: equal, or one the other's first words ("selene star" and "selene star
 * tuesday"), as a report may carry one more capitalised word after the name than ENDS_NAME knows.
 */
export function sameHull(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** Whether the article is about another ship than every report of the event: two ships, two events. */
export function hullsApart(article: string | null | undefined, event: readonly string[] | undefined): boolean {
  return Boolean(article) && event !== undefined && event.length > 0 && !event.some((h) => sameHull(h, article!));
}

/** Whether two events are about other ships, none in common: an article that reaches both does not merge them. */
export function hullSetsApart(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length > 0 && b.length > 0 && !a.some((h) => b.some((g) => sameHull(g, h)));
}
