/**
 * One person killed or wounded, told without a number: "a man died at the hospital", "the teen is in
 * critical condition", "Smith was found dead", "a second man was also wounded", "shot himself in the
 * hand". Each counts one; where a death is told, a condition or a wound is weighed against it (most
 * often the dead's, before they died).
 */

import { sentenceAround } from './sentence-around.js';
import { hasWords, type WordGroups } from './word-gate.js';
import { KIN_NOUN, ROLE_NOUN } from './person-nouns.js';
import { BODY_PART_WORD } from './body-parts.js';

/**
 * One dead and one hurt, each told of one person in a clause: "Man killed, woman injured in ...", "a
 * 19-year-old was killed and his cousin wounded", "left a 9-year-old boy dead and his 12-year-old
 * cousin injured", "Woman wounded, man killed", "Trooper shot, suspect killed" (a
 * headline's one shot beside another's death: two people; a suspect is one too), "in which he was
 * killed and his cousin was wounded" (one named before, then someone else).
 */
const DEAD_ONE = String.raw`(?:(?:a|an|the|one|his|her|their)\s+)?(?:(?:\d{1,3}-(?:year|month|week)-old|young|teenage|little|elderly)\s+)?(?:man|woman|boy|girl|teen|teenager|youth|child|toddler|baby|infant|person|male|female|juvenile|father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|officer|deputy|trooper|bystander|driver|passenger|victim|suspect|gunman|shooter|robber|intruder|\d{1,3}-(?:year|month|week)-old)(?:,\s*\d{1,3}(?![\d-]),?)?`;
export const ONE_DEAD_ONE_HURT = new RegExp(String.raw`(?:^|[\n.;:]\s*|\b(?:police\s+said|said|in\s+which)\s+)(?:${DEAD_ONE}|he|she)\s+(?:(?:was|is|has\s+been)\s+)?(?:shot\s+(?:and\s+)?killed|killed|dead|slain|dies|died|fatally\s+shot|shot\s+dead)\b[^.;:\n]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:another|(?:${DEAD_ONE}))\s+(?:(?:was|is)\s+)?(?:(?:critically|seriously|also|badly)\s+)?(?:injured|wounded|hurt|hospitali[sz]ed|shot(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b))\b|\bleft\s+(?:${DEAD_ONE})\s+dead\s+and\s+(?:another|${DEAD_ONE})\s+(?:(?:critically|seriously|badly)\s+)?(?:injured|wounded|hurt)\b|(?:^|[\n.;:]\s*)(?:(?:[\w'’-]+\s+){0,2}?)(?:${DEAD_ONE})\s+(?:(?:was|is)\s+)?(?:injured|wounded|hurt|shot)\s*,\s*(?:${DEAD_ONE})\s+(?:killed|dead|slain|dies|died)\b`, 'i');

/** A character between one person and what befell them: not across a clause, nor past a negation ("a teen, shot in the ankle; nobody was killed"). */
const GAP = String.raw`(?:(?!\b(?:no\s*one|nobody|none|not|never)\b)[^.;])`;
/** An age in figures or words: "a 6-year-old", "a six-year-old". */
const AGE = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ](?:year|month|week)[- ]old`;
/** One person killed, or wounded, told without a number. */
const ONE_PERSON = String.raw`\b(?:a|an|one|the|that|this)\s+(?:(?:${AGE}\s+)?(?:young\s+|local\s+|teenage\s+|little\s+|elderly\s+|other\s+)?(?:man|youth|woman|teen|teenager|boy|girl|person|child|toddler|baby|infant|student|officer|deputy|victim|father|mother|son|daughter|driver|resident|suspect|gunman|clerk|owner|male|female|juvenile|bystander|${KIN_NOUN}|${ROLE_NOUN}|minor(?=\s+(?:was|is|who|has|had)\b))|${AGE}(?=,|\s+(?:was|is|has|had|who|died)\b))`;
/** One person, as the object of a verb: "injured a teenager", "hit the 15-year-old victim". */
const VICTIM = String.raw`(?:a|an|one|the)\s+(?:(?:${AGE}\s+)?(?:young\s+|teenage\s+|little\s+|elderly\s+)?(?:man|woman|teen|teenager|boy|girl|person|child|toddler|baby|infant|student|officer|deputy|driver|resident|bystander|victim|juvenile|male|female|${KIN_NOUN}|${ROLE_NOUN})|${AGE}(?!\s+(?!(?:in|on|at|during|after|while|and|who|as|near|outside|inside|with)\b)[A-Za-z]))\b(?!['’]s)`;
const ONE_KILLED = new RegExp(
  String.raw`\bfatally\s+(?:sho(?:t|ots|oting)|wound(?:s|ed|ing)|injur(?:es|ed|ing))\s+(?:${VICTIM}|(?:him|her)self\b)|,\s+killing\s+(?:him|her)\b|\bkill(?:s|ed)\s+(?:him|her)?self\b|\b(?:before|then|after)\s+killing\s+(?:him|her)self\b|\bsho(?:t|ots)\s+${VICTIM}[^.]{0,60}?,\s+killing\s+(?:him|her)\b|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has been)\s+(?:shot\s+(?:and\s+)?killed|killed|fatally\s+(?:shot|wounded|injured|struck)|(?:found\s+)?(?:shot|stabbed|beaten)\s+to\s+death|shot\s+dead|fatally\s+stabbed|pronounced\s+dead|declared\s+dead|found\s+dead|dead)\b|${ONE_PERSON}${GAP}{0,120}?\b(?:later\s+|has\s+|had\s+)?(?:died|succumbed)\b|\bone of (?:the|those|five|four|three|two|\d+)\b[^.]{0,120}?\b(?:has\s+|later\s+)?died\b|\b(?:has|have|later|subsequently)\s+died\b|\bdied\s+(?:from|of)\s+(?:a\s+|the\s+|his\s+|her\s+|multiple\s+|single\s+)*(?:gunshot|injuries|wounds)|\bwhere\s+(?:he|she)\s+(?:later\s+)?died\b|\bdied\s+(?:\w+\s+)?(?:after|following)\s+(?:being|he|she)\b|\bshot\s+(?:himself|herself)\s+dead\b|\bdied\s+(?:at|on)\s+(?:the\s+)?scene\b|\b(?:pronounced|declared)\s+(?:(?:him|her)\s+)?dead\b|\b(?:pronounced|declared|is|was|now|been)\s+(?:(?:him|her)\s+)?(?:clinically|brain)[- ]dead\b|\b(?:were|was|are)\s+(?:not\s+able|unable)\s+to\s+save\s+(?:him|her|the\s+(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|victim))\b|\btaken\s+off\s+(?:of\s+)?life\s+support\b|\b(?:a|an|the)\s+(?:\d{1,3}-(?:year|month|week)-old|man|woman|teen|teenager|boy|girl|person|child)\s+(?:found\s+)?shot\s+(?:dead|to\s+death)\b|\b(?:suffer(?:s|ed)?|sustain(?:s|ed)?|receiv(?:es|ed)|die[sd]?\s+(?:of|from))\s+(?:a\s+)?fatal\s+gunshot\s+wounds?\b|\bleft\s+${VICTIM}\s+dead\b|\b(?:killed|killing)\s+(?:${VICTIM}|(?:a|an)\s+\d{1,3}-year-old\b)|\bpassed\s+away\b|\b(?:killed|killing)\s+(?:his|her|their)\s+(?:own\s+)?(?:${AGE}\s+)?(?:wife|husband|son|daughter|mother|father|brother|sister|girlfriend|boyfriend|fianc[ée]e?|child|baby|infant|step(?:son|daughter|father|mother)|grand(?:son|daughter|mother|father)|cousin|uncle|aunt|nephew|niece|friend|roommate|neighbou?r)\b|\bbut\s+(?:later\s+)?died\b|\bwas\s+shot\s+and\s+died\b|\b(?:succumbed to (?:his|her|their) (?:injuries|wounds)|(?:man|woman|teen|teenager|boy|girl|person) dead\b|lay dead)\b`,
  'i',
);
/**
 * One death told of a named person ("Orlequay was found dead", "12-year-old Aynis Varganthe was killed",
 * "Dorian Wex Jessingham, 21, Killed"): capitalised words, an age between commas at most, then the death.
 * Case-sensitive, so that "the police was" or a sentence's first word does not make a name.
 */
const NAMED_KILLED = /\b(?!(?:Nobody|None|No|Everyone|Everybody|Anyone|Anybody|Someone|Somebody|Several|Many|Some|Most|Both|All|Others|Two|Three|Four|Five|Police|Officers|Authorities)\b)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){0,3}(?:,\s*\d{1,3},)?\s+(?:(?:was|had been|has been)\s+(?:found\s+)?(?:shot\s+(?:and\s+)?killed|killed|(?:shot\s+)?dead|shot\s+to\s+death|pronounced\s+dead|fatally\s+(?:shot|wounded|injured|struck))|(?:later\s+)?died|(?<=,\s{0,3}\d{1,3},\s{1,3})(?:Killed|Dies|Dead|Shot Dead|Slain|dies|killed))\b/;

/**
 * A death named without saying whose ("a fatal shooting", "a homicide", "killed"): one killed, but
 * only in a report that counts no one shot or wounded. Where it does ("Four men wounded"), such words
 * were more often the page's other stories, a homicide unit or an earlier case than a fifth victim.
 * Not "the homicide unit" or "homicide detectives" (they answer shootings that kill no one), "no one
 * was killed", "injured or killed" (a kind of harm, not a death), or a cry ("They killed me!", said by
 * one who lived).
 */
export const A_DEATH = /\b(?:(?<!\b(?:no|not|non)[\s-])(?:fatal(?:ly)?|deadly)\s+(?:(?!(?:weapons?|force|injur\w*|wound\w*)\b)[\w'’-]+\s+){0,3}?(?:shooting|shootout|gunfight)(?!\s+(?:debate|policy|policies|bill|law|laws|legislation|reform|data|statistics)\b)|(?:charged|arrested|indicted|sentenced|convicted)\s+(?:in|with|for)\s+(?:(?!attempted\b)[\w'’-]+\s+){0,3}?killing(?!\s+(?:[\d,]+\s+|(?:a|an|the|two|three|four|five|several|many|his|her|their)\s+)?(?:deer|bucks|animals?|birds?|dogs?|cats?|cattle|cows?|sheep|pigs?|hogs?|chickens?|horses?|fish|wolves|bears?|elk|geese|ducks?|turkeys?|coyotes?)\b)|shooting\s+deaths?|slaying|slain|(?<!\battempted\s+(?:(?:first|second|third)[- ]degree\s+|aggravated\s+|capital\s+)?)(?:murder(?:ed)?|manslaughter|homicide(?!\s+(?:unit|units|investigators?|detectives?|division|squad|bureau|section|team|task\s+force|office|department|sergeant|lieutenant|captain|commander)\b))|(?<!\b(?:no\s*one|nobody|none|neither)\s+(?:(?:was|were|is|are|has|have|had|been|got|else)\s+){0,3}(?:(?:seriously|critically|badly)\s+)?(?:(?:injured|wounded|hurt)\s+or\s+)?|\b(?:injured|wounded|hurt)\s+or\s+)killed\b(?!\s+or\s+(?:seriously\s+)?(?:injured|wounded|hurt)\b)(?!\s+(?:me|us|you)\b)(?!\s+(?:[\d,]+\s+|(?:a|an|the|two|three|four|five|several|many|dozens of|hundreds of|thousands of)\s+)?(?:deer|bucks|animals?|birds?|dogs?|cats?|cattle|cows?|sheep|pigs?|hogs?|chickens?|horses?|fish|wolves|bears?|elk|geese|ducks?|turkeys?|coyotes?)\b))\b/i;
// "was shot and wounded", and as well "was struck and wounded by a ricochet", "was hit and injured"; not
// "a mom who is hurting" (grief, not a wound).
const ONE_WOUNDED = new RegExp(
  String.raw`${ONE_PERSON}${GAP}{0,60}?\b(?:was|is)\s+(?:found\s+)?(?:(?:critically|seriously|severely|gravely|badly|slightly|also)\s+)?(?:(?:shot|struck|hit)\s+(?:and\s+)?)?(?:wounded|injured|hurt(?!ing)|hospitali[sz]ed)` +
    // "a shooting that injured a toddler", "found an injured man", "also left a man wounded"
    String.raw`|(?<!\bfatally\s+)\b(?:injur(?:ed|ing)|wound(?:ed|ing)|graz(?:ed|ing))\s+(?:${VICTIM}|(?:his|her|their)\s+(?:${AGE}\s+)?(?:son|daughter|brother|sister|wife|husband|girlfriend|boyfriend|mother|father|child|friend|cousin|nephew|niece)\b)|\b(?:an|one)\s+(?:injured|wounded)\s+(?:man|woman|person|teen|teenager|boy|girl|victim)\b|\bleft\s+${VICTIM}\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b`,
  'i',
);
/** "The victim was injured", "injuring the toddler": someone already told of. */
const DEFINITE = /^(?:(?:injur|wound)\w*\s+|left\s+)?(?:the|that|this)\b/i;

/**
 * One person wounded, told without a number. Where the report tells of a death, only someone brought in
 * ("a man was also wounded", "injuring a teenager"): someone already told of ("the gun went off, injuring
 * the toddler", "the victim was hurt") is most often the dead, wounded before they died.
 */
export function oneWounded(body: string, deathTold: boolean): boolean {
  if (!deathTold) return ONE_WOUNDED.test(body);
  for (const m of body.matchAll(new RegExp(ONE_WOUNDED.source, 'gi'))) if (!DEFINITE.test(m[0]) && !DIED_OF_IT.test(body.slice(m.index + m[0].length))) return true;
  return false;
}
/**
 * What follows a wounding when the wounded died of it: "was wounded and later died", "was critically
 * wounded Friday. He died Saturday". A death, not a death and a wounding.
 */
const DIED_OF_IT = /^(?:[^.;!?\n]*?\b(?:and|but)\s+|[^.;!?\n]*[.!?]\s+(?:he|she|the\s+(?:victim|man|woman|boy|girl|teen|teenager|child)|(?:he|she)\s+was\s+taken\s+to\s+[^.;!?\n]{0,40}?\s+where\s+(?:he|she))\s+)(?:later\s+|has\s+since\s+|since\s+|then\s+|subsequently\s+|eventually\s+)?(?:died|succumbed|was\s+(?:later\s+)?pronounced\s+dead)\b/i;
/**
 * One person's condition ("in critical condition", "non-life threatening injuries"): a wounding where
 * nobody died; where someone did, most often the dead before they died ("flown to a trauma centre in grave
 * condition, where she died"), so it then counts only from a sentence with no death in it.
 */
export const ONE_IN_CONDITION = /\b(?:in\s+(?:critical|serious|stable|fair|grave)(?:\s+(?:but|and)\s+(?:critical|serious|stable|fair|grave))?\s+condition|non-?life[- ]?threatening|life[- ]?threatening\s+injur)/i;
/** Words of a death: a condition in the same sentence was the dead's before they died. */
const DEATH_WORD = /\b(?:died|dies|dead|death|killed|succumbed|fatal(?:ly)?|where (?:he|she) (?:later )?died)\b/i;

/**
 * Someone a sentence brings in beside the dead: "a second man", "another victim", "the other man", "a
 * 23-year-old woman", "one person", "the fourth victim" (after three dead), kin of one named before
 * ("his 6-year-old brother's wounds were not life-threatening").
 */
const SOMEONE_ELSE = /\b(?:a|an|one|another|(?:the|a)\s+(?:other|second|third|fourth|fifth|sixth|surviving|wounded|injured)|(?:two|three|four|five)\s+(?:other\s+)?(?:people|men|women|victims|others))\b\s*(?:(?:\d{1,3}-(?:year|month|week)-old|young|teenage|elderly|other|second|third)\s+)*(?:man|woman|person|victim|boy|girl|teen|teenager|child|toddler|baby|infant|juvenile|male|female|bystander|passenger|driver|officer|deputy|student|resident|friend|relative|\d{1,3}-(?:year|month|week)-old)\b|\b(?:another|one other)\b|\b(?:his|her|their)\s+(?:(?:\d{1,3}-(?:year|month)-old|young|teenage|older|younger|little)\s+)*(?:sister|brother|mother|father|son|daughter|wife|husband|girlfriend|boyfriend|fianc[eé]e?|cousin|friend|grandmother|grandfather|uncle|aunt|niece|nephew)\b/i;
/** A condition told as it stands now ("is in stable condition", "remains in serious condition", "remained in critical condition Wednesday"): of someone alive. */
const STILL = /\b(?:is|are|remains?|remained)\b|\w['’]s\s+(?:still\s+)?in\b/i;

/**
 * A condition told in a sentence with no death in it, of someone other than the dead: one the sentence
 * brings in ("a second man was taken to hospital in serious condition"), one whose condition stands
 * now ("Smith remains in stable condition"), or one the headline gives. A sentence that tells, in the
 * past, of someone already named ("the victim was rushed to hospital in serious condition", "he was
 * flown to a trauma centre in grave condition") tells of the dead before they died: on GVA's pages
 * such sentences had counted a wounded where one person was shot and died.
 */
export function conditionApartFromDeath(body: string): boolean {
  for (const m of body.matchAll(new RegExp(ONE_IN_CONDITION.source, 'gi'))) {
    const sentence = sentenceAround(body, m.index);
    const headline = body.startsWith(sentence);
    if (!DEATH_WORD.test(sentence) && (headline || SOMEONE_ELSE.test(sentence) || STILL.test(sentence))) return true;
  }
  return false;
}

/** A sentence dated to another time than the event's: "in 1968", "last spring", "years ago". */
const ANOTHER_TIME = /\b(?:(?:19|20)\d\d|last\s+(?:spring|summer|fall|autumn|winter|year|month)|years?\s+ago|months\s+ago)\b/i;

/** Words that leave a death in doubt: "could not confirm whether the boy had died", "not sure if he was dead or alive". */
const DOUBTED_DEATH = /\b(?:if|whether)\b[^.;]{0,60}\b(?:died|dead)\b|\bdead\s+or\s+alive\b/i;

/**
 * A sentence of another shooting than the story's: "killed in an earlier shooting at the same corner",
 * "shot dead on the same block weeks earlier", "In March 2011, one woman died near the bar".
 */
const OTHER_SHOOTING = /\b(?:(?:a|an|the)\s+(?:previous|prior|earlier|separate|unrelated|similar)\s+(?:shooting|incident|attack|case)|(?:weeks|months|years)\s+(?:earlier|before|prior))\b|^\s*(?:In|On)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b/;

/** Words every match of ONE_KILLED holds (word-gate.ts): a death, a fatal wound, one who passed away. */
export const ONE_KILLED_WORDS: WordGroups = [['kill', 'fatal', 'dead', 'death', 'died', 'succumb', 'passed', 'to save', 'life support']];
/** Words every match of NAMED_KILLED holds, lower-cased. */
export const NAMED_KILLED_WORDS: WordGroups = [['killed', 'dead', 'death', 'died', 'fatally', 'dies', 'slain']];
/** Words every match of ONE_IN_CONDITION holds. */
export const CONDITION_WORDS: WordGroups = [['condition', 'threatening']];
/** Words every match of ONE_TO_HOSPITAL holds. */
export const TO_HOSPITAL_WORDS: WordGroups = [['hospital', 'medical', 'trauma']];
/**
 * Words every match of ONE_HURT holds, lower-cased, but for "hit" (HIT): each of its readings names a
 * wound, a shot ("shot", "shoots", "shooting", "gunshot"), a strike, a graze or a hit. The pattern is one
 * of the slowest the casualty reader tries on a page without a toll, and most pages lack them all.
 */
const ONE_HURT_WORDS: WordGroups = [['injur', 'wound', 'shot', 'shoot', 'struck', 'strik', 'graze']];
/** "hit" as ONE_HURT reads it, a word before a space ("hit in the leg", "hitting a bystander"): as a plain word it is in "white". */
const HIT = /\bhit(?:ting)?\s/i;

/** Whether ONE_HURT may match a text (lower: the text lower-cased): false only where it cannot. */
export function mayTellOneHurt(text: string, lower: string): boolean {
  return hasWords(lower, ONE_HURT_WORDS) || HIT.test(text);
}

/** Words every match of A_DEATH holds: a fatal or deadly shooting, a killing, a slaying, a murder, manslaughter or a homicide. */
export const A_DEATH_WORDS: WordGroups = [['fatal', 'deadly', 'kill', 'shoot', 'slay', 'slain', 'murder', 'manslaughter', 'homicide']];

/** One death told without a number, in a sentence that does not doubt it nor tell of another shooting. */
export function oneKilled(body: string): boolean {
  for (const m of body.matchAll(new RegExp(ONE_KILLED.source, 'gi'))) {
    const sentence = sentenceAround(body, m.index);
    if (!DOUBTED_DEATH.test(sentence) && !OTHER_SHOOTING.test(sentence)) return true;
  }
  return false;
}

/** A named person's death told of the event, not in a sentence dated to another time ("King was killed in Memphis in 1968"). */
export function namedDeath(body: string): boolean {
  for (const m of body.matchAll(new RegExp(NAMED_KILLED.source, 'g'))) if (!ANOTHER_TIME.test(sentenceAround(body, m.index + m[0].length - 1))) return true;
  return false;
}

/**
 * One person hurt, told by how, in a story where nobody died: "shot himself in the hand", "shot his
 * own foot", "shot his 6-year-old cousin", "suffered a gunshot wound", "was shot in the foot" (the accidental shootings of
 * children are told so), "a girl was struck by a stray round", "found suffering from gunshot wounds",
 * "the gun went off, grazing the side of the boy's neck" (a graze told of a body part).
 * With a death in the story these would count the dead.
 */
export const ONE_HURT = new RegExp(
  String.raw`\b(?:(?:injur(?:ed|es)|wound(?:ed|s))\s+(?:himself|herself)\b|sho(?:t|ots|oting)\s+(?:his|her)\s+own\s+${BODY_PART_WORD}\b|sho(?:t|ots|oting)\s+(?:himself|herself|(?:(?:his|her|a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:brother|sister|son|daughter|friend|cousin|uncle|aunt|mother|father|grandfather|grandmother|sibling|playmate|nephew|niece|wife|husband|girlfriend|boyfriend))\b|(?:an?|with\s+an?|suffered\s+an?|sustained\s+an?|from\s+an?)\s+(?:(?:self-inflicted|single|apparent(?:ly)?|minor|possible|accidental)\s+){0,2}gunshot\s+wound\b|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has\s+been|had\s+been)\s+(?:found\s+|\w+ly\s+)?shot\b(?!\s+(?:and\s+)?(?:killed|dead|to\s+death))|(?<!\bfatally\s+)\bsho(?:t|ots|oting)\s+${VICTIM}(?![^.]{0,60}?,\s+killing\s+(?:him|her)\b)|\b(?:had|has|have|with|suffered|sustained)\s+(?:multiple|several|two|three)\s+gunshot\s+wounds\b|\b(?:suffering|bleeding)\s+from\s+(?:(?:multiple|several|apparent|possible|serious|severe)\s+)?(?:gunshot|bullet)\s+wounds?\b|(?<!\b(?:a|the|one|another)\s+)\b(?:shot|struck|hit|wounded)\s+(?:(?:him|her)\s+)?in\s+(?:the\s+|his\s+|her\s+)?(?:upper\s+|lower\s+|left\s+|right\s+)?(?:hand|leg|foot|arm|finger|thigh|shoulder|hip|stomach|abdomen|chest|back|buttocks?|knee|ankle|face|cheek|jaw|mouth|groin|side|head|neck)\b|\b(?:hit|hitting|struck|striking)\s+${VICTIM}|\bgraze(?:d)?\s+(?:wound|by\s+a\s+bullet)|\bgraz(?:ed|es|ing)\s+(?:(?:the|his|her|their)\s+)?(?:(?:back|side|top|front)\s+of\s+(?:the|his|her)\s+)?(?:[\w-]+['’]s\s+)?(?:head|neck|arm|leg|hand|foot|face|cheek|ear|shoulder|back|side|chest|forehead|temple|scalp|finger|toe|thigh|knee|hip|stomach|abdomen|buttocks?)\b|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has\s+been)\s+grazed\b|\bbullet\s+graze\b|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has\s+been)\s+(?:\w+ly\s+)?(?:struck|hit)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullet|gunfire|round|pellets?)\b)`,
  'i',
);

/** ONE_HURT.test(text), asked only of a text that holds its words (lower: the text lower-cased). */
export function tellsOneHurt(text: string, lower: string): boolean {
  return mayTellOneHurt(text, lower) && ONE_HURT.test(text);
}

/** One more wounded beside those killed: "two men dead and another injured", "wounding another". */
export const ANOTHER_WOUNDED = /\b(?:(?:(?:and|,|;)\s+|(?<=(?:^|[.!?]\s+|\n)))(?:(?:a|one|an)\s+)?(?:another|fourth|third|second|one other|other)\s+(?:\d{1,3}-year-old\s+|young\s+)?(?:(?:shooting\s+|gunshot\s+)?(?:person|man|woman|victim|teen|teenager|boy|girl|child)\s+(?:(?:in|at|inside|outside|on|near)\s+(?:the\s+|a\s+)?[\w-]+\s+)?)?(?:was\s+(?:reported\s+to\s+have\s+been\s+)?)?(?:\w+ly\s+)?(?:injured|wounded|hurt|hospitali[sz]ed|grazed|treated\s+and\s+released|treated\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?hospital|shot(?!\s+(?:and\s+)?(?:killed|dead|to\s+death)\b|\s+(?:\w+\s+){0,6}?(?:died|killed|dead)\b))|(?:wound|injur)(?:ing|ed|e)?\s+(?:another|one other|a fourth|a third|a second)|left one (?:person\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)|(?:was|were)\s+also\s+(?:shot|wounded|injured|hurt)\b(?!\s+(?:and\s+)?(?:killed|dead|to\s+death|multiple|several|twice|again)\b)|\b(?:man|woman|person|teen|teenager|boy|girl|child|victim|bystander|he|she|year-old)\b[^.;,]{0,40}?\b(?:was|were)\s+also\s+(?:hit|struck)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+by\s+(?:a|the)\s+(?:car|vehicle|truck|van|bus|train)\b)|\banother\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|person|teen|teenager|boy|girl|child|victim)\s+who\s+(?:had\s+been|was|has\s+been)\s+(?:also\s+)?(?:shot|wounded|injured|hurt)\b(?!\s+(?:and\s+)?(?:killed|dead|to\s+death)\b))\b/i;
/**
 * One person told as shot who lived: "was shot in the thigh, but survived", "was shot twice and is
 * expected to recover", "suffered a gunshot wound to the ankle, but survived". Wounded, beside any dead:
 * a report says so of the one who did not die.
 */
const SURVIVED = /\b(?:shot|wounded|hit|struck|injured|wounds?)\b[^.;!?\n]{0,60}?\b(?:but|and)\s+(?:has\s+|is\s+expected\s+to\s+|was\s+expected\s+to\s+)?(?:survived?|recover)\b/i;
const SURVIVED_WORD = /surviv|recover/i;
/** Someone shot who lived (SURVIVED), told in a sentence of the event, not of another time ("Last month, a girl shot herself but survived"). */
export function survivedWound(body: string): boolean {
  // Its words first: most reports of a death have neither, and the pattern would try every wounding.
  if (!SURVIVED_WORD.test(body)) return false;
  for (const m of body.matchAll(new RegExp(SURVIVED.source, 'gi'))) if (!ANOTHER_TIME.test(sentenceAround(body, m.index))) return true;
  return false;
}
/** A word each of ANOTHER_WOUNDED, ONE_WOUNDED and ONE_DEAD_ONE_HURT needs: tried first, as few texts have one. */
export const HURT_WORD = /injur|wound|hurt|hospitali|grazed|treated|shot/i;
/**
 * One person taken to hospital ("she was brought to the hospital by a neighbour", "the victim was
 * later taken to hospital"): hurt, in a story of a shooting where nobody died (where someone did, most
 * often the dead, taken there before they died). Not of a story with no gun in it: people are taken to
 * hospital for many things.
 */
export const ONE_TO_HOSPITAL = new RegExp(
  String.raw`(?:${ONE_PERSON}|\b(?:he|she))${GAP}{0,60}?\b(?:was|is|has\s+been|had\s+been)\s+(?:later\s+|\w+ly\s+)?(?:taken|brought|sent|transported|rushed|driven|airlifted|flown)\s+(?:(?:by\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?to\s+(?:(?:a|an|the|area|local|nearby)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))\b`,
  'i',
);
