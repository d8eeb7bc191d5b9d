/**
 * Several people told together as hurt or killed, by two counts ("two women and a teen were wounded"),
 * one and others ("she and two others were shot"), a list of people ("a man and his wife were shot",
 * named people), where each was hit ("a teen was grazed in the foot, a woman in the hand"), or "both".
 */

import { COUNT_FIRST, HOW, NUMBER, WERE } from './casualty-count.js';
import type { WordGroups } from './word-gate.js';
import { BODY_PART_PHRASE } from './body-parts.js';
import { KIN_NOUN, KIN_NOUNS, ROLE_NOUN, ROLE_NOUNS } from './person-nouns.js';

/**
 * A place people gather, after "shot at" in a headline that drops its article ("3 Teens, 1 Woman Shot At
 * Graduation Party"): where they were shot, not whom they fired at ("Two men shot at police").
 */
const GATHERING = String.raw`(?:party|parties|gathering|vigil|funeral|wake|festival|concert|cookout|barbecue|club|nightclub|bar|lounge|park|mall|school|church|restaurant|motel|hotel|home|house|apartments?|complex|gas\s+station|store)`;

/**
 * Two counts joined: "two women and a teen were wounded", "two boys and two girls were shot", "3 Adults,
 * 2 Children Hurt", "five deputies and a bystander were hurt", "Three other students and a 71-year-old
 * bystander were also shot".
 */
export const SUM = new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the\s{1,3}|those\s{1,3})?)${NUMBER}\s+(?:other\s+)?(?:men|women|boys|girls|teens|teenagers|adults|children|males|females|officers|deputies|civilians|students|bystanders|${KIN_NOUNS}|${ROLE_NOUNS})(?:\s*,\s*(?:and\s+)?|\s+and\s+)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|boy|girl|teen|teenager|adult|child|men|women|boys|girls|teens|teenagers|adults|children|male|female|males|females|officers?|deput(?:y|ies)|civilians?|students?|bystanders?|${KIN_NOUNS}|${ROLE_NOUNS}|${KIN_NOUN}|${ROLE_NOUN})\s+${WERE}${HOW}(shot\s+(?:and\s+killed|to\s+death|dead)|(?:found\s+)?dead|shot|wounded|injured|hurt|killed|(?:taken|transported|rushed)\s+to\s+(?:[\w-]+\s+){0,3}?hospitals?)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\b(?!\s+(?:a|an|the|his|her|their|\d+)\s|\s+(?:[\w'’-]+\s+){0,2}?${GATHERING}\b))`, 'gi');

/**
 * One person and others: "she and two others were shot" (three), "a 13-year-old girl and two boys were
 * wounded" (three), "a woman and three men were shot to death" (four dead), and an object of two counts:
 * "injured two adults and a 9-year-old child", "wounding two men and a woman".
 */
export const ONE_AND_OTHERS = new RegExp(String.raw`\b(?:he|she|(?:a|an|the)\s+(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-year-old(?:\s+(?:man|woman|boy|girl|teen|teenager|child))?|man|woman|boy|girl|teen|teenager|child|victim))\s+and\s+${NUMBER}\s+(?:others|other\s+(?:people|men|women|adults|teens|children)|people|men|women|adults|boys|girls|teens|teenagers|children)\s+${WERE}${HOW}(shot\s+(?:and\s+killed|to\s+death|dead)|shot|wounded|injured|hurt|killed)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\b)`, 'gi');
export const TWO_COUNTS_HURT = new RegExp(String.raw`\b(?:injur|wound)(?:ed|ing)\s+${NUMBER}\s+(?:adults|men|women|people|teens|teenagers|boys|girls|children|kids|others)\s+and\s+(a|an|one|two|three|four|five|six|\d{1,2})\s+(?:(?:\d{1,3}-year-old|young|teenage)\s+)?(?:child|children|kids|boy|boys|girl|girls|man|men|woman|women|teen|teens|teenager|teenagers|adult|adults|toddler|infant|baby)\b`, 'gi');

/**
 * One of two people a report names together ("a 6-year-old nephew and a 47-year-old aunt", "a man and his
 * wife", "the infant boy and a 52-year-old woman"): a determiner or an age, then who.
 */
const PAIR_PERSON = String.raw`(?:(?:a|an|the|his|her|their)\s+)?(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old(?:\s+(?:young\s+|teenage\s+|little\s+|elderly\s+|infant\s+|pregnant\s+|retired\s+|former\s+|off-duty\s+|disabled\s+|unarmed\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|male|female|juvenile))?|(?:young\s+|teenage\s+|little\s+|elderly\s+|infant\s+|pregnant\s+|retired\s+|former\s+|off-duty\s+|disabled\s+|unarmed\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|male|female|juvenile|father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|grandmother|grandfather|grandson|granddaughter|uncle|aunt|nephew|niece|bystander|passenger|${KIN_NOUN}|${ROLE_NOUN}))(?:,\s*\d{1,3}(?![\d-]),?)?`;
/**
 * The first of the two must have a determiner or an age: not "Police and man". One age may serve both
 * ("a 14- and 15-year-old").
 */
export const PAIR_FIRST = String.raw`(?:(?:a|an|the|his|her|their)\s+(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old\s+)?|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old\s+)(?:young\s+|teenage\s+|little\s+|elderly\s+|infant\s+|pregnant\s+|retired\s+|former\s+|off-duty\s+|disabled\s+|unarmed\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|male|female|juvenile|father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|grandmother|grandfather|uncle|aunt|nephew|niece|bystander|passenger|${KIN_NOUN}|${ROLE_NOUN})(?:,\s*\d{1,3}(?![\d-]),?)?|(?:a|an)\s+\d{1,3}-(?:year|month|week)-old(?:,\s*\d{1,3}(?![\d-]),?)?|(?:a|an)\s+\d{1,3}-?(?=\s+and\s+(?:a\s+|an\s+)?\d{1,3}-(?:year|month|week)-old\b)`;
/**
 * Two people told together as shot or hurt: "A 6-year-old nephew and a 47-year-old aunt were injured", "a
 * 33-year-old man and a 58-year-old woman are in fair condition",
 * "a man and his wife were shot", "A 41-year-old woman and a 62-year-old man, who were sitting outside,
 * suffered nonfatal gunshot wounds"; as an object, "a gunfight that injured a 9-year-old nephew and a
 * 63-year-old woman", "wounding his wife and her mother". Two, the dead among them when they were shot.
 */
export const PAIR_HURT = new RegExp(String.raw`\b((?:${PAIR_FIRST})(?:\s*,\s*(?:${PAIR_PERSON})){0,4},?\s+(?:and|&)\s+(?:${PAIR_PERSON}))\s+(?:,\s*who\s+[^,.;]{1,60},\s*)?(?:(?:were|have\s+been|had\s+been|are)\s+(?:both\s+|all\s+|each\s+)?(?:also\s+)?(?:(?!fatally\b)\w+ly\s+)?(shot|wounded|injured|hurt|hit\s+by\s+(?:gunfire|bullets?)|struck\s+by\s+(?:gunfire|bullets?)|(?:taken|transported|rushed|airlifted)\s+to\s+(?:[\w-]+\s+){0,3}?hospitals?|in\s+(?:critical|serious|stable|fair|good|grave)\s+condition)|(?:both\s+|all\s+)?(?:also\s+)?(suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:gunshot\s+wounds|injuries))\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\s*(?:[,.;]|but\b|by\b))|(?<!\bfatally\s+)\b(?:injur|wound)(?:ed|ing)\s+(?:both\s+)?((?:${PAIR_FIRST}|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|grandmother|grandfather|uncle|aunt|nephew|niece))(?:\s*,\s*(?:${PAIR_PERSON})){0,4},?\s+(?:and|&)\s+(?:${PAIR_PERSON}))\b(?!['’]s|\s+(?:and\s+)?(?:killed|dead)\b)`, 'gi');

/**
 * A person's name: capitalised words, an age between commas at most ("Tobin Ashgrove", "Ashgrove, 34,").
 * Not a count, a determiner or a pronoun: a headline's "Wounding Three Deputies" is a count, read elsewhere.
 */
const NAME = String.raw`(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An|The|His|Her|Their|Its|Police|Officers|Deputies|Authorities|Several|Many|Others|Both|All)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:,\s*\d{1,3}(?![\d-]),?)?`;
/**
 * People a report names one by one as hurt: "killing Mara Quillfeather and injuring Tobin Ashgrove and Della
 * Fenwright", "Orrin Vasquez-Pell, Juno Haskard and Ivo Brant all suffered injuries", "Ann Lee and Tom
 * Ray were also struck by bullets". As many as it
 * names; shot, the dead among them. Case-sensitive, so that names are capitalised words.
 */
export const NAMED_HURT = new RegExp(String.raw`(?<![Ff]atally\s)\b(?:[Ii]njur|[Ww]ound)(?:ed|ing)\s+(?:both\s+)?(${NAME}(?:\s*,\s*${NAME}){0,4},?\s+(?:and|&)\s+${NAME})\b(?!['’]s|\s+(?:and\s+)?(?:killed|dead)\b)|\b(${NAME}(?:\s*,\s*${NAME}){0,4},?\s+(?:and|&)\s+${NAME})\s+(?:(?:were|have\s+been|had\s+been|are)\s+(?:both\s+|all\s+|each\s+)?(?:also\s+)?(?:(?!fatally\b)[a-z]+ly\s+)?(shot|wounded|injured|hurt|(?:struck|hit)\s+by\s+(?:gunfire|bullets?|stray\s+bullets?))|(?:both\s+|all\s+)?(?:also\s+)?(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:gunshot\s+wounds|injuries))\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\s*(?:[,.;]|but\b|by\b))`, 'gu');

/**
 * Words every match of a pattern over the whole text has, checked first: most texts have none, and
 * the pattern would otherwise try its people at every "a", "the" or capitalised word. PAIR_HURT:
 * a wounding, a bullet or a hospital; NAMED_HURT (case-sensitive as it is): an injury or a wound, a
 * shooting, a hurt, or someone struck or hit; PAIR_KILLED: a death; LISTED_SHOT: someone hit.
 */
export const PAIR_HURT_WORD = /shot|wound|injur|hurt|gunfire|bullet|hospital|suffered|sustained|condition/i;
export const NAMED_HURT_WORD = /[Ii]njur|[Ww]ound|shot|hurt|suffered|sustained|struck|hit/;
export const PAIR_KILLED_WORD = /kill|dead|death|died|shot/i;
export const LISTED_SHOT_WORD = /\b(?:shot|struck|hit|wounded|grazed)\b/i;

/** text.matchAll(pattern), or none without the word the pattern needs. */
export function matchesWith(word: RegExp, pattern: RegExp, text: string): Iterable<RegExpExecArray> {
  return word.test(text) ? text.matchAll(pattern) : [];
}

/** Two or more people told together as killed: "A woman and a teen were shot and killed", "a husband and wife were found shot to death". */
export const PAIR_KILLED = new RegExp(String.raw`\b((?:${PAIR_FIRST})(?:\s*,\s*(?:${PAIR_PERSON})){0,4},?\s+(?:and|&)\s+(?:${PAIR_PERSON}))\s+(?:(?:were|have\s+been|had\s+been|are)\s+(?:both\s+|all\s+|each\s+)?(?:found\s+)?(?:shot\s+(?:and\s+)?killed|killed|shot\s+to\s+death|shot\s+dead|fatally\s+shot|(?:found\s+)?dead|pronounced\s+dead)|(?:both\s+|all\s+)?died)\b`, 'gi');

/**
 * Two or more people told together as those a killer killed: "accused of murdering a 12-year-old and
 * his grandmother", "killing a man and his 4-year-old daughter", "fatally shot a man and a woman". Not "killing
 * a man and wounding a woman": each after the first must be a person, not a verb.
 */
export const PAIR_KILLED_OBJECT = new RegExp(String.raw`\b(?:kill(?:ed|ing)|murder(?:ed|ing)|fatally\s+sho(?:t|oting)|(?:shooting\s+)?(?:deaths|murders|killings|slayings)\s+of)\s+((?:${PAIR_FIRST})(?:\s*,\s*(?:${PAIR_PERSON})){0,4},?\s+(?:and|&)\s+(?:${PAIR_PERSON}))\b`, 'gi');
/** Words every match of PAIR_KILLED_OBJECT holds. */
export const PAIR_KILLED_OBJECT_WORD = /kill|murder|fatally|deaths|slayings/i;

/**
 * Two or more people named as killed: "Tobin Marsh, 40, and Ivo Brant, 38, were killed", "Ames, Bell and
 * Cole were pronounced dead", "Marsh and Brant died at the scene". As many as it names. Case-sensitive.
 */
export const NAMED_KILLED_PAIR = new RegExp(String.raw`\b(${NAME}(?:\s*,\s*${NAME}){0,4},?\s+(?:and|&)\s+${NAME})\s+(?:(?:were|have\s+been|had\s+been)\s+(?:both\s+|all\s+|each\s+)?(?:found\s+)?(?:shot\s+(?:and\s+)?killed|killed|shot\s+to\s+death|shot\s+dead|fatally\s+shot|(?:found\s+)?dead|pronounced\s+dead)|(?:both\s+|all\s+)?died)\b`, 'gu');

// The body's parts, one list for every reading of a wound by its place (body-parts.ts).
export const BODY_PART = BODY_PART_PHRASE;
/**
 * People listed one by one with where each was hit: "A 37-year-old cousin was grazed in the hip, a
 * 44-year-old uncle in the hand", "a 29-year-old father was grazed in the thigh and his 7-year-old son
 * was hit in the foot". Each one listed was shot.
 */
export const LISTED_SHOT = new RegExp(String.raw`\b(?:${PAIR_FIRST})\s+(?:was\s+)?(?:also\s+)?(?:shot|struck|hit|wounded|grazed)\s+(?:(?:once|twice|multiple\s+times|several\s+times)\s+)?in\s+${BODY_PART}((?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:${PAIR_FIRST})\s+(?:(?:was\s+)?(?:also\s+)?(?:shot|struck|hit|wounded|grazed)\s+)?(?:(?:once|twice|multiple\s+times|several\s+times)\s+)?in\s+${BODY_PART}\b){1,5}`, 'gi');
export const LISTED_ONE = new RegExp(String.raw`(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:${PAIR_FIRST})\s`, 'gi');
/**
 * "Both teens were rushed to a hospital", "both women sustained minor injuries": two, the
 * dead among them when shot. "Both remain hospitalized", "both are at a local hospital", "shot his
 * girlfriend and her son, wounding both": two alive. Two told by name or role after "both" too: "Both the
 * gunman and the child were taken to a hospital", "Both Brannock and the woman suffered non-life-threatening
 * injuries"; not a woman and her unborn baby, who incident records count as one.
 */
/** Words every match of BOTH_HURT, and of TWO_COUNTS_HURT, holds (word-gate.ts). */
export const BOTH_WORDS: WordGroups = [['both']];
export const INJURED_WORDS: WordGroups = [['injur', 'wound']];
export const BOTH_HURT = /\bboth\s+(?:(?:victims|men|women|boys|girls|teens|teenagers|children|of\s+them|brothers|sisters|officers)\s+|(?:(?:the|a|an|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+(?!(?:(?:the|a|an|his|her)\s+)?unborn\b)(?:(?:the|a|an|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:(?:were|are|have\s+been)\s+(?:(?!fatally\b)\w+ly\s+)?(shot(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\b)|(?:taken|transported|rushed|airlifted)\s+to\s+(?:[\w-]+\s+){0,3}?hospitals?|wounded|injured|hurt|hospitali[sz]ed)|(suffered|sustained)\s+(?:[\w-]+\s+){0,3}?(?:injuries|gunshot\s+wounds|wounds)|(?:were|are)\s+(?:listed\s+|reported\s+)?in\s+(?:critical|serious|stable|fair|good)\s+condition|(?:are|were)\s+expected\s+to\s+(?:survive|recover)|(?:are|were|remain|remained)\s+(?:still\s+)?(?:hospitali[sz]ed|(?:in|at)\s+(?:the\s+|a\s+|an\s+area\s+|area\s+|local\s+)?hospitals?))\b|(?<=\b(?:wounding|injuring)\s)both\b(?!\s+(?:of\s+)?(?:his|her|their|the)?\s*(?:arms|legs|hands|feet|eyes|knees|ankles|sides)\b)/gi;

/** One person brought in after "along with": "another woman", "his best friend", "a 16-year-old boy". */
const ALONG_ONE = String.raw`(?:another|(?:a|an|the|his|her|their))\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|teen|teenager|child|toddler|person|victim|friend|brother|sister|son|daughter|cousin|uncle|aunt|mother|father|wife|husband|girlfriend|boyfriend|driver|passenger|bystander|relative|nephew|niece|officer|deputy)\b`;
/**
 * People told as shot "along with" others: "The two were wounded, along with another man" (three), "Quennell,
 * 52, was shot along with two others" (three), "she was shot along with a 13-year-old girl and a
 * 35-year-old woman" (three). Group 1 is a count of the first (else one), 2 the verb, 3 a count of the others.
 */
export const ALONG_WITH = new RegExp(
  String.raw`\b(?:[Tt]he\s+(two|three|four|five)|(?:[Hh]e|[Ss]he|[A-Z][\w'’-]+(?:,\s*\d{1,3},)?|(?:[Aa]n?|[Tt]he)\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|boy|girl|teen|teenager|child|victim)))\s+(?:was|were)\s+(?:also\s+)?(shot|wounded|injured|hurt),?\s+along\s+with\s+(?:(two|three|four|five|six|\d)\s+others?\b|${ALONG_ONE}(?:(?:\s*,\s*|\s+and\s+)${ALONG_ONE})*)`,
  'g',
);
/** Words every match of ALONG_WITH holds. */
export const ALONG_WORDS: WordGroups = [['along with']];

/** How many people an ALONG_WITH match brings in after "along with", when it names them one by one. */
export function peopleAlongWith(match: string): number {
  const after = match.slice(match.search(/\balong\s+with\b/) + 10);
  return [...after.matchAll(new RegExp(ALONG_ONE, 'g'))].length;
}

/** A bullet that hit two people: "a round hit both Okafor and the nine-year-old in the wrist", "the round struck both men". */
export const BULLET_HIT_BOTH = /\b(?:bullets?|rounds?|gunfire|shots?|pellets?|blast)\s+(?:then\s+|also\s+)?(?:hit|struck|wounded|injured|grazed)\s+both\s+(?:(?:men|women|boys|girls|teens|children|of\s+them|brothers|sisters|officers)\b|(?:(?:the|a|an|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+and\s+(?:(?:the|a|an|his|her)\s+)?[\w'’-]+)/i;
