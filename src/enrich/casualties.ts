/**
 * Casualty counts as reports state them: "killing two people and injuring 14 others", "the death toll
 * rose to five", "4 Shot, 1 Killed", "a 15-year-old cashier was shot and killed", "a triple homicide".
 * The highest figure an article gives is its figure (tolls are revised upwards within a report). A
 * number of people shot, less those killed, are the wounded. A death or a wounding told of one person
 * ("a man died at the hospital", "the teen is in critical condition") counts one. People taken to
 * hospital or found with gunshot wounds were shot (the dead among them too). Ages ("a 17-year-old",
 * "Smith, 23,", "ages 23, 36 and 51") and years are never counts; "attempted murder" is no death. A
 * count in a sentence that tallies more than the event ("over 600 residents have died by gunfire in the
 * city this year", "dozens more were wounded citywide", "since March 1") is the city's or the
 * year's, not the event's: on GVA's pages such tallies had made the event's toll 750, 133 or 4,361; so
 * is a round-up over hours or several shootings ("18 shot in a 48-hour span", round-up.ts). A wounded
 * suspect is one more wounded where no count takes them in (suspect-hurt.ts): GVA counts everyone hurt.
 * A headline read alone tells a lone death or wounding without an article ("3-Year-Old Girl Killed",
 * "Teen hurt in accidental shooting at deer camp"): a page whose text lost the story (a weather box, a tips form:
 * 333 of GVA's 5,052 pages) has only its headline to go by.
 */
import type { Casualties } from '../model/types.js';
import type { WordGroups } from './word-gate.js';
import { sentenceAround } from './sentence-around.js';
import { othersHurtBesideSuspect, suspectWounded, withoutSuspectHurt } from './suspect-hurt.js';
import { RANKED_WORDS, rankedVictims } from './ordinal-victim.js';
import { WERE, WHO, WHO_NOUNS, WHO_WORDS, wordNumber } from './casualty-count.js';
import { countStarts, matchesOf } from './casualty-count-starts.js';
import { PATTERNS } from './casualty-counted.js';
import { ALONG_WITH, ALONG_WORDS, BOTH_HURT, BULLET_HIT_BOTH, BOTH_WORDS, INJURED_WORDS, LISTED_ONE, LISTED_SHOT, LISTED_SHOT_WORD, NAMED_HURT, NAMED_HURT_WORD, NAMED_KILLED_PAIR, ONE_AND_OTHERS, PAIR_HURT, PAIR_HURT_WORD, PAIR_KILLED, PAIR_KILLED_OBJECT, PAIR_KILLED_OBJECT_WORD, PAIR_KILLED_WORD, SUM, TWO_COUNTS_HURT, matchesWith, peopleAlongWith } from './casualty-together.js';
import { HEADLINE_DEATH_OF, HEADLINE_HURT, HEADLINE_HURT_AFTER, HEADLINE_KILLED, HEADLINE_TWO_HURT } from './casualty-headline.js';
import { BY_THE_KILLER, MULTIPLE, MULTIPLES, MULTIPLE_WORDS, SHOOTER_DEAD, SHOOTER_DEAD_WORDS, SUICIDE, SUICIDE_WORDS, TOLL_WITH_SHOOTER } from './casualty-killer.js';
import { ANOTHER_WOUNDED, A_DEATH, A_DEATH_WORDS, CONDITION_WORDS, HURT_WORD, NAMED_KILLED_WORDS, ONE_DEAD_ONE_HURT, ONE_IN_CONDITION, ONE_KILLED_WORDS, ONE_TO_HOSPITAL, TO_HOSPITAL_WORDS, conditionApartFromDeath, namedDeath, oneKilled, oneWounded, survivedWound, tellsOneHurt } from './casualty-one.js';
import { withoutTallies } from './casualty-tally.js';
import { yearNotCount } from './casualty-year.js';
import { woundedByGunfire } from './casualty-not-shot.js';
import { GUNNED_DOWN, gunnedDownLived } from './casualty-gunned-down.js';
import { alsoHurtCount } from './casualty-also-hurt.js';
import { headlineOneAndCount } from './casualty-headline-list.js';
import { OTHERS_BESIDE_WORDS, oneAndOthersShot } from './casualty-others-beside.js';
import { deadWithTheKiller } from './casualty-suicide.js';
import { LISTED_DEAD_WORDS, listedDead } from './casualty-listed-dead.js';
import { hasWords } from './word-gate.js';
import { dayOfMonth } from './casualty-month-day.js';
import { designatorNumber } from './casualty-designator.js';
import { withoutAmongDead } from './casualty-among-dead.js';
import { withoutOtherDays } from './casualty-other-day.js';
import { withoutEarlierDeaths } from './casualty-earlier-death.js';
import { ownAttemptSurvived } from './casualty-own-attempt.js';
import { survivorBesideDeath } from './casualty-survivor-beside.js';
import { withoutParentOf } from './casualty-parent-of.js';
import { withoutAgeOf } from './casualty-age-of.js';
import { withoutBoundAfter } from './casualty-bound-after.js';
import { roundsAsBullets } from './casualty-round.js';
import { withoutKinOfDead } from './casualty-kin-of-dead.js';
import { withoutCrimeTalk } from './casualty-crime-talk.js';
import { headlinePairDead } from './casualty-headline-pair-dead.js';
import { killedAndShotApart } from './casualty-killed-and-shot.js';
import { withoutCaptions } from './casualty-caption.js';
import { FOUND_BODY_WORDS, foundBodyOfNamed } from './found-body.js';
import { treatedAndReleased } from './casualty-treated.js';
import { illnessCasualties, illnessReport } from './casualty-illness.js';
import { ANIMAL_HARM, CHRONICLE_LINE, HARM_AT_GATHERING, MOURNED_DEATH, DATED_PAST, PET_WORD, EARLIER_BY_SPAN, MORTALLY, SUPERSEDED, SUPERSEDED_WORD, UNREAL_HARM, blankMonthTolls } from './casualty-aside.js';

/**
 * A sentence of a crash ("crashed into another car, injuring two") or a fight ("Six pupils were
 * hurt in a brawl at the junior high"): its hurt are not the shooting's, unless it names a gun.
 */
const CRASH_HURT = /\b(?:crash(?:ed|es|ing)?|collided|collision|wreck(?:ed)?|rear-ended|rolled\s+over|struck\s+by\s+(?:a|the)\s+(?:car|vehicle|truck|suv)|(?:in|during)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:fight|brawl|fistfight|melee|scuffle|stampede))\b/i;
const GUN_WORD = /\b(?:shot|shoot\w*|gun\w*|bullets?|fired|firing|stabb\w*)\b/i;

/** Every reading below needs one of these words: a text with none (most news) is read no further. */
const ANY_CASUALTY_WORD = /shot|shoot|stab|lives|gunfire|bullet|kill|dead|death|died|dies|claims|wound|injur|hurt|murder|homicide|manslaughter|slain|slaying|fatal|hospital|succumb|condition|threatening|passed away|body (?:of|found|discovered|recovered)|\d bodies|remains (?:of|found|discovered|recovered)/i;

/**
 * People named in the plural with no number, no "the" and no "their" before them: "a strike killed
 * Thai soldiers", "civilians were killed". How many is not told, so not the one death "killed" alone
 * would mean.
 */
// After a people's or a service word any plural is people ("Chilean engineers").
const PLURAL_PEOPLE = String.raw`(?:(?:${WHO_WORDS}\s+){0,3}(?:${WHO_NOUNS})(?<=s|people|men|children|personnel|police|crew|ese)|(?:${WHO_WORDS}\s+){1,3}[a-z]+(?:s|men))\b`;
const NOT_BARE = String.raw`(?<!\b(?:the|these|those|their|its|his|her|our|both|all|of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|several|many|more|other|some|few|\w*\d\w*)\s+)`;
const BARE_PLURAL_TOLL = String.raw`\bkill(?:ed|ing|s)\s+${PLURAL_PEOPLE}|\b${NOT_BARE}${PLURAL_PEOPLE}\s+${WERE}(?:killed|dead|died)\b`;

/**
 * A toll given without a figure ("dozens of people were killed", "killing hundreds"): no count, and
 * not the one death that "killed" alone would mean (a death told of one person still counts one).
 */
const VAGUE_TOLL = new RegExp(String.raw`\b(?:dozens|scores|hundreds|thousands|several|many|numerous)\s+(?:of\s+)?${WHO}${WERE}(?:killed|dead|died)\b|\bkill(?:ed|ing|s)\s+(?:dozens|scores|hundreds|thousands|several|many)\b(?!\s+(?:times|rounds|shots)\b)|${BARE_PLURAL_TOLL}`, 'gi');

/** Two people's names with ages, "Ottilie Quillfeather, 71 and Wendell Quillfeather, ": the number after is the second age. */
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’-]+,\s*\d{1,3},?\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’-]+,\s*$/u;

/** A death told after a wounding in the rest of its sentence: "had gunshot wounds that proved fatal". */
const DEATH_AFTER = /^[^.;!?\n]*?\b(?:died|dies|dead|death|deaths|succumbed|fatal(?:ly)?)\b/i;

/** People told as hurt whose sentence goes on to their death: shot, the dead among them, not wounded. */
function diedOfIt(body: string, m: RegExpExecArray): boolean {
  return DEATH_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 200));
}

export function findCasualties(text: string): Casualties | null {
  // A stray round is a stray bullet (casualty-round.ts), before the gate: "round" is no casualty word.
  text = roundsAsBullets(text);
  // "puts the cholera toll at 66" names no death by any word the violence rules gate on.
  if (!ANY_CASUALTY_WORD.test(text)) return /\btoll\b/i.test(text) && illnessReport(text) ? illnessCasualties(text) : null;
  // An outbreak's dead died of the illness: read as its running total, never as killed (casualty-illness.ts).
  if (illnessReport(text)) return illnessCasualties(text);
  // Blanked, not cut: offsets stay. (replace starts a global pattern from the text's start.)
  // A video carousel's captions tell other stories (casualty-caption.ts).
  // A relative told by their kin's death ("whose son was killed") names one of the dead, not a toll (casualty-kin-of-dead.ts).
  // An age told as "a man of 20" is no toll (casualty-age-of.ts); "six or more" is six (casualty-bound-after.ts).
  text = withoutKinOfDead(withoutBoundAfter(withoutAgeOf(withoutParentOf(withoutCaptions(text).replace(UNREAL_HARM, (m) => ' '.repeat(m.length))))));
  // An animal's harm is no one's ("his dog was also shot").
  if (PET_WORD.test(text)) text = text.replace(ANIMAL_HARM, (m) => ' '.repeat(m.length));
  // "Mortally wounded" is a death, as "fatally wounded" is; read as that word (same length, offsets kept).
  text = text.replace(MORTALLY, (m) => `${m[0] === 'M' ? 'F' : 'f'}atally `);
  // A count given first and corrected since ("originally said seven were shot"): the text without it,
  // where that still gives every kind of figure the whole text does ("... later raised to five" is no count).
  if (SUPERSEDED_WORD.test(text)) {
    const corrected = text.replace(SUPERSEDED, (m) => ' '.repeat(m.length));
    if (corrected !== text) {
      const all = readOwnOrAll(text);
      const own = readOwnOrAll(corrected);
      if (all && own && (all.killed === null || own.killed !== null) && (all.injured === null || own.injured !== null)) return own;
      return all;
    }
  }
  return readOwnOrAll(text);
}

/** The figures of the text less what it tells of past or earlier events, where that leaves any; else the whole text's. */
function readOwnOrAll(text: string): Casualties | null {
  // Other days' shootings a brief tells after its own are another's too (casualty-other-day.ts).
  // A death told as background to a wounding ("a cousin was slain at that corner last month": casualty-earlier-death.ts).
  let withoutPast = withoutEarlierDeaths(withoutOtherDays(blankMonthTolls(text.replace(DATED_PAST, (m) => ' '.repeat(m.length)).replace(EARLIER_BY_SPAN, (m) => ' '.repeat(m.length)).replace(CHRONICLE_LINE, (m) => ' '.repeat(m.length)))));
  // A shooting at a vigil: the death of the one mourned is another event's.
  if (HARM_AT_GATHERING.test(text)) withoutPast = withoutPast.replace(MOURNED_DEATH, (m) => ' '.repeat(m.length));
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
  const gunStory = GUN_WORD.test(body);
  // Gates (word-gate.ts) on the text as scanned: a pattern is run only where its words are.
  const lower = body.toLowerCase();
  const has = (groups: WordGroups): boolean => hasWords(lower, groups);
  for (const { kind, words, pattern } of PATTERNS) {
    if (!has(words)) continue;
    for (const m of matchesOf(pattern, body, starts)) {
      const raw = m[1]!.toLowerCase().replace(/,/g, '');
      const value = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
      const at = m.index + m[0].indexOf(m[1]!);
      // Years ("in 2014 killed") are not tolls, a round toll ("killed 2000 people") is (casualty-year.ts); neither are figures no shooting has.
      if (value === undefined || value > 100_000 || yearNotCount(body, at, m[1]!)) continue;
      // "Ottilie Quillfeather, 71 and Wendell Quillfeather, 69 were found dead": the second age, not a count; the two named.
      // "in Pontiac March 18 died": a date's day (casualty-month-day.ts).
      if (/^\d+$/.test(raw) && dayOfMonth(body, at)) continue;
      // "flight 418 killed 42": the flight's number (casualty-designator.ts).
      if (designatorNumber(body, at, raw)) continue;
      if (/^\d+$/.test(raw) && AGE_AFTER_NAME.test(body.slice(Math.max(0, at - 80), at))) {
        raise(kind, 2);
        continue;
      }
      // "The suspect fled and crashed into another car, injuring two people": hurt in a crash, not by a gun.
      // A report with no gun in it is of the crash itself: its hurt are the event's ("41 were killed and 21 injured when a jet crashed").
      if ((kind === 'injured' || kind === 'shot') && gunStory && CRASH_HURT.test(sentenceAround(body, m.index)) && !GUN_WORD.test(sentenceAround(body, m.index))) continue;
      // "Four shoppers were killed by a man who ...": those he killed.
      // "Two unnamed others were hit by bullets": others than the dead, so wounded, none of them dead.
      // "The other four shooting victims" are others too.
      const others = kind === 'shot' && (/\bothers\b|\bother\s+(?:(?:gunshot|shooting)\s+)?(?:people|persons|men|women|victims)\b/i.test(m[0]) || /\bother\s+$/i.test(body.slice(Math.max(0, m.index - 6), m.index)));
      // "A masked man gunned down four friends ... all in stable condition": the shot, who lived (casualty-gunned-down.ts).
      const read = kind === 'victims' && GUNNED_DOWN.test(m[0]) && gunnedDownLived(body) ? 'shot' : kind;
      raise(read === 'killed' && BY_THE_KILLER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 120)) ? 'victims' : others ? 'injured' : read, value);
    }
  }
  const count = (raw: string): number | undefined => (/^\d+$/.test(raw) ? Number(raw) : /^an?$/i.test(raw) ? 1 : wordNumber(raw.toLowerCase()));
  for (const m of matchesOf(SUM, body, starts)) {
    const [first, second] = [count(m[1]!), count(m[2]!)];
    // A year is no count ("the 1990 men and a woman").
    if (first === undefined || second === undefined || first > 100) continue;
    const verb = m[3]!.toLowerCase();
    // "Two other students and a woman were also shot": others than the dead, so wounded, as a count's others are.
    const others = verb === 'shot' && /\bother\b|\balso\b/i.test(m[0]);
    raise((verb === 'shot' && !others) || /hospital/.test(verb) ? 'shot' : /killed|dead|death/.test(verb) ? 'killed' : 'injured', first + second);
  }
  // "Man, 3 girls shot": a headline's one and the count after it (casualty-headline-list.ts).
  const headList = headlineOneAndCount(body);
  if (headList) raise(headList.kind, headList.people);
  for (const m of body.matchAll(ONE_AND_OTHERS)) {
    const others = count(m[1]!);
    if (others === undefined || others > 100) continue;
    const verb = m[2]!.toLowerCase();
    raise(verb === 'shot' ? 'shot' : /killed|dead|death/.test(verb) ? 'killed' : 'injured', others + 1);
  }
  // Those a report names one by one as shot: counted after a death told without a number is looked
  // for, which a count of the shot would keep out ("a 9-year-old girl and her aunt were shot" in
  // the story of the girl's slaying).
  let namedShot = 0;
  for (const m of matchesWith(PAIR_HURT_WORD, PAIR_HURT, body)) {
    const list = (m[1] ?? m[4]!).replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ');
    const people = list.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length;
    if (/^(?:shot|hit|struck|taken|transported|rushed|airlifted)/i.test(m[2] ?? '') || diedOfIt(body, m)) namedShot = Math.max(namedShot, people);
    else raise('injured', people);
  }
  for (const m of matchesWith(NAMED_HURT_WORD, NAMED_HURT, body)) {
    const people = (m[1] ?? m[2]!).replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ').split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length;
    // "were also struck": others than the dead, so wounded.
    if ((/^(?:shot|struck|hit)/.test(m[3] ?? '') && !/\balso\b/.test(m[0])) || diedOfIt(body, m)) namedShot = Math.max(namedShot, people);
    else raise('injured', people);
  }
  if (has(INJURED_WORDS)) for (const m of body.matchAll(TWO_COUNTS_HURT)) {
    const [first, second] = [count(m[1]!), count(m[2]!)];
    if (first !== undefined && second !== undefined && first <= 100) raise('injured', first + second);
  }
  if (has(MULTIPLE_WORDS)) for (const m of body.matchAll(MULTIPLE)) {
    const count = MULTIPLES[m[1]!.toLowerCase()]!;
    raise(/shooting$/i.test(m[2]!) && !/fatal/i.test(m[2]!) ? 'shot' : 'victims', count);
  }
  // The killer's death told apart from those he killed ("killed three before taking his own life", "kills
  // 4, then is shot dead by police") is one more; a toll ("5 dead in murder-suicide") counted him already.
  let killerAdded = false;
  if (found.victims !== null) {
    const killerDied = (has(SUICIDE_WORDS) && SUICIDE.test(body)) || (has(SHOOTER_DEAD_WORDS) && SHOOTER_DEAD.test(body) && !TOLL_WITH_SHOOTER.test(body));
    killerAdded = killerDied && (found.killed === null || found.killed <= found.victims);
    found.killed = Math.max(found.killed ?? 0, killerAdded ? found.victims + 1 : found.victims);
  }
  const deadCounted = found.killed !== null;
  // A death told without a number, not murder named as a kind of crime (casualty-crime-talk.ts).
  // Those told as among the dead are some of them, no toll of one (casualty-among-dead.ts).
  // A named person's body found is one dead (found-body.ts).
  const oneBody = /\bamong\b/i.test(body) ? withoutAmongDead(body) : body;
  if (found.killed === null && ((has(ONE_KILLED_WORDS) && oneKilled(oneBody)) || (has(SHOOTER_DEAD_WORDS) && SHOOTER_DEAD.test(oneBody)) || (has(NAMED_KILLED_WORDS) && namedDeath(oneBody)) || HEADLINE_KILLED.test(oneBody) || HEADLINE_DEATH_OF.test(oneBody) || killedAndShotApart(oneBody) || (has(FOUND_BODY_WORDS) && foundBodyOfNamed(oneBody)) || (found.shot === null && found.injured === null && has(A_DEATH_WORDS) && A_DEATH.test(withoutCrimeTalk(oneBody.replace(VAGUE_TOLL, (m) => ' '.repeat(m.length))))))) found.killed = 1;
  // Those shot less those who died of it: the killer's own death is no victim's ("five shot, killing
  // two, before he was shot by police": three wounded).
  // A count of the shot that the dead use up ("3 people shot to death") leaves room for a wounding told
  // of one person ("her fiancé was also shot in the hip"): only a stated count of the wounded is final.
  for (const m of matchesWith(LISTED_SHOT_WORD, LISTED_SHOT, body)) namedShot = Math.max(namedShot, 1 + [...m[0].matchAll(LISTED_ONE)].length);
  if (has(RANKED_WORDS)) namedShot = Math.max(namedShot, rankedVictims(body));
  if (has(BOTH_WORDS)) for (const m of body.matchAll(BOTH_HURT)) {
    if ((m[1] && /^(?:shot|taken|transported|rushed|airlifted)/i.test(m[1])) || diedOfIt(body, m)) namedShot = Math.max(namedShot, 2);
    else raise('injured', 2);
  }
  // "One bullet struck both Okafor and the toddler": two shot (the dead among them, if any).
  if (has(BOTH_WORDS) && BULLET_HIT_BOTH.test(body)) namedShot = Math.max(namedShot, 2);
  for (const m of matchesWith(PAIR_KILLED_WORD, PAIR_KILLED, body)) raise('killed', m[1]!.replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ').split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length);
  for (const m of matchesWith(PAIR_KILLED_OBJECT_WORD, PAIR_KILLED_OBJECT, body)) raise('killed', m[1]!.replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ').split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length);
  // "Mother, 2 children found dead": the count and the one named before it.
  if (has(LISTED_DEAD_WORDS)) {
    const listed = listedDead(body);
    if (listed > 0) raise('killed', listed);
  }
  // "Woman, girl found dead": a headline's people listed one by one (casualty-headline-pair-dead.ts).
  const pairDead = headlinePairDead(body);
  if (pairDead > 0) raise('killed', pairDead);
  for (const m of matchesWith(PAIR_KILLED_WORD, NAMED_KILLED_PAIR, body)) raise('killed', m[1]!.replace(/,\s*\d{1,3}(?![\d-]),?/g, ' ').split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/).length);
  if (has(ALONG_WORDS)) for (const m of body.matchAll(ALONG_WITH)) {
    const people = (count(m[1] ?? 'one') ?? 1) + (m[3] ? count(m[3]) ?? 1 : peopleAlongWith(m[0]));
    if (m[2] === 'shot' || diedOfIt(body, m)) namedShot = Math.max(namedShot, people);
    else raise('injured', people);
  }
  // "A woman was shot ... that injured four other people": the one and the others (casualty-others-beside.ts).
  if (has(OTHERS_BESIDE_WORDS)) namedShot = Math.max(namedShot, oneAndOthersShot(body));
  if (namedShot > 0) raise('shot', namedShot);
  const statedInjured = found.injured;
  const shotAlive = found.shot === null ? null : Math.max(0, found.shot - ((found.killed ?? 0) - (killerAdded ? 1 : 0)));
  if (shotAlive !== null) raise('injured', shotAlive);
  // "Five people were shot and a boy was hurt when he tripped": the five, as incident records count.
  found.injured = woundedByGunfire(body, found.injured, shotAlive);
  const noneLeft = statedInjured === null && found.injured === 0;
  // The victims counted by number, before the readings of one person's wound (which may be the suspect's).
  const counted = found.injured;
  if (found.injured === null && found.killed === null && HEADLINE_TWO_HURT.test(body)) found.injured = 2;
  if ((found.injured === null || noneLeft) && ((HURT_WORD.test(body) && (ANOTHER_WOUNDED.test(body) || oneWounded(body, found.killed !== null) || ONE_DEAD_ONE_HURT.test(body) || survivedWound(body) || survivorBesideDeath(body) || killedAndShotApart(body) || treatedAndReleased(body))) || (found.killed === null ? (has(CONDITION_WORDS) && ONE_IN_CONDITION.test(body)) || tellsOneHurt(body, lower) || HEADLINE_HURT.test(body) || HEADLINE_HURT_AFTER.test(body) || (has(TO_HOSPITAL_WORDS) && ONE_TO_HOSPITAL.test(body) && GUN_WORD.test(body)) : has(CONDITION_WORDS) && conditionApartFromDeath(body)))) found.injured = 1;
  // Victims told one by one, "A man was shot ... A woman was also shot" (casualty-also-hurt.ts): where no
  // count gave the wounded, the first and each one also hurt; beside a death, those also hurt alone.
  if (!counted && found.injured === 1) {
    const also = alsoHurtCount(body);
    if (also > 0) found.injured = Math.max(1, found.killed === null ? 1 + also : also);
  }
  // A lone victim's wound told apart from the suspect's ("a 15-year-old was wounded in the arm ... the
  // suspect was wounded in the hand as well"): two hurt. The victims' wounds are read with the suspect's sentences
  // blanked, so that the suspect's own wound ("the suspect was shot") is not taken for a victim's.
  // Not where police shot someone: the one shot was most often the suspect ("a man was shot by a deputy ... the suspect is in stable condition").
  if (!counted && suspectWounded(body)) found.injured = Math.max(found.injured ?? 0, (othersHurtBesideSuspect(text) ? readCasualties(withoutSuspectHurt(body))?.injured ?? 0 : 0) + 1);
  // A killer who tried to take their own life and lived is one wounded (casualty-own-attempt.ts), where nothing else told of one.
  if (found.injured === null && found.killed !== null && ownAttemptSurvived(body)) found.injured = 1;
  // A killer's death by their own hand told beside a death told of one person ("killed his wife and then
  // himself"): one reading found one of the two. Not beside a count, which may hold the killer already
  // ("two dead in a murder-suicide"). Last, so that the wounded are read as before (as of no death told).
  if (!deadCounted && found.victims === null) {
    const dead = deadWithTheKiller(body);
    if (dead !== null) found.killed = Math.max(found.killed ?? 0, dead);
  }
  return found.killed === null && found.injured === null ? null : { killed: found.killed, injured: found.injured };
}
