/**
 * A toll an earlier disaster is given by its day, in the report of a later one: "The United Nations said
 * Monday's magnitude 6.8 earthquake had killed 148 people before the aftershock", "The main quake of
 * March 9 killed 148 people according to the United Nations, while the provincial governor says 203
 * died". Where the day lies two days or more before the article's own event day, the clause to the
 * sentence's end is the earlier disaster's toll, not the report's: read as its own, the aftershock took
 * the main quake's 148 and 203 dead (review ux75a).
 *
 * Only disasters (a quake, a landslide, a flood), whose later events (an aftershock, a second slide)
 * are reported apart; a shooting's follow-up is dated by the shooting and keeps its toll.
 */
import type { DateEvidence, Timex } from '../model/types.js';

const DISASTER = String.raw`(?:earthquakes?|quakes?|aftershocks?|tremors?|landslides?|mudslides?|floods?|flooding|cyclones?|hurricanes?|typhoons?|tsunamis?|eruptions?)`;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?`;
const MONTH_DAY = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}`;
/** The rest of the sentence: a point between digits ("magnitude 6.8") ends none. */
const REST = String.raw`(?:[^.;!?\n]|\.(?=\d))*`;
const TOLL_VERB = String.raw`(?:(?:has|had|have)\s+)?(?:killed|claimed|left)\b`;
/** "Monday's magnitude 6.8 earthquake had killed 148 people", "Monday night's quake killed ...". */
const POSSESSIVE_TOLL = new RegExp(String.raw`\b(${WEEKDAY})['’]s\s+(?:[\w.'’-]+\s+){0,3}?${DISASTER}\s+${TOLL_VERB}${REST}`, 'gi');
/** "the main quake of March 9 killed 148 people". */
const OF_DAY_TOLL = new RegExp(String.raw`\bthe\s+(?:[\w'’-]+\s+){0,2}?${DISASTER}\s+of\s+(${WEEKDAY}|${MONTH_DAY})\s*,?\s+${TOLL_VERB}${REST}`, 'gi');

const DAY_MS = 86_400_000;
/** Days the named day must lie before the article's own. */
const APART_DAYS = 2;

/** The text with each toll an earlier disaster's day names blanked out (offsets kept). */
export function withoutEarlierDayTolls(text: string, timexes: readonly Timex[], eventDate: DateEvidence | null): string {
  const own = eventDate && !eventDate.fallback ? dayOf(eventDate.value) : null;
  if (own === null || !/kill|claim|left/i.test(text)) return text;
  const earlier = (dayText: string): boolean => {
    const wanted = dayText.toLowerCase().replace(/\s+/g, ' ');
    return timexes.some((t) => {
      const day = dayOf(t.value);
      return day !== null && own - day >= APART_DAYS * DAY_MS && t.text.toLowerCase().replace(/\s+/g, ' ') === wanted;
    });
  };
  const blank = (m: string, day: string): string => (earlier(day) ? ' '.repeat(m.length) : m);
  return text.replace(POSSESSIVE_TOLL, blank).replace(OF_DAY_TOLL, blank);
}

/**
 * A later disaster the report opens with: "A strong aftershock struck Van on Thursday", "Aftershock
 * rattles Van". Its report that gives the earlier one's toll by its day and no toll of its own ("Nobody
 * was hurt. Monday's earthquake killed 148 people") has none (review76 fault 5); a follow-up that
 * opens with the search or the mourning ("Rescuers on Thursday ended the search") keeps the quake's toll.
 */
const OPENS_WITH_STRIKE = new RegExp(String.raw`^[\s.]*(?:[^.!?\n]*?\b)?${DISASTER}\s+(?:[\p{L}-]+\s+)?(?:struck|strikes|hit|hits|jolted|jolts|shook|shakes|rattled|rattles|rocked|rocks)\b`, 'iu');

/** Whether the text's first sentence or line (its headline) tells a disaster striking. */
export function opensWithStrike(text: string): boolean {
  const lines = text.split(/\n+|(?<=[.!?])\s+/u).filter((l) => /\p{L}/u.test(l)).slice(0, 2);
  return lines.some((l) => OPENS_WITH_STRIKE.test(l));
}

function dayOf(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : null;
}
