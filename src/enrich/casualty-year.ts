/**
 * Whether a number read as a count is a year ("in 2014 killed", "the 1990 men and a woman") or a
 * count that only looks like one: "killed 2,000 people", "left 2000 dead", "kills 2000". A round
 * thousand from 1900 to 2100 is both a year and a disaster's toll; the words around it tell which.
 * A thousands comma is never a year's; nor is a number right after a verb of killing (with a bound
 * between: "killed at least 2000") or right before "people", "dead" or a word for the dead.
 */

/** A kill verb and an optional bound right before the number: "killed", "kills at least", "claimed more than". */
const KILLED_BEFORE = /\b(?:kill(?:ed|s|ing)|claim(?:ed|s|ing)\s+the\s+lives\s+of)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|an\s+estimated|roughly|as\s+many\s+as)\s+)?$/i;
/**
 * People or the dead right after the number: "2000 people", "2000 dead", "2000 deaths". Not "killed" or
 * "injured": "a flood in 2000 killed 300" has its year before the verb.
 */
const DEAD_AFTER = /^\s+(?:people|persons|residents|villagers|civilians|dead|deaths|lives|casualties|bodies)\b/i;
/**
 * The number as the subject or the head of a toll: "2000 were killed", "2000 have died", "2000 injured"
 * (a toll's second count: "left 1,200 dead and 2000 injured"). Not "2000 injured 40 people": a verb
 * with its object after it has its year before it ("a quake in 2000 injured 40"), as "killed" has.
 */
const HARMED_AFTER = /^\s+(?:(?:were|had\s+been|have\s+been)\s+(?:killed|injured|wounded|hurt|dead)\b|(?:have|had)\s+died\b|(?:injured|wounded|hurt)\b(?!\s+(?:\d|at\b|more\b|some\b|about\b|the\b|an?\b|dozens\b|hundreds\b|thousands\b|[a-z]+\s+(?:people|others|of)\b)))/i;

/**
 * A determiner or a preposition of time before the number makes it a year: "the 2016 deaths", "since
 * 2015 people have", "in 2000 people".
 */
const YEAR_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|those|these|in|since|until|during|by)\s+$/i;

/** Whether `written` (the number as the text gives it, at `at` in `text`) is a year, not a count. */
export function yearNotCount(text: string, at: number, written: string): boolean {
  if (!/^\d{4}$/.test(written)) return false;
  const value = Number(written);
  if (value < 1900 || value > 2100) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  if (KILLED_BEFORE.test(before)) return false;
  const after = text.slice(at + written.length, at + written.length + 40);
  return YEAR_BEFORE.test(before) || !(DEAD_AFTER.test(after) || HARMED_AFTER.test(after));
}
