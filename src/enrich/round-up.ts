/**
 * A city's round-up of several shootings, told by the span or the number of scenes it covers: "16
 * people shot in a 40-hour span", "9 shot, 2 dead in under 20 hours", "a violent night leaves two
 * dead, six hurt", "two shootings near campus leave 5 injured", "weekend gunfire kills 3,
 * wounds 8", "14 shot since 8 p.m.". Its counts are the city's, not one incident's (casualties.ts
 * blanks a clause that has one, as it does a year's tally); on GVA's pages such round-ups had given an
 * incident of four wounded 12, 13 or 18.
 */

const COUNT = String.raw`(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|thirty-six|forty-eight|seventy-two)`;

/**
 * A span of hours or a clock time tallies shootings only in a clause of violence: "a storm dumped 10
 * inches of rain in 24 hours, killing two" or "closed since 8 p.m. after a crash that killed two" is
 * one event, its toll its own. The clause is checked in code around each span found: as lookarounds
 * tried at every position of every clause, the check had cost a quarter of the whole enrich stage.
 */
const VIOLENCE = /\b(?:shot|shootings?|gunfire|gunshots?|gun\s+violence|violen(?:ce|t)|homicides?|murders?|stabbings?|wounded)\b/gi;
/** How far from the span, within its clause, a word of violence may stand. */
const CLAUSE_REACH = 150;

/** "in a 48-hour span", "over a five-hour period", "in less than 30 hours", "during violent 24 hours", "14 shot since 8 p.m." */
const SPAN = new RegExp(
  [
    String.raw`\b${COUNT}[- ]hour[- ](?:span|period|stretch)\b`,
    String.raw`\b(?:in|over|during|within)\s+(?:(?:less|more)\s+than\s+|about\s+|roughly\s+|just\s+|a\s+violent\s+|violent\s+)?${COUNT}\s+hours\b`,
    String.raw`\bsince\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b`,
  ].join('|'),
  'gi',
);

/** Round-ups told by their scenes, which need no clause of violence around them. */
const SCENES = new RegExp(
  [
    // "a violent night leaves two dead", "bloody weekend across Toledo: 12 scenes, 4 dead"
    String.raw`\b(?:violent|bloody|deadly)\s+(?:[\w-]+\s+){0,2}?(?:night|weekend|day|week|stretch)\b[^.]{0,60}?\b(?:leaves|leaving|scenes)\b`,
    // "two shootings near campus", "in 3 overnight shooting incidents"
    // Not shootings whose link is in question ("detectives want to learn whether the two shootings are
    // linked"): a story's own and another told beside it, not a round-up's.
    String.raw`\b(?:${COUNT}|several|multiple)\s+(?:separate\s+|different\s+|overnight\s+|weekend\s+){0,2}(?:shootings|shooting\s+incidents)\b(?!\s+(?:are|were|is|was|may\s+be|might\s+be|could\s+be)\s+(?:not\s+)?(?:related|connected|linked)\b)`,
    // "weekend gunfire", "a weekend of violence", "in attacks in Chicago"
    String.raw`\bweekend\s+(?:gunfire|shootings|violence)\b|\bweekend\s+of\s+(?:violence|gunfire|shootings|bloodshed)\b|\bin\s+attacks\s+in\b`,
  ].join('|'),
  'i',
);

/** Whether a word of violence stands within reach of `at`, before or after it, with no '.' or ';' between. */
function inViolentClause(text: string, at: number): boolean {
  VIOLENCE.lastIndex = Math.max(0, at - CLAUSE_REACH - 16);
  for (let m = VIOLENCE.exec(text); m && m.index <= at + CLAUSE_REACH; m = VIOLENCE.exec(text)) {
    const end = m.index + m[0].length;
    if (end <= at ? end >= at - CLAUSE_REACH && !/[.;]/.test(text.slice(end, at)) : m.index >= at && !/[.;]/.test(text.slice(at, m.index))) return true;
  }
  return false;
}

/** The first round-up in the text (its offset), or null. */
export function findRoundUp(text: string): { index: number } | null {
  const scene = SCENES.exec(text);
  for (const m of text.matchAll(SPAN)) {
    if (scene && scene.index <= m.index) break;
    if (inViolentClause(text, m.index)) return { index: m.index };
  }
  return scene ? { index: scene.index } : null;
}
