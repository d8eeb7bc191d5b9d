/**
 * Facts: the sentences of an event's articles, grouped so that the same claim in different words is
 * one fact, attributed to every article that makes it and counted by independent sources. Numbers that
 * differ between the sentences of one fact ("3 killed" / "4 killed") are reported as discrepancies.
 */
import { TIME_AND_MEASURE_WORDS } from './not-a-count.js';
import { areaAbout, areaOf } from './area-count.js';
import { statedCoordinates } from '../util/stated-coordinates.js';
import type { Article, Discrepancy, Entity, Fact, Span } from '../model/types.js';
import { OverlapIndex } from '../util/overlaps.js';
import { stem, termsOf } from '../cluster/features.js';
import { FUNCTION_WORDS } from '../enrich/entities/lexicon.js';
import { countryOfDemonym } from '../enrich/gazetteer/places.js';
import { corroboration, type SourceGroups } from './sources.js';
import { moneyAmounts, type MoneyAmount } from './money.js';
import { Lru } from '../util/lru.js';
import { once } from '../util/once.js';
import { wordCount } from '../util/word-count.js';
import { sentencesDatedElsewhere } from '../enrich/dated-elsewhere.js';
import { designatorNumber } from '../enrich/casualty-designator.js';
import { dayOfMonth } from './day-of-month.js';
import { DATELINE } from './lead-dateline.js';
import { claimShape, claimWords, claimsConflict, lemma, rewritePhrases, type ClaimPlace, type ClaimShape } from './fact-claims.js';
import { type LocatedPlace, lookupPlace } from '../enrich/gazetteer/places.js';
import { wordWeights } from './fact-weights.js';
import { claimClauses } from './fact-clauses.js';
import { afterClauses } from './after-clause.js';
import { heldShares, type NamedPerson } from './share-holders.js';
import { lonePercentage } from './fact-percentages.js';
import { comparedKinds, ofAnyTime, undatablePast } from './undated-figures.js';
import { numbersByKind, tellsOtherNumbers, type NumberKind } from './fact-numbers.js';
import { countPeriod, type CountPeriod } from './count-period.js';
import { runningTotalRevised } from './running-totals.js';
import { isContactLine } from './contact-line.js';
import { isPeopleNoun } from '../enrich/people-noun.js';
import { readingKey } from './reading-key.js';
import { revisedFigure } from './fact-revision.js';
import { timeKinds } from './time-gap-kind.js';
import { coincidenceTail } from './coincidence-clause.js';

/** Share of content words (weighted, see wordWeights) two sentences must have in common to state the same fact. */
const SAME_FACT = 0.3;
const MIN_WORDS = 6;
/**
 * Weight of the words (see wordWeights) a sentence must share with a fact, beyond a toll or figures of
 * the same things: two or three words that short sentences of a long story happen to share ("The
 * explosion shook up area residents overnight" / "Residents of the area were asked to use other
 * routes") reach SAME_FACT without making one claim.
 */
const MIN_SHARED = 2.5;
/**
 * Words lighter than this (in some 64 sentences a report) are left out of the word index: a fact is
 * found through its other words and these are added to what it shares after. Through them every
 * sentence of a long page was a candidate for every fact, which was quadratic; a fact that shares only
 * such words cannot reach MIN_SHARED (only figures of the same things could join it, and a page that
 * writes a word in so many sentences repeats its figures too).
 */
const LIGHT = 1 / 64;
/** The `when` of a sentence that names the event's own day. */
const OWN_DAY = 'own day';

export interface FactGroup {
  fact: Fact;
  /** Position of the first sentence in its article (0 = lead). */
  position: number;
  order: number;
  members: { article: string; text: string }[];
}

/** A group as groupFacts compares sentences with it: what its first sentence claims, and its words so far. */
interface Grouping extends FactGroup {
  /** Its words; the first sentence's own set until another sentence adds to it (groupFacts copies it then). */
  words: ReadonlySet<string>;
  /** The weight of its words (see wordWeights): what Dice divides by. */
  mass: number;
  /** Whether its first sentence states a figure: only a sentence that states one too makes the same claim. */
  figures: boolean;
  /** What its first sentence's figures are of (see figuresOf). */
  kinds?: ReadonlySet<string>;
  /** Content words of what its first sentence quotes, when it quotes someone (see quotations). */
  quoted?: ReadonlySet<string>;
  /** The people and bodies its first sentence tells of, other than who speaks (see actorsOf). */
  actors?: readonly ReadonlySet<string>[];
  /** Its first sentence's words that are no name and no attribution: what the fact as shown claims. */
  claim: ReadonlySet<string>;
  /** Its first sentence's words (names included, who speaks left out): what a restatement repeats. */
  first: ReadonlySet<string>;
  /** The toll its first sentence gives, when that is what it tells (see tollOf). */
  toll?: Toll;
  /** What tells its first sentence's claim apart from others sharing its words (see claimsConflict), read when first asked. */
  shape?: () => ClaimShape;
  /** Who tells its first sentence, by name (see tellerWords). */
  speaker?: ReadonlySet<string>;
  /** Where its first sentence is one claim of a sentence of two: that claim's acts (see FactClaim). */
  acts?: ReadonlySet<string>;
  /** When its first sentence is told: at another time (see FactSentence.when), or on the event's own day. */
  when?: string;
}

/**
 * Each sentence joins the group it shares the most content words with (Dice at least SAME_FACT, each
 * word weighted by how rarely the event's reports write it, and words of who tells it left out; on a
 * tie the latest group), or starts one. Only groups sharing a word with the sentence can reach the
 * threshold, so candidates come from a word index rather than from every group: an event of hundreds
 * of articles costs about the words shared rather than sentences times groups.
 */
export function groupFacts(articles: readonly Article[], groups: SourceGroups): FactGroup[] {
  // One report: a group takes one sentence a report, so each of its fact sentences is a fact of its own,
  // and nothing of a sentence but its span and whether it is long enough to be a fact is read.
  if (articles.length === 1) return singleReport(articles[0]!, groups);
  const facts: Grouping[] = [];
  /** The article that last joined each group (by index): a group takes one sentence per article. */
  const lastArticle: number[] = [];
  const groupsOfWord = new Map<string, number[]>();
  const shared: number[] = [];
  const sharedClaim: number[] = [];
  /** Groups whose first sentence tells a toll, by its kind. */
  const tollGroups = new Map<string, number[]>();
  const index = (word: string, g: number): void => {
    const list = groupsOfWord.get(word);
    if (list) list.push(g);
    else groupsOfWord.set(word, [g]);
  };
  const read = articles.map(sentencesOf);
  const weights = wordWeights(read.map((sentences) => sentences.flatMap((s) => (s.words === null ? [] : [s.words]))));
  const weight = (word: string): number => weights.get(word) ?? 1;
  /** Whether a group's words are a set of its own yet, rather than its first sentence's (kept in the sentence cache). */
  const ownWords: boolean[] = [];
  /** Of each group's members, the sentence (its order and position) it is or is a claim of. */
  const sentencesIn: string[][] = [];
  /** Of each group started by a claim of a sentence of two, that sentence (order and position). */
  const startedBy: (string | null)[] = [];
  /** Groups left out: the claims of a sentence read whole again (see below). */
  const dead = new Set<number>();
  /**
   * The group one reading of a sentence of an article (the sentence, or one of its claims, with its acts)
   * states the claim of, or -1; the weight of its words; and every group it could join. `late` where the
   * sentence is read after every article's (see below).
   */
  const choose = (article: Article, order: number, reading: FactSentence, acts?: ReadonlySet<string>, late = false): { best: number; score: number; mass: number; passing: number[] } => {
    const { words, teller, speaker, notClaim, figures = false, kinds, quoted, toll, shape, when } = reading;
    if (words === null) return { best: -1, score: 0, mass: 0, passing: [] };
    const passing: number[] = [];
    const touched: number[] = [];
    const light: string[] = [];
    let mass = 0;
    for (const w of words) {
      const claim = notClaim?.has(w) ? 0 : 1;
      const wt = weight(w);
      mass += wt;
      if (wt < LIGHT) {
        light.push(w);
        continue;
      }
      for (const g of groupsOfWord.get(w) ?? []) {
        if (lastArticle[g] === order) continue;
        if (shared[g] === undefined || shared[g] === 0) touched.push(g);
        shared[g] = (shared[g] ?? 0) + wt;
        sharedClaim[g] = (sharedClaim[g] ?? 0) + claim;
      }
    }
    let best = -1;
    let bestScore = SAME_FACT;
    // Two tolls of the event are one claim however differently worded ("At least 12 workers were killed
    // in a blast at the plant" / "The death toll rose to 19"): the toll facts are candidates too.
    const tollCandidates = toll ? (tollGroups.get(toll.kind) ?? []).filter((g) => lastArticle[g] !== order && !(shared[g]! > 0)) : [];
    for (const g of [...touched, ...tollCandidates]) {
      let common = shared[g] ?? 0;
      let claims = sharedClaim[g] ?? 0;
      shared[g] = 0;
      sharedClaim[g] = 0;
      // (A group the article is in already: one sentence of an article a group, as lastArticle keeps
      // while the articles are read in order; a sentence read whole again comes after the others.)
      if (late && (dead.has(g) || facts[g]!.fact.sources.includes(article.id))) continue;
      // A sentence that names the event's own day does not tell what another report dates to an earlier
      // time ("ended an emergency meeting on Thursday ... Tuesday's launch" is not "The council last met in
      // September, after the earlier launch"), however many words they share.
      if (when !== undefined && facts[g]!.when !== undefined && when !== facts[g]!.when && (when === OWN_DAY || facts[g]!.when === OWN_DAY)) continue;
      for (const w of light) {
        if (!facts[g]!.words.has(w)) continue;
        common += weight(w);
        if (!notClaim?.has(w)) claims++;
      }
      const dice = (2 * common) / (mass + facts[g]!.mass);
      const tollScore = toll && facts[g]!.toll ? sameTollClaim(toll, facts[g]!.toll!) : 0;
      const sameToll = tollScore >= SAME_FACT;
      const score = Math.max(dice, tollScore);
      // Below the bar a group is neither passing nor best whatever the checks below say (bestScore starts
      // at the bar): most groups a sentence touches share a word or two, and the checks cost more than Dice.
      if (score < SAME_FACT) continue;
      // Figures of the same things are a shared claim of their own ("the Democratic Party came second with
      // 31.6 percent, the commission said" / "the Democratic Party was on 31.2%"), whatever words surround them.
      const sameFigures = figures && kinds !== undefined && facts[g]!.kinds !== undefined && figuresMeet(kinds, facts[g]!.kinds!);
      // A sentence that repeats the fact's first sentence nearly word for word makes its claim, however
      // often the event's reports write those words ("Bexley probably died instantly, Tarrant said" /
      // "Authorities said Bexley probably died instantly", a wire paragraph two outlets both print): the
      // weights below are for telling loosely related sentences apart, and a short restatement of words
      // the story repeats everywhere fell under the bar.
      const restated = restates(words, notClaim, facts[g]!.first, facts[g]!.claim);
      if (!sameToll && !sameFigures && !restated) {
        // Sharing only names and a speaker ("Lakeside Clinics chief executive Mark Olsen said") is no shared claim.
        if (claims === 0) continue;
        if (common < MIN_SHARED && !sameSpeakerClaim(words, notClaim, speaker, facts[g]!)) continue;
        // Nor is a claim shared only with the fact's later members: the fact is shown as its first
        // sentence, and a report that says none of it ("Teo said the exchange was cooperating with the
        // FBI" against "Teo said withdrawals had been suspended") would be credited with what it did not say.
        // And a group grows by the words of every member, so a sentence that meets only the later ones
        // ("Ames had retired the month before" after "Brook was passed over after Ames's retirement") drifts
        // from what the fact shows: its claim words must meet the first sentence's as a fact's would, by
        // half the bar at least.
        if (firstClaimDice(words, notClaim, facts[g]!.claim) < SAME_FACT / 2) continue;
      }
      // A sentence without the figure the fact gives does not state it ("Hackers broke in on Sunday" does
      // not confirm "... forcing the hospital to cancel about 1,200 appointments"), nor the reverse;
      // two that give figures do, and where the figures differ that is a discrepancy.
      if (facts[g]!.figures !== figures) continue;
      // Two sentences with figures of different things make two claims ("14 people had been confirmed
      // dead" / "at least 1,100 homes were damaged", both told by the civil defence chief).
      if (figures && kinds && facts[g]!.kinds && !figuresMeet(kinds, facts[g]!.kinds!)) continue;
      // A figure set against the fact's ("95 km long, longer than the 70 km it reported a day earlier")
      // is a new claim, not a discrepancy of it (fact-revision.ts); a toll's revision is a toll's to read.
      if (!sameToll && revisedFigure(article.body.slice(reading.start, reading.end), facts[g]!.members[0]!.text)) continue;
      // Sentences that share their words but not their claim: another act ("arrested" / "released"), a
      // negation, other people counted, another place, another magnitude, or who acted swapped.
      if (shape && facts[g]!.shape && claimsConflict(shape(), facts[g]!.shape!())) continue;
      // Two quotations must quote the same words; a quotation is what someone said, which an outlet that
      // does not quote them has not printed ("'The damage is concentrated in the older adobe buildings',
      // said Ccallo" is not "an aftershock caused further damage to weakened buildings").
      const theirs = facts[g]!.quoted;
      if ((quoted === undefined) !== (theirs === undefined)) continue;
      if (quoted && theirs && !sameQuote(quoted, theirs)) continue;
      // Who the claim is about is part of it: a sentence that leaves out an actor the fact names ("claims
      // by a hacker group called NoName057(16)") does not state it.
      // (Two tolls compare who and where among their other words: sameTollClaim.)
      // (Who tells a sentence is named in it too: "Okafor said Iran ..., the Treasury said" names the Treasury.)
      // A word of an actor's name met only inside another person's name is not that actor ("Luis" of
      // "Sofia Marta Lind" is not Ana Marta Berg): see namedIn.
      if (!sameToll && facts[g]!.actors && !facts[g]!.actors!.every((actor) => namedIn(actor, words, teller, reading.people))) continue;
      // A claim of a sentence of two is told only where its act is: read apart, a claim is short, and the
      // few words it shares with a sentence of another act ("A hobby photographer named Milo Brandt …
      // asked her to sit for him" / "she met ... photographer Milo Brandt") would reach the bar.
      if (acts && ![...acts].some((w) => facts[g]!.words.has(w))) continue;
      if ('earlierAct' in reading && facts[g]!.shape && shape) {
        const own = shape().predicates;
        if ([...facts[g]!.shape!().predicates].some((p) => !own.has(p))) continue;
      }
      const theirActs = facts[g]!.acts;
      if (theirActs && ![...theirActs].some((w) => words.has(w))) continue;
      if (score >= SAME_FACT) passing.push(g);
      if (score > bestScore || (score === bestScore && g > best)) {
        best = g;
        bestScore = score;
      }
    }
    return { best, score: bestScore, mass, passing };
  };
  /**
   * Places one reading of a sentence of an article (the sentence, or one of its claims, shown as `shown`):
   * it joins the group `best` (see choose), or starts one. Gives the group.
   */
  const commit = (article: Article, order: number, position: number, reading: FactSentence, best: number, mass: number, shown?: string, acts?: ReadonlySet<string>): number => {
    const { start, end, words, notClaim, figures = false, kinds, quoted, actors, toll, shape, speaker, when } = reading;
    if (words === null) return -1;
    const text = article.body.slice(start, end);
    const key = `${order}:${position}`;
    if (best >= 0) {
      const group = facts[best]!;
      group.members.push({ article: article.id, text });
      group.fact.sources.push(article.id);
      for (const w of words) {
        if (group.words.has(w)) continue;
        // Copied at the first word added: most groups never grow, and their set is the sentence's.
        if (!ownWords[best]) {
          group.words = new Set(group.words);
          ownWords[best] = true;
        }
        (group.words as Set<string>).add(w);
        group.mass += weight(w);
        if (weight(w) >= LIGHT) index(w, best);
      }
      lastArticle[best] = order;
      sentencesIn[best]!.push(key);
      return best;
    } else {
      const g = facts.length;
      ownWords[g] = false;
      const claim = new Set([...words].filter((w) => !notClaim?.has(w)));
      sentencesIn[g] = [key];
      startedBy[g] = shown === undefined ? null : key;
      // A claim of a sentence of two is shown as that claim: the reports that join it state it, not the other.
      facts.push({ fact: { text: shown ?? text, sources: [article.id], corroboration: 1 }, position, order, members: [{ article: article.id, text }], words, first: words, mass, claim, figures, ...(kinds ? { kinds } : {}), ...(quoted ? { quoted } : {}), ...(actors ? { actors } : {}), ...(toll ? { toll } : {}), ...(shape ? { shape } : {}), ...(speaker ? { speaker } : {}), ...(acts ? { acts } : {}), ...(when ? { when } : {}) });
      lastArticle[g] = order;
      if (toll) tollGroups.set(toll.kind, [...(tollGroups.get(toll.kind) ?? []), g]);
      for (const w of words) if (weight(w) >= LIGHT) index(w, g);
      return g;
    }
  };
  /** The sentences read as two claims, with the groups their claims went to. */
  const split: { article: Article; order: number; position: number; sentence: FactSentence; groups: number[] }[] = [];
  articles.forEach((article, order) => {
    read[order]!.forEach((sentence, position) => {
      if (!sentence.claims) {
        const { best, mass, passing } = choose(article, order, sentence);
        commit(article, order, position, sentence, best, mass);
        // A sentence that tells both claims of another report's sentence of two is counted by each.
        const from = best >= 0 ? startedBy[best] : null;
        for (const g of passing) if (g !== best && from && startedBy[g] === from) commit(article, order, position, sentence, g, mass);
        return;
      }
      const chosen = sentence.claims.map((claim) => choose(article, order, claim, claim.acts));
      // Both claims told by one sentence of another report: the sentence states what that one does. Not
      // where that fact is itself one claim of a sentence of two: one claim cannot tell two, and the
      // sentence's claims reached it each by words of its own ("had taken its services offline" and "no
      // one's data had been stolen" both meeting "No personal data was taken").
      if (chosen[0]!.best >= 0 && chosen.every((c) => c.best === chosen[0]!.best) && startedBy[chosen[0]!.best] === null) {
        const { mass } = choose(article, order, sentence);
        commit(article, order, position, sentence, chosen[0]!.best, mass);
        return;
      }
      // Neither claim told by another report so far, but the sentence as a whole may be (in words that
      // tell both at once): it joins that fact as before claims were read apart.
      if (chosen.every((c) => c.best < 0)) {
        const whole = choose(article, order, sentence);
        if (whole.best >= 0) {
          commit(article, order, position, sentence, whole.best, whole.mass);
          return;
        }
      }
      // Where both claims chose one fact, the claim that meets it better takes it, and the other is chosen
      // again without it (commit marks the fact as the article's).
      const rivals = chosen[0]!.best >= 0 && chosen[1]!.best === chosen[0]!.best;
      const firstIn = rivals && chosen[1]!.score > chosen[0]!.score ? 1 : 0;
      const groupsOf: number[] = [];
      for (const i of [firstIn, 1 - firstIn]) {
        const claim = sentence.claims[i]!;
        const { best, mass } = rivals && i !== firstIn ? choose(article, order, claim, claim.acts) : chosen[i]!;
        groupsOf[i] = commit(article, order, position, claim, best, mass, claim.shown, claim.acts);
      }
      split.push({ article, order, position, sentence, groups: groupsOf });
    });
  });
  // A sentence neither of whose claims another report told may still be told whole by one ("Drummond
  // fired at Kessel, hitting him in the shoulder, and ran from the store" / "Drummond shot Kessel in the shoulder,
  // then ran from the store"): its claims' facts are left out and it is placed again as a sentence, now
  // that every report's sentences are in the groups.
  for (const { article, order, position, sentence, groups: alone } of split) {
    if (!alone.every((g) => g >= 0 && facts[g]!.members.length === 1)) continue;
    const { best, mass } = choose(article, order, sentence, undefined, true);
    // Where the whole sentence joins another report's fact, a claim of it that fact says nothing of stays
    // a fact of its own ("said 120 patients had been transferred and that no one had been harmed" joined
    // to "140 patients had been moved": the figures are a discrepancy, and the "no one had been harmed"
    // claim would otherwise be in no fact).
    const claims = sentence.claims!;
    for (const [i, g] of alone.entries()) if (best < 0 || toldBy(claims[i]!, facts[best]!)) dead.add(g);
    commit(article, order, position, sentence, best, mass);
  }
  const live = (_: unknown, g: number): boolean => !dead.has(g);
  const kept = wholeAgain(facts.filter(live), sentencesIn.filter(live), startedBy.filter(live));
  for (const group of kept) {
    // A report that tells the claim with other numbers stays a member (its counts may be a
    // discrepancy) but is no source of the fact as shown (fact-numbers.ts).
    if (group.members.length > 1) group.fact.sources = creditedSources(group);
    group.fact.corroboration = corroboration(group.fact.sources, groups);
  }
  return kept.sort(byCorroboration);
}

/**
 * A sentence's numbers as fact-numbers.ts reads them: by kind, the figures of counts of a named thing
 * left out (`kinds`); every figure, those counts' too (`all`); and what those counts are of (`counted`,
 * a day's figure apart from a total's).
 */
interface SentenceNumbers {
  kinds: ReadonlyMap<NumberKind, ReadonlySet<string>>;
  all: ReadonlySet<string>;
  counted: ReadonlySet<string>;
  /** The figures of those counts. */
  countValues: ReadonlySet<string>;
}

/** Kept for the sentences read lately: an event is grouped again at every report. */
const numberMemo = new Lru<string, SentenceNumbers>(16384);

function numbersOfText(text: string): SentenceNumbers {
  let found = numberMemo.get(text);
  if (!found) {
    const kinds = numbersByKind(text.replace(DATELINE, ''));
    const all = new Set(kinds.get('figure') ?? []);
    const counts = countsOfText(text).filter((c) => !c.more);
    // Counts of a named thing are compared by numberDiscrepancies, thing by thing, which narrows the
    // fact's sources where they differ: by kind, only the figures it does not read.
    const bare = kinds.get('figure');
    if (bare) {
      for (const c of counts) bare.delete(String(c.value));
      if (bare.size === 0) kinds.delete('figure');
    }
    numberMemo.set(text, (found = { kinds, all, counted: new Set(counts.map((c) => (c.period === 'daily' ? `${c.noun} daily` : c.noun))), countValues: new Set(counts.map((c) => String(c.value))) }));
  }
  return found;
}

/**
 * Whether a member's sentence tells the fact's claim with other numbers: of some kind (tellsOtherNumbers),
 * or with no figure in common at all where no count of the same thing is there for numberDiscrepancies
 * to compare ("58 new cases and two deaths in the past 24 hours" against "1,402 cases in Lusaka, 338 in
 * Copperbelt": a day's figures are not a province's total).
 */
function otherNumbers(own: SentenceNumbers, theirs: SentenceNumbers): boolean {
  // A count of the same thing, whatever befell it on one side only ("60 workers evacuated" / "75
  // workers moved"), is numberDiscrepancies' to judge, as figuresMeet reads kinds; a day's figure is
  // never the same thing as a total.
  const meet = (a: string, b: string): boolean => a.endsWith(' daily') === b.endsWith(' daily') && figuresMeet(new Set([a.replace(/ daily$/, '')]), new Set([b.replace(/ daily$/, '')]));
  if (tellsOtherNumbers(own.kinds, theirs.kinds)) return true;
  // A sentence that tells the fact's other figures but none of its counts does not confirm them ("would
  // close the plant and cut 640 jobs, blaming the 25% duty" is not told by "The firm blamed the 25% duty"):
  // it joined the fact by the figures it shares, and the count shown is the fact's alone. Its value met as
  // a number of any kind is told ("fell 12 percent", read as a count of percent, / "dropped 12%").
  if (own.counted.size > 0 && ![...own.countValues].some((v) => theirs.all.has(v) || [...theirs.kinds.values()].some((set) => set.has(v))) && ![...theirs.counted].some((x) => [...own.counted].some((y) => meet(x, y)))) return true;
  if (own.all.size === 0 || theirs.all.size === 0 || [...theirs.all].some((v) => own.all.has(v))) return false;
  return ![...theirs.counted].some((x) => [...own.counted].some((y) => meet(x, y)));
}

/** A fact's sources less the reports whose sentence gives other numbers than the fact as shown. */
function creditedSources(group: FactGroup): string[] {
  const own = numbersOfText(group.fact.text);
  if (own.kinds.size === 0 && own.all.size === 0) return group.fact.sources;
  const first = group.members[0]!.article;
  const other = new Set(group.members.filter((m) => m.article !== first && otherNumbers(own, numbersOfText(m.text))).map((m) => m.article));
  return other.size === 0 ? group.fact.sources : group.fact.sources.filter((id) => !other.has(id));
}

/**
 * Whether a fact tells one claim of a sentence of two: its words hold the claim's act, or its figures are
 * of what the claim counts (a rival figure is a discrepancy of the same claim). Words the claim shares
 * with the fact are not enough: the sentence's two claims are joined to it by their words together
 * ("had taken its online services offline and that no one's data had been stolen" meets "No personal
 * data was taken and no services critical to life were affected" without telling the second claim).
 */
function toldBy(claim: FactClaim, fact: Grouping): boolean {
  if ([...claim.acts].some((w) => fact.words.has(w))) return true;
  return claim.figures === true && claim.kinds !== undefined && fact.kinds !== undefined && figuresMeet(claim.kinds, fact.kinds);
}

/**
 * Facts of the claims of sentences of two, made whole again where the sentences' claims went together:
 * where the reports that tell one claim of a sentence are those that tell the other (each in a sentence
 * of both claims, or in one sentence of its own that tells both), its claims are one fact shown as the
 * sentence, as before claims were read apart. `sentencesIn` gives each group's members' sentences
 * (order:position) and `startedBy` the sentence whose claim started it, where one did.
 */
function wholeAgain<T extends FactGroup>(facts: readonly T[], sentencesIn: readonly (readonly string[])[], startedBy: readonly (string | null)[]): T[] {
  const firstOf = new Map<string, T>();
  const out: T[] = [];
  facts.forEach((group, g) => {
    const from = startedBy[g];
    if (!from) {
      out.push(group);
      return;
    }
    const key = `${from} ${[...sentencesIn[g]!].sort().join(' ')}`;
    const first = firstOf.get(key);
    if (!first) {
      firstOf.set(key, group);
      out.push(group);
      return;
    }
    // The same sentences' other claim: one fact of the sentences, shown as the first whole.
    first.fact.text = first.members[0]!.text;
  });
  return out;
}

/**
 * The facts of an event of one report (most events, when they are first written): a fact for each of
 * its fact sentences, as groupFacts makes them, without the readings that only comparing with another
 * report's sentences needs (those are read when the event gains a second report).
 */
function singleReport(article: Article, groups: SourceGroups): FactGroup[] {
  const facts: FactGroup[] = [];
  cachedReading(article).spans.forEach(({ start, end, fact }, position) => {
    if (!fact) return;
    const text = article.body.slice(start, end);
    facts.push({ fact: { text, sources: [article.id], corroboration: 1 }, position, order: 0, members: [{ article: article.id, text }] });
  });
  for (const group of facts) group.fact.corroboration = corroboration(group.fact.sources, groups);
  return facts.sort(byCorroboration);
}

/** Share of words two sentences must have in common (plain Dice) for one to restate the other. */
const RESTATED = 0.8;
/** And how many: a restatement of two words is too short to tell ("Police said" aside). */
const RESTATED_WORDS = 3;

/**
 * Whether a sentence restates a fact's first sentence: at least RESTATED_WORDS of their words in
 * common, plain Dice RESTATED or more, and a claim word (not only names) among them.
 */
function restates(words: ReadonlySet<string>, notClaim: ReadonlySet<string> | undefined, first: ReadonlySet<string>, claim: ReadonlySet<string>): boolean {
  if (2 * Math.min(words.size, first.size) < RESTATED * (words.size + first.size)) return false;
  let common = 0;
  let claims = 0;
  for (const w of words) {
    if (!first.has(w)) continue;
    common++;
    if (!notClaim?.has(w) && claim.has(w)) claims++;
  }
  return common >= RESTATED_WORDS && claims > 0 && 2 * common >= RESTATED * (words.size + first.size);
}

/**
 * Whether a sentence tells a fact's first claim again in other words from the same speaker: one named
 * speaker in both, and every claim word of the shorter (two at least) among the other's ("Walsh said no
 * ransom would be paid" / "Walsh said the State would not pay a ransom"). A short claim shares too
 * little weight to reach MIN_SHARED; its speaker saying all of it again is what tells it.
 */
function sameSpeakerClaim(words: ReadonlySet<string>, notClaim: ReadonlySet<string> | undefined, speaker: ReadonlySet<string> | undefined, fact: Grouping): boolean {
  const theirs = fact.speaker;
  if (!speaker || !theirs || ![...speaker].some((w) => theirs.has(w))) return false;
  const own = [...words].filter((w) => !notClaim?.has(w));
  const [shorter, longer] = own.length <= fact.claim.size ? [own, fact.claim] : [[...fact.claim], new Set(own)];
  return shorter.length >= 2 && shorter.every((w) => longer.has(w));
}

/** Dice of a sentence's claim words (not names, not who speaks) with a fact's first sentence's. */
function firstClaimDice(words: ReadonlySet<string>, notClaim: ReadonlySet<string> | undefined, claim: ReadonlySet<string>): number {
  let own = 0;
  let common = 0;
  for (const w of words) {
    if (notClaim?.has(w)) continue;
    own++;
    if (claim.has(w)) common++;
  }
  return own + claim.size === 0 ? 0 : (2 * common) / (own + claim.size);
}

/** Most corroborated first; then the earlier in its article, then the earlier article. */
function byCorroboration(a: FactGroup, b: FactGroup): number {
  return b.fact.corroboration - a.fact.corroboration || a.position - b.position || a.order - b.order;
}

/**
 * A sentence of an article (its trimmed span) and its content words, or null words for one too short to
 * be a fact. Offsets, not text: a slice of the body would keep the whole body alive in the cache.
 */
interface FactSentence {
  start: number;
  end: number;
  /**
   * In the order read; a set, kept with the sentence, so a grouping of its event (made anew at every
   * report the event gains) need not make one, nor a fact whose words never grow copy them.
   */
  words: ReadonlySet<string> | null;
  /** The words of who tells it, left out of words (see tellerWords). */
  teller?: ReadonlySet<string>;
  /** Of those, the words of the names of who tells it (no word of saying): who said it, to compare. */
  speaker?: ReadonlySet<string>;
  /** Words of the names the sentence holds and of saying: two sentences sharing only these make no claim in common. */
  notClaim?: ReadonlySet<string>;
  /** Whether it states a count, a sum or a share ("1,200 appointments", "$5 million", "29.9%"). */
  figures?: boolean;
  /** What its figures are of (see figuresOf). */
  kinds?: ReadonlySet<string>;
  quoted?: ReadonlySet<string>;
  actors?: readonly ReadonlySet<string>[];
  /** Of its actors, the people's names (see namedIn). */
  people?: readonly ReadonlySet<string>[];
  toll?: Toll;
  /**
   * Its claim's shape (see claimsConflict), read when first asked and kept: only a sentence that meets a
   * fact's bar is compared by shape, and most sentences of an event never do.
   */
  shape?: () => ClaimShape;
  /** Where it makes two claims (fact-clauses.ts): each read on its own, to meet a report that tells only one. */
  claims?: readonly FactClaim[];
  /** The time it is dated to elsewhere than the event ('2026-09'), or OWN_DAY where it names the event's own day. */
  when?: string;
}

/** Pronouns that point back to what a sentence named before. */
const POINTS_BACK = /\b(?:their|its|them|theirs)\b/i;

/** One claim of a sentence of two, read as a sentence is, with how it is shown as a fact. */
interface FactClaim extends FactSentence {
  shown: string;
  /** Its verb and the predicates it names, as lemmas (see groupFacts). */
  acts: ReadonlySet<string>;
  /**
   * The earlier act a sentence tells its claim against ("a day after a gas explosion shut its main
   * reactor", after-clause.ts): it tells only that act, so it joins only a fact whose first sentence
   * names no act of the predicate table but its own ("The ferry line was closed after a storm damaged
   * the pier" tells a closure that "reopened, two days after a storm damaged the pier" does not).
   */
  earlierAct?: true;
}

/**
 * Words after a name that make it the speaker: the verb of saying right after it, after the body it is of
 * ("Ciaran Walsh of the Garda National Cyber Crime Bureau said"), after an apposition ("Julio Ccallo,
 * the head of the institute, said") or after its spokesmen ("Acme officials said"); not a
 * saying further on ("Hezbollah fired 40 rockets at Haifa, the army said": Hezbollah is who acted).
 */
const SPEAKER_AFTER = /^(?:\s+(?:of|at|from)(?:\s+the)?(?:\s+\p{Lu}[\p{L}'’&-]*){1,6})?(?:\s*,[^,.;:]{1,90},)?(?:\s+(?:officials?|spokes(?:man|woman|person)|police|authorities|representatives?|leaders?))?\s+(?:(?:also|later|earlier|previously|has|have|had)\s+)?(?:said|says|told|tells|added|adds|stated|announced|confirmed|warned|wrote)\b/iu;
/** Words before a name that make it the speaker: "said Julio Ccallo", "according to the ministry". */
const SPEAKER_BEFORE = /\b(?:said|says|told|added|stated|according to|spokes(?:man|woman|person) for)\s+(?:the\s+)?$/i;
/**
 * A country's or a body's own office after them: "according to Ukraine's Security Service" (ux73a fault 8:
 * read as an actor of the strike it reports, it kept another outlet's report of the strike out of the fact).
 */
const SPEAKER_BEFORE_OWNER = /\b(?:[Ss]aid|[Aa]ccording to)\s+\p{Lu}[\p{L}-]*['’]s\s+$/u;

/** Whether an entity is who tells the sentence (start to end) it stands in. */
function speaks(body: string, e: Entity, start: number, end: number): boolean {
  const before = body.slice(Math.max(start, e.start - 40), e.start);
  return SPEAKER_AFTER.test(body.slice(e.end, end)) || SPEAKER_BEFORE.test(before) || SPEAKER_BEFORE_OWNER.test(before);
}

/**
 * The words of who tells a sentence and of telling ("said", "according to"), other than those of who it
 * tells of: they are left out of what Dice compares, as two things one office said ("The county
 * prosecutor's office said the file had not been sent to a judge" / "County prosecutor spokesman Dan
 * Reyes said the file remains under review") share their teller and not their claim.
 */
function tellerWords(speaking: readonly Entity[], attribution: ReadonlySet<string>, actors: readonly ReadonlySet<string>[] | undefined): { teller: Set<string>; speaker: Set<string> } {
  const words = new Set<string>([...SAYING, ...attribution]);
  const named = new Set<string>();
  for (const e of speaking) for (const w of contentWords(e.text)) named.add(w);
  for (const w of named) words.add(w);
  for (const actor of actors ?? []) for (const w of actor) words.delete(w);
  // Who speaks, by name or office ("the mayor"); words of saying, and "officials" or "a spokesman", say nothing of who.
  const speaker = new Set([...words].filter((w) => !NO_SPEAKER.has(w)).map(lemma));
  return { teller: new Set([...words].map(lemma)), speaker };
}

/**
 * The people and bodies a sentence tells of, each as its content words, leaving out who speaks and the
 * outlet itself: who did what is part of the claim, who said so is not.
 */
function actorsOf(article: Article, entities: readonly Entity[], start: number, end: number, speaking: readonly Entity[]): { actors: ReadonlySet<string>[]; people: ReadonlySet<string>[] } | undefined {
  const actors: Set<string>[] = [];
  const people: ReadonlySet<string>[] = [];
  const outlet = article.outlet ? contentWords(article.outlet) : null;
  /** The entity of the last actor pushed. */
  let previous: Entity | undefined;
  for (const e of entities) {
    if (e.type === 'location' || e.start < start || e.end > end) continue;
    if (speaking.includes(e)) continue;
    const words = new Set([...contentWords(e.text)].filter((w) => !ATTRIBUTION.includes(w)));
    if (words.size === 0 || (outlet && [...words].every((w) => outlet.has(w)))) continue;
    // A short form in brackets after the name it stands for ("the State Security Service (SSG)") is that
    // actor named again, not one more: a copy of the wire that drops the brackets names the same actors.
    const named = actors[actors.length - 1];
    if (named && previous && /^\s*\($/.test(article.body.slice(previous.end, e.start)) && article.body[e.end] === ')') {
      for (const w of words) named.add(w);
      continue;
    }
    actors.push(words);
    previous = e;
    if (e.type === 'person') people.push(words);
  }
  return actors.length > 0 ? { actors, people } : undefined;
}

/** A name's last word: a person's family name in most reports ("Ana Marta Berg"). */
function lastWord(name: ReadonlySet<string>): string | undefined {
  let last: string | undefined;
  for (const w of name) last = w;
  return last;
}

/**
 * Whether a sentence (its words, its teller's words and the people it names) names an actor of a fact:
 * by a word of the actor's name that is not only a word of another person's name in the sentence. Two
 * people whose names share a given name ("Ana Marta Berg" / "Sofia Marta Lind") are two people where
 * neither name holds the other's last word (or one alike); a short form ("Berg", "Kim" of "Kim Jong Un") is the same.
 */
export function namedIn(actor: ReadonlySet<string>, words: ReadonlySet<string>, teller: ReadonlySet<string> | undefined, people: readonly ReadonlySet<string>[] | undefined): boolean {
  const actorLast = lastWord(actor);
  // A family name spelt otherwise or glued to the next word by a dash ("Karlsen" / "Karlson", "Berg-was")
  // is still that name: two names are another's only where they part within their first four letters.
  const alike = (a: string, b: string): boolean => a.slice(0, 4) === b.slice(0, 4);
  const other = (person: ReadonlySet<string>): boolean => {
    const last = lastWord(person);
    return last !== undefined && ![...actor].some((w) => alike(w, last)) && (actorLast === undefined || ![...person].some((w) => alike(w, actorLast)));
  };
  for (const w of actor) {
    if (teller?.has(w)) return true;
    if (!words.has(w)) continue;
    const holding = (people ?? []).filter((p) => p.has(w));
    if (holding.length === 0 || !holding.every(other)) return true;
  }
  return false;
}

/** An opening double quote, straight or curly, and the text up to the next quote mark, which must close. */
const QUOTED = /["“]([^"“”]*)["”]/g;
/** Four words or more: three spaces each followed by a word. */
const FOUR_WORDS = /(?:\s+\S+){3}/;

/**
 * The quotations of four words or more, as one pattern found them ("a quote mark, text with four
 * words, a closing mark"), which backtracked over every split of the words between its parts: a quote
 * too short to count is passed over from its next character, as that pattern's search went on.
 */
export function quotations(text: string): string[] {
  const spans: string[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    if (FOUR_WORDS.test(m[1]!)) spans.push(m[1]!);
    else QUOTED.lastIndex = m.index + 1;
  }
  return spans;
}

/** Content words inside a sentence's quotations, or undefined when it quotes nobody. */
function quotedWords(text: string): ReadonlySet<string> | undefined {
  const spans = quotations(text);
  return spans.length > 0 ? contentWords(spans.join(' ')) : undefined;
}

/**
 * Two quotations are one claim when most words of the shorter are in the longer (an outlet may quote
 * part of what another quotes whole); two things one official said ("Iran continues to target the
 * systems ... water" / "repeatedly attacked civilian infrastructure, including water and energy
 * systems") share a few words and are two claims.
 */
function sameQuote(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return true;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  // Two thirds, not half: a short quote of another thing the same person said shares its few common
  // words ("Patients whose appointments were cancelled will be contacted" / "Patients with appointments
  // today should attend unless we contact them": 3 of 5) and is not the same quote (review ux74a fault 5).
  return common / small.size >= 2 / 3;
}

/**
 * Articles' sentences with their words, kept for the articles read lately: an event's sample is
 * grouped again at every article it gains, and stemming the same sentences again cost a tenth of ingest.
 * An article read again is one of an event the stream is still adding to, so nearly always one of the
 * last few hundred read: over 2,000 GVA articles in stream order, 35.2% of readings were of an article
 * read before, 34.9% of one among the last 1,024 distinct articles read and 34.3% among the last 512
 * (bench/ingest-replay.ts with each read's reuse distance counted). A reading holds every sentence's
 * word sets and claim shape, about 37 KB an article (heap snapshot of bench/cluster-scale.ts), so the
 * 4,096 kept before held up to 150 MB for 1% of the readings. 1,024 (two generations of 512) still
 * held 42.8 MB, the largest single item of the 10k scale run's live heap (about 42 KB a reading, most
 * of it small word sets); two generations of 256 keep the readings an event still growing asks for
 * again, at half the memory (docs/benchmarks.md, "Memory (fifty-eighth session)").
 */
const sentenceCache = new Lru<string, ArticleReading>(512);

/**
 * What is read of an article's sentences, in two steps: each sentence's span and content words (whether
 * it is a fact sentence at all), then the rest of what comparing it with other reports' sentences
 * takes (its claim's shape and counts among it), read only once its event has a second report (40% of
 * GVA's articles never had one).
 */
interface ArticleReading {
  spans: readonly SentenceSpan[];
  /** The first step's content words of each fact span (null for the others), until the second step. */
  lemmas?: readonly (ReadonlySet<string> | null)[];
  /**
   * The first step's fact spans with their phrasings rewritten (rewritePhrases), where that changed
   * them (null where it did not, or for no fact), until the second step: it reads them again.
   */
  rewrites?: readonly (string | null)[];
  sentences?: readonly FactSentence[];
}

/** A sentence's trimmed span, and whether it is a fact sentence (MIN_WORDS words, three content words). */
interface SentenceSpan {
  start: number;
  end: number;
  fact: boolean;
}

function cachedReading(article: Article): ArticleReading {
  // Not the id alone: the reading depends on the article's date, outlet and findings too (reading-key.ts).
  const key = readingKey(article);
  let found = sentenceCache.get(key);
  if (!found) sentenceCache.set(key, (found = spansOf(article)));
  return found;
}

function spansOf(article: Article): ArticleReading {
  const spans: SentenceSpan[] = [];
  const lemmas: (ReadonlySet<string> | null)[] = [];
  const rewrites: (string | null)[] = [];
  for (const span of quoteUnits(article.body, article.sentences)) {
    const raw = article.body.slice(span.start, span.end);
    const start = span.start + (raw.length - raw.trimStart().length);
    const end = span.end - (raw.length - raw.trimEnd().length);
    const text = article.body.slice(start, end);
    // A release's issuer or contact line is no claim about the event (contact-line.ts).
    if (wordCount(text) < MIN_WORDS || isContactLine(text)) {
      spans.push({ start, end, fact: false });
      lemmas.push(null);
      rewrites.push(null);
      continue;
    }
    // The words factWords would give, counted without the claim's shape: its content words are
    // lemmas no count's "#N" can equal, so the counts are read only where the lemmas fall short of three.
    const rewritten = rewritePhrases(text);
    const own = claimWords(rewritten);
    // A share counts as a count does: "Turnout was 57.6 percent, the board said" states a figure of its own.
    const fact = own.size >= 3 || own.size + new Set(countsOfText(text).map((c) => `#${c.value}`)).size + new Set(text.match(SHARES) ?? []).size >= 3;
    spans.push({ start, end, fact });
    lemmas.push(fact ? own : null);
    rewrites.push(fact && rewritten !== text ? rewritten : null);
  }
  return { spans, lemmas, rewrites };
}

/**
 * A fact sentence's words as lemmas, phrasings rewritten and counts read: "Police took three men into
 * custody" and "3 men were arrested" share "arrest", "man" and "#3" (fact-claims.ts). `lemmas` are its
 * content words (claimWords) and `rewritten` its rewritten phrasings, when read already.
 */
function factWords(text: string, lemmas?: ReadonlySet<string>, rewritten?: string): { words: ReadonlySet<string>; shape: () => ClaimShape } {
  const phrased = rewritten ?? rewritePhrases(text);
  const own = lemmas ?? claimWords(phrased);
  // A number is a shared word only as a count ("Fifteen schools" / "15 schools"), not where it
  // points back to the parties ("the three sides" / "the three countries"). (The shape's words are
  // these lemmas and its numbers, so the words need no shape.)
  const words = new Set([...own, ...[...countsOfText(text)].map((c) => `#${c.value}`)]);
  return { words, shape: () => claimShape(phrased, own) };
}

function sentencesOf(article: Article): readonly FactSentence[] {
  const reading = cachedReading(article);
  if (!reading.sentences) {
    const lemmas = reading.lemmas!;
    const rewrites = reading.rewrites!;
    const elsewhere = sentencesDatedElsewhere(article.sentences, article.timexes, article.eventDate);
    const byStart = [...article.entities].sort((a, b) => a.start - b.start);
    let cursor = 0;
    // What overlaps each sentence, from indexes read in step with the sentences (util/overlaps.ts).
    const entitiesAt = new OverlapIndex(article.entities);
    const roleMentionsAt = new OverlapIndex(article.people.flatMap((person) => (person.role ? person.mentions.map((m) => ({ start: m.start, end: m.end, role: person.role! })) : [])));
    const elsewhereAt = new OverlapIndex(elsewhere);
    const ownDay = article.eventDate && !article.eventDate.fallback && /^\d{4}-\d{2}-\d{2}$/.test(article.eventDate.value) ? article.eventDate.value : null;
    const ownDayAt = new OverlapIndex(ownDay ? article.timexes.filter((t) => t.type === 'DATE' && t.value.startsWith(ownDay)) : []);
    reading.sentences = reading.spans.map(({ start, end, fact }, i): FactSentence => {
      const text = article.body.slice(start, end);
      // The entities of this sentence only, found from a pointer that moves with the sentences (each
      // sentence looking through every entity was quadratic on long pages).
      while (cursor < byStart.length && byStart[cursor]!.start < start) cursor++;
      let last = cursor;
      while (last < byStart.length && byStart[last]!.start < end) last++;
      // Not a fact sentence: nothing more is read (the pointer has moved past it, as for the others).
      if (!fact) return { start, end, words: null };
      const sentence = byStart.slice(cursor, last);
      const overlapping = entitiesAt.overlapping(start, end);
      const roles = roleMentionsAt.overlapping(start, end);
      // Figures of an earlier event ("the quake of June 2001, which killed about 145 people") are compared
      // only with figures of the same earlier date, never with the event's own.
      const dated = elsewhereAt.overlapping(start, end)[0];
      // "last year" in a report with no date of its own: a time it cannot tell (undated-figures.ts).
      const anyTime = !dated && undatablePast(text, article.publishedAt);
      const when = dated ? dated.value : ownDayAt.overlapping(start, end).length > 0 ? OWN_DAY : undefined;
      const whole = readClaim(article, start, end, text, { sentence, overlapping, roles, dated, ...(anyTime ? { anyTime } : {}) }, lemmas[i] ?? undefined, rewrites[i] ?? text);
      if (when) whole.when = when;
      // A sentence of two claims is read as each of them too (fact-clauses.ts), each with the names and
      // roles of its own words and the subject it borrows.
      const joined = dated ? null : claimClauses(text);
      const clauses = dated ? null : (joined ?? afterClauses(text));
      if (!clauses) return whole;
      const claims = clauses.map((clause): FactClaim => {
        const within = (s: { start: number; end: number }): boolean => [clause.head, clause].some((r) => r !== undefined && s.start >= start + r.start && s.end <= start + r.end);
        const reading = readClaim(article, start, end, clause.read, { sentence: sentence.filter(within), overlapping: overlapping.filter(within), roles: roles.filter(within), dated, ...(anyTime ? { anyTime } : {}) });
        // Where the sentence's claims happened is the sentence's place, named once ("The flood destroyed the
        // bridge at Marlow and forced the evacuation of 300 residents": Marlow's residents).
        // (The claim's own shape is read now, for its acts; the sentence's only if the claim names no place.)
        const own = reading.shape!();
        const shape = own.places ? reading.shape! : withSentencePlaces(own, whole.shape!);
        // Its act: its verb as a lemma ("seized": seize), and the acts its words name ("forced the evacuation": evacuate).
        const acts = new Set([...claimWords(clause.verb), ...own.predicates]);
        // A claim that points back to what the other counts ("sanctioned five firms and froze their assets")
        // is of those things, counted as the sentence counts them.
        const counted = !reading.figures && whole.kinds && POINTS_BACK.test(clause.read) ? { figures: true, kinds: whole.kinds } : {};
        const earlier = !joined && clause.start > 0 ? { earlierAct: true as const } : {};
        return { ...reading, ...counted, shape, shown: clause.shown, acts, ...earlier, ...(when ? { when } : {}) };
      });
      return claims.every((c) => c.words !== null && c.words.size >= 3) ? { ...whole, claims } : whole;
    });
    // The first step's words are in the sentences now (a set of words each: memory for 4,096 articles;
    // a sentence whose shape was never asked for keeps its own in the shape's reading).
    delete reading.lemmas;
    delete reading.rewrites;
  }
  return reading.sentences;
}

/** What a fact sentence's reading is made from, besides its text: the entities, roles and dating around it. */
interface AroundClaim {
  /** The entities within the sentence (or claim), by start. */
  sentence: readonly Entity[];
  /** The entities overlapping it. */
  overlapping: readonly Entity[];
  roles: readonly { start: number; end: number; role: string }[];
  dated?: { value: string };
  /** Of a past time the report, having no date, cannot tell (undated-figures.ts). */
  anyTime?: true;
}

/**
 * The reading of a fact sentence (start to end in the body), or of one claim of it: `text` is what is
 * read, the sentence's own or a claim's (fact-clauses.ts), and `around` the names and roles within it.
 */
function readClaim(article: Article, start: number, end: number, text: string, around: AroundClaim, lemmas?: ReadonlySet<string>, rewritten?: string): FactSentence {
  const { sentence, overlapping, roles, dated, anyTime } = around;
  const { words, shape: shape0 } = factWords(text, lemmas, rewritten);
  // The words that are neither a name nor who speaks: "chief executive Mark Olsen said the company
  // had not paid" and "... Mark Olsen said records were not stolen" share many words and no claim.
  const notClaim = new Set<string>(ATTRIBUTION);
  for (const e of overlapping) for (const w of contentWords(e.text)) notClaim.add(w);
  // Nor the roles of the people it names, which say who speaks: "U.S. special envoy for Sudan Laura
  // Whitfield said the truce would let convoys through" claims nothing of "Laura Whitfield, the U.S.
  // special envoy for Sudan, called the deal a chance to feed millions".
  for (const m of roles) for (const w of contentWords(m.role)) notClaim.add(w);
  // Nor what a "comes as" clause sets the event beside: other news told as context (coincidence-clause.ts).
  const aside = coincidenceTail(text);
  if (aside) for (const w of contentWords(aside)) notClaim.add(w);
  // Read once for the claim: the teller's words below are made of the same attribution and speakers.
  const attribution = attributionWords(text);
  for (const w of attribution) notClaim.add(w);
  const quoted = quotedWords(text);
  // A toll told of the event as something else is said of it ("arrested the manager in connection with
  // the blast that killed 19 workers") is not what the sentence claims: it is read for its other figures.
  const told = text.replace(BACK_TOLL, (m) => ' '.repeat(m.length));
  const figureKinds = figuresOf(told);
  const kinds = new Set([...figureKinds].map((kind) => (dated ? `${dated.value} ${kind}` : anyTime ? ofAnyTime(kind) : kind)));
  // The names that tell the sentence (not locations), read once: who acts leaves them out, who tells is made of them.
  const speaking = sentence.filter((e) => e.type !== 'location' && e.start >= start && e.end <= end && speaks(article.body, e, start, end));
  // A lead's dateline says where and by whom the story was filed ("OSLO (Nordic Wire) - "): the wire's
  // credit is no actor of the claim, and a copy printed without the dateline tells the same claim.
  const dateline = DATELINE.exec(text);
  const named = actorsOf(article, sentence, dateline?.index === 0 ? start + dateline[0].length : start, end, speaking);
  const actors = named?.actors;
  // Who and where a toll is of: the names of those who acted and of places, not of who tells it.
  const scope = new Set<string>();
  for (const actor of actors ?? []) for (const w of actor) scope.add(w);
  for (const e of sentence) if (e.type === 'location' && e.end <= end) for (const w of contentWords(e.text)) scope.add(w);
  const toll = dated ? undefined : tollOf(figureKinds, contentWords(told.replace(TOLD_BY, ' ')), notClaim, scope);
  const shape = lazyShape(shape0, sentence, start, end, text);
  const claimNot = new Set([...notClaim].map(lemma));
  const claimActors = actors?.map((actor) => new Set([...actor].map(lemma)));
  const people = named ? named.people.map((person) => new Set([...person].map(lemma))) : [];
  const { teller, speaker } = tellerWords(speaking, attribution, actors);
  return { start, end, words: new Set([...words].filter((w) => !teller.has(w))), teller, ...(speaker.size > 0 ? { speaker } : {}), notClaim: claimNot, shape, figures: kinds.size > 0, ...(kinds.size > 0 ? { kinds } : {}), ...(quoted ? { quoted } : {}), ...(claimActors ? { actors: claimActors } : {}), ...(people.length > 0 ? { people } : {}), ...(toll ? { toll } : {}) };
}

/**
 * A sentence's (or claim's) shape, read when a comparison first asks for it. Made here, not inside
 * readClaim: a closure there would share readClaim's scope, which holds the Article for another closure,
 * and every unread shape in the reading cache would keep its whole Article alive. This one holds only
 * what it reads.
 */
function lazyShape(words: () => ClaimShape, entities: readonly Entity[], start: number, end: number, text: string): () => ClaimShape {
  return once((): ClaimShape => ({ ...words(), ...peopleAndPlaces(entities, start, end, text) }));
}

/** A claim's shape with its sentence's places where it names none of its own, read when asked; made outside sentencesOf for the reason lazyShape is. */
function withSentencePlaces(own: ClaimShape, sentenceShape: () => ClaimShape): () => ClaimShape {
  return once((): ClaimShape => {
    const places = sentenceShape().places;
    return places ? { ...own, places } : own;
  });
}

/** Nouns that count people without saying who they are: any other count of people may be of them. */
const ANY_PEOPLE = new Set(['people', 'person', 'individual', 'other', 'victim', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'of'].map((w) => stem(w)));

/**
 * Who a sentence counts ("five soldiers", not "five people") and where it is ("in Porto", "the Dutch
 * ambassador"), its dateline aside: two sentences that count other people, or tell of other places, are
 * two claims however alike their words.
 */
function peopleAndPlaces(entities: readonly Entity[], start: number, end: number, text: string): Pick<ClaimShape, 'people' | 'places'> {
  const people = new Set<string>();
  for (const count of countsOfText(text)) {
    const noun = stem(count.word);
    // A toll given without a noun ("the death toll rose to 19") names no one.
    if (!/^\p{L}+$/u.test(count.word) || ANY_PEOPLE.has(noun) || !(count.noun.startsWith('people') || PERSON_NOUNS.has(noun))) continue;
    people.add(lemma(noun));
  }
  const dateline = DATELINE.exec(text);
  const skip = dateline && dateline.index === 0 ? dateline[0].length : 0;
  const from = start + skip;
  const places: ClaimPlace[] = [];
  for (const e of entities) {
    if (e.type !== 'location' || e.start < from || e.end > end) continue;
    const found = placeOfName(e.text);
    places.push({ words: contentWords(e.text), ...(found ? { country: found.country } : {}), isCountry: found?.kind === 'country' });
  }
  // "the Dutch ambassador": a people's adjective names a country.
  // (Read in the text, which is the sentence's own or one claim of it.)
  for (const m of text.slice(skip).matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    const country = countryOfDemonym(m[0]);
    if (country && !lookupPlace(m[0])) places.push({ words: new Set(), country, isCountry: true });
  }
  // "a Dubai-based shipping company" names Dubai as "the Dubai company" does, though the tagger reads
  // no place in it: where it was left out, two reports of one listing named no place in common (ux73a fault 8).
  for (const m of text.slice(skip).matchAll(/\b(\p{Lu}\p{Ll}+)-based\b/gu)) {
    const found = placeOfName(m[1]!);
    if (found) places.push({ words: contentWords(m[1]!), country: found.country, isCountry: found.kind === 'country' });
  }
  return { ...(people.size > 0 ? { people } : {}), ...(places.length > 0 ? { places } : {}) };
}

/**
 * A place name's country as the gazetteer reads it with no context, kept for the names read lately:
 * the gazetteer keeps its answers for its last two contexts only, and readings with a context (a
 * dateline's, enrich's) come in between, so most locations of fact sentences were resolved anew.
 */
const placeMemo = new Lru<string, Pick<LocatedPlace, 'country' | 'kind'> | null>(8192);

function placeOfName(name: string): Pick<LocatedPlace, 'country' | 'kind'> | null {
  let found = placeMemo.get(name);
  if (found === undefined) {
    const place = lookupPlace(name);
    found = place && { country: place.country, kind: place.kind };
    placeMemo.set(name, found);
  }
  return found;
}

/** Sentences one quotation may run through, and the characters it may take. */
const QUOTE_SENTENCES = 5;
const QUOTE_CHARS = 800;

/** Quotation marks a text leaves open: straight ones by their parity, curly ones by opening less closing. */
function openQuotes(text: string): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

/**
 * The article's sentences, with a quotation of several sentences kept whole with who said it ("Our
 * teams walked for ten hours to get there. We found entire families," Quispe said.): cut at its
 * sentences, a fact or a summary began in the middle of someone's words, with no one saying them. A
 * quotation runs within its paragraph (one left open at a paragraph's end, as wires write quotes of
 * several paragraphs, ends there).
 */
export function quoteUnits(body: string, sentences: readonly Span[]): Span[] {
  const units: Span[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i]!;
    let end = first.end;
    let open = openQuotes(body.slice(first.start, end));
    let taken = 1;
    while (open && i + 1 < sentences.length && taken < QUOTE_SENTENCES) {
      const next = sentences[i + 1]!;
      if (next.end - first.start > QUOTE_CHARS || body.slice(end, next.start).includes('\n')) break;
      i++;
      taken++;
      end = next.end;
      open = openQuotes(body.slice(first.start, end));
    }
    units.push({ start: first.start, end });
  }
  return units;
}

/** Words of saying: that someone speaks, never what is claimed. */
const SAYING = [...contentWords('said says say told tells added adds according stated statement')];
/** Words of who tells a sentence that do not say who: saying, and speakers of any body. */
const NO_SPEAKER = new Set([...SAYING, ...contentWords('official officials spokesman spokeswoman spokesperson source sources police authorities')]);
/** Words of saying and of speakers' offices: who speaks, not what is claimed. */
const ATTRIBUTION = [...contentWords('said says say told tells added adds according stated statement spokesman spokeswoman spokesperson chief executive director officer official officials minister secretary president deputy')];

/** A speaker named before the verb at a sentence's start: a few words, none that opens a clause of its own. */
const SPEAKER_FIRST = /^([^,;:"“”]{3,60}?)\s+(?:said|says|told|added|stated|announced)\b/i;
const CLAUSE_WORD = /\b(?:and|but|that|who|which|when|after|before|because|while|if|as)\b/i;
/** A speaker at a sentence's end, after its last comma: ", the borough council said." / ", said Mark Olsen." */
const SPEAKER_LAST = /,\s*((?:(?:said|says|told|added)\s+)?[^,;:"“”]{3,60}?(?:\s+(?:said|says|told|added))?)\s*[.!?]?["”]?\s*$/i;
const SPEAKS = /\b(?:said|says|told|added)\b/i;
/** A saying verb followed by a clause of its own (an auxiliary or a negation after it), not by who said it. */
const SAID_CLAUSE = /^(?:said|says|told|added)\s.*\b(?:would|will|was|were|had|has|have|is|are|did|does|could|can|should|may|might|must|not|no)\b/i;
const ACCORDING_TO = /\baccording to\s+([^,;:.]{3,80})/gi;
/** A word SPEAKER_FIRST, SPEAKS or ACCORDING_TO needs: without one, attributionWords finds nothing. */
const TELLS = /said|says|told|added|stated|announced|according to/i;

/**
 * The words of who tells a sentence, where no entity or role marks them ("according to the borough
 * council", "Borough council leader Priya Natarajan said ..."): they say who speaks, not what is
 * claimed, so two outlets quoting the same body about different things share no claim through them.
 */
export function attributionWords(text: string): Set<string> {
  const words = new Set<string>();
  // Each reading below needs one of these words (the last one's only when it holds a verb of saying):
  // most fact sentences have none, and the three patterns were run over every one.
  if (!TELLS.test(text)) return words;
  const add = (part: string): void => {
    for (const w of contentWords(part)) words.add(w);
  };
  const first = SPEAKER_FIRST.exec(text);
  if (first && first[1]!.split(/\s+/).length <= 6 && !CLAUSE_WORD.test(first[1]!)) add(first[1]!);
  const last = SPEAKER_LAST.exec(text);
  // ", said Mark Olsen." names who said it; ", said the State would not pay a ransom." is what was said.
  if (last && SPEAKS.test(last[1]!) && last[1]!.split(/\s+/).length <= 8 && !SAID_CLAUSE.test(last[1]!)) add(last[1]!);
  for (const m of text.matchAll(ACCORDING_TO)) add(m[1]!);
  return words;
}

export function contentWords(text: string): Set<string> {
  const terms = new Map<string, number>();
  termsOf(text, 1, terms);
  return new Set(terms.keys());
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** "21", "twenty-one": a number in words is its tens and its ones. */
function wordNumber(raw: string): number | undefined {
  const [tens, ones] = raw.split('-');
  return ones === undefined ? NUMBER_WORDS[raw] : (NUMBER_WORDS[tens!] ?? NaN) + (NUMBER_WORDS[ones] ?? NaN);
}
/**
 * A count and its noun; not the minutes of a clock time ("10:40 p.m.") or a decimal's part, nor the
 * ones of a number in words ("Twenty-one people" is 21, not 1).
 */
const COUNT = /(?<![:.]\d*)(?<![$€£¥₩₹₽]\s?)(?<!-)\b(\d[\d,]*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:(hundred|thousand|million|billion)\s+)?([a-z]+)/gi;
const COUNT_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
/** Nouns of money after a count: a sum, compared as one (money.ts). */
const CURRENCY_NOUNS = new Set(['dollar', 'dollars', 'euro', 'euros', 'yen', 'won', 'yuan', 'rupees', 'pounds', 'bitcoin', 'bitcoins']);
/**
 * A month or a day after a number is a date ("on 6 June", "June 06" after a page's video id on the line
 * before), never a count of Junes.
 */
const CALENDAR_WORDS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/**
 * Words after a number that count nothing: a clock's "p.m.", an address's "the 1200 block", a sum's
 * scale ("5 million dollars" is money, compared as such).
 */
const NOT_COUNTED = new Set(['a', 'p', 'am', 'pm', 'block', 'blocks', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mn', ...CALENDAR_WORDS, ...TIME_AND_MEASURE_WORDS]);

/** The parties to talks, counted after "the" only to point back at them. */
const PARTIES = /^(?:sides|countries|nations|governments|allies|leaders|parties|partners|neighbou?rs|states|delegations|ministers|envoys)$/i;

/** Nouns for people, one count whatever the word ("2,000 residents" / "2,500 people"). */
const PEOPLE_NOUNS = new Set(['people', 'person', 'resident', 'inhabitant', 'villager', 'civilian', 'individual'].map((w) => stem(w)));

/**
 * Nouns of people a toll may count by their part ("12 workers were killed", "killing three
 * firefighters"): people when what befell them is said, else the noun they are.
 */
const PERSON_NOUNS = new Set(
  'worker workers miner miners passenger passengers soldier soldiers child children student students officer officers victim victims man men woman women firefighter firefighters employee employees pilgrim pilgrims migrant migrants tourist tourists patient patients policeman policemen troop troops rescuer rescuers protester protesters demonstrator demonstrators worshipper worshippers boy boys girl girls teen teens teenager teenagers adult adults inmate inmates prisoner prisoners hostage hostages refugee refugees journalist journalists sailor sailors fisherman fishermen farmer farmers driver drivers'
    .split(' ')
    .map((w) => stem(w)),
);

/**
 * A toll given without a noun: "the death toll rose to 19", "bringing the death toll to two", "a death
 * toll of 38". Group 1 is the figure.
 */
const BARE_TOLL = /\b(?:death\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?(?:dead|deaths))\b[^.;]{0,60}?\b(?:to|at|of|reached|hit)\s+(?:(?:at\s+least|more\s+than|nearly|almost|about|around|some|over)\s+)?(\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?![.,]\d|-)/gi;

/** A share: "29.9%", "30 percent", "half a per cent" aside. */
const SHARE = /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)/i;
const SHARES = new RegExp(SHARE.source, 'gi');

/** Whether a sentence states a count, a sum of money or a share. */
export function statesFigures(text: string): boolean {
  return figuresOf(text).size > 0;
}

/**
 * What a sentence's figures are of: each counted noun ("people killed", "home"), "money" and "share"
 * for sums and percentages, and "position" for stated coordinates ("near 4.35 N, 7.12 E"): a report
 * that gives no coordinates does not confirm a sentence that does.
 */
function figuresOf(text: string): Set<string> {
  const kinds = new Set<string>();
  if (SHARE.test(text)) kinds.add('share');
  if (/\d\s?°?\s?[NS]\b/.test(text) && statedCoordinates(text).length > 0) kinds.add('position');
  // A sum in another currency is another wording, never the same figure: a conversion is the writer's
  // own sum, not a second outlet stating the first (ux68b: dollars beside won).
  for (const sum of moneyOfText(text)) kinds.add(`money:${sum.currency}`);
  // A time between two acts is not how long a state lasted ("eight days after the attack" / "down for
  // eight days"): time-gap-kind.ts.
  for (const count of countsOfText(text)) for (const kind of timeKinds(text, count.noun)) kinds.add(kind);
  return kinds;
}

/**
 * A sentence's counts and sums, kept for the sentences read lately: an event is rebuilt from its
 * articles at every report it gains, and a large one compares the same sentences each time. The
 * reports' counts and sums compared across reports (count-discrepancies.ts, money-discrepancies.ts)
 * read the same sentences, and share these.
 */
const countMemo = new Lru<string, readonly Count[]>(16384);
const moneyMemo = new Lru<string, readonly MoneyAmount[]>(16384);

export function countsOfText(text: string): readonly Count[] {
  let found = countMemo.get(text);
  if (!found) countMemo.set(text, (found = [...countsIn(text)]));
  return found;
}

export function moneyOfText(text: string): readonly MoneyAmount[] {
  let found = moneyMemo.get(text);
  if (!found) moneyMemo.set(text, (found = moneyAmounts(text)));
  return found;
}

/**
 * Whether two sentences' figures are of one thing at least ("people" counts those killed or hurt too;
 * "homes" counts homes damaged, but homes damaged are not homes without power).
 */
function figuresMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  // People are one thing whatever the noun, and what befell them is their state, as homes' is: the
  // dead and the hurt are two counts ("Forty people were hurt by the explosion" is not confirmed by "over
  // the explosion that killed 19 people"), and a count that says nothing of it meets both.
  const base = (kind: string): string => (kind.startsWith('people') ? kind.replace(/^people\s*/, 'people/') : kind);
  const meet = (x: string, y: string): boolean => {
    const [thingX, stateX] = base(x).split('/');
    const [thingY, stateY] = base(y).split('/');
    return thingX === thingY && (stateX === stateY || !stateX || !stateY);
  };
  for (const x of a) for (const y of b) if (meet(...comparedKinds(x, y))) return true;
  return false;
}

export interface Count {
  /** What is counted, as compared ("people" for any noun of people; a stem; a name's words). */
  noun: string;
  label: string;
  value: number;
  /** The counted word as written, in lower case ("appointments"). */
  word: string;
  /** "2 million" as written, where a scale word was. */
  written?: string;
  /** Counted on top of others or apart from them ("a further twenty citizens", "another 20", "the other 12"), or as a part of the count before ("including one"): not the thing's whole count. */
  more?: boolean;
  /** A running total ("since the start of the outbreak") or one day's figure ("in the past 24 hours", "58 new cases"): count-period.ts. */
  period?: Exclude<CountPeriod, ''>;
  /** A count for each one of something ("two doses each", "three meals a day"): a rate, not how many there are in all. */
  rate?: true;
}

/**
 * A digit or the start of a number word COUNT and BARE_TOLL read (fourteen, sixteen to nineteen hold
 * four, six to nine): a text without one gives no count. Case-insensitive, as they are.
 */
const NUMBER_GATE = /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety/i;

/**
 * Words before a count that make it a count of more, or of the rest, or a part of the count before it
 * ("two counts of arson, including one count of aggravated arson"; "five people, among them two
 * children"), not of the whole: read as a rival figure, the part made a discrepancy with the whole.
 */
const COUNT_OF_MORE = /\b(?:further|another|additional|other|extra|(?:including|among\s+them|among\s+whom)(?:\s+(?:at\s+least|about|some|nearly|almost))?)\s+$/i;

/** The counts a sentence gives, each with its noun: not years, clock times, addresses or sums. */
export function* countsIn(text: string): Generator<Count> {
  // COUNT and BARE_TOLL read a figure in digits or in words: half of all sentences hold none.
  if (!NUMBER_GATE.test(text)) return;
  /** Where the counts read from COUNT start: a toll given without a noun is read where none was. */
  const at = new Set<number>();
  for (const count of countsByNoun(text)) {
    at.add(count.at);
    const more = COUNT_OF_MORE.test(text.slice(Math.max(0, count.at - 28), count.at));
    const period = count.count.period ?? countPeriod(text, count.at);
    const rate = RATE_AFTER.test(text.slice(count.end, count.end + 40));
    yield more || period || rate ? { ...count.count, ...(more ? { more } : {}), ...(period ? { period } : {}), ...(rate ? { rate } : {}) } : count.count;
  }
  for (const m of text.matchAll(BARE_TOLL)) {
    const figure = m.index! + m[0].length - m[1]!.length;
    if (at.has(figure)) continue;
    const raw = m[1]!.toLowerCase().replace(/,/g, '');
    const value = /^\d+$/.test(raw) ? Number(raw) : wordNumber(raw);
    // "the death toll of 2023": a year, not a toll.
    if (value === undefined || Number.isNaN(value) || (!m[1]!.includes(',') && value >= 1900 && value <= 2100)) continue;
    // "flight 418 killed 42 people": the flight's number, not a toll (casualty-designator.ts).
    if (designatorNumber(text, figure, m[1]!)) continue;
    const period = countPeriod(text, figure);
    yield period ? { noun: 'people killed', label: 'people killed', value, word: raw, period } : { noun: 'people killed', label: 'people killed', value, word: raw };
  }
}

/** What follows a count for each one of something: "two doses each", "two doses of vaccine per person", "three meals a day". */
const RATE_AFTER = /^(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?\s*,?\s*(?:each|apiece|per\s+(?:person|head|child|adult|patient|household|family|day|week|month|year)|a\s+(?:day|week|month|year|person|head|piece)|every\s+(?:day|week|month|year))\b/i;

/**
 * A count's noun after words that qualify it: "312 suspected cholera cases" counts suspected cases,
 * "58 new cases" new cases (one day's), not "suspected" or "new" things. One or two qualifiers (new,
 * fresh, or a participle), a word between, then a plural noun; group 1-2 the qualifiers, 4 the noun.
 */
/** Qualifiers of a thing still to happen, which a postponement or cancellation is told of. */
const SCHEDULED = /^(?:planned|scheduled|booked)$/;
const QUALIFIED = /^(new|fresh|[a-z]{3,}ed)(?:\s+([a-z]{3,}ed))?(?:\s+([a-z]+))?\s+([a-z]{2,}[^s\W]s)\b/;

/** The counts COUNT reads, each with where its number starts and where what it counts ends. */
function* countsByNoun(text: string): Generator<{ count: Count; at: number; end: number }> {
  for (const m of text.matchAll(COUNT)) {
    // "Nelson, 25, was shot": an age between commas counts nothing.
    if (m[1]!.endsWith(',')) continue;
    // "flight 418 killed 42 people": a flight's or a road's number counts nothing (casualty-designator.ts).
    if (designatorNumber(text, m.index! + m[0].indexOf(m[1]!), m[1]!)) continue;
    // "the March 2 attack": the day of a month, not two attacks (day-of-month.ts).
    if (dayOfMonth(text, m.index! + m[0].indexOf(m[1]!), m[1]!)) continue;
    // "The three sides shared concerns", "the two countries agreed": the parties a report already named,
    // pointed back to, not a figure it states (the other report, saying "the officials", said the same).
    if (PARTIES.test(m[3]!) && /\b(?:the|both)\s+$/i.test(text.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    const raw = m[1]!.toLowerCase().replace(/,/g, '');
    const scale = m[2] ? COUNT_SCALES[m[2].toLowerCase()]! : 1;
    const number = /^\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : wordNumber(raw);
    // "in 2019 people ..." may be a year; "2,000 people" never is; "2.5 people" is no count.
    if (number === undefined || Number.isNaN(number) || (!m[1]!.includes(',') && !m[2] && number >= 1900 && number <= 2100) || (!m[2] && !Number.isInteger(number))) continue;
    const value = Math.round(number * scale);
    // "two U.S. citizens", "60 U.S. companies": an abbreviation with full stops is an adjective, and what
    // is counted is the noun after it (COUNT's word stops at the first stop, so "U" alone would be counted).
    const abbreviation = /^[a-z]$/i.test(m[3]!) ? /^(?:\.\p{Lu})+\.\s+(\p{Ll}[\p{Ll}'’-]+)/u.exec(text.slice(m.index! + m[0].length)) : null;
    if (/^[a-z]$/i.test(m[3]!) && /^\.\p{Lu}/u.test(text.slice(m.index! + m[0].length)) && !abbreviation) continue;
    if (abbreviation) {
      const word = abbreviation[1]!.toLowerCase();
      const stemmed = stem(word);
      if (NOT_COUNTED.has(word) || CURRENCY_NOUNS.has(word) || FUNCTION_WORDS.has(stemmed)) continue;
      const people = PEOPLE_NOUNS.has(stemmed);
      const fate = people ? fateOf(text, m.index!, m.index! + m[0].length + abbreviation[0].length) : '';
      const state = people ? '' : stateOf(text, m.index!, m.index! + m[0].length + abbreviation[0].length);
      const noun = people ? `people${fate}` : state ? `${stemmed}/${state}` : stemmed;
      const label = people ? `people${fate}` : plural(word);
      yield { at: m.index!, end: m.index! + m[0].length + abbreviation[0].length, count: m[2] ? { noun, label, value, word, written: `${m[1]} ${m[2].toLowerCase()}` } : { noun, label, value, word } };
      continue;
    }
    // "six North Koreans": a capitalised noun runs on to the name's last word, which is what is counted.
    const named = /^\p{Lu}/u.test(m[3]!) ? /^(?:\s+\p{Lu}[\p{L}'’-]*){1,2}/u.exec(text.slice(m.index! + m[0].length))?.[0] ?? '' : '';
    // "146 Vietnamese fishermen": a people's adjective before the noun counts the noun, as "164 fishermen" does.
    const adjectiveOf = !named && countryOfDemonym(m[3]!) ? /^\s+(\p{Ll}[\p{Ll}'’-]+)/u.exec(text.slice(m.index! + m[0].length)) : null;
    // "Two of the injured", "three of the dead": people, by what befell them.
    const ofThe = m[3]!.toLowerCase() === 'of' ? /^\s+the\s+(?:(dead|killed)|(injured|wounded|hurt))\b/i.exec(text.slice(m.index! + m[0].length)) : null;
    if (ofThe) {
      const label = `people ${ofThe[1] ? 'killed' : 'injured'}`;
      yield { at: m.index!, end: m.index! + m[0].length + ofThe[0].length, count: { noun: label, label, value, word: 'people' } };
      continue;
    }
    const phrase = adjectiveOf ? adjectiveOf[1]! : `${m[3]!}${named}`.replace(/\s+/g, ' ');
    const word = phrase.split(' ').pop()!.toLowerCase();
    if (NOT_COUNTED.has(word) || CURRENCY_NOUNS.has(word)) continue;
    const written = m[2] ? { written: `${m[1]} ${m[2].toLowerCase()}` } : {};
    // "312 suspected cholera cases", "58 new cases": the noun after the qualifiers is what is counted (not
    // things "suspected"), and "new" ones are one day's. Not people ("300 displaced people", "two
    // injured miners"): they are counted by what befell them, as below.
    const qualified = !named && !adjectiveOf && !FATE_WORD.test(word) && !AUXILIARY.has(word) ? QUALIFIED.exec(text.slice(m.index! + m[0].length - m[3]!.length, m.index! + m[0].length + 60)) : null;
    const head = qualified ? qualified[4]! : '';
    if (qualified && !FUNCTION_WORDS.has(stem(head)) && !PERSON_NOUNS.has(stem(head)) && !PEOPLE_NOUNS.has(stem(head)) && !isPeopleNoun(head) && !(qualified[3] && FUNCTION_WORDS.has(stem(qualified[3])))) {
      const qualifiers = [qualified[1]!, qualified[2]].filter((q): q is string => q !== undefined);
      const participles = qualifiers.filter((q) => q !== 'new' && q !== 'fresh');
      const state = participles.map(stateWord).find((x) => x !== '') ?? '';
      // "140 planned operations had been postponed": a planned thing the clause tells called off is the
      // thing called off, as "75 operations had been postponed" counts it (review ux74a fault 4); "200
      // planned homes" told nothing of stays a count of its own.
      const calledOff = !state && qualifiers.length === 1 && !qualified[3] && SCHEDULED.test(qualifiers[0]!) ? stateOf(text, m.index!, m.index! + m[0].length - m[3]!.length + qualified[0].length) : '';
      if (calledOff) {
        yield { at: m.index!, end: m.index! + m[0].length - m[3]!.length + qualified[0].length, count: { noun: `${stem(head)}/${calledOff}`, label: head, value, word: head, ...written } };
        continue;
      }
      const noun = state ? `${stem(head)}/${state}` : [...participles.map((q) => stem(q)), stem(head)].join(' ');
      const daily = participles.length < qualifiers.length ? { period: 'daily' as const } : {};
      yield { at: m.index!, end: m.index! + m[0].length - m[3]!.length + qualified[0].length, count: { noun, label: `${qualifiers.join(' ')} ${head}`, value, word: head, ...written, ...daily } };
      continue;
    }
    const stemmed = stem(word);
    if (FUNCTION_WORDS.has(stemmed)) continue;
    // "400 square metres": an area in its unit, not a count of squares (area-count.ts).
    const area = areaOf(word, text.slice(m.index! + m[0].length));
    if (area) {
      yield { at: m.index!, end: m.index! + m[0].length + area.length, count: { noun: area.noun, label: area.label, value, word, ...written } };
      continue;
    }
    // "Nineteen people died and 40 were injured": a count told by its verb alone is of people, by the
    // fate that follows the verb; read as the noun, "were" was a thing counted and met no other count.
    if (AUXILIARY.has(word)) {
      const fate = /^\s+(?:(?:also|later|critically|seriously|badly|severely)\s+)?(?:(killed|dead|died)|(injured|wounded|hurt|hospitali[sz]ed))\b/i.exec(text.slice(m.index! + m[0].length));
      if (fate) {
        const label = `people ${fate[1] ? 'killed' : 'injured'}`;
        yield { at: m.index!, end: m.index! + m[0].length + fate[0].length, count: m[2] ? { noun: label, label, value, word, written: `${m[1]} ${m[2].toLowerCase()}` } : { noun: label, label, value, word } };
        continue;
      }
    }
    // "14 dead and 120 injured": people, counted by what befell them.
    const fated = FATE_WORD.exec(word);
    // "12 workers were killed" is the toll "19 people were killed" gives another figure for (as the
    // casualties read it); "400 workers" without a fate stays a count of workers.
    const personFate = !named && !fated && PERSON_NOUNS.has(stemmed) ? personFateOf(text, m.index!, m.index! + m[0].length) : '';
    const people = PEOPLE_NOUNS.has(stemmed) || fated !== null || personFate !== '';
    // People killed and people hurt are two counts ("killing at least 34 people" / "826 people were injured").
    const fate = fated ? (fated[1] ? ' killed' : ' injured') : personFate || (people ? fateOf(text, m.index!, m.index! + m[0].length) : '');
    const state = people || named ? '' : stateOf(text, m.index!, m.index! + m[0].length);
    const noun = people ? `people${fate}` : named ? phrase.toLowerCase().split(' ').slice(0, -1).concat(stemmed).join(' ') : state ? `${stemmed}/${state}` : stemmed;
    // "2,300 outpatient appointments": a word before the plural noun it qualifies; the label names the
    // appointments (the noun compared stays the word, as before).
    const headed = !people && !named && !m[2] && plural(word) !== word ? /^\s+([a-z]{3,}[^s\W]s)\b/.exec(text.slice(m.index! + m[0].length)) : null;
    const label = people ? `people${fate}` : named ? phrase : headed ? `${word} ${headed[1]}` : plural(word);
    yield { at: m.index!, end: m.index! + m[0].length + named.length, count: m[2] ? { noun, label, value, word, written: `${m[1]} ${m[2].toLowerCase()}` } : { noun, label, value, word } };
  }
}

/** Verbs that may follow a count of people told without a noun ("40 were injured", "two have died"). */
const AUXILIARY = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'remain', 'remained']);

/** A count's word that is what befell people ("14 dead", "120 injured"). */
const FATE_WORD = /^(?:(dead|killed|died)|injured|wounded|hurt)$/;

/** Words of a death, and of a wounding. */
const KILLED = String.raw`kill\w*|dead|died|deaths?|fatal\w*|lost\s+(?:their|his|her)\s+lives|lives`;
const HURT = String.raw`injur\w*|wound\w*|hurt|hospitali[sz]\w*|(?:taken|rushed|admitted|airlifted|treated)\s+(?:to|in|at)\s+(?:a\s+|the\s+)?hospital`;
/** A figure given as a bound or an estimate: "at least", "about". */
const BOUND = String.raw`(?:(?:at\s+least|more\s+than|nearly|almost|about|around|roughly|some|up\s+to|over|an\s+estimated)\s+)?`;
/** The verb right before a count ("killed at least 17 people"), or a toll's ("the death toll rose to 38"). */
const FATE_BEFORE = new RegExp(String.raw`(?:\b(${KILLED})|\b(${HURT})|\bdeath\s+toll\b[^.;]{0,30}?\b(?:to|at|of))\s+${BOUND}$`, 'i');
const FATE_AFTER = new RegExp(String.raw`\b(?:(${KILLED})|(${HURT}))\b`, 'i');

/**
 * What befell the people a count is of: killed, hurt, or nothing said. The verb right before the count
 * tells ("killed at least 23 people and injured about 140": the killed), else the first such word after
 * it ("14 people had been confirmed dead and at least 120 injured": the killed too).
 */
function fateOf(text: string, start: number, end: number): string {
  const before = FATE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before) return before[2] ? ' injured' : ' killed';
  const after = FATE_AFTER.exec(text.slice(end, end + 30));
  return after ? (after[1] ? ' killed' : ' injured') : '';
}

/** A fate told right after people counted by their part: "12 workers were killed", "three firefighters died". */
const PERSON_FATE_AFTER = new RegExp(String.raw`^\s+(?:(?:were|was|are|is|have\s+been|had\s+been|have|had)\s+)?(?:(?:also|later|critically|seriously|badly|severely|reportedly)\s+)?(?:(${KILLED})|(${HURT}))\b`, 'i');

/**
 * What befell people counted by their part: the verb right before the count, or the one right after
 * the noun. Not any fate word a few words on, as for "people": "the plant, which employs 400 workers,
 * was hit by a blast that killed 12" does not tell 400 workers killed.
 */
function personFateOf(text: string, start: number, end: number): string {
  const before = FATE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before) return before[2] ? ' injured' : ' killed';
  const after = PERSON_FATE_AFTER.exec(text.slice(end, end + 40));
  return after ? (after[1] ? ' killed' : ' injured') : '';
}

/**
 * What became of counted things, by the words for it: homes damaged or destroyed are one count, homes
 * without power another; data stolen is not data leaked ("stolen 300 gigabytes" / "published 120
 * gigabytes" are two facts, not two figures for one).
 */
const STATES: readonly (readonly [string, RegExp])[] = [
  ['damaged', /^(?:destr|damag|collaps|flatten|razed?$|uninhabit|wreck|ruin)/],
  ['without power', /^(?:power|electricity|blackout|outage)/],
  ['flooded', /^(?:flood|submerg|inundat)/],
  ['stolen', /^(?:stole|steal|exfiltrat|took$|taken$|copied$|downloaded$)/],
  ['leaked', /^(?:leak|publish|posted$|dumped$|released$)/],
  ['encrypted', /^(?:encrypt|locked$)/],
  ['stuck', /^(?:stuck$|strand|waiting$|backlog|idle$|queu)/],
  ['diverted', /^(?:divert|rerout|redirect)/],
  ['cancelled', /^(?:cancel|postpon|delay)/],
  ['evacuated', /^evacuat/],
  // Things taken by the authorities are not the things the case is about: "seized 71 laptops in
  // searches" is no other figure for "hosting more than 80 laptops" (review ux77b fault 7).
  ['seized', /^(?:seiz|confiscat|impound)/],
];

function stateWord(word: string): string {
  for (const [state, pattern] of STATES) if (pattern.test(word)) return state;
  return '';
}

/**
 * What the words of a count's clause say became of the things counted: the three words before it ("had
 * stolen 300 gigabytes", "the backlog of about 8,000 containers"), then the six after ("1,100 homes were
 * damaged"). Empty where they say nothing.
 */
/** A second count joined on after a count ("and more than 3,400 outpatient appointments"). */
const COORDINATED_COUNT = /^\s+and\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|over\s+)?\d[\d,.]*\s+(?:[a-z]+\s+)?[a-z]+s\b/i;

function stateOf(text: string, start: number, end: number): string {
  // "took down 14 servers": a takedown, not a theft ("took" alone is: "took 300 gigabytes").
  const before = (text.slice(Math.max(0, start - 50), start).split(/[.;:,!?]/).pop() ?? '').toLowerCase().replace(/\b(?:took|taken)\s+(?:down|offline)\b/g, 'down').match(/[a-z]+/g) ?? [];
  for (const word of before.filter((w) => !BOUND_WORDS.has(w)).slice(-3).reverse()) {
    const state = stateWord(word);
    if (state) return state;
  }
  // "180 operations and more than 3,400 appointments had been postponed": the verb after a second
  // count tells of both (review ux74a fault 4).
  const coordinated = COORDINATED_COUNT.exec(text.slice(end, end + 60));
  const from = coordinated ? end + coordinated[0].length : end;
  const after = (text.slice(from, from + 60).split(/[.;:,!?]/)[0] ?? '').toLowerCase().match(/[a-z]+/g) ?? [];
  for (const word of after.slice(0, 6)) {
    const state = stateWord(word);
    if (state) return state;
  }
  return '';
}

/** Words of a bound or an estimate before a count ("about", "at least"): they say nothing of the things. */
const BOUND_WORDS = new Set(['at', 'least', 'more', 'than', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'up', 'to', 'over', 'an', 'estimated', 'another', 'the', 'a', 'of']);

/**
 * Counts that the articles behind one fact give differently: a noun counted with numbers that do not
 * overlap between two articles ("40 ambulances" / "45 ambulances"; people under any of their nouns,
 * "2,000 residents" / "2,500 people"). Given the event's source groups, a fact no longer counts an
 * article that gives another number than its own text as one that states it: that article is a
 * variant of the discrepancy, not a corroboration ("40 ambulances" is not confirmed by an outlet that
 * says 45). The facts are put in order again by what they then count.
 */
export function numberDiscrepancies(facts: FactGroup[], groups?: SourceGroups, people: readonly NamedPerson[] = [], articles: readonly Article[] = []): Discrepancy[] {
  const out: Discrepancy[] = [];
  let narrowed = false;
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const group of facts) {
    if (group.members.length < 2) continue;
    const byNoun = new Map<string, { label: string; perArticle: Map<string, Set<string>>; written?: Map<string, string>; period?: CountPeriod; quote?: string }>();
    for (const member of group.members) {
      for (const { noun, label, value, written, more, period } of countsOfText(member.text)) {
        // "a further 20" counts others than "40" does: no disagreement with it.
        if (more) continue;
        // One day's figure ("in the past 24 hours", "new cases") is never set against a running total
        // (count-period.ts): it is a count of its own.
        const daily = period === 'daily';
        const key = daily ? `${noun} daily` : noun;
        // The label quotes a sentence that gives the count: the fact's own text may be cut to another clause of it.
        const quote = countsOfText(group.fact.text).some((c) => c.noun === noun) ? {} : { quote: member.text };
        const entry = byNoun.get(key) ?? { label: daily && !label.startsWith('new ') ? `${label} in a day` : label, perArticle: new Map<string, Set<string>>(), written: new Map<string, string>(), ...quote, ...(daily ? { period: 'daily' as const } : {}) };
        if (period === 'running' && !daily) entry.period = 'running';
        const values = entry.perArticle.get(member.article) ?? new Set<string>();
        values.add(String(value));
        // "2 million" shown as written, not as 2000000.
        if (written && !entry.written!.has(String(value))) entry.written!.set(String(value), written);
        entry.perArticle.set(member.article, values);
        byNoun.set(key, entry);
      }
    }
    // Sums of money, compared within one currency and only where the words around them say they are
    // the same thing ("a ransom of $5 million" / "a ransom of 5 million dollars"; not "saving $100
    // million" against "$2 billion in revenue").
    const byMoney = new Map<string, { label: string; perArticle: Map<string, Set<string>>; written: Map<string, string> }>();
    for (const member of group.members) {
      for (const amount of moneyOfText(member.text)) {
        for (const anchor of moneyAnchors(member.text, amount)) {
          const entry = byMoney.get(`${amount.currency} ${anchor}`) ?? { label: 'amount', perArticle: new Map<string, Set<string>>(), written: new Map<string, string>() };
          const values = entry.perArticle.get(member.article) ?? new Set<string>();
          values.add(amount.key);
          entry.perArticle.set(member.article, values);
          if (!entry.written.has(amount.key)) entry.written.set(amount.key, amount.written);
          byMoney.set(`${amount.currency} ${anchor}`, entry);
        }
      }
    }
    // Shares, compared only where the party or body they are of is named right before them ("the
    // Democratic Party came second with 31.6 percent" / "The Democratic Party was on 31.2%"), and the
    // turnout and the event's people's shares ("Turnout was 57.6 percent", "Lund has 51.8 percent and
    // Berg 46.1 percent", share-holders.ts): a report that gives a candidate another figure is no
    // source of the fact that gives this one.
    for (const member of group.members) {
      const parties = sharesOf(member.text);
      const held = heldShares(member.text, parties.length > 0 ? [] : people);
      for (const { holder, value } of [...parties, ...held]) {
        const key = `share ${holder.toLowerCase()}`;
        const entry = byMoney.get(key) ?? { label: holder === 'turnout' ? 'turnout' : `share of ${holder}`, perArticle: new Map<string, Set<string>>(), written: new Map<string, string>() };
        const values = entry.perArticle.get(member.article) ?? new Set<string>();
        values.add(value);
        entry.perArticle.set(member.article, values);
        entry.written.set(value, `${value}%`);
        byMoney.set(key, entry);
      }
      // Else the one percentage the sentence gives, against the other sentences' (fact-percentages.ts).
      const lone = parties.length + held.length === 0 ? lonePercentage(member.text) : null;
      if (lone === null) continue;
      const entry = byMoney.get('percentage') ?? { label: 'percentage', perArticle: new Map<string, Set<string>>(), written: new Map<string, string>() };
      entry.perArticle.set(member.article, (entry.perArticle.get(member.article) ?? new Set<string>()).add(lone));
      entry.written.set(lone, `${lone}%`);
      byMoney.set('percentage', entry);
    }
    const own = group.members[0]!.article;
    const disputing = new Set<string>();
    const reported = new Set<string>();
    for (const entry of [...byNoun.values(), ...byMoney.values()]) {
      const { label, perArticle, written } = entry;
      const period = 'period' in entry ? entry.period : undefined;
      const sets = [...perArticle.values()];
      const disjoint = sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((v) => b.has(v))));
      if (!disjoint) continue;
      const variants = new Map<string, string[]>();
      for (const [article, values] of perArticle) for (const v of values) variants.set(v, [...(variants.get(v) ?? []), article]);
      // A sum with several words around it in common is one disagreement, not one per word.
      const seen = `${label} ${JSON.stringify([...variants])}`;
      if (reported.has(seen)) continue;
      reported.add(seen);
      const quoted = 'quote' in entry && entry.quote ? entry.quote : group.fact.text;
      const about = label === 'amount' ? `amount (${clip(group.fact.text)})` : label.startsWith('share of ') || label === 'turnout' || label === 'percentage' ? `${label} (${clip(group.fact.text)})` : (areaAbout(label, clip(quoted, label)) ?? `number of ${label} (${clip(quoted, label.replace(/^people\s*/, '') || 'people')})`);
      const found: Discrepancy = { about, variants: [...variants].map(([value, sources]) => ({ value: written?.get(value) ?? value, sources })) };
      // Days' figures of different days count different days: no disagreement, and no source of the fact either.
      const listed = period === 'daily' && byId.size > 0 && !oneDay([...perArticle.keys()], byId) ? null : period === 'running' ? (runningTotalRevised(found, byId, (v) => Number([...variants.keys()][found.variants.indexOf(v)])) ?? found) : found;
      // The two claims of one sentence are two facts that may each give its figures: listed once.
      if (listed && !out.some((d) => JSON.stringify(d) === JSON.stringify(listed))) out.push(listed);
      const stated = perArticle.get(own);
      if (!stated) continue;
      for (const [article, values] of perArticle) if (![...values].some((v) => stated.has(v))) disputing.add(article);
    }
    if (groups && disputing.size > 0) {
      group.fact.sources = group.fact.sources.filter((id) => !disputing.has(id));
      group.fact.corroboration = corroboration(group.fact.sources, groups);
      narrowed = true;
    }
  }
  if (narrowed) facts.sort(byCorroboration);
  return out;
}

/** Whether the reports came out on one day, as each one's own stamp writes it (a report of unknown time counts as another day). */
function oneDay(ids: readonly string[], byId: ReadonlyMap<string, Article>): boolean {
  const days = new Set(ids.map((id) => byId.get(id)?.publishedAt?.slice(0, 10) ?? `? ${id}`));
  return days.size <= 1;
}

/**
 * A party, bloc or body by name, ending in its head word ("the Democratic Party", "HUN Party", "Labour
 * Alliance"). At most six words before the head word: unbounded, a long run of capitalised words
 * without one (a scraped list, an all-caps page) is tried from each of its words to its end.
 */
const HOLDER = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|and|the|de|du|del|la)\s+)?\p{Lu}[\p{L}'’.-]*){0,6}?\s+(?:Party|Alliance|Front|Union|Movement|Congress|League|Coalition|Bloc|Forum|Rally|Democrats|Republicans|Greens|Socialists|Conservatives)\b/gu;
const SHARE_VALUE = /\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)/gi;

/**
 * Each share a sentence gives with the party or body named nearest before it in its clause: "the HUN
 * Party won 9.8 percent" gives HUN Party 9.8. A share with no such name before it is left out.
 */
function sharesOf(text: string): { holder: string; value: string }[] {
  const out: { holder: string; value: string }[] = [];
  if (!SHARE.test(text)) return out;
  const holders = [...text.matchAll(HOLDER)].map((m) => ({ name: m[0].replace(/^(?:The|A|An)\s+/, '').replace(/['’]s$/, ''), end: m.index! + m[0].length }));
  if (holders.length === 0) return out;
  for (const m of text.matchAll(SHARE_VALUE)) {
    const before = holders.filter((h) => h.end <= m.index!);
    const nearest = before[before.length - 1];
    if (!nearest) continue;
    // The name's clause: no other share between it and this one, and no full stop.
    const between = text.slice(nearest.end, m.index!);
    if (SHARE.test(between) || /[.;]\s/.test(between) || between.length > 160) continue;
    out.push({ holder: nearest.name, value: String(Number(m[1])) });
  }
  return out;
}

/** Words that date a sum rather than say what it is ("$100 million a year", "$2 billion last year"). */
const TIME_WORDS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'annual', 'annually', 'quarter', 'last', 'this', 'next', 'per'].map((w) => stem(w)));

/** The content words (stemmed) among the four before a sum and the three after it, in its sentence. */
function moneyAnchors(text: string, amount: MoneyAmount): string[] {
  const before = text.slice(Math.max(0, amount.start - 60), amount.start).split(/[^\p{L}]+/u).filter(Boolean).slice(-4);
  const after = text.slice(amount.end, amount.end + 40).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 3);
  const words = [...before, ...after].map((w) => stem(w.toLowerCase())).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && !TIME_WORDS.has(w) && !MONEY_WORDS.has(w));
  return [...new Set(words)];
}

/** Currency and scale words: said of every sum, so no sign that two sums are the same thing. */
const MONEY_WORDS = new Set(['dollar', 'dollars', 'euro', 'euros', 'million', 'billion', 'thousand', 'trillion', 'crore', 'lakh', 'won', 'yen', 'yuan', 'usd', 'eur'].map((w) => stem(w)));

/** A counted noun as the label of its discrepancy: "ambulances", "boats" (as written when plural). */
function plural(word: string): string {
  // "fishermen", "children", "people" are plural already.
  return word.endsWith('s') || /(?:men|children|people|police)$/.test(word) ? word : `${word}s`;
}

/** A sentence cut to about 60 characters for a label, around `focus` (the thing counted) where it comes late. */
export function clip(raw: string, focus?: string): string {
  // "WASHINGTON - The Treasury on Tuesday...": the dateline would fill the label before the claim.
  const text = raw.replace(DATELINE, '');
  if (text.length <= 60) return text;
  // The window shows the thing counted when the sentence names it late ("Aoife Brennan of the ambulance
  // service said 40 ambulances ..."), and cuts between words, never inside one.
  const at = focus ? text.toLowerCase().search(new RegExp(`\\b${focus.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)) : -1;
  // As much of the sentence's head is kept as leaves the number and the thing counted in view.
  let from = 0;
  if (at >= 0 && at + focus!.length > 54) {
    const next = text.indexOf(' ', at + focus!.length + 12 - 57);
    from = next < 0 || next >= at ? text.lastIndexOf(' ', at - 12) + 1 : next + 1;
  }
  let to = from + 57;
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + 20) to = space;
  } else to = text.length;
  return `${from > 0 ? '...' : ''}${text.slice(from, to).replace(/[\s,;:]+$/, '')}${to < text.length ? '...' : ''}`;
}

/** A toll a sentence tells: what it counts (people killed, or injured) and its other words (see tollOf). */
interface Toll {
  kind: string;
  /** Its claim words other than the toll's own, with the names of who acted and where. */
  rest: ReadonlySet<string>;
}

/**
 * A toll of the event told in a relative clause after a preposition, as what something else is said of:
 * "in connection with the explosion that killed 19 workers", "over the crash which left 12 dead". Up to
 * the clause's end. ("Rescuers dug through the rubble after a powerful earthquake killed at least 17
 * people" still tells the toll.)
 */
const BACK_TOLL = /\b(?:in\s+connection\s+with|over|after|following|since|into|for|about)\s+(?:the|a|an|this|last\s+\w+['’]s|\p{Lu}\w+['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|left|claimed)\s[^,.;]{0,60}/giu;

/**
 * Who tells a sentence, at its end or its start ("..., the provincial governor said on Wednesday.",
 * "..., according to the regional health office.", "The fire service said"): not what a toll claims.
 */
const TOLD_BY = /,\s*(?:according\s+to\s+[^,;]{1,60}|[^,;]{1,60}?\s+(?:said|says|told\s+[^,;]{1,30}|announced|reported|confirmed)(?:\s+on\s+\p{Lu}\w+|\s+\w+day)?)\s*[.!]?\s*$|^[^,;]{1,60}?\s+(?:said|says|announced|confirmed)\s+(?:that\s+|on\s+\p{Lu}\w+\s+(?:that\s+)?)?/iu;

/** Words of telling a toll and of its bounds and nouns: a toll's wording, not what else a sentence claims. */
const TOLL_WORDS = new Set(
  [
    'kill', 'killed', 'killing', 'dead', 'die', 'died', 'dying', 'death', 'deaths', 'toll', 'fatal', 'fatalities', 'lives', 'life',
    'injure', 'injured', 'injuring', 'injury', 'injuries', 'wound', 'wounded', 'hurt',
    'rise', 'rises', 'rose', 'risen', 'rising', 'climb', 'climbed', 'climbs', 'reach', 'reached', 'stand', 'stands', 'stood', 'bring', 'bringing', 'brought',
    'least', 'more', 'nearly', 'almost', 'about', 'around', 'some', 'number', 'total', 'confirmed', 'latest', 'count', 'people', 'person', 'others',
    ...Object.keys(NUMBER_WORDS),
  ].flatMap((w) => [...contentWords(w)]),
);

/**
 * The toll a sentence tells, where it gives a count of people killed or hurt (killed first) and is not
 * dated elsewhere; with its other words, by which two tolls are told apart.
 */
function tollOf(kinds: ReadonlySet<string>, words: ReadonlySet<string>, notClaim: ReadonlySet<string>, scope: ReadonlySet<string>): Toll | undefined {
  const kind = kinds.has('people killed') ? 'people killed' : kinds.has('people injured') ? 'people injured' : undefined;
  if (!kind) return undefined;
  const rest = new Set([...words].filter((w) => !TOLL_WORDS.has(w) && !PERSON_NOUNS.has(w) && (!notClaim.has(w) || scope.has(w))));
  return { kind, rest };
}

/**
 * How far two tolls of one kind are one claim (0 where they are not): the event's toll told twice,
 * whatever the figure and the words for it ("At least 12 workers were killed in a blast at the plant" /
 * "The death toll rose to 19"). The toll counts as one word they share, and their other words must
 * reach SAME_FACT too, with at least half of the fewer in the other, and the more not many more: a toll
 * of other people or another place ("40 people died in Syria" / "12 people were killed in Turkey") is
 * another claim, and so is a toll told with another claim ("The death toll rose to 19 as rescuers
 * searched the wreckage").
 */
function sameTollClaim(a: Toll, b: Toll): number {
  if (a.kind !== b.kind) return 0;
  const [small, large] = a.rest.size <= b.rest.size ? [a.rest, b.rest] : [b.rest, a.rest];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  if (small.size > 0 && common / small.size < 0.5) return 0;
  // The words of the event both name (the plant, the town) do not make a sentence that tells more (the
  // search for the missing, arrests) the same claim as a toll told alone.
  if (large.size - common > Math.max(3, small.size)) return 0;
  return (2 * (common + 1)) / (small.size + large.size + 2);
}
