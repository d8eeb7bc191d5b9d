/**
 * Counts that tally more than the event: a city's or a year's ("more than 480 people have been killed
 * in the city this year", "41 other people were wounded citywide"), several shootings ("wounded in weekend
 * shootings"), a round-up over hours. Their sentences are blanked before the event's counts are read.
 */

import { findRoundUp } from './round-up.js';
import { wordNumber } from './casualty-count.js';

/**
 * What marks a sentence (or clause) as a tally of more than one event: over a period, a city, a country, several shootings.
 * A report "found" a tally only when it is not one incident's own report: a police, autopsy or crash report finds
 * that incident's toll ("A police report found that three people were killed").
 */
const TALLY = /\b(?:so far (?:this|in)\b|(?:this|last) year\b(?!['’])|since (?:jan(?:uary\b|\.)|feb(?:ruary\b|\.)|march\b|april\b|may\s+1\b|june\b|july\b|aug(?:ust\b|\.)|sept?(?:ember\b|\.)|oct(?:ober\b|\.)|nov(?:ember\b|\.)|dec(?:ember\b|\.)|the (?:start|beginning)\b|(?:19|20)\d\d\b)|\b(?:between|from)\s+(?:[a-z]+\.?\s+)?(?:19|20)\d\d\s+(?:and|to|through)\s+(?:[a-z]+\.?\s+)?(?:19|20)\d\d\b|year[- ]to[- ]date|citywide|city-wide|(?<!\bfrom )across the (?:city|state|country|nation)\b|nationwide|statewide|in the (?:united states|u\.s\.|country)\b|(?:each|every|per) year\b|annually|(?:in|over|during) the (?:[\w-]+ )?(?:twelve|12|six|6|three|3) months (?:to|ending|up to|through)\b|(?<!\b(?:police|autopsy|incident|accident|crash|coroner['’]s|medical examiner['’]s|post-mortem|postmortem|toxicology|preliminary|initial|arrest|fire marshal['’]s|investigators['’]|investigator['’]s)\s+)\b(?:report|index|census|survey|study|tally)\s+(?:counted|recorded|found|documented|listed|tallied)\b|(?:over|in) the (?:past|last) (?:(?:\w+|\d+) )?(?:years?|months?|decades?)\b|in (?:\w+(?:-and-a-half)?|\d+) years\b|\bin other\b[^.]{0,20}\b(?:attacks|shootings|incidents|violence)\b|\bin\s+(?:a|an|another)\s+(?:separate|unrelated|different|other)\s+(?:shooting|incident|attack|case)\b|\bin\s+another\s+(?:shooting|incident|attack)\b|(?<!\b(?:unrelated|connected|linked|related|tied)\s+to\s+)\b(?:separate|unrelated|other)\s+(?:attacks|shootings|incidents)\b|\bin (?:attacks|shootings) (?:across|around|throughout)\b|\bin gun violence\s+(?:over|during|throughout|across|around|since|so far|this|last)\b|\bin\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple)\s+(?:separate\s+|different\s+)?(?:shootings|shooting incidents|incidents|attacks)\b|\b(?:violent|bloody|deadly)\s+(?:[\w-]+\s+)?(?:weekend|night|day|week|stretch|span)\b[^.]{0,60}?\b(?:saw|that left|left|in which)\b)/i;

/**
 * A scope over the world or the year: "worldwide", "around the world", "globally", "during the year".
 * Not after "from": "killed 157 passengers from around the world" tells where the victims came from.
 */
const SCOPE = String.raw`(?<!\bfrom\s+)(?:worldwide|around\s+the\s+world|across\s+the\s+world|globally|(?:during|over|in)\s+the\s+(?:past\s+|last\s+|previous\s+)?year\b(?!['’]))`;
/** A count written as a number or a word: "58", "forty-one", "dozens". */
const COUNT = String.raw`(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)`;
/**
 * A count over the world or the year, the scope told of the count itself: after the harm word ("58
 * reporters killed worldwide", "killed in connection with their work globally", "61 killed during
 * the year"), after the count's people ("58 journalists worldwide were"), or opening the clause before
 * a count ("Worldwide, 58 were killed"; not "Around the world, leaders condemned"); and a country ranked
 * by its dead ("Brazil was the deadliest country, with six killed"). Such words elsewhere in a clause are not the count's: "killing all 157 on board and
 * drawing condolences from around the world", "in an attack condemned worldwide", "killed 12 people in
 * the deadliest region of the state" tell the event's own toll.
 */
const COUNT_SCOPE = new RegExp(
  String.raw`\b(?:killed|dead|died|deaths|slain|murdered|wounded|injured|hurt|jailed|imprisoned)\s+(?:(?!(?:and|but|or|after|when|while|as|in\s+an?)\b)[\w'’-]+\s+){0,4}?${SCOPE}` +
    String.raw`|\b${COUNT}\s+(?:[\w-]+\s+)?(?:people|journalists|reporters|editors|workers|civilians|deaths|killings)\s+${SCOPE}` +
    String.raw`|^\W*${SCOPE}\s*,\s*(?:(?:at\s+least|more\s+than|some|nearly|about|over)\s+)?${COUNT}\b` +
    String.raw`|\b(?:was|is|were|are|remained|remains|became|as|ranked)\s+(?:again\s+)?the\s+(?:deadliest|most\s+dangerous)\s+(?:country|countries|nation|region|place)\b` +
    String.raw`|\b(?:deadliest|most\s+dangerous)\s+(?:country|countries|nation|region|place)\b[^.;]{0,60}?,\s*with\s`,
  'i',
);

/**
 * A harm told since a day ("at least nine more people have been hurt in gunfire since Thursday",
 * "three of at least 14 people shot since early Monday"): the days' shootings, as one event is told by
 * when it happened ("shot Sunday"), not since when. The harm word comes just before "since" (or a place
 * between): "a barbecue that had run since Friday evening" tells no span of harm. Not "since
 * Friday's shooting", the event itself.
 */
const SINCE_SPAN = /\b(?:shot|wounded|injured|hurt|killed|dead|slain)\s+(?:(?:in|across|around|on|throughout)\s+[^,.;\n]{1,40}?\s+)?since\s+(?:(?:last|early|late)\s+)?(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’])/i;

/**
 * Where the part of a clause told before `at` begins: after its last comma, dash, or "where", "when",
 * "while" or "as". A span's tally is often set after the event's own count in one sentence ("Five people
 * were shot Thursday on the block where six more have been wounded since last weekend"), whose count stays.
 */
const SUB_CLAUSE_START = /(?:,|\s[—–]|\s--|\s(?:where|when|while|as))\s/gi;
function subClauseStart(clause: string, at: number): number {
  let cut = 0;
  for (const m of clause.slice(0, at).matchAll(SUB_CLAUSE_START)) cut = m.index;
  return cut;
}

/**
 * "wounded in South Side shootings", "in weekend shootings": a count over several shootings, a city's
 * round-up. Headlines too: one that says "shootings" of one incident's several shooters ("3 hurt
 * in Lansing shootings") loses its count, but more headlines that say it are round-ups
 * ("4 Dead, 19 Hurt In Weekend Gunfire"): sparing headlines cost GVA's injured figures 0.792 -> 0.789.
 */
const IN_SHOOTINGS = /\bin\s+(?!(?:the|these|those|both|two|that|its)\b)(?:[\w-]+\s+){0,3}shootings\b/i;

/**
 * The event's own place in a tally ("the city's third shooting this year left two dead", "the 12th
 * homicide since January", "the deadliest in years", "the city's only homicide this year"): an ordinal
 * or superlative before the tally's words. "Only" and "last" only after "the" or a possessive: "Last
 * weekend, 30 people were shot" is another tally. Nor a rank within the tally: "the second of the four
 * shootings that wounded 12" counts the four.
 */
const RANKED = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth(?!\s+of\s+July)|fifth|sixth|seventh|eighth|ninth|tenth|latest|deadliest|worst)\b(?!\s+of\s+(?:the|those)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\b)|(?:\bthe|['’]s)\s+(?:only|last)\b/i;

/**
 * Clauses: split at ; and line breaks, and at . ! ? followed by a space and a capital, except after
 * an abbreviation that does not end a sentence ("St. Louis", "Jan. 1", "the U.S. Army").
 */
const CLAUSE_END = /(?<!\b(?:St|Ste|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Ave|Blvd|Rd|Gov|Sen|Rep|Sgt|Lt|Capt|Det|Ofc|No|U\.S|a\.m|p\.m|[A-Z]))[.!?](?=\s+["“(]?[A-Z0-9])|[;\n]/g;

/**
 * "Nationwide" opening a name ("Nationwide Children's Hospital", where Columbus's wounded children are
 * taken) is no tally: capitalised, before another capitalised word. Checked case-sensitively, as TALLY is not.
 */
const NAMED_NATIONWIDE = /\bNationwide(?=\s+[A-Z])/g;

/** The text with each sentence or clause that tallies more than the event blanked out (offsets kept). */
export function withoutTallies(text: string): string {
  if (!TALLY.test(text) && !COUNT_SCOPE.test(text) && !IN_SHOOTINGS.test(text) && !SINCE_SPAN.test(text) && findRoundUp(text) === null) return text;
  let out = '';
  let start = 0;
  const tallied: number[] = [];
  const lead = text.indexOf('\n\n') + LEAD;
  const blank = (end: number): void => {
    const clause = text.slice(start, end);
    const tally = TALLY.exec(clause.replace(NAMED_NATIONWIDE, (m) => ' '.repeat(m.length))) ?? COUNT_SCOPE.exec(clause) ?? IN_SHOOTINGS.exec(clause) ?? findRoundUp(clause);
    // The rank read on the whole clause: what follows it tells a rank within the tally ("the first of the five").
    const rank = RANKED.exec(clause);
    const isTally = tally !== null && !(rank && rank.index < tally.index);
    // A round-up's own lead: a tally of separate shootings, a city's or a span's, in the body's first
    // lines. Not "in shootings" alone: "in a string of shootings" may be one incident's.
    if (isTally && start < lead && (TALLY.test(clause) || COUNT_SCOPE.test(clause) || findRoundUp(clause) !== null)) tallied.push(...harmCounts(clause));
    // A span told since a day: only its own part of the clause (a round-up's lead says more than that).
    const span = isTally ? null : SINCE_SPAN.exec(clause);
    const cut = span && !(rank && rank.index < span.index) ? subClauseStart(clause, span.index) : clause.length;
    out += isTally ? ' '.repeat(clause.length) : clause.slice(0, cut) + ' '.repeat(clause.length - cut);
  };
  for (const m of text.matchAll(CLAUSE_END)) {
    blank(m.index + 1);
    start = m.index + 1;
  }
  blank(text.length);
  return tallyHeadlineBlanked(out, tallied);
}

/** How far into the body (characters) a round-up's tally is its lead. */
const LEAD = 400;

/** A count and a word of harm after it: "5 people shot", "Five people were wounded", "six shot". */
const HARM_COUNT = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?(?:(?:were|are|have\s+been)\s+)?(?:shot|killed|dead|wounded|injured|hurt)\b/gi;

function harmCounts(clause: string): number[] {
  return [...clause.matchAll(HARM_COUNT)].map((m) => (/^\d+$/.test(m[1]!) ? Number(m[1]) : wordNumber(m[1]!.toLowerCase())!));
}

/**
 * A headline (the text's first line, set apart by a blank line) that counts what a tally of the body
 * counts: "4 hurt by gunfire in Northside" above "Four people were wounded in separate shootings". The headline
 * gives the round-up's count, not one incident's, and is blanked as the tally is.
 */
function tallyHeadlineBlanked(text: string, tallied: readonly number[]): string {
  const end = text.indexOf('\n\n');
  if (tallied.length === 0 || end <= 0) return text;
  const headline = text.slice(0, end);
  if (!harmCounts(headline).some((n) => tallied.includes(n))) return text;
  return ' '.repeat(end) + text.slice(end);
}
