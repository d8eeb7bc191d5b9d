/**
 * Casualty counts as reports state them: "killing three people and injuring 27 others", "the death toll
 * has risen to four", "4 Shot, 1 Killed", "a 17-year-old was shot and killed", "a triple homicide".
 * The highest figure an article gives is its figure (tolls are revised upwards within a report). A
 * number of people shot, less those killed, are the wounded. A death or a wounding told of one person
 * ("a man died at the hospital", "the teen is in critical condition") counts one. People taken to
 * hospital or found with gunshot wounds were shot (the dead among them too). Ages ("a 17-year-old",
 * "Smith, 23,", "ages 21, 32 and 49") and years are never counts; "attempted murder" is no death. A
 * count in a sentence that tallies more than the event ("750 people have been killed in Chicago so far
 * this year", "41 other people were wounded citywide", "since January 1, 2014") is the city's or the
 * year's, not the event's: on GVA's pages such tallies had made the event's toll 750, 133 or 4,361; so
 * is a round-up over hours or several shootings ("18 shot in a 48-hour span", round-up.ts). A wounded
 * suspect is one more wounded where no count takes them in (suspect-hurt.ts): GVA counts everyone hurt.
 * A headline read alone tells a lone death or wounding without an article ("3-Year-Old Girl Killed",
 * "Teen injured in accidental shooting"): a page whose text lost the story (a weather box, a tips form:
 * 333 of GVA's 5,052 pages) has only its headline to go by.
 */
import type { Casualties } from '../model/types.js';
import { sentenceAround } from './sentence-around.js';
import { findRoundUp } from './round-up.js';
import { suspectWounded } from './suspect-hurt.js';
import { rankedVictims } from './ordinal-victim.js';

// The lookahead first: a count starts with a digit or one of these letters, and checking that before the
// lookbehinds spares them at every other word (they had cost a fifth of the casualty scan).
const COUNT_FIRST = String.raw`(?=[\dadefhnost])`;
/** What must not come before a count: "no", an age's words ("ages of 21 and 25", "aged 20, 31 and"), a list of ages. */
const NUMBER_GUARDS = String.raw`(?<!\bno\s{1,3})(?<!\bages?\s{1,3}of\s{1,3}\d{1,3}\s{1,3}(?:and|to)\s{1,3})(?<!\bage[sd]?\s{1,3}(?:\d{1,3},?\s{1,3}(?:and\s{1,3})?){0,8})(?<!,\s{1,3}\d{1,3},?\s{1,3}and\s{1,3})`;
/** The count itself, in figures or words, and not a measure of time or an age after it. */
const NUMBER_READ = String.raw`(\d{1,4}(?:,\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a dozen|dozens|(?<!-)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?![\d-]|,\d{3}|\s*(?:-\s*)?(?:year|yr|month|week|day)s?\b|\s*(?:years?|months?)\s+old)`;
const NUMBER = `${COUNT_FIRST}${NUMBER_GUARDS}${NUMBER_READ}`;
/** What befell some of a whole: "(of the four) people shot were killed", "(of them) died". */
const PARTITIVE_DEATH = String.raw`(?:(?:victims|people|men|women|teens|teenagers|boys|girls|children|wounded)\s+)?(?:(?:shot|hit|wounded|injured)\s+)?(?:have\s+|has\s+|later\s+|since\s+)?(?:died|were\s+killed|was\s+killed|are\s+dead|is\s+dead|(?:were|was)\s+pronounced\s+dead)\b`;
/** Nouns for people a count may be of ("35 worshippers", "12 Palestinians"). */
const WHO_NOUNS = String.raw`members\s+of\s+(?:a|the|his|her|their|one)\s+family|people|persons?|civilians|others|residents|children|kids|adults|bystanders|students|workers|officers|passengers|victims?|men|women|man|woman|teens?|teenagers?|boys?|girls?|males|females|juveniles|youths|toddlers|relatives|siblings|brothers|sisters|cousins|friends|worshippers|soldiers|troops|servicemen|policemen|firefighters|rescuers|pilgrims|migrants|refugees|protesters|demonstrators|miners|villagers|fighters|militants|patients|tourists|journalists|guests|fans|spectators|shoppers|commuters|hostages|prisoners|inmates|detainees|crew\s+members|Palestinians|Israelis|Ukrainians|Russians|Americans|Afghans|Iraqis|Syrians|Yemenis|Sudanese|Lebanese|Pakistanis|Indians|Somalis|Nigerians|Iranians|Kurds|Haitians|Mexicans|Egyptians|Libyans|Ethiopians|Congolese|Malians`;
/** Words a count's people may carry: "two other young men", "three unnamed teenage boys", "two 4-year-old girls". */
const WHO = String.raw`(?:(?:(?:more|other|unnamed|unidentified|additional|young|teen|teenage|adult|elderly|juvenile|innocent|male|female|\d{1,2}-year-old)\s+){0,2}(?:${WHO_NOUNS})\s+)?`;
/**
 * "more than 30", "nearly 40", "at least 35": a figure given as a bound or an estimate is still the
 * figure, when people or the clause's end follow it ("killed about 2 Sunday morning" is a time).
 */
const ABOUT = String.raw`(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|roughly|some|up\s+to|close\s+to|an\s+estimated)\s+(?=(?:a\s+)?[\w,]+\s+(?:(?:more|other)\s+)?(?:${WHO_NOUNS})\b|[\w,]+\s*(?:[,.;]|$)|[\w,]+\s+(?:and|in|on|at|when|as|after|across|since)\s))?`;
/** After such a figure, not a time or a measure: "a wound around 10:20 p.m.", "killed about 30 minutes later". */
const NOT_A_MEASURE = String.raw`(?!:\d|\.\d|\s*(?:a\.?m\b|p\.?m\b|o['’]clock|minutes?|hours?|seconds?|percent|per\s*cent|%|miles?|feet|foot|yards?|km|kilomet(?:re|er)s?|met(?:re|er)s?|mph|rounds|shots|times)\b)`;
// The lookbehinds are bounded: unbounded, they re-scanned backwards at every position of a long run of
// numbers or spaces (100 KB of "1 1 1" took minutes).
/** Animals a number of killed may be of. */
const ANIMALS = String.raw`deer|bucks|animals?|birds?|dogs?|cats?|cattle|cows?|sheep|pigs?|hogs?|chickens?|horses?|fish|wolves|bears?|elk|geese|ducks?|turkeys?|coyotes?|rabbits?|squirrels?|pheasants?`;
/** A people noun that must be there (WHO may be empty). */
const PEOPLE = String.raw`(?:people|persons|men|women|teens|teenagers|boys|girls|children|victims|adults|others|students|relatives)`;
const WERE = String.raw`(?:(?:were|have been|had been|was|are|is|has been)\s+)?`;
/** What a clause set off by commas or dashes after a count may say: who is among them, their ages, how many died. */
const ASIDE = String.raw`including\s+[^,.;:—–]{1,60}|(?:ages?\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|to)\s+\d{1,3}|(?:one|two|three|four|\d{1,2})\s+(?:of\s+them\s+)?fatally`;
/**
 * A clause set between a count and its verb: "Seven people, including the shooter, were killed", "five
 * men, one fatally, were shot", "six people, ages 14 to 52, were shot", "Four people -- including a
 * child -- were injured".
 */
const INCLUDING = String.raw`(?:(?:people|persons|victims|men|women|children|teens|teenagers|boys|girls|others|members\s+of\s+(?:a|the|his|her|their|one)\s+family)(?:,\s+(?:${ASIDE}),\s*|\s*(?:--|[—–])\s*(?:${ASIDE})\s*(?:--|[—–])\s*))?`;
/** "seriously injured", "fatally wounded": the adverb between a count and its verb. */
const HOW = String.raw`(?:(?:seriously|critically|severely|gravely|badly|slightly|also)\s+)?`;
/**
 * `killed` is a toll ("four people were killed", "5 dead"); `victims`, those a gunman killed ("killing
 * three", "charged with two counts of murder"): his own death, told apart, is one more only on top of
 * those (a toll of a murder-suicide already counts him).
 */
const PATTERNS: { kind: keyof Casualties | 'shot' | 'victims'; pattern: RegExp }[] = [
  // Not a part of a whole ("one of the three victims died": one, not three; see PARTITIVE below).
  { kind: 'killed', pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+${INCLUDING}${WHO}${WERE}(?:found\s+)?(?:shot\s+(?:and\s+)?)?(?:killed|dead|died|(?:have|had)\s+(?:since\s+|now\s+)?died|(?:now\s+)?(?:known|confirmed|believed|reported|thought)\s+to\s+have\s+(?:died|been\s+killed)|confirmed dead|(?:pronounced|declared)\s+dead|(?:shot|stabbed|beaten) to death|fatally\s+(?:shot|wounded|injured|struck|stabbed)|lost\s+their\s+lives)\b`, 'gi') },
  // "One of the three victims died", "two of the four people shot were killed", "one of them died", "both victims died".
  { kind: 'killed', pattern: new RegExp(String.raw`\b${NUMBER}\s+of\s+(?:the|those|them)\s+(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+)?${PARTITIVE_DEATH}`, 'gi') },
  { kind: 'killed', pattern: new RegExp(String.raw`\b(both)\s+(?:of\s+(?:the|them)\s+)?${PARTITIVE_DEATH}`, 'gi') },
  // "Five men, one fatally, were shot": the dead, told between the count of the shot and its verb.
  { kind: 'killed', pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|victims|men|women|children|teens|teenagers|boys|girls|others),\s+${NUMBER}\s+(?:of\s+them\s+)?fatally,\s+(?:were|have\s+been|had\s+been)\s+shot\b`, 'gi') },
  // "A third victim of Saturday's shooting has died", "Second person dies after Sunday shooting": at least
  // that many dead. Not "a third man died at the scene" after two wounded: a third person, not a third death.
  { kind: 'killed', pattern: new RegExp(String.raw`\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:victim|person)\s+(?:[^.;]{0,40}?\s)?(?:has\s+died|have\s+died|later\s+died|dies|has\s+succumbed|succumbed)\b`, 'gi') },
  // "The fire claimed the lives of two teens".
  { kind: 'killed', pattern: new RegExp(String.raw`\bclaim(?:ed|s|ing)?\s+the\s+lives\s+of\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  // Not animals: "Hunters killed 90,280 deer" is a harvest, not a toll. "Gunned down" is said of killings ("arrested for gunning down 3 teens").
  { kind: 'victims', pattern: new RegExp(String.raw`\b(?:kill(?:ing|ed|s)|fatally\s+sho(?:t|ot|ots|oting)|gun(?:ning|ned|s)\s+down)\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\b(?!\s+(?:${ANIMALS})\b(?!\s+(?:hunters?|fans?|players?|officers?|owners?|farmers?|keepers?)\b))`, 'gi') },
  // "charged with two counts of murder": one count per person killed
  { kind: 'victims', pattern: new RegExp(String.raw`\b${NUMBER}\s+counts?\s+of\s+(?:(?:first|second|third)[- ]degree\s+)?(?:murder|homicide|manslaughter)\b`, 'gi') },
  // "three first-degree murder counts", "two murder charges"
  { kind: 'victims', pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:(?:first|second|third)[- ]degree\s+)?(?:murder|homicide)\s+(?:counts|charges)\b`, 'gi') },
  // "Four people were shot, one man fatally", "4 shot, one fatally"
  // "Six people were shot Sunday, two fatally", "shot early Sunday, one of them fatally", "3 shot, 1 dies",
  // "ten people were shot, two of whom died", "shot, including two who were killed".
  { kind: 'killed', pattern: new RegExp(String.raw`\bshot\b[^.;:!?]{0,40}?,\s+(?:including\s+)?(?:at\s+least\s+)?${NUMBER}\s+(?:of\s+(?:them|whom)\s+)?${WHO}(?:who\s+)?(?:fatally|(?:have\s+|later\s+)?died|dies|die|were\s+killed|was\s+killed)\b`, 'gi') },
  { kind: 'killed', pattern: new RegExp(String.raw`\b(?:death toll|number of (?:people|those) (?:killed|dead))\b[^.]{0,100}?\b(?:risen|rose|rises|climbed|climbs|jumped|stands|stood|reached)\s+(?:to|at)\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  // "bringing the death toll to two", "raising the toll to 38"
  { kind: 'killed', pattern: new RegExp(String.raw`\b(?:bringing|raising|pushing|taking|lifting)\s+the\s+(?:[\w-]+\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths))\s+to\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  { kind: 'injured', pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+${INCLUDING}${WHO}${WERE}${HOW}(?:shot\s+(?:and\s+)?)?(?:injured|wounded|hurt|hospitali[sz]ed)\b`, 'gi') },
  { kind: 'injured', pattern: new RegExp(String.raw`\b(?:injur|wound)(?:ing|ed|es|s|e)?\s+(?:of\s+)?${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  // "three others with serious injuries", "Three others sustained non-fatal bullet wounds"
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:other\s+\w+|others)\s+(?:with|sustained|suffered|received)\s+(?:[\w-]+\s+){0,3}(?:injuries|wounds)\b`, 'gi') },
  // "shot three other people", "shot four men"
  { kind: 'shot', pattern: new RegExp(String.raw`\b(?:shot|shoots|stabbed|stabs)\s+(?:at least\s+)?${NUMBER}\s+(?:other\s+)?(?:people|persons|men|women|others|teens|teenagers|victims|children|kids|boys|girls|students|officers|deputies)\b`, 'gi') },
  // "firing shots inside a club, hitting three people", "striking two bystanders"
  { kind: 'shot', pattern: new RegExp(String.raw`\b(?:hitting|striking)\s+(?:at least\s+)?${NUMBER}\s+(?:other\s+)?(?:people|persons|men|women|others|teens|teenagers|victims|bystanders|children)\b`, 'gi') },
  { kind: 'shot', pattern: new RegExp(String.raw`\b${NUMBER}\s+${INCLUDING}${WHO}(?:(?:were|have been|had been|are)\s+(?:accidentally|reportedly|allegedly|apparently|also|critically|seriously)\s+|were\s+|have been\s+|had been\s+|are\s+)?(?:shot|stabbed)\b(?!\s+(?:and\s+)?(?:killed|dead)|\s+to\s+death|\s+at\s*(?:[,.;]|but\b|by\b|and\s+missed\b))`, 'gi') },
  // "Four men coming from a repast were shot": the people noun, a short clause, then the verb.
  { kind: 'shot', pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\b[^.,;:\d]{1,50}?\b(?:were|have been)\s+shot\b(?!\s+(?:and\s+)?(?:killed|dead)|\s+at\s*(?:[,.;]|but\b|by\b|and\s+missed\b))`, 'gi') },
  // "four people were hit in an overnight shooting", "three were struck by gunfire"
  { kind: 'shot', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}(?:hit|struck)\b(?=[^.]{0,40}\b(?:gunfire|bullets?|shooting|shots|gunshots?)\b)`, 'gi') },
  // "Four people were taken to the hospital", "two people with gunshot wounds": every victim, the dead too.
  { kind: 'shot', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}(?:taken|transported|rushed|airlifted|flown)\s+to\s+(?:a\s+|the\s+|area\s+|local\s+|nearby\s+|several\s+)?hospitals?\b`, 'gi') },
  { kind: 'shot', pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\s+(?:[\w-]+\s+){0,3}?with\s+(?:[\w-]+\s+){0,2}?gunshot\s+wounds?\b`, 'gi') },
  // "Two other gunshot victims arrived at the hospital", "three shooting victims": shot, the dead among them
  // unless they are others than the dead.
  { kind: 'shot', pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+(?:other\s+)?(?:gunshot|shooting)\s+victims\b`, 'gi') },
  // "Four people are recovering after a shooting", "three victims were recovering": hurt, not dead.
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:are|were|remain|remained)\s+(?:\w+\s+)?recovering\b`, 'gi') },
  // "Four people are in the hospital after a shooting", "two men remain in the hospital": hurt, not dead.
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:are|were|remain|remained)\s+(?:still\s+)?(?:in|at)\s+(?:the\s+|a\s+|area\s+|local\s+|nearby\s+|several\s+)?hospitals?\b`, 'gi') },
  // "All four victims suffered non-life threatening injuries"
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\s+(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}(?:injuries|wounds)\b`, 'gi') },
  // "A total of 44 people received hospital treatment", "12 passengers were treated in hospital": the hurt.
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\s+(?:received|were\s+given|needed|required)\s+(?:hospital|medical|emergency)\s+treatment\b`, 'gi') },
  // "Three others are being treated for injuries": hurt, as those treated in hospital are.
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:are|were)\s+being\s+treated\s+(?:for\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds|gunshot\s+wounds)|(?:in|at)\s+(?:a\s+|the\s+|local\s+|nearby\s+|area\s+)?hospitals?)\b`, 'gi') },
  // "Three of the victims sustained non-life-threatening injuries": a part of the victims, hurt.
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+of\s+(?:the|those)\s+(?:victims|wounded|people\s+shot)\s+(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}(?:injuries|wounds)\b`, 'gi') },
  { kind: 'injured', pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}treated\s+(?:in|at)\s+(?:a\s+|the\s+|local\s+|nearby\s+|area\s+)?hospitals?\b`, 'gi') },
  // "All four victims are listed in stable condition": each of them hurt, none dead.
  { kind: 'injured', pattern: new RegExp(String.raw`\ball\s+${NUMBER}\s+(?:victims|people|men|women|teens|children|boys|girls|of\s+(?:them|the\s+victims))\s+(?:are|were|remain|remained)\s+(?:listed\s+|reported\s+|now\s+)?(?:in\s+(?:critical|serious|stable|fair|good)|expected\s+to\s+(?:survive|recover))\b`, 'gi') },
  // "sent four people to the hospital": every victim, the dead too.
  { kind: 'shot', pattern: new RegExp(String.raw`\b(?:sent|sending|sends|put|putting)\s+${NUMBER}\s+(?:(?:people|persons|men|women|victims|teens|children|others)\s+)?to\s+(?:the\s+|a\s+|area\s+|local\s+|several\s+)?hospitals?\b`, 'gi') },
];

/**
 * Most patterns open on a count, which is rare in a text: they are tried only where one starts (found once
 * per text) instead of at every word, at a fifth of the cost. Sticky copies matched from those places,
 * each past the last match's end, find what a global scan finds.
 */
const COUNT_STARTS = /\b(?=\d|a dozen|dozens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/gi;
const OPENS_ON_COUNT = String.raw`\b${COUNT_FIRST}`;
/**
 * A count read where it starts, as NUMBER reads it. Every pattern that opens on a count reads NUMBER
 * first, so a start where NUMBER fails is no start of theirs, and where it reads, NUMBER's guards
 * (lookbehinds at the start, the costliest part of the casualty scan) hold for each of them: checked
 * here once per start instead of by each of some twenty patterns. Case-insensitive, as they all are.
 */
const COUNT_AT = new RegExp(String.raw`\b${NUMBER}`, 'iy');

/**
 * Where NUMBER begins in a pattern's source, when only zero-width tests come before it (`\b`,
 * COUNT_FIRST and one lookbehind: "not after 'of the'"); otherwise -1.
 */
function numberAt(source: string): number {
  if (source.startsWith(`\\b${NUMBER}`)) return 2;
  if (!source.startsWith(OPENS_ON_COUNT)) return -1;
  const rest = source.slice(OPENS_ON_COUNT.length);
  if (!rest.startsWith('(?<!')) return -1;
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < rest.length && rest[i] !== ']') i += rest[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return rest.startsWith(NUMBER, i + 1) ? OPENS_ON_COUNT.length + i + 1 : -1;
  }
  return -1;
}

/**
 * A sticky copy of a pattern that opens on a count, to be tried at the count starts alone. One that
 * reads NUMBER first is tried only where COUNT_AT read a count, so its copy leaves out NUMBER's guards.
 */
interface Anchored {
  pattern: RegExp;
  afterCount: boolean;
}

function anchor(pattern: RegExp): Anchored | null {
  if (!pattern.source.startsWith(OPENS_ON_COUNT)) return null;
  const flags = pattern.flags.replace('g', '') + 'y';
  const at = numberAt(pattern.source);
  if (at < 0 || !pattern.flags.includes('i')) return { pattern: new RegExp(pattern.source, flags), afterCount: false };
  const lean = pattern.source.slice(0, at) + COUNT_FIRST + NUMBER_READ + pattern.source.slice(at + NUMBER.length);
  return { pattern: new RegExp(lean, flags), afterCount: true };
}

const ANCHORED = new Map<RegExp, Anchored | null>();

interface CountStarts {
  /** Where a count may start (COUNT_STARTS). */
  all: number[];
  /** Those of them where NUMBER reads a count. */
  counts: number[];
}

function countStarts(text: string): CountStarts {
  const all: number[] = [];
  const counts: number[] = [];
  for (const m of text.matchAll(COUNT_STARTS)) {
    all.push(m.index);
    COUNT_AT.lastIndex = m.index;
    if (COUNT_AT.test(text)) counts.push(m.index);
  }
  return { all, counts };
}

/** pattern.matchAll(text), from the count starts alone when the pattern opens on a count. */
function* matchesOf(pattern: RegExp, text: string, starts: CountStarts): Generator<RegExpExecArray> {
  if (!ANCHORED.has(pattern)) ANCHORED.set(pattern, anchor(pattern));
  const anchored = ANCHORED.get(pattern);
  if (!anchored) {
    yield* text.matchAll(pattern);
    return;
  }
  let end = 0;
  for (const at of anchored.afterCount ? starts.counts : starts.all) {
    if (at < end) continue;
    anchored.pattern.lastIndex = at;
    const m = anchored.pattern.exec(text);
    if (m) end = Math.max(at + 1, m.index + m[0].length);
    if (m) yield m;
  }
}

/** Two counts joined: "three men and a woman were wounded", "two boys and two girls were shot", "2 Adults, 3 Children Dead". */
const SUM = new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the\s{1,3}|those\s{1,3})?)${NUMBER}\s+(?:men|women|boys|girls|teens|teenagers|adults|children|males|females)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:man|woman|boy|girl|teen|teenager|adult|child|men|women|boys|girls|teens|teenagers|adults|children|male|female|males|females)\s+${WERE}${HOW}(shot\s+(?:and\s+killed|to\s+death|dead)|(?:found\s+)?dead|shot|wounded|injured|hurt|killed|(?:taken|transported|rushed)\s+to\s+(?:[\w-]+\s+){0,3}?hospitals?)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\b(?!\s+(?:a|an|the|his|her|their|\d+)\s))`, 'gi');

/**
 * One person and others: "he and three others were shot" (four), and an object of two counts: "injured
 * three adults and an 11-year-old child", "wounding two men and a woman".
 */
const ONE_AND_OTHERS = new RegExp(String.raw`\b(?:he|she|(?:a|an|the)\s+(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-year-old|man|woman|boy|girl|teen|teenager|child|victim))\s+and\s+${NUMBER}\s+(?:others|other\s+(?:people|men|women|adults|teens|children)|people|men|women|adults)\s+${WERE}${HOW}(shot|wounded|injured|hurt|killed)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\b)`, 'gi');
const TWO_COUNTS_HURT = new RegExp(String.raw`\b(?:injur|wound)(?:ed|ing)\s+${NUMBER}\s+(?:adults|men|women|people|teens|teenagers|boys|girls|children|kids|others)\s+and\s+(a|an|one|two|three|four|five|six|\d{1,2})\s+(?:(?:\d{1,3}-year-old|young|teenage)\s+)?(?:child|children|kids|boy|boys|girl|girls|man|men|woman|women|teen|teens|teenager|teenagers|adult|adults|toddler|infant|baby)\b`, 'gi');

/**
 * One of two people a report names together ("a 3-year-old girl and a 19-year-old man", "a man and his
 * wife", "the infant girl and a 24-year-old man"): a determiner or an age, then who.
 */
const PAIR_PERSON = String.raw`(?:(?:a|an|the|his|her|their)\s+)?(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old(?:\s+(?:young\s+|teenage\s+|little\s+|elderly\s+|infant\s+|pregnant\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|male|female|juvenile))?|(?:young\s+|teenage\s+|little\s+|elderly\s+|infant\s+|pregnant\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|male|female|juvenile|father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|grandmother|grandfather|grandson|granddaughter|uncle|aunt|nephew|niece|bystander|passenger))(?:,\s*\d{1,3}(?![\d-]),?)?`;
/** The first of the two must have a determiner or an age: not "Police and man". */
const PAIR_FIRST = String.raw`(?:(?:a|an|the|his|her|their)\s+(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old\s+)?|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old\s+)(?:young\s+|teenage\s+|little\s+|elderly\s+|infant\s+|pregnant\s+)?(?:man|woman|boy|girl|teen|teenager|child|toddler|baby|infant|male|female|juvenile|father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|grandmother|grandfather|uncle|aunt|nephew|niece|bystander|passenger)(?:,\s*\d{1,3}(?![\d-]),?)?|(?:a|an)\s+\d{1,3}-(?:year|month|week)-old(?:,\s*\d{1,3}(?![\d-]),?)?`;
/**
 * Two people told together as shot or hurt: "A 3-year-old girl and a 19-year-old man were injured",
 * "a man and his wife were shot", "A 39-year-old man and a 26-year-old man, who were inside, suffered
 * nonfatal gunshot wounds"; as an object, "a shootout that injured a 5-year-old boy and a 20-year-old
 * woman", "wounding his wife and her mother". Two, the dead among them when they were shot.
 */
const PAIR_HURT = new RegExp(String.raw`\b((?:${PAIR_FIRST})(?:\s*,\s*(?:${PAIR_PERSON})){0,4},?\s+(?:and|&)\s+(?:${PAIR_PERSON}))\s+(?:,\s*who\s+[^,.;]{1,60},\s*)?(?:(?:were|have\s+been|had\s+been|are)\s+(?:both\s+|all\s+)?(?:also\s+)?(?:(?!fatally\b)\w+ly\s+)?(shot|wounded|injured|hurt|hit\s+by\s+(?:gunfire|bullets?)|struck\s+by\s+(?:gunfire|bullets?)|(?:taken|transported|rushed|airlifted)\s+to\s+(?:[\w-]+\s+){0,3}?hospitals?)|(?:both\s+|all\s+)?(?:also\s+)?(suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:gunshot\s+wounds|injuries))\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\s*(?:[,.;]|but\b|by\b))|(?<!\bfatally\s+)\b(?:injur|wound)(?:ed|ing)\s+(?:both\s+)?((?:${PAIR_FIRST}|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|grandmother|grandfather|uncle|aunt|nephew|niece))(?:\s*,\s*(?:${PAIR_PERSON})){0,4},?\s+(?:and|&)\s+(?:${PAIR_PERSON}))\b(?!['’]s|\s+(?:and\s+)?(?:killed|dead)\b)`, 'gi');

/**
 * A person's name: capitalised words, an age between commas at most ("Leanne Smith", "Smith, 34,").
 * Not a count, a determiner or a pronoun: a headline's "Wounding Two Officers" is a count, read elsewhere.
 */
const NAME = String.raw`(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An|The|His|Her|Their|Its|Police|Officers|Deputies|Authorities|Several|Many|Others|Both|All)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:,\s*\d{1,3}(?![\d-]),?)?`;
/**
 * People a report names one by one as hurt: "killing Sarah Davidson and injuring Leanne Smith and Dustin
 * Grey", "Ralph Robinson, Shekirrah Thomas and Bryant Turner all suffered injuries". As many as it
 * names; shot, the dead among them. Case-sensitive, so that names are capitalised words.
 */
const NAMED_HURT = new RegExp(String.raw`(?<![Ff]atally\s)\b(?:[Ii]njur|[Ww]ound)(?:ed|ing)\s+(?:both\s+)?(${NAME}(?:\s*,\s*${NAME}){0,4},?\s+(?:and|&)\s+${NAME})\b(?!['’]s|\s+(?:and\s+)?(?:killed|dead)\b)|\b(${NAME}(?:\s*,\s*${NAME}){0,4},?\s+(?:and|&)\s+${NAME})\s+(?:(?:were|have\s+been|had\s+been|are)\s+(?:both\s+|all\s+)?(?:also\s+)?(?:(?!fatally\b)[a-z]+ly\s+)?(shot|wounded|injured|hurt)|(?:both\s+|all\s+)?(?:also\s+)?(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:gunshot\s+wounds|injuries))\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\s*(?:[,.;]|but\b|by\b))`, 'gu');

/**
 * Words every match of a pattern over the whole text has, checked first: most texts have none, and
 * the pattern would otherwise try its people at every "a", "the" or capitalised word. PAIR_HURT:
 * a wounding, a bullet or a hospital; NAMED_HURT (case-sensitive as it is): an injury or a wound, a
 * shooting or a hurt; PAIR_KILLED: a death; LISTED_SHOT: someone hit.
 */
const PAIR_HURT_WORD = /shot|wound|injur|hurt|gunfire|bullet|hospital|suffered|sustained/i;
const NAMED_HURT_WORD = /[Ii]njur|[Ww]ound|shot|hurt|suffered|sustained/;
const PAIR_KILLED_WORD = /kill|dead|death|died|shot/i;
const LISTED_SHOT_WORD = /\b(?:shot|struck|hit|wounded|grazed)\b/i;

/** text.matchAll(pattern), or none without the word the pattern needs. */
function matchesWith(word: RegExp, pattern: RegExp, text: string): Iterable<RegExpExecArray> {
  return word.test(text) ? text.matchAll(pattern) : [];
}

/** Two or more people told together as killed: "A man and a woman were shot and killed", "a husband and wife were found shot to death". */
const PAIR_KILLED = new RegExp(String.raw`\b((?:${PAIR_FIRST})(?:\s*,\s*(?:${PAIR_PERSON})){0,4},?\s+(?:and|&)\s+(?:${PAIR_PERSON}))\s+(?:(?:were|have\s+been|had\s+been|are)\s+(?:both\s+|all\s+)?(?:found\s+)?(?:shot\s+(?:and\s+)?killed|killed|shot\s+to\s+death|shot\s+dead|fatally\s+shot|(?:found\s+)?dead|pronounced\s+dead)|(?:both\s+|all\s+)?died)\b`, 'gi');
/**
 * One dead and one hurt, each told of one person in a clause: "Man killed, woman injured in ...", "a
 * 19-year-old was killed and his cousin wounded", "left a 7-year-old girl dead and her 8-year-old
 * friend injured", "Woman wounded, man killed".
 */
const DEAD_ONE = String.raw`(?:(?:a|an|the|one|his|her|their)\s+)?(?:(?:\d{1,3}-(?:year|month|week)-old|young|teenage|little|elderly)\s+)?(?:man|woman|boy|girl|teen|teenager|youth|child|toddler|baby|infant|person|male|female|juvenile|father|mother|son|daughter|brother|sister|husband|wife|girlfriend|boyfriend|cousin|friend|officer|deputy|bystander|driver|passenger|victim|\d{1,3}-(?:year|month|week)-old)(?:,\s*\d{1,3}(?![\d-]),?)?`;
const ONE_DEAD_ONE_HURT = new RegExp(String.raw`(?:^|[\n.;:]\s*|\b(?:police\s+said|said)\s+)(?:${DEAD_ONE})\s+(?:(?:was|is|has\s+been)\s+)?(?:shot\s+(?:and\s+)?killed|killed|dead|slain|dies|died|fatally\s+shot|shot\s+dead)\b[^.;:\n]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:another|(?:${DEAD_ONE}))\s+(?:(?:was|is)\s+)?(?:(?:critically|seriously|also|badly)\s+)?(?:injured|wounded|hurt|hospitali[sz]ed|shot(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b))\b|\bleft\s+(?:${DEAD_ONE})\s+dead\s+and\s+(?:another|${DEAD_ONE})\s+(?:(?:critically|seriously|badly)\s+)?(?:injured|wounded|hurt)\b|(?:^|[\n.;:]\s*)(?:${DEAD_ONE})\s+(?:(?:was|is)\s+)?(?:injured|wounded|hurt)\s*,\s*(?:${DEAD_ONE})\s+(?:killed|dead|slain|dies|died)\b`, 'i');

const BODY_PART = String.raw`(?:the\s+|his\s+|her\s+)?(?:upper\s+|lower\s+|left\s+|right\s+)?(?:hand|leg|foot|arm|finger|thigh|shoulder|hip|stomach|abdomen|chest|back|buttocks?|knee|ankle|face|cheek|jaw|mouth|groin|side|head|neck|torso|upper\s+body|lower\s+body|legs|arms|feet)`;
/**
 * People listed one by one with where each was hit: "A 23-year-old man was shot in the leg, a
 * 31-year-old woman in the arm", "a 20-year-old woman was shot in the back and a 5-year-old boy was
 * shot in the arm". Each one listed was shot.
 */
const LISTED_SHOT = new RegExp(String.raw`\b(?:${PAIR_FIRST})\s+(?:was\s+)?(?:also\s+)?(?:shot|struck|hit|wounded|grazed)\s+(?:(?:once|twice|multiple\s+times|several\s+times)\s+)?in\s+${BODY_PART}((?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:${PAIR_FIRST})\s+(?:(?:was\s+)?(?:also\s+)?(?:shot|struck|hit|wounded|grazed)\s+)?(?:(?:once|twice|multiple\s+times|several\s+times)\s+)?in\s+${BODY_PART}\b){1,5}`, 'gi');
const LISTED_ONE = new RegExp(String.raw`(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while)\s+)(?:${PAIR_FIRST})\s`, 'gi');
/**
 * "Both victims were taken to the hospital", "both men suffered non-life-threatening injuries": two, the
 * dead among them when shot. "Both remain hospitalized", "both are at an area hospital": two alive.
 */
const BOTH_HURT = /\bboth\s+(?:(?:victims|men|women|boys|girls|teens|teenagers|children|of\s+them|brothers|sisters|officers)\s+)?(?:(?:were|are|have\s+been)\s+(?:(?!fatally\b)\w+ly\s+)?(shot(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+to\s+death\b|\s+at\b)|(?:taken|transported|rushed|airlifted)\s+to\s+(?:[\w-]+\s+){0,3}?hospitals?|wounded|injured|hurt|hospitali[sz]ed)|(suffered|sustained)\s+(?:[\w-]+\s+){0,3}?(?:injuries|gunshot\s+wounds|wounds)|(?:were|are)\s+(?:listed\s+|reported\s+)?in\s+(?:critical|serious|stable|fair|good)\s+condition|(?:are|were)\s+expected\s+to\s+(?:survive|recover)|(?:are|were|remain|remained)\s+(?:still\s+)?(?:hospitali[sz]ed|(?:in|at)\s+(?:the\s+|a\s+|an\s+area\s+|area\s+|local\s+)?hospitals?))\b/gi;

/** A sentence of a crash ("crashed into another car, injuring two"): its hurt are not the shooting's, unless it names a gun. */
const CRASH_HURT = /\b(?:crash(?:ed|es|ing)?|collided|collision|wreck(?:ed)?|rear-ended|rolled\s+over|struck\s+by\s+(?:a|the)\s+(?:car|vehicle|truck|suv))\b/i;
const GUN_WORD = /\b(?:shot|shoot\w*|gun\w*|bullets?|fired|firing|stabb\w*)\b/i;

/** A character between one person and what befell them: not across a clause, nor past a negation ("a man was shot in the leg; nobody was killed"). */
const GAP = String.raw`(?:(?!\b(?:no\s*one|nobody|none|not|never)\b)[^.;])`;
/** An age in figures or words: "a 6-year-old", "a six-year-old". */
const AGE = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ](?:year|month|week)[- ]old`;
/** One person killed, or wounded, told without a number. */
const ONE_PERSON = String.raw`\b(?:a|an|one|the|that|this)\s+(?:(?:${AGE}\s+)?(?:young\s+|local\s+|teenage\s+|little\s+|elderly\s+|other\s+)?(?:man|youth|woman|teen|teenager|boy|girl|person|child|toddler|baby|infant|student|officer|deputy|victim|father|mother|son|daughter|driver|resident|suspect|gunman|clerk|owner|male|female|juvenile|bystander|minor(?=\s+(?:was|is|who|has|had)\b))|${AGE}(?=,|\s+(?:was|is|has|had|who|died)\b))`;
/** One person, as the object of a verb: "injured a teenager", "hit the 15-year-old victim". */
const VICTIM = String.raw`(?:a|an|one|the)\s+(?:(?:${AGE}\s+)?(?:young\s+|teenage\s+|little\s+|elderly\s+)?(?:man|woman|teen|teenager|boy|girl|person|child|toddler|student|officer|deputy|driver|resident|bystander|victim|juvenile|male|female)|${AGE}(?!\s+(?!(?:in|on|at|during|after|while|and|who|as|near|outside|inside|with)\b)[A-Za-z]))\b(?!['’]s)`;
const ONE_KILLED = new RegExp(
  String.raw`\bfatally\s+(?:sho(?:t|ots|oting)|wound(?:s|ed|ing)|injur(?:es|ed|ing))\s+(?:${VICTIM}|(?:him|her)self\b)|,\s+killing\s+(?:him|her)\b|\bkill(?:s|ed)\s+(?:him|her)?self\b|\b(?:before|then|after)\s+killing\s+(?:him|her)self\b|\bsho(?:t|ots)\s+${VICTIM}[^.]{0,60}?,\s+killing\s+(?:him|her)\b|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has been)\s+(?:shot\s+(?:and\s+)?killed|killed|fatally\s+(?:shot|wounded|injured|struck)|(?:found\s+)?(?:shot|stabbed|beaten)\s+to\s+death|shot\s+dead|fatally\s+stabbed|pronounced\s+dead|declared\s+dead|found\s+dead|dead)\b|${ONE_PERSON}${GAP}{0,120}?\b(?:later\s+|has\s+|had\s+)?(?:died|succumbed)\b|\bone of (?:the|those|five|four|three|two|\d+)\b[^.]{0,120}?\b(?:has\s+|later\s+)?died\b|\b(?:has|have|later|subsequently)\s+died\b|\bdied\s+(?:from|of)\s+(?:a\s+|the\s+|his\s+|her\s+|multiple\s+|single\s+)*(?:gunshot|injuries|wounds)|\bwhere\s+(?:he|she)\s+(?:later\s+)?died\b|\bdied\s+(?:\w+\s+)?(?:after|following)\s+(?:being|he|she)\b|\bshot\s+(?:himself|herself)\s+dead\b|\bdied\s+(?:at|on)\s+(?:the\s+)?scene\b|\b(?:pronounced|declared)\s+(?:(?:him|her)\s+)?dead\b|\b(?:a|an|the)\s+(?:\d{1,3}-(?:year|month|week)-old|man|woman|teen|teenager|boy|girl|person|child)\s+(?:found\s+)?shot\s+(?:dead|to\s+death)\b|\b(?:suffer(?:s|ed)?|sustain(?:s|ed)?|receiv(?:es|ed)|die[sd]?\s+(?:of|from))\s+(?:a\s+)?fatal\s+gunshot\s+wounds?\b|\bleft\s+${VICTIM}\s+dead\b|\b(?:killed|killing)\s+(?:${VICTIM}|(?:a|an)\s+\d{1,3}-year-old\b)|\bpassed\s+away\b|\b(?:succumbed to (?:his|her|their) (?:injuries|wounds)|(?:man|woman|teen|teenager|boy|girl|person) dead\b|lay dead)\b`,
  'i',
);
/**
 * One death told of a named person ("Lowery was found dead", "12-year-old Aynis Vargas was killed",
 * "Randy Lee Jones, 21, Killed"): capitalised words, an age between commas at most, then the death.
 * Case-sensitive, so that "the police was" or a sentence's first word does not make a name.
 */
const NAMED_KILLED = /\b(?!(?:Nobody|None|No|Everyone|Everybody|Anyone|Anybody|Someone|Somebody|Several|Many|Some|Most|Both|All|Others|Two|Three|Four|Five|Police|Officers|Authorities)\b)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){0,3}(?:,\s*\d{1,3},)?\s+(?:(?:was|had been|has been)\s+(?:found\s+)?(?:shot\s+(?:and\s+)?killed|killed|(?:shot\s+)?dead|shot\s+to\s+death|pronounced\s+dead|fatally\s+(?:shot|wounded|injured|struck))|(?:later\s+)?died|(?<=,\s{0,3}\d{1,3},\s{1,3})(?:Killed|Dies|Dead|Shot Dead|Slain|dies|killed))\b/;
/** A headline's lone death, told without an article: "3-Year-Old Girl Killed", "Police: Man dies after shooting". */
const HEADLINE_KILLED = /^(?:[^\n:]{0,40}:\s*)?(?:(?:(?!(?:of|to|for|with|and|or|by|in|on|at)\b)[\w-]+\s+){0,3}?(?:\d{1,3}-(?:year|month|week)-old\s+)?(?:(?:young|teenage|elderly|little)\s+)?(?:man|woman|teen|teenager|youth|juvenile|boy|girl|child|toddler|baby|infant|person|officer|deputy|student|father|mother|driver|bystander|hunter|\d{1,3}[- ](?:year|month|week)s?[- ]old)(?:,\s*\d{1,3},|,\s*(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}?\p{Lu}[\p{L}'’.-]+,)?\s+(?:is\s+|was\s+)?(?:killed|dies|died|dead|shot\s+dead|shot\s+and\s+killed|fatally\s+(?:shot|shoots\s+(?:himself|herself|self))|slain|murdered)\b(?!\s+(?:(?:of|from)\s+(?:covid|coronavirus|cancer|illness|natural|heart|complications|stroke|disease|old\s+age|an?\s+overdose)|at\s+(?:age\s+)?\d))|[^\n]{0,60}?\b(?:shooting|gunfire|bullet|gunshot|accident)\s+claims\s+(?!(?:by|against|about|of|that)\b)(?:[\w.'’-]+\s+){0,4}?(?:life|lives|youth|man|woman|teen|teenager|boy|girl|child|toddler|baby)\b)/iu;
/**
 * A headline's lone wounded, told without an article: "Teen injured in accidental shooting", "4-year-old
 * shot by brother", "Boy stable after accidental shooting", "10-year-old boy accidentally shoots self".
 * Pages whose text lost the story (a weather box, a tips form) keep only their headline.
 */
const HEADLINE_HURT = /^(?:[^\n:]{0,40}:\s*)?(?:(?!of\b)[\w-]+\s+){0,2}?(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old|(?:(?:\d{1,3}-(?:year|month|week)-old|young|teenage|elderly|little)\s+)?(?:man|woman|teen|teenager|youth|boy|girl|child|toddler|baby|infant|person|officer|deputy|student|father|mother|driver|bystander|hunter))(?:,\s*\d{1,3},)?\s+(?:is\s+|was\s+)?(?:(?:accidentally|critically|seriously|badly|severely)\s+)?(?:shot(?!\s+at\s+(?:police|officers?|deputies|deputy|troopers?|cops?)\b)|injured|wounded|hurt|shoots\s+(?:self|himself|herself)|suffers\b[^\n.]{0,40}?\bgunshot\s+wound|stable|(?:critical|hospitali[sz]ed)(?=[^\n]{0,40}?\b(?:shooting|shot|gunfire|gunshot|bullet))|recovering|in\s+(?:critical|serious|stable)\s+condition|(?:hit|struck)\s+by\s+(?:a\s+|an\s+)?(?:stray\s+|errant\s+|shotgun\s+)?(?:bullets?|gunfire|gunshots?|pellets?|birdshot|buckshot))\b(?![^\n]*\b(?:killed|kills|dies|died|dead|death|fatal(?:ly)?)\b)/i;
/** Two people a headline names as wounded: "Woman, 1-year-old boy wounded in shooting", "Toddler, Teen Hurt". */
const TWO = String.raw`(?:(?:a|an)\s+)?(?:(?:\d{1,3}-(?:year|month|week)-old)(?:\s+(?:man|woman|teen|teenager|youth|boy|girl|child|toddler|baby|infant|father|mother|son|daughter))?|(?:man|woman|teen|teenager|youth|boy|girl|child|toddler|baby|infant|father|mother|son|daughter|officer|deputy|student))`;
const HEADLINE_TWO_HURT = new RegExp(String.raw`^(?:[^\n:]{0,40}:\s*)?${TWO}(?:,\s*\d{1,3},?)?\s*(?:,|and|&)\s*${TWO}(?:,\s*\d{1,3},?)?\s+(?:are\s+|were\s+)?(?:(?:accidentally|critically|seriously)\s+)?(?:shot|injured|wounded|hurt)\b(?![^\n]*\b(?:killed|kills|dies|died|dead|death|fatal(?:ly)?)\b)`, 'i');

/**
 * The gunman's own death told apart from the toll ("four people were killed ... before he was shot
 * and killed by police", "5 Murdered; Suspect Dead"): GVA counts it, and reports tallying the victims
 * do not. Not when the toll says it includes him.
 */
const SHOOTER_DEAD = /\b(?:(?:the\s+)?(?:gunman|shooter|suspect)\s+(?:(?:was|is)\s+(?:also\s+)?(?:dead|killed|shot\s+dead|shot\s+and\s+killed)|(?:is\s+)?(?:also\s+)?(?:dead|died))\b|(?:before|after|until)\s+(?:he|she)\s+was\s+(?:shot\s+(?:and\s+)?)?killed\s+by\s+(?:police|officers|deputies|troopers|an?\s+(?:officer|deputy|trooper))\b|(?:police|officers|deputies)\s+(?:shot\s+and\s+killed|fatally\s+shot|killed)\s+the\s+(?:gunman|shooter|suspect)\b)/i;
/** What follows a toll that makes it the killer's victims: "were killed by a man who", "were killed ... before the gunman". */
const BY_THE_KILLER = /^(?:\s+by\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|gunman|shooter|suspect|teen|attacker|assailant|father|mother|husband|son)\b|[^.;]{0,80}?\bbefore\s+(?:he|she|the\s+(?:gunman|shooter|suspect))\b)/i;
const TOLL_WITH_SHOOTER = /\bincluding\s+(?:the\s+)?(?:gunman|shooter|suspect|suspected\s+(?:gunman|shooter))\b(?!['’]s)/i;

/**
 * A death named without saying whose ("a fatal shooting", "a homicide", "killed"): one killed, but
 * only in a report that counts no one shot or wounded. Where it does ("Four men wounded"), such words
 * were more often the page's other stories, a homicide unit or an earlier case than a fifth victim.
 * Not "the homicide unit" or "homicide detectives" (they answer shootings that kill no one), "no one
 * was killed", or "injured or killed" (a kind of harm, not a death).
 */
const A_DEATH = /\b(?:(?<!\b(?:no|not|non)[\s-])(?:fatal(?:ly)?|deadly)\s+(?:(?!(?:weapons?|force|injur\w*|wound\w*)\b)[\w'’-]+\s+){0,3}?(?:shooting|shootout|gunfight)(?!\s+(?:debate|policy|policies|bill|law|laws|legislation|reform|data|statistics)\b)|(?:charged|arrested|indicted|sentenced|convicted)\s+(?:in|with|for)\s+(?:(?!attempted\b)[\w'’-]+\s+){0,3}?killing(?!\s+(?:[\d,]+\s+|(?:a|an|the|two|three|four|five|several|many|his|her|their)\s+)?(?:deer|bucks|animals?|birds?|dogs?|cats?|cattle|cows?|sheep|pigs?|hogs?|chickens?|horses?|fish|wolves|bears?|elk|geese|ducks?|turkeys?|coyotes?)\b)|shooting\s+death|slaying|slain|(?<!\battempted\s+(?:(?:first|second|third)[- ]degree\s+)?)(?:murder(?:ed)?|manslaughter|homicide(?!\s+(?:unit|units|investigators?|detectives?|division|squad|bureau|section|team|task\s+force|office|department|sergeant|lieutenant|captain|commander)\b))|(?<!\b(?:no\s*one|nobody|none|neither)\s+(?:(?:was|were|is|are|has|have|had|been|got|else)\s+){0,3}(?:(?:seriously|critically|badly)\s+)?(?:(?:injured|wounded|hurt)\s+or\s+)?|\b(?:injured|wounded|hurt)\s+or\s+)killed\b(?!\s+or\s+(?:seriously\s+)?(?:injured|wounded|hurt)\b)(?!\s+(?:[\d,]+\s+|(?:a|an|the|two|three|four|five|several|many|dozens of|hundreds of|thousands of)\s+)?(?:deer|bucks|animals?|birds?|dogs?|cats?|cattle|cows?|sheep|pigs?|hogs?|chickens?|horses?|fish|wolves|bears?|elk|geese|ducks?|turkeys?|coyotes?)\b))\b/i;
const ONE_WOUNDED = new RegExp(
  String.raw`${ONE_PERSON}${GAP}{0,60}?\b(?:was|is)\s+(?:found\s+)?(?:(?:critically|seriously|severely|gravely|badly|slightly|also)\s+)?(?:shot\s+(?:and\s+)?)?(?:wounded|injured|hurt|hospitali[sz]ed)` +
    // "a shooting that injured a teenager", "found an injured man", "also left a man wounded"
    String.raw`|(?<!\bfatally\s+)\b(?:injur(?:ed|ing)|wound(?:ed|ing))\s+(?:${VICTIM}|(?:his|her|their)\s+(?:${AGE}\s+)?(?:son|daughter|brother|sister|wife|husband|girlfriend|boyfriend|mother|father|child|friend|cousin|nephew|niece)\b)|\b(?:an|one)\s+(?:injured|wounded)\s+(?:man|woman|person|teen|teenager|boy|girl|victim)\b|\bleft\s+${VICTIM}\s+(?:\w+ly\s+)?(?:injured|wounded|hurt)\b`,
  'i',
);
/** "The victim was injured", "injuring the toddler": someone already told of. */
const DEFINITE = /^(?:(?:injur|wound)\w*\s+|left\s+)?(?:the|that|this)\b/i;

/**
 * One person wounded, told without a number. Where the report tells of a death, only someone brought in
 * ("a man was also wounded", "injuring a teenager"): someone already told of ("the gun went off, injuring
 * the toddler", "the victim was hurt") is most often the dead, wounded before they died.
 */
function oneWounded(body: string, deathTold: boolean): boolean {
  if (!deathTold) return ONE_WOUNDED.test(body);
  for (const m of body.matchAll(new RegExp(ONE_WOUNDED.source, 'gi'))) if (!DEFINITE.test(m[0])) return true;
  return false;
}
/**
 * One person's condition ("in critical condition", "non-life threatening injuries"): a wounding where
 * nobody died; where someone did, most often the dead before they died ("taken to hospital in critical
 * condition, where he died"), so it then counts only from a sentence with no death in it.
 */
const ONE_IN_CONDITION = /\b(?:in\s+(?:critical|serious|stable|fair|grave)(?:\s+(?:but|and)\s+(?:critical|serious|stable|fair|grave))?\s+condition|non-?life[- ]?threatening|life[- ]?threatening\s+injur)/i;
/** Words of a death: a condition in the same sentence was the dead's before they died. */
const DEATH_WORD = /\b(?:died|dies|dead|death|killed|succumbed|fatal(?:ly)?|where (?:he|she) (?:later )?died)\b/i;

/**
 * Someone a sentence brings in beside the dead: "a second man", "another victim", "the other man", "a
 * 23-year-old woman", "one person".
 */
const SOMEONE_ELSE = /\b(?:a|an|one|another|(?:the|a)\s+(?:other|second|third|surviving|wounded|injured)|(?:two|three|four|five)\s+(?:other\s+)?(?:people|men|women|victims|others))\b\s*(?:(?:\d{1,3}-(?:year|month|week)-old|young|teenage|elderly|other|second|third)\s+)*(?:man|woman|person|victim|boy|girl|teen|teenager|child|toddler|baby|infant|juvenile|male|female|bystander|passenger|driver|officer|deputy|student|resident|friend|relative|\d{1,3}-(?:year|month|week)-old)\b|\b(?:another|one other)\b/i;
/** A condition told as it stands now ("is in stable condition", "remains in serious condition"): of someone alive. */
const STILL = /\b(?:is|are|remains?)\b|\w['’]s\s+(?:still\s+)?in\b/i;

/**
 * A condition told in a sentence with no death in it, of someone other than the dead: one the sentence
 * brings in ("a second man was taken to hospital in serious condition"), one whose condition stands
 * now ("Smith remains in stable condition"), or one the headline gives. A sentence that tells, in the
 * past, of someone already named ("the victim was taken to hospital in critical condition", "he was
 * flown to a trauma centre in grave condition") tells of the dead before they died: on GVA's pages
 * such sentences had counted a wounded where one person was shot and died.
 */
function conditionApartFromDeath(body: string): boolean {
  for (const m of body.matchAll(new RegExp(ONE_IN_CONDITION.source, 'gi'))) {
    const sentence = sentenceAround(body, m.index);
    const headline = body.startsWith(sentence);
    if (!DEATH_WORD.test(sentence) && (headline || SOMEONE_ELSE.test(sentence) || STILL.test(sentence))) return true;
  }
  return false;
}

/** A sentence dated to another time than the event's: "in 1968", "last spring", "years ago". */
const ANOTHER_TIME = /\b(?:(?:19|20)\d\d|last\s+(?:spring|summer|fall|autumn|winter|year|month)|years?\s+ago|months\s+ago)\b/i;

/** Words that leave a death in doubt: "not able to say if the man had died", "not sure if he was dead or alive". */
const DOUBTED_DEATH = /\b(?:if|whether)\b[^.;]{0,60}\b(?:died|dead)\b|\bdead\s+or\s+alive\b/i;

/** One death told without a number, in a sentence that does not doubt it. */
function oneKilled(body: string): boolean {
  for (const m of body.matchAll(new RegExp(ONE_KILLED.source, 'gi'))) if (!DOUBTED_DEATH.test(sentenceAround(body, m.index))) return true;
  return false;
}

/** A named person's death told of the event, not in a sentence dated to another time ("King was killed in Memphis in 1968"). */
function namedDeath(body: string): boolean {
  for (const m of body.matchAll(new RegExp(NAMED_KILLED.source, 'g'))) if (!ANOTHER_TIME.test(sentenceAround(body, m.index + m[0].length - 1))) return true;
  return false;
}

/**
 * One person hurt, told by how, in a story where nobody died: "shot himself in the hand", "shot his
 * 7-year-old brother", "suffered a gunshot wound", "was shot in the leg" (the accidental shootings of
 * children are told so), "a woman was struck by a stray bullet". With a death in the story these
 * would count the dead.
 */
const ONE_HURT = new RegExp(
  String.raw`\b(?:(?:injur(?:ed|es)|wound(?:ed|s))\s+(?:himself|herself)\b|sho(?:t|ots|oting)\s+(?:himself|herself|(?:(?:his|her|a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:brother|sister|son|daughter|friend|cousin|uncle|aunt|mother|father|grandfather|grandmother|sibling|playmate|nephew|niece|wife|husband|girlfriend|boyfriend))\b|(?:a|with a|suffered a|sustained a|from a)\s+(?:self-inflicted\s+|single\s+|apparent\s+|minor\s+)?gunshot\s+wound\b|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has\s+been|had\s+been)\s+(?:found\s+|\w+ly\s+)?shot\b(?!\s+(?:and\s+)?(?:killed|dead|to\s+death))|(?<!\bfatally\s+)\bsho(?:t|ots|oting)\s+${VICTIM}(?![^.]{0,60}?,\s+killing\s+(?:him|her)\b)|\b(?:had|has|have|with|suffered|sustained)\s+(?:multiple|several|two|three)\s+gunshot\s+wounds\b|(?<!\b(?:a|the|one|another)\s+)\b(?:shot|struck|hit|wounded)\s+(?:(?:him|her)\s+)?in\s+(?:the\s+|his\s+|her\s+)?(?:upper\s+|lower\s+|left\s+|right\s+)?(?:hand|leg|foot|arm|finger|thigh|shoulder|hip|stomach|abdomen|chest|back|buttocks?|knee|ankle|face|cheek|jaw|mouth|groin|side|head|neck)\b|\b(?:hit|hitting|struck|striking)\s+${VICTIM}|\bgraze(?:d)?\s+(?:wound|by\s+a\s+bullet)|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has\s+been)\s+grazed\b|\bbullet\s+graze\b|${ONE_PERSON}${GAP}{0,60}?\b(?:was|is|has\s+been)\s+(?:\w+ly\s+)?(?:struck|hit)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullet|gunfire|round|pellets?)\b)`,
  'i',
);
const SUICIDE = /\b(?:before|then|and then|after)\s+(?:fatally\s+)?(?:shooting|shot|shoot|killing|killed|kill|turning the gun on|turned the gun on|turn the gun on|taking|took|take)\s+(?:himself|herself|his own life|her own life)\b/i;
/** One more wounded beside those killed: "three people dead and another injured", "wounding another". */
const ANOTHER_WOUNDED = /\b(?:(?:(?:and|,|;)\s+|(?<=(?:^|[.!?]\s+|\n)))(?:(?:a|one|an)\s+)?(?:another|fourth|third|second|one other|other)\s+(?:\d{1,3}-year-old\s+|young\s+)?(?:(?:shooting\s+|gunshot\s+)?(?:person|man|woman|victim|teen|teenager|boy|girl|child)\s+(?:(?:in|at|inside|outside|on|near)\s+(?:the\s+|a\s+)?[\w-]+\s+)?)?(?:was\s+(?:reported\s+to\s+have\s+been\s+)?)?(?:\w+ly\s+)?(?:injured|wounded|hurt|hospitali[sz]ed|grazed|treated\s+and\s+released|treated\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?hospital|shot(?!\s+(?:and\s+)?(?:killed|dead|to\s+death)\b|\s+(?:\w+\s+){0,6}?(?:died|killed|dead)\b))|(?:wound|injur)(?:ing|ed|e)?\s+(?:another|one other|a fourth|a third|a second)|left one (?:person\s+)?(?:\w+ly\s+)?(?:injured|wounded|hurt)|(?:was|were)\s+also\s+(?:shot|wounded|injured|hurt)\b(?!\s+(?:and\s+)?(?:killed|dead|to\s+death|multiple|several|twice|again)\b)|\b(?:man|woman|person|teen|teenager|boy|girl|child|victim|bystander|he|she|year-old)\b[^.;,]{0,40}?\b(?:was|were)\s+also\s+(?:hit|struck)\b(?!\s+(?:and\s+)?(?:killed|dead)\b|\s+by\s+(?:a|the)\s+(?:car|vehicle|truck|van|bus|train)\b)|\banother\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|person|teen|teenager|boy|girl|child|victim)\s+who\s+(?:had\s+been|was|has\s+been)\s+(?:also\s+)?(?:shot|wounded|injured|hurt)\b(?!\s+(?:and\s+)?(?:killed|dead|to\s+death)\b))\b/i;
/** A word each of ANOTHER_WOUNDED, ONE_WOUNDED and ONE_DEAD_ONE_HURT needs: tried first, as few texts have one. */
const HURT_WORD = /injur|wound|hurt|hospitali|grazed|treated|shot/i;
/** "a triple homicide": that many killed; "a quadruple shooting": that many shot. */
const MULTIPLE = /\b(double|triple|quadruple|quintuple)\s+(homicide|murder|slaying|killing|fatal shooting|shooting)\b/gi;
const MULTIPLES: Record<string, number> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };

const WORDS: Record<string, number> = {
  one: 1, both: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, 'a dozen': 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** A number in words, "twenty-nine" too. */
function wordNumber(raw: string): number | undefined {
  const [tens, ones] = raw.split('-');
  return ones === undefined ? WORDS[raw] : WORDS[tens!]! + WORDS[ones]!;
}

/** What marks a sentence (or clause) as a tally of more than one event: over a period, a city, a country, several shootings. */
const TALLY = /\b(?:so far (?:this|in)\b|(?:this|last) year\b(?!['’])|since (?:jan(?:uary\b|\.)|feb(?:ruary\b|\.)|march\b|april\b|may\s+1\b|june\b|july\b|aug(?:ust\b|\.)|sept?(?:ember\b|\.)|oct(?:ober\b|\.)|nov(?:ember\b|\.)|dec(?:ember\b|\.)|the (?:start|beginning)\b|(?:19|20)\d\d\b)|\b(?:between|from)\s+(?:[a-z]+\.?\s+)?(?:19|20)\d\d\s+(?:and|to|through)\s+(?:[a-z]+\.?\s+)?(?:19|20)\d\d\b|year[- ]to[- ]date|citywide|city-wide|across the (?:city|state|country|nation)\b|nationwide|statewide|in the (?:united states|u\.s\.|country)\b|(?:each|every|per) year\b|annually|(?:over|in) the (?:past|last) (?:(?:\w+|\d+) )?(?:years?|months?|decades?)\b|in (?:\w+(?:-and-a-half)?|\d+) years\b|\bin other\b[^.]{0,20}\b(?:attacks|shootings|incidents|violence)\b|\bin\s+(?:a|an|another)\s+(?:separate|unrelated|different|other)\s+(?:shooting|incident|attack|case)\b|\bin\s+another\s+(?:shooting|incident|attack)\b|(?<!\b(?:unrelated|connected|linked|related|tied)\s+to\s+)\b(?:separate|unrelated|other)\s+(?:attacks|shootings|incidents)\b|\bin (?:attacks|shootings) (?:across|around|throughout)\b|\bin gun violence\s+(?:over|during|throughout|across|around|since|so far|this|last)\b|\bin\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple)\s+(?:separate\s+|different\s+)?(?:shootings|shooting incidents|incidents|attacks)\b|\b(?:violent|bloody|deadly)\s+(?:[\w-]+\s+)?(?:weekend|night|day|week|stretch|span)\b[^.]{0,60}?\b(?:saw|that left|left|in which)\b)/i;

/**
 * "wounded in South Side shootings", "in weekend shootings": a count over several shootings, a city's
 * round-up. Headlines too: one that says "shootings" of one incident's several shooters ("4 people
 * wounded in Kalamazoo shootings") loses its count, but more headlines that say it are round-ups
 * ("6 Dead, 28 Wounded In Weekend Shootings"): sparing headlines cost GVA's injured figures 0.792 -> 0.789.
 */
const IN_SHOOTINGS = /\bin\s+(?!(?:the|these|those|both|two|that|its)\b)(?:[\w-]+\s+){0,3}shootings\b/i;

/**
 * The event's own place in a tally ("the city's third shooting this year left two dead", "the 12th
 * homicide since January", "the deadliest in years", "the city's only homicide this year"): an ordinal
 * or superlative before the tally's words. "Only" and "last" only after "the" or a possessive: "Last
 * weekend, 30 people were shot" is another tally.
 */
const RANKED = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth(?!\s+of\s+July)|fifth|sixth|seventh|eighth|ninth|tenth|latest|deadliest|worst)\b|(?:\bthe|['’]s)\s+(?:only|last)\b/i;

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
function withoutTallies(text: string): string {
  if (!TALLY.test(text) && !IN_SHOOTINGS.test(text) && findRoundUp(text) === null) return text;
  let out = '';
  let start = 0;
  const blank = (end: number): void => {
    const clause = text.slice(start, end);
    const tally = TALLY.exec(clause.replace(NAMED_NATIONWIDE, (m) => ' '.repeat(m.length))) ?? IN_SHOOTINGS.exec(clause) ?? findRoundUp(clause);
    out += tally && !RANKED.test(clause.slice(0, tally.index)) ? ' '.repeat(clause.length) : clause;
  };
  for (const m of text.matchAll(CLAUSE_END)) {
    blank(m.index + 1);
    start = m.index + 1;
  }
  blank(text.length);
  return out;
}

/** Every reading below needs one of these words: a text with none (most news) is read no further. */
const ANY_CASUALTY_WORD = /shot|shoot|stab|lives|gunfire|bullet|kill|dead|death|died|dies|claims|wound|injur|hurt|murder|homicide|manslaughter|slain|slaying|fatal|hospital|succumb|condition|threatening|passed away/i;

/**
 * A toll given without a figure ("dozens of people were killed", "killing hundreds"): no count, and
 * not the one death that "killed" alone would mean (a death told of one person still counts one).
 */
const VAGUE_TOLL = new RegExp(String.raw`\b(?:dozens|scores|hundreds|thousands|several|many|numerous)\s+(?:of\s+)?${WHO}${WERE}(?:killed|dead|died)\b|\bkill(?:ed|ing|s)\s+(?:dozens|scores|hundreds|thousands|several|many)\b(?!\s+(?:times|rounds|shots)\b)`, 'gi');

/** Two people's names with ages, "Dennie Reeves, 66 and Ginger Reeves, ": the number after is the second age. */
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’-]+,\s*\d{1,3},?\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’-]+,\s*$/u;

/**
 * A past event named with its year ("the February 2023 earthquakes, which killed more than 50,000", "a
 * 2019 attack that left 51 dead"): background to the story, whose own toll is told elsewhere. Not always:
 * a follow-up tells its own event so ("charged in the 2015 shooting that killed three"), so such a
 * clause is left out only when the rest of the text gives a toll of its own.
 */
const DATED_PAST = /\b(?:the|a|an)\s+(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:earthquakes?|quakes?|tsunamis?|floods?|hurricanes?|typhoons?|cyclones?|storms?|wildfires?|fires?|attacks?|bombings?|shootings?|massacres?|wars?|crash(?:es)?|explosions?|blasts?|disasters?|famines?|riots?)\b[^.;!?\n]*/gi;

/**
 * Another event the story is set beside, by the span between them ("The explosion comes three days
 * after a blast at a chemical plant in Gujarat killed 19 people", "It came weeks after another fire
 * killed 12", "following a similar blast that killed six"): background with a toll of its own. Only
 * where the story's event "comes" or "came" after it, or the other is "another" or "a similar" one:
 * "arrested two days after a shooting that killed three" tells the article's own event. Left out,
 * as a dated past event is, only when the rest of the text gives a toll of its own.
 */
const EARLIER_BY_SPAN = /\b(?:(?:comes?|came|coming)\s+(?:(?:just|only|barely|nearly|almost|about|some|less\s+than|more\s+than|within|little\s+more\s+than)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})\s+)?(?:days?|weeks?|months?|years?)\s+after|(?:days?|weeks?|months?|years?)\s+after\s+(?:another|a\s+similar)|follow(?:s|ed|ing)?\s+(?:another|a\s+similar))\b[^.;!?\n]*/gi;

/**
 * A harm that did not happen: "They could have killed someone", "I could have been killed", "the
 * gunman would have shot us all", "he was nearly killed". A victim says so of a wounding; it is no death.
 * Not "may", "might" or "must have": those guess at what did happen ("He may have killed himself").
 */
const UNREAL_HARM = /\b(?:(?:could|would|should)(?:\s+not|n['’]t)?\s+(?:have|'ve)\s+(?:been\s+)?|(?:almost|nearly)\s+(?:been\s+)?)(?:\w+ly\s+)?(?:killed|died|shot|hurt|injured|wounded)\b(?:\s+(?:him|her|them|me|us|you|someone|somebody|anyone|anybody|everyone|everybody|people))?/gi;

/**
 * A month's toll ("after 45 people were killed in July", "the deadliest since 52 died in August"): a
 * tally of a month, not the event's. Left out, as a dated past event is, when the rest of the text
 * gives a toll of its own (a follow-up may tell its own event so: "four were killed in July").
 */
const MONTH_TOLL = /\b(?:killed|dead|died|slain|murdered|shot|wounded)\s+(?:in|during)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/g;

/** "Mortally" before a harm: a wound that killed ("mortally wounding him in the chest"). */
const MORTALLY = /\bmortally(?=\s+(?:wound|injur|shot|stab))/gi;

function isClauseEnd(code: number): boolean {
  return code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f || code === 0x0a;
}

/**
 * The text with each clause holding a month's toll blanked, from the last . ; ! ? or line break
 * before it to the next after it. Found from the toll's words out: a pattern that began with the
 * clause ([^.;!?\n]*) was tried from every character of it, 1.5% of a whole ingest.
 */
function blankMonthTolls(text: string): string {
  const clauseEnd = (i: number): number => {
    while (i < text.length && !isClauseEnd(text.charCodeAt(i))) i++;
    return i;
  };
  let out = '';
  let done = 0;
  MONTH_TOLL.lastIndex = 0;
  for (let m = MONTH_TOLL.exec(text); m; m = MONTH_TOLL.exec(text)) {
    let start = m.index;
    while (start > done && !isClauseEnd(text.charCodeAt(start - 1))) start--;
    // The clause runs on past the last toll that starts in it, whose words may cross a line break.
    const clause = clauseEnd(m.index);
    let last = m;
    MONTH_TOLL.lastIndex = m.index + 1;
    for (let next = MONTH_TOLL.exec(text); next && next.index < clause; next = MONTH_TOLL.exec(text)) {
      last = next;
      MONTH_TOLL.lastIndex = next.index + 1;
    }
    const end = clauseEnd(last.index + last[0].length);
    out += text.slice(done, start) + ' '.repeat(end - start);
    done = end;
    MONTH_TOLL.lastIndex = end;
  }
  return done === 0 && out === '' ? text : out + text.slice(done);
}

export function findCasualties(text: string): Casualties | null {
  if (!ANY_CASUALTY_WORD.test(text)) return null;
  // Blanked, not cut: offsets stay. (replace starts a global pattern from the text's start.)
  text = text.replace(UNREAL_HARM, (m) => ' '.repeat(m.length));
  // "Mortally wounded" is a death, as "fatally wounded" is; read as that word (same length, offsets kept).
  text = text.replace(MORTALLY, (m) => `${m[0] === 'M' ? 'F' : 'f'}atally `);
  const withoutPast = blankMonthTolls(text.replace(DATED_PAST, (m) => ' '.repeat(m.length)).replace(EARLIER_BY_SPAN, (m) => ' '.repeat(m.length)));
  if (withoutPast !== text) {
    const own = readCasualties(withoutPast);
    if (own && (own.killed !== null || own.injured !== null)) return own;
  }
  return readCasualties(text);
}

function readCasualties(text: string): Casualties | null {
  if (!ANY_CASUALTY_WORD.test(text)) return null;
  const body = withoutTallies(text);
  const found: { killed: number | null; victims: number | null; injured: number | null; shot: number | null } = { killed: null, victims: null, injured: null, shot: null };
  const raise = (kind: keyof typeof found, value: number): void => {
    found[kind] = Math.max(found[kind] ?? 0, value);
  };
  const starts = countStarts(body);
  for (const { kind, pattern } of PATTERNS) {
    for (const m of matchesOf(pattern, body, starts)) {
      const raw = m[1]!.toLowerCase().replace(/,/g, '');
      const value = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
      // Years ("in 2014 killed") are not tolls; neither are figures no shooting has.
      if (value === undefined || value > 100_000 || (/^\d+$/.test(raw) && value >= 1900 && value <= 2100)) continue;
      // "Dennie Reeves, 66 and Ginger Reeves, 64 were found dead": the second age, not a count; the two named.
      const at = m.index + m[0].indexOf(m[1]!);
      if (/^\d+$/.test(raw) && AGE_AFTER_NAME.test(body.slice(Math.max(0, at - 80), at))) {
        raise(kind, 2);
        continue;
      }
      // "The suspect fled and crashed into another car, injuring two people": hurt in a crash, not by a gun.
      if ((kind === 'injured' || kind === 'shot') && CRASH_HURT.test(sentenceAround(body, m.index)) && !GUN_WORD.test(sentenceAround(body, m.index))) continue;
      // "Four people were killed by a man who ...": those he killed.
      // "Four unnamed others were struck by gunfire": others than the dead, so wounded, none of them dead.
      // "The other four shooting victims" are others too.
      const others = kind === 'shot' && (/\bothers\b|\bother\s+(?:(?:gunshot|shooting)\s+)?(?:people|persons|men|women|victims)\b/i.test(m[0]) || /\bother\s+$/i.test(body.slice(Math.max(0, m.index - 6), m.index)));
      raise(kind === 'killed' && BY_THE_KILLER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 120)) ? 'victims' : others ? 'injured' : kind, value);
    }
  }
  const count = (raw: string): number | undefined => (/^\d+$/.test(raw) ? Number(raw) : /^an?$/i.test(raw) ? 1 : wordNumber(raw.toLowerCase()));
  for (const m of matchesOf(SUM, body, starts)) {
    const [first, second] = [count(m[1]!), count(m[2]!)];
    // A year is no count ("the 1990 men and a woman").
    if (first === undefined || second === undefined || first > 100) continue;
    const verb = m[3]!.toLowerCase();
    raise(verb === 'shot' || /hospital/.test(verb) ? 'shot' : /killed|dead|death/.test(verb) ? 'killed' : 'injured', first + second);
  }
  for (const m of body.matchAll(ONE_AND_OTHERS)) {
    const others = count(m[1]!);
    if (others === undefined || others > 100) continue;
    const verb = m[2]!.toLowerCase();
    raise(verb === 'shot' ? 'shot' : verb === 'killed' ? 'killed' : 'injured', others + 1);
  }
  // Those a report names one by one as shot: counted after a death told without a number is looked
  // for, which a count of the shot would keep out ("a 7-year-old girl and her mother were shot" in
  // the story of the girl's slaying).
  let namedShot = 0;
  for (const m of matchesWith(PAIR_HURT_WORD, PAIR_HURT, body)) {
    const list = (m[1] ?? m[4]!).replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ');
    const people = list.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length;
    if (/^(?:shot|hit|struck|taken|transported|rushed|airlifted)/i.test(m[2] ?? '')) namedShot = Math.max(namedShot, people);
    else raise('injured', people);
  }
  for (const m of matchesWith(NAMED_HURT_WORD, NAMED_HURT, body)) {
    const people = (m[1] ?? m[2]!).replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ').split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length;
    if (m[3] === 'shot') namedShot = Math.max(namedShot, people);
    else raise('injured', people);
  }
  for (const m of body.matchAll(TWO_COUNTS_HURT)) {
    const [first, second] = [count(m[1]!), count(m[2]!)];
    if (first !== undefined && second !== undefined && first <= 100) raise('injured', first + second);
  }
  for (const m of body.matchAll(MULTIPLE)) {
    const count = MULTIPLES[m[1]!.toLowerCase()]!;
    raise(/shooting$/i.test(m[2]!) && !/fatal/i.test(m[2]!) ? 'shot' : 'victims', count);
  }
  // The killer's death told apart from those he killed ("killed three before taking his own life", "kills
  // 4, then is shot dead by police") is one more; a toll ("5 dead in murder-suicide") counted him already.
  let killerAdded = false;
  if (found.victims !== null) {
    const killerDied = SUICIDE.test(body) || (SHOOTER_DEAD.test(body) && !TOLL_WITH_SHOOTER.test(body));
    killerAdded = killerDied && (found.killed === null || found.killed <= found.victims);
    found.killed = Math.max(found.killed ?? 0, killerAdded ? found.victims + 1 : found.victims);
  }
  if (found.killed === null && (oneKilled(body) || SHOOTER_DEAD.test(body) || namedDeath(body) || HEADLINE_KILLED.test(body) || (found.shot === null && found.injured === null && A_DEATH.test(body.replace(VAGUE_TOLL, (m) => ' '.repeat(m.length)))))) found.killed = 1;
  // Those shot less those who died of it: the killer's own death is no victim's ("five shot, killing
  // two, before he was shot by police": three wounded).
  // A count of the shot that the dead use up ("3 people shot to death") leaves room for a wounding told
  // of one person ("her boyfriend was also shot in the leg"): only a stated count of the wounded is final.
  for (const m of matchesWith(LISTED_SHOT_WORD, LISTED_SHOT, body)) namedShot = Math.max(namedShot, 1 + [...m[0].matchAll(LISTED_ONE)].length);
  namedShot = Math.max(namedShot, rankedVictims(body));
  for (const m of body.matchAll(BOTH_HURT)) {
    if (m[1] && /^(?:shot|taken|transported|rushed|airlifted)/i.test(m[1])) namedShot = Math.max(namedShot, 2);
    else raise('injured', 2);
  }
  for (const m of matchesWith(PAIR_KILLED_WORD, PAIR_KILLED, body)) raise('killed', m[1]!.replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ').split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length);
  if (namedShot > 0) raise('shot', namedShot);
  const statedInjured = found.injured;
  if (found.shot !== null) raise('injured', Math.max(0, found.shot - ((found.killed ?? 0) - (killerAdded ? 1 : 0))));
  const noneLeft = statedInjured === null && found.injured === 0;
  // The victims counted by number, before the readings of one person's wound (which may be the suspect's).
  const counted = found.injured;
  if (found.injured === null && found.killed === null && HEADLINE_TWO_HURT.test(body)) found.injured = 2;
  if ((found.injured === null || noneLeft) && ((HURT_WORD.test(body) && (ANOTHER_WOUNDED.test(body) || oneWounded(body, found.killed !== null) || ONE_DEAD_ONE_HURT.test(body))) || (found.killed === null ? ONE_IN_CONDITION.test(body) || ONE_HURT.test(body) || HEADLINE_HURT.test(body) : conditionApartFromDeath(body)))) found.injured = 1;
  if (!counted && suspectWounded(body)) found.injured = Math.max(found.injured ?? 0, (counted ?? 0) + 1);
  return found.killed === null && found.injured === null ? null : { killed: found.killed, injured: found.injured };
}
