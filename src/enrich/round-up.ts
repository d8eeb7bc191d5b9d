/**
 * A city's round-up of several shootings, told by the span or the number of scenes it covers: "18
 * people shot in a 48-hour span", "11 shot, 3 dead in less than 30 hours", "a violent night leaves one
 * dead, nine others wounded", "two shootings near campus leave 5 injured", "weekend gunfire kills 1,
 * wounds 12", "14 shot since 8 p.m.". Its counts are the city's, not one incident's (casualties.ts
 * blanks a clause that has one, as it does a year's tally); on GVA's pages such round-ups had given an
 * incident of four wounded 12, 13 or 18.
 */

const COUNT = String.raw`(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|thirty-six|forty-eight|seventy-two)`;

/**
 * A span of hours or a clock time tallies shootings only in a clause of violence: "a storm dumped 10
 * inches of rain in 24 hours, killing two" or "closed since 8 p.m. after a crash that killed two" is
 * one event, its toll its own.
 */
const VIOLENCE = String.raw`\b(?:shot|shootings?|gunfire|gunshots?|gun\s+violence|violen(?:ce|t)|homicides?|murders?|stabbings?|wounded)\b`;
const VIOLENT_CLAUSE = String.raw`(?:(?<=${VIOLENCE}[^.;]{0,150})|(?=[^.;]{0,150}${VIOLENCE}))`;

export const ROUND_UP = new RegExp(
  [
    // "in a 48-hour span", "over a five-hour period", "in less than 30 hours", "during violent 24 hours"
    String.raw`${VIOLENT_CLAUSE}(?:\b${COUNT}[- ]hour[- ](?:span|period|stretch)\b|\b(?:in|over|during|within)\s+(?:(?:less|more)\s+than\s+|about\s+|roughly\s+|just\s+|a\s+violent\s+|violent\s+)?${COUNT}\s+hours\b)`,
    // "a violent night leaves one dead", "violent weekend in Detroit: 17 scenes, 7 dead"
    String.raw`\b(?:violent|bloody|deadly)\s+(?:[\w-]+\s+){0,2}?(?:night|weekend|day|week|stretch)\b[^.]{0,60}?\b(?:leaves|leaving|scenes)\b`,
    // "two shootings near campus", "in 3 overnight shooting incidents"
    String.raw`\b(?:${COUNT}|several|multiple)\s+(?:separate\s+|different\s+|overnight\s+|weekend\s+){0,2}(?:shootings|shooting\s+incidents)\b`,
    // "weekend gunfire", "a weekend of violence", "in attacks in Chicago"
    String.raw`\bweekend\s+(?:gunfire|shootings|violence)\b|\bweekend\s+of\s+(?:violence|gunfire|shootings|bloodshed)\b|\bin\s+attacks\s+in\b`,
    // "14 shot since 8 p.m."
    String.raw`${VIOLENT_CLAUSE}\bsince\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b`,
  ].join('|'),
  'i',
);
