/**
 * A killer's death by their own hand told with the killing ("killed his wife and then himself", "fatally
 * shot his father before turning the rifle on himself", "a murder-suicide"): GVA counts the killer among the dead,
 * and a reading that finds one death told of one person found the victim's or the killer's, not both.
 * Only where the text tells that someone else was shot first: a child who "fatally shot himself" or "died
 * of a gunshot wound he gave himself" by accident is the only one dead.
 */

import { wordNumber } from './casualty-count.js';
import { HEADLINE_KILLED } from './casualty-headline.js';
import { namedDeath, oneKilled } from './casualty-one.js';

/** Words every telling of the killer's end holds: a text with none is read no further. */
const END_WORD = /(?:him|her)self|own\s+life|suicide/i;

/** The killer's end, told after what he did to another: "and then himself", "before taking her own life". */
const OWN_END = String.raw`(?:,\s*|\s+)(?:and\s+)?(?:then|before|after)\s+(?:(?:(?:fatally\s+)?(?:shooting|shot|shoots?|killing|killed|kills?)\s+)?(?:him|her)self|(?:fatally\s+)?(?:turning|turned|turns|turn)\s+(?:the|his|her)\s+(?:gun|weapon|rifle|shotgun|handgun|pistol)\s+on\s+(?:him|her)self|(?:taking|took|takes?)\s+(?:his|her)\s+own\s+life|commit(?:ting|ted|s)?\s+suicide)\b`;
/** Only an end that kills: "then himself" or "shooting himself" after a wounding may be a wound too. */
const FATAL_END = String.raw`(?:,\s*|\s+)(?:and\s+)?(?:then|before|after)\s+(?:(?:fatally\s+shooting|killing|killed|kills?|shot\s+and\s+killed)\s+(?:him|her)self|(?:fatally\s+)?(?:turning|turned|turns|turn)\s+(?:the|his|her)\s+(?:gun|weapon|rifle|shotgun|handgun|pistol)\s+on\s+(?:him|her)self|(?:taking|took|takes?)\s+(?:his|her)\s+own\s+life|commit(?:ting|ted|s)?\s+suicide)\b`;
/** Someone else, then the clause's words up to the killer's end. */
const OTHER = String.raw`\s+((?!(?:him|her)self\b|(?:his|her)\s+own\b)[^.;!?\n]{1,100}?)`;
/** Another killed, then the killer's end: "shot and killed his wife and then himself". */
const KILLED_THEN_OWN = new RegExp(String.raw`\b(?:(?:shot|shoots|shooting)\s+and\s+(?:killed|kills|killing)|fatally\s+(?:shot|shoots|shooting|stabbed|stabs|stabbing)|killed|kills|killing|murdered|murders|murdering)${OTHER}${OWN_END}`, 'i');
/** Another shot, then the killer's death: "shot his wife before taking his own life". */
const SHOT_THEN_OWN = new RegExp(String.raw`\b(?:shot|shoots|shooting|wounded|wounds|wounding)${OTHER}${FATAL_END}`, 'i');

const ONE_WORDS = 'wife|husband|girlfriend|boyfriend|fiancee?|partner|spouse|mother|father|mom|dad|son|daughter|stepson|stepdaughter|brother|sister|child|baby|infant|toddler|boy|girl|man|woman|neighbou?r|friend|roommate|co-?worker|grandmother|grandfather|grandson|granddaughter|cousin|niece|nephew|aunt|uncle|mother-in-law|father-in-law|teen|teenager|student|teacher|officer|deputy|customer|landlord';
const MANY_WORDS = 'wives|husbands|girlfriends|children|kids|sons|daughters|stepchildren|brothers|sisters|boys|girls|men|women|parents|grandparents|grandchildren|neighbou?rs|friends|roommates|co-?workers|teens|teenagers|students|officers|deputies|customers|people|relatives';
/** One of those killed: "his wife", "their two daughters", "4 Kids", "her 11- and 7-year-old sons". */
const VICTIM_PART = new RegExp(String.raw`^(?:(?:his|her|their|the|a|an)\s+)?(?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?!(?:and|or|shot|shoots|shooting|wound\w*|injur\w*|hurt\w*|critically|seriously)\b)[\w'’-]+\s+){0,2}?(?:ex-|estranged\s+|former\s+)?(?:(${ONE_WORDS})|(${MANY_WORDS}))\b`, 'i');

/**
 * The people a clause names as killed ("his wife and two children", "sons, 10 and 12", "Wife, 4 Kids"):
 * a number before a plural counts that many, a plural without one two, a singular one; ages between
 * commas are no one. At least one.
 */
function victimsNamed(list: string): number {
  let n = 0;
  for (const part of list.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/)) {
    const m = VICTIM_PART.exec(part.trim());
    if (!m) continue;
    if (m[2]) n += 1;
    else n += m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : wordNumber(m[1].toLowerCase()) ?? 2) : 2;
  }
  return Math.max(1, n);
}

/** Any telling of the killer's own death, to be blanked before looking for another's. */
const OWN_DEATH = /\b(?:(?:and\s+)?(?:then|before|after)\s+)?(?:(?:fatally\s+)?(?:shooting|shot|shoots?|killing|killed|kills?)\s+(?:and\s+(?:killing|killed)\s+)?(?:him|her)self|(?:fatally\s+)?(?:turning|turned|turns|turn)\s+(?:the|his|her)\s+(?:gun|weapon|rifle|shotgun|handgun|pistol)\s+on\s+(?:him|her)self|(?:taking|took|takes?)\s+(?:his|her)\s+own\s+life|commit(?:ting|ted|s)?\s+suicide|(?:died|dead|dies)\s+(?:of|from)\s+(?:an?\s+)?(?:apparent\s+)?self[- ]inflicted\s+(?:gunshot\s+)?wounds?)\b/gi;

/** "Attempted suicide", "tried to kill himself", "he survived": the killer's death is not told for sure. */
const NOT_DEAD = /\battempted\s+(?:murder[- /])?suicide\b|\bsuicide\s+attempt\b|\b(?:tried|attempted)\s+to\s+(?:kill|shoot)\s+(?:him|her)self\b|\b(?:he|she|the\s+(?:gunman|shooter|suspect|man|woman))\s+(?:survived|is\s+expected\s+to\s+survive)\b/i;

/** "A murder-suicide": a victim's death and the killer's. */
const MURDER_SUICIDE = /(?<!\battempted\s+)\bmurder[- /]suicide\b/i;

/**
 * The dead a text tells without a number where it tells of a killing and then the killer's own death:
 * those killed (see victimsNamed) and the killer, 2 where the text says only "murder-suicide", 1 where
 * another was shot and the killer killed himself; null where it tells of neither.
 */
export function deadWithTheKiller(body: string): number | null {
  if (!END_WORD.test(body) || NOT_DEAD.test(body)) return null;
  const killed = KILLED_THEN_OWN.exec(body);
  if (killed) return victimsNamed(killed[1]!) + 1;
  if (MURDER_SUICIDE.test(body)) return 2;
  if (!SHOT_THEN_OWN.test(body)) return null;
  // The one he shot may be told dead apart ("the girl has died"): a death the text tells once the
  // killer's own is blanked. (A death told of him in other words, "he was pronounced dead", is taken
  // for a victim's too; on GVA's even incidents this fixed one event and broke none.)
  const rest = body.replace(OWN_DEATH, (m) => ' '.repeat(m.length));
  return oneKilled(rest) || namedDeath(rest) || HEADLINE_KILLED.test(rest) ? 2 : 1;
}
