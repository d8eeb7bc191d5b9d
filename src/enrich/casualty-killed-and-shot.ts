/**
 * One attacker who killed one person and shot another, told with both objects: "Woman kills ex-husband,
 * shoots teen son", "a man shot his 9-year-old stepson and killed the boy's grandmother", "killed his
 * girlfriend and wounded her sister". The one shot, told apart from the one killed, lived: one wounded.
 * A verb told twice of one person ("shot and killed his wife") has one object and is one death; the
 * killer's own death ("shoots wife, kills self") is no victim's and is left to the suicide readers.
 */

/** One person as an object: a determiner (or possessive) and up to three words before a noun of a person. */
const PERSON = String.raw`(?:his|her|their|a|an|the|one|another)\s+(?:(?!(?:and|or|but|before|after|then|as|in|at|on)\b)[\w'’-]+\s+){0,3}?(?:ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|wife|husband|girlfriend|boyfriend|fiancée?|partner|daughter|son|stepdaughter|stepson|mother|father|mom|dad|stepfather|stepmother|sister|brother|grandmother|grandfather|grandson|granddaughter|niece|nephew|cousin|aunt|uncle|friend|neighbou?r|roommate|co-?worker|man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|bystander|clerk|cashier|customer|employee|patron|guard|bystander|officer|deputy|trooper)`;
/** A person without a determiner, as headlines write them: "kills ex-husband, shoots teen son". */
const BARE_PERSON = String.raw`(?:(?:teen|teenage|young|infant|toddler|\d{1,2}-year-old)\s+)?(?:ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|wife|husband|girlfriend|boyfriend|daughter|son|stepdaughter|stepson|mother|father|mom|dad|sister|brother|neighbou?r|roommate|clerk|cashier|customer|employee|patron|guard|bystander|officer|deputy|trooper)`;
const OBJECT = `(?:${PERSON}|${BARE_PERSON})`;

const KILL = String.raw`(?:kills|killed|murders|murdered|fatally\s+shoots|fatally\s+shot)`;
const HURT = String.raw`(?:shoots|shot|wounds|wounded|injures|injured)`;

/** "kills ex-husband, shoots teen son", "killed his girlfriend and wounded her sister"; and the other order. */
const KILLED_AND_SHOT = new RegExp(
  String.raw`\b${KILL}\s+${OBJECT}\b,?\s+(?:and\s+(?:then\s+)?|then\s+)?${HURT}\s+${OBJECT}\b|\b${HURT}\s+${OBJECT}\b,?\s+(?:and\s+(?:then\s+)?|then\s+)?${KILL}\s+${OBJECT}\b`,
  'i',
);

const KILL_WORD = /kill|murder/i;

/** Whether a text tells one person killed and another shot by the same hand, both as objects of the verbs. */
export function killedAndShotApart(text: string): boolean {
  // A cheap gate first: most texts have no word of killing, and the pattern is tried at every word.
  return KILL_WORD.test(text) && KILLED_AND_SHOT.test(text);
}
