/**
 * The pieces casualty readings are built of: a count in figures or words with its guards (not an age,
 * a year or a measure), the people it may be of ("two other young men"), a bound or estimate before
 * it ("at least 35"), a clause set between a count and its verb, and numbers in words.
 */

import { demonymForms } from './gazetteer/places.js';

// The lookahead first: a count starts with a digit or one of these letters, and checking that before the
// lookbehinds spares them at every other word (they had cost a fifth of the casualty scan).
export const COUNT_FIRST = String.raw`(?=[\dadefhnost])`;
/** What must not come before a count: "no", an age's words ("ages of 21 and 25", "aged 20, 31 and", "under the age of 10"), a list of ages. */
const NUMBER_GUARDS = String.raw`(?<!\bno\s{1,3})(?<!\bage\s{1,3}of\s{1,3})(?<!\bages?\s{1,3}of\s{1,3}\d{1,3}\s{1,3}(?:and|to)\s{1,3})(?<!\bage[sd]?\s{1,3}(?:\d{1,3},?\s{1,3}(?:and\s{1,3})?){0,8})(?<!,\s{1,3}\d{1,3},?\s{1,3}and\s{1,3})`;
/**
 * The count itself, in figures or words, and not a measure of time or an age after it. Not figures hung on
 * a word or a figure by a hyphen: a model ("an AK-47") or a span's end ("ages 20-27").
 */
export const NUMBER_READ = String.raw`((?<!\w-)\d{1,4}(?:,\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a dozen|dozens|(?<!-)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?![\d-]|,\d{3}|\s*(?:-\s*)?(?:year|yr|month|week|day)s?\b|\s*(?:years?|months?)\s+old)`;
export const NUMBER = `${COUNT_FIRST}${NUMBER_GUARDS}${NUMBER_READ}`;
/** What befell some of a whole: "(of the four) people shot were killed", "(of them) died". */
export const PARTITIVE_DEATH = String.raw`(?:(?:victims|people|men|women|teens|teenagers|boys|girls|children|wounded)\s+)?(?:(?:shot|hit|wounded|injured)\s+)?(?:have\s+|has\s+|later\s+|since\s+)?(?:died|were\s+killed|was\s+killed|are\s+dead|is\s+dead|(?:were|was)\s+pronounced\s+dead)\b`;
/** Nouns for people a count may be of ("35 worshippers", "12 Palestinians"). */
export const WHO_NOUNS = String.raw`members\s+of\s+(?:a|the|his|her|their|one)\s+family|\d{1,2}-year-olds|people|persons?|civilians|others|residents|children|kids|adults|bystanders|students|workers|officers|deputies|troopers|agents|partygoers|revelers|patrons|customers|clubgoers|concertgoers|passengers|victims?|men|women|man|woman|teens?|teenagers?|boys?|girls?|males|females|juveniles|youths|toddlers|relatives|siblings|brothers|sisters|cousins|friends|worshippers|soldiers|troops|servicemen|service\s+members|servicemembers|personnel|sailors|seamen|seafarers|fishermen|marines|airmen|guards|guardsmen|paratroopers|commandos|peacekeepers|conscripts|reservists|militiamen|combatants|insurgents|rebels|medics|policemen|firefighters|rescuers|pilgrims|migrants|refugees|protesters|demonstrators|miners|villagers|fighters|militants|patients|tourists|journalists|guests|fans|spectators|shoppers|commuters|hostages|prisoners|inmates|detainees|crew\s+members|Palestinians|Israelis|Ukrainians|Russians|Americans|Afghans|Iraqis|Syrians|Yemenis|Sudanese|Lebanese|Pakistanis|Indians|Somalis|Nigerians|Iranians|Kurds|Haitians|Mexicans|Egyptians|Libyans|Ethiopians|Congolese|Malians`;
/**
 * A people's word, longest first ("south korean" before "korean"): conflict reports name the side
 * ("two Thai soldiers", "three Israeli civilians"), and without it the count was lost and a bare
 * "were killed" read as one death. Two letters ("us") are left out: "told us".
 */
const DEMONYMS = demonymForms().filter((d) => d.length > 2).sort((a, b) => b.length - a.length).map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`)).join('|');
/** A word a count's people may carry, before their noun. */
export const WHO_WORDS = String.raw`(?:more|other|unnamed|unidentified|additional|young|teen|teenage|adult|elderly|juvenile|innocent|male|female|\d{1,2}-year-old|police|federal|state|law\s+enforcement|off-duty|on-duty|undercover|plainclothes|local|foreign|civilian|army|navy|naval|military|security|border|government|paramilitary|militia|rebel|enemy|coast\s+guard|${DEMONYMS})`;
/**
 * Words a count's people may carry: "two other young men", "three unnamed teenage boys", "two 4-year-old
 * girls", and who they serve ("two police officers", "four federal law enforcement officers", "two
 * off-duty deputies"): without those, "Two police officers were shot" read no one.
 */
// After a people's word any plural is people ("two Chilean engineers", "three Thai army conscripts").
// "two of its sailors" is two sailors; "one of their students is hurt" is too often a hypothetical (a
// principal's "any time one of our students is hurt" on a GVA page).
export const WHO = String.raw`(?:(?:(?<!\bone\s{1,3})of\s+(?:its|their)\s+)?(?:(?:${WHO_WORDS}\s+){0,3}(?:${WHO_NOUNS})|(?:${DEMONYMS})\s+(?:${WHO_WORDS}\s+){0,2}[a-z]+(?:s|men))\s+)?`;
/**
 * "more than 30", "nearly 40", "at least 35": a figure given as a bound or an estimate is still the
 * figure, when people or the clause's end follow it ("killed about 2 Sunday morning" is a time).
 */
export const ABOUT = String.raw`(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|roughly|some|up\s+to|close\s+to|an\s+estimated)\s+(?=(?:a\s+)?[\w,]+\s+(?:(?:more|other)\s+)?(?:${WHO_NOUNS})\b|[\w,]+\s*(?:[,.;]|$)|[\w,]+\s+(?:and|in|on|at|when|as|after|across|since)\s))?`;
/** After such a figure, not a time or a measure: "a wound around 11:40 p.m.", "killed about 30 minutes later". */
export const NOT_A_MEASURE = String.raw`(?!:\d|\.\d|\s*(?:a\.?m\b|p\.?m\b|o['’]clock|minutes?|hours?|seconds?|percent|per\s*cent|%|miles?|feet|foot|yards?|km|kilomet(?:re|er)s?|met(?:re|er)s?|mph|rounds|shots|times)\b)`;
// The lookbehinds are bounded: unbounded, they re-scanned backwards at every position of a long run of
// numbers or spaces (100 KB of "1 1 1" took minutes).
/** Animals a number of killed may be of. */
export const ANIMALS = String.raw`deer|bucks|animals?|birds?|dogs?|cats?|cattle|cows?|sheep|pigs?|hogs?|chickens?|horses?|fish|wolves|bears?|elk|geese|ducks?|turkeys?|coyotes?|rabbits?|squirrels?|pheasants?`;
/** A people noun that must be there (WHO may be empty). */
export const PEOPLE = String.raw`(?:people|persons|men|women|teens|teenagers|boys|girls|children|victims|adults|others|students|relatives)`;
export const WERE = String.raw`(?:(?:were|have been|had been|was|are|is|has been)\s+)?`;
/** What a clause set off by commas or dashes after a count may say: who is among them, their ages, how many died. */
// Who they are, one by one: "Three victims, a 47-year-old cook, a 39-year-old nurse, and a 61-year-old driver, were".
const AGED_ONE = String.raw`(?:a|an)\s+\d{1,3}-year-old(?:\s+[A-Za-z]+){1,2}`;
const ASIDE = String.raw`including\s+[^,.;:—–]{1,60}|(?:ages?\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|to)\s+\d{1,3}|(?:one|two|three|four|\d{1,2})\s+(?:of\s+them\s+)?fatally|${AGED_ONE}(?:\s*,\s*${AGED_ONE}){0,6},?\s+and\s+${AGED_ONE}`;
/**
 * Between dashes, a list of who is among them may run over commas: "Five people — including a 7-year-old
 * girl, her 35-year-old mother and a 68-year-old neighbour — were shot".
 */
const DASHED_LIST = String.raw`including\s+[^.;:—–]{1,120}?`;
/**
 * A clause set between a count and its verb: "Six people, the gunman among them, were killed" (see
 * INCLUDING's "including the gunman"), "five men, one fatally, were shot", "eight people, ages 15 to 63,
 * were shot", "Three people -- including a toddler -- were hurt", "Two other women, ages 31 and 44,
 * were wounded".
 */
export const INCLUDING = String.raw`(?:(?:(?:other|more)\s+)?(?:people|persons|victims|men|women|children|teens|teenagers|boys|girls|others|members\s+of\s+(?:a|the|his|her|their|one)\s+family)(?:,\s+(?:${ASIDE}),\s*|\s*(?:--|[—–])\s*(?:${ASIDE}|${DASHED_LIST})\s*(?:--|[—–])\s*))?`;
/** "seriously injured", "all wounded": the adverb between a count and its verb. */
// "were all wounded", "were each hurt": every one of the count.
export const HOW = String.raw`(?:(?:seriously|critically|severely|gravely|badly|slightly|also|all|each)\s+)?`;

const WORDS: Record<string, number> = {
  one: 1, both: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a dozen': 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** A number in words, "twenty-nine" too. */
export function wordNumber(raw: string): number | undefined {
  const [tens, ones] = raw.split('-');
  return ones === undefined ? WORDS[raw] : WORDS[tens!]! + WORDS[ones]!;
}
