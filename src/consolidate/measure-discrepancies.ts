/**
 * Measured quantities the reports of one event give differently (measure-figures.ts reads them;
 * measure-tolerance.ts says when two differ): a missile's distance flown and altitude, a stock of a
 * material, the number of missiles or drones fired, a vote's tally, and an incident's damage length,
 * repair time, capacity lost and customers cut off (outage-figures.ts, review ux73a). Review ux72a: three governments and
 * the launching state's agency each gave a launch's distance, no two alike, and the event showed none of it.
 *
 * Each figure keeps who the report says gives it (`claimedBy`: "the General Staff", "Ostmark's navy"),
 * read from its clause: one report that sets two tellers' figures side by side ("Ostmark said the missiles flew
 * about 400 km, while the Lindfort navy put the distance at 480 km") tells a dispute by itself. Precision first: a report that gives one teller two values of a
 * quantity (two missiles of one salvo, each with its own flight) says nothing sure of which is the
 * event's and is left out of that quantity; a figure in a sentence told of an earlier event, or in a
 * clause dated to another day, month or week than the event's, is background ("in March a Varnian
 * missile flew 1,400 km"); and counts of what was fired are compared only between reports a day and a
 * half apart at most (a salvo's count grows as it is tallied).
 */
import type { Article, Discrepancy, DiscrepancyVariant, Span } from '../model/types.js';
import { earlierParts } from '../enrich/in-event.js';
import { measuresIn, tallyWritten, type Measured, type MeasureKind } from './measure-figures.js';
import { OUTAGE_WORDS, outageMeasuresIn } from './outage-figures.js';
import { readingsDisagree, talliesDisagree } from './measure-tolerance.js';
import { foldedKeys, qualified, qualifiedAbout, quantityKey } from './measure-qualifier.js';
import { TELLER_KINDS, TELLER_WORDS, tellerFiguresIn, tellerOf, turnoutBeforeEarlier } from './teller-figures.js';
import { sameTeller } from './same-teller.js';
import { OUTBREAK_WORDS, outbreakCasesIn } from './outbreak-cases.js';
import { crewSizeIn, speaksOfShips } from './crew-size.js';
import { premiumRatesIn } from './premium-rate.js';
import { Lru } from '../util/lru.js';
import { DATELINE } from './lead-dateline.js';

/** A figure as one report tells it, with its teller: `by` to tell tellers apart, `shown` where it names one. */
interface Told {
  article: Article;
  by: string;
  shown: string | null;
  figure: Measured;
}

const SAME_MOMENT_MS = 36 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** A clause about another time: its figures are background ("fired 20 missiles this year", "last month"). */
const BACKGROUND = /\b(?:last|previous|past)\s+(?:year|month|week)\b|\bthis\s+year\b|\bin\s+(?:19|20)\d\d\b|\bearlier\s+this\s+(?:year|month)\b|\bpreviously\b|\bprevious\s+(?:test|launch|report)\b|\bsince\s+(?:19|20)\d\d\b/i;

const SAYS = String.raw`(?:said|says|told\s+(?:reporters|a\s+briefing|the\s+\p{L}+)|told|reported|reports|estimated|estimates|announced|added|put|puts|claimed|claims)`;
/** "..., the General Staff said", "..., Ostmark's navy said, two days after": the teller after a comma. */
const TELLER_AFTER = new RegExp(String.raw`,\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,6}?)\s+${SAYS}\b`, 'gu');
/** "VNA said the missile flew", "Coastal Minister Anja Relsted told reporters", "Lindfort's navy put the distance at". */
const TELLER_FIRST = new RegExp(String.raw`^\s*(?:(?:while|whereas|but|and)\s+)?((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,6}?(?:,\s+[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4},)?)\s+(?:also\s+|later\s+)?${SAYS}\b`, 'iu');
/** "..., which the district said affected 62,000 customers": the teller inside a relative clause. */
const TELLER_WHICH = new RegExp(String.raw`\b(?:which|that)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}?)\s+${SAYS}\b`, 'iu');
/** "according to the U.S. Geological Survey": a capital's full stop is no sentence's end. */
const ACCORDING_TO = /\baccording\s+to\s+((?:[^,.;]|(?<=(?:^|[\s.])\p{Lu})\.(?=\s?\p{Lu})){2,60})/iu;
const PRONOUN = /^(?:it|they|he|she|we)$/i;
/** A teller is named: a capital ("VNA", "Lindfort's ..."), a body by a common noun after "the", or a few plain nouns. */
const NAMED = /^(?:the\s+\p{L}|\p{Lu}|(?:officials|diplomats|analysts|officers|experts|sources|brokers|underwriters|insurers)\b|(?:its|their)\s+[\p{L}-]+\s+\p{Lu}|(?:two|three|four|several|some|\d+)\s+(?:[\p{L}-]+\s+)?(?:officials|diplomats|analysts|officers|experts|sources|brokers|underwriters|insurers)\b)/u;

/** The clauses of a sentence that may each have a teller of their own: "…, while …", "…; …", "…, whereas …". */
function clauses(sentence: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/;\s+|,\s+(?=(?:while|whereas|but)\s)/g)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out;
}

/** The teller a clause names, or null; a pronoun is returned as such (the caller looks back). */
function tellerIn(clause: string): string | null {
  const accord = ACCORDING_TO.exec(clause)?.[1];
  if (accord) return accord.trim();
  const after = [...clause.matchAll(TELLER_AFTER)].map((m) => m[1]!).filter((t) => NAMED.test(t));
  if (after.length > 0) return after[after.length - 1]!;
  const first = TELLER_FIRST.exec(clause)?.[1];
  if (first && (NAMED.test(first) || PRONOUN.test(first)) && !/^(?:the\s+)?(?:missiles?|rockets?|drones?|launch)\b/i.test(first)) return first;
  const which = TELLER_WHICH.exec(clause)?.[1];
  if (which && NAMED.test(which)) return which;
  return null;
}

/** How a teller is shown: "the General Staff", "VNA", "Lindfort's navy". */
function shownTeller(teller: string): string {
  // "The grid operator, Stromnetz Havel,": a post and the name it sets off are one teller ("the grid
  // operator Stromnetz Havel"); "Commander Mikko Rantanen, a Border Guard spokesman,": the name, without its description.
  const [head, apposed] = teller.split(/,\s+/);
  const joined = apposed !== undefined ? (/\s\p{Ll}+$/u.test(head!) && /^\p{Lu}/u.test(apposed) ? `${head} ${apposed}` : head!) : teller;
  return joined.replace(/,$/, '').replace(/^The\s/, 'the ').trim();
}

/** Whether a clause names a day, month or week other than the event's (TimeML values of the report's timexes). */
function otherTime(article: Article, from: number, to: number, eventDay: string | null, figure?: Span, passOver?: (t: Span) => boolean): boolean {
  if (!eventDay) return false;
  const own = Date.parse(`${eventDay}T00:00:00Z`);
  return article.timexes.some((t) => {
    if (t.start < from || t.end > to || (t.type !== 'DATE' && t.type !== 'TIME')) return false;
    if (passOver?.(t)) return false;
    // A figure that is itself a time ("until mid-January", a repair time) is not dated elsewhere by it.
    if (figure && t.start < figure.end && figure.start < t.end) return false;
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(t.value)?.[1];
    if (day) return Math.abs(Date.parse(`${day}T00:00:00Z`) - own) > DAY_MS;
    if (/^\d{4}-\d{2}$/.test(t.value)) return t.value !== eventDay.slice(0, 7);
    const week = /^(\d{4})-W(\d{2})$/.exec(t.value);
    if (week) return `${week[1]}-W${week[2]}` !== isoWeek(own);
    return false;
  });
}

function isoWeek(ms: number): string {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round((d.getTime() - jan4.getTime()) / DAY_MS / 7 - ((jan4.getUTCDay() + 6) % 7 - 3) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A word every measured figure's phrase has (measure-figures.ts). */
const MEASURE_WORDS = /\b(?:km|kilomet|miles|metres|meters|feet|ft|kg|kilo|tonnes?|tons|pounds|lbs?|missiles?|rockets?|projectiles?|drones?|interceptors?|[IMS]?[RC]?BMs?|vot(?:e|es|ed|ing)|abstain\w*|abstentions?)\b/i;

/** Whether a report may state an outbreak's cases, a crew aboard or a premium's rate (the readers' own words). */
function statesDayCounts(body: string): boolean {
  return (/\bcases\b/i.test(body) && OUTBREAK_WORDS.test(body)) || (/\b(?:crew|sailors|seafarers|seamen|mariners|crewmen)\b/i.test(body) && speaksOfShips(body)) || /\bpremiums?\b|\bhull\s+value\b/i.test(body);
}

/**
 * Kinds whose figure is of its day (an outbreak's cumulative cases, a premium quoted on the market):
 * compared only between figures told on one day, and dated against the report's own day, not the event's.
 */
const DAY_KINDS: ReadonlySet<MeasureKind> = new Set<MeasureKind>(['cases', 'premium']);

/** Kinds listed over a fact's own count of the same figures (withoutDayCounts). */
const OWN_KINDS: ReadonlySet<MeasureKind> = new Set<MeasureKind>(['cases', 'crew', 'premium']);

/** The day (YYYY-MM-DD, UTC) a report came out, or null. */
function reportDay(article: Article): string | null {
  const ms = publishedMs(article);
  return ms === null ? null : new Date(ms).toISOString().slice(0, 10);
}

/** A day named after "since" or of an outbreak's start dates the count's beginning, not the count. */
const SINCE_DAY = /\b(?:since|began|begun|started|start\s+of|declared|beginning)\b[^,;]{0,40}$/i;

const cache = new Lru<string, readonly Told[]>(4096);

/** Each figure one report gives, with its teller; a quantity one teller gives two values of is left out. */
function toldIn(article: Article, eventDay: string | null): readonly Told[] {
  const key = `${article.id} ${article.contentHash} ${eventDay ?? ''}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = readTold(article, eventDay)));
  return found;
}

function readTold(article: Article, eventDay: string | null): Told[] {
  // Not the headline: it rounds ("flies 1,000 km" over a body's "about 980 km") and names no teller.
  const all: Told[] = [];
  // Most reports measure nothing: their sentences need no closer reading.
  const dayCounts = statesDayCounts(article.body);
  if (!MEASURE_WORDS.test(article.body) && !OUTAGE_WORDS.test(article.body) && !TELLER_WORDS.test(article.body) && !dayCounts) return keepOneValueEach(all);
  // A figure within a mention of an earlier event is that event's; the day a clause names is judged
  // below, clause by clause (a sentence's "since the previous report in August" leaves its stock this event's).
  const { earlierSpans } = earlierParts({ ...article, sentences: article.sentences ?? [] });
  let previous: string | null = null;
  const ships = dayCounts && speaksOfShips(article.body);
  for (const s of article.sentences) {
    const whole = article.body.slice(s.start, s.end);
    // "KESTREL BAY - Varnia's agency said": the dateline is no part of who speaks.
    const cut = DATELINE.exec(whole)?.[0].length ?? 0;
    const sentence = whole.slice(cut);
    const parts = clauses(sentence);
    const tellers = parts.map((c) => tellerIn(sentence.slice(c.start, c.end)));
    // A clause with no teller of its own is the sentence's: "one flew 400 km and the other 150 km, the navy said".
    const sentenceTeller = tellers.find((t) => t !== null) ?? null;
    let spoke: string | null = null;
    parts.forEach((c, i) => {
      const clause = sentence.slice(c.start, c.end);
      let teller = tellers[i] ?? (parts.length === 1 ? null : sentenceTeller);
      // "It said ...": the teller of the sentence before, where it named one.
      if (teller && PRONOUN.test(teller)) teller = previous ?? teller.toLowerCase();
      if (teller && !PRONOUN.test(teller)) spoke = teller;
      const ownFigures = tellerFiguresIn(clause, sentence).flatMap((f) => qualified(f, clause) ?? []);
      const dayFigures = dayCounts ? [...outbreakCasesIn(clause, sentence), ...crewSizeIn(clause, sentence, ships), ...premiumRatesIn(clause)].flatMap((f) => qualified(f, clause) ?? []) : [];
      for (const figure of [...measuresIn(clause, sentence), ...outageMeasuresIn(clause, sentence, eventDay), ...ownFigures, ...dayFigures]) {
        const at = s.start + cut + c.start + figure.start;
        const end = s.start + cut + c.start + figure.end;
        if (earlierSpans.some((r) => r.start < end && at < r.end) && !(figure.kind === 'turnout' && turnoutBeforeEarlier(sentence.slice(0, c.start + figure.end)))) continue;
        // The clause up to the figure and on to the next comma: "In March a missile flew 1,400 km, ..."
        const tail = clause.slice(figure.end).search(/,|$/);
        const windowEnd = c.start + figure.end + tail;
        if (BACKGROUND.test(sentence.slice(c.start, windowEnd))) continue;
        if (DAY_KINDS.has(figure.kind)) {
          // Of its day: a clause naming another day than the report's is another day's figure, except a
          // day the count runs from ("since the outbreak began on September 2").
          if (otherTime(article, s.start + cut + c.start, s.start + cut + windowEnd, reportDay(article), { start: at, end }, (t) => SINCE_DAY.test(article.body.slice(s.start, t.start)))) continue;
        } else if (otherTime(article, s.start + cut + c.start, s.start + cut + windowEnd, eventDay, { start: at, end })) continue;
        // "the two months suggested by its partner Kantaverkko": the figure's own teller, not the clause's.
        const own = tellerOf(figure, figure.teller ?? teller);
        const by = own ? own.toLowerCase().replace(/^the\s+/, '').replace(/^(?:two|three|four|several|some|\d+)\s+/, '') : '';
        all.push({ article, by, shown: own && !PRONOUN.test(own) ? shownTeller(own) : null, figure });
      }
    });
    previous = spoke ?? (tellers.every((t) => t === null) ? previous : null);
  }
  return keepOneValueEach(all);
}

/** The quantity a figure measures: its kind, what within it and which one, whose or on what (measure-qualifier.ts). */
function quantity(f: Measured): string {
  return quantityKey(f);
}

function disagree(a: Measured, b: Measured): boolean {
  if (a.tally && b.tally) return talliesDisagree(a.tally, b.tally);
  return a.reading !== undefined && b.reading !== undefined && readingsDisagree(a.reading, b.reading);
}

/** A report's figures without the quantities one teller gives differing values of. */
function keepOneValueEach(told: Told[]): Told[] {
  const mixed = new Set<string>();
  for (const [i, a] of told.entries()) {
    for (const b of told.slice(i + 1)) if (a.by === b.by && quantity(a.figure) === quantity(b.figure) && disagree(a.figure, b.figure)) mixed.add(`${a.by}\u0000${quantity(a.figure)}`);
  }
  return told.filter((t) => !mixed.has(`${t.by}\u0000${quantity(t.figure)}`));
}

function publishedMs(article: Article): number | null {
  const ms = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Whether two tellings of a quantity are a dispute: figures that differ, of different reports or of two
 * tellers one report names (a report's own unattributed figure beside a teller's may be its rounding).
 */
function dispute(a: Told, b: Told): boolean {
  if (a.article === b.article && (a.by === b.by || !a.by || !b.by)) return false;
  if (!disagree(a.figure, b.figure)) return false;
  // A turnout, a count held, a magnitude, an epicentre: a dispute between two named tellers only; one
  // body's later figure, or a report's own, is a revision (the turnout as the count goes on, the USGS refining).
  if (TELLER_KINDS.has(a.figure.kind) && (!a.by || !b.by || sameTeller(a.by, b.by))) return false;
  if (DAY_KINDS.has(a.figure.kind) && a.article !== b.article) {
    // A cumulative count or a market's rate moves from day to day: only one day's figures are set
    // side by side, and one outlet's later figure that day is its own update, not a rival's.
    const [ad, bd] = [reportDay(a.article), reportDay(b.article)];
    if (ad === null || ad !== bd) return false;
    if (a.article.outlet && a.article.outlet === b.article.outlet) return false;
  }
  if ((a.figure.kind === 'number launched' || a.figure.kind === 'number detained') && a.article !== b.article) {
    const at = publishedMs(a.article);
    const bt = publishedMs(b.article);
    if (at !== null && bt !== null && Math.abs(at - bt) > SAME_MOMENT_MS) return false;
  }
  return true;
}

function aboutOf(kind: MeasureKind, thing: string): string {
  if (kind === 'stockpile') return `stockpile of ${thing} (across reports)`;
  if (kind === 'number launched') return `number of ${thing}s launched (across reports)`;
  if (kind === 'vote') return 'vote tally (across reports)';
  if (kind === 'repair time') return `repair time of the ${thing} (across reports)`;
  if (kind === 'cut off') return `${thing} cut off (across reports)`;
  if (kind === 'capacity lost' && thing) return `capacity lost, share ${thing} (across reports)`;
  if (kind === 'magnitude') return `magnitude of the ${thing} (across reports)`;
  if (kind === 'epicentre distance') return `distance of the epicentre, ${thing.replace(/^\S+\s+/, '')} (across reports)`;
  if (kind === 'cases') return `number of ${thing ? `${thing} ` : ''}cases (across reports)`;
  if (kind === 'crew') return 'crew aboard (across reports)';
  if (kind === 'premium') return 'premium rate (across reports)';
  return `${kind} (across reports)`;
}

/** A variant's key: figures that are one value ("about 480 km" and "480 km"), a bound apart from a figure. */
function variantKey(f: Measured): string {
  if (f.tally) return tallyWritten(f.tally);
  const r = f.reading!;
  return `${r.bound === 'over' ? '>' : r.bound === 'under' ? '<' : ''}${Math.round(r.value * 1e6) / 1e6}`;
}

/** The figures of a discrepancy already listed (a fact's own numbers): not listed twice. */
function numbersOf(d: Discrepancy): Set<string> {
  return new Set(d.variants.map((v) => /\d[\d,]*(?:\.\d+)?/.exec(v.value)?.[0].replace(/,/g, '') ?? v.value));
}

/**
 * `articles` in publication order; `eventDay` the event's day (YYYY-MM-DD) where known; `listed` the
 * discrepancies already found, so that a fact's own numbers are not listed again.
 */
export function reportMeasureDiscrepancies(articles: readonly Article[], eventDay: string | null, listed: readonly Discrepancy[] = []): Discrepancy[] {
  const byQuantity = new Map<string, Told[]>();
  const all = articles.flatMap((article) => toldIn(article, eventDay));
  // A figure that names no actor or vote object is of the one the reports name, where they name one only.
  const keys = foldedKeys(all.map((t) => t.figure));
  for (const told of all) byQuantity.set(keys.get(told.figure)!, [...(byQuantity.get(keys.get(told.figure)!) ?? []), told]);
  const out: Discrepancy[] = [];
  for (const told of byQuantity.values()) {
    if (!told.some((a, i) => told.slice(i + 1).some((b) => dispute(a, b)))) continue;
    const { kind, thing } = told[0]!.figure;
    const variants = new Map<string, { value: string; sources: string[]; claimedBy: string[] }>();
    for (const t of told) {
      const key = variantKey(t.figure);
      const variant = variants.get(key) ?? { value: t.figure.written, sources: [], claimedBy: [] };
      if (!variant.sources.includes(t.article.id)) variant.sources.push(t.article.id);
      if (t.shown && !variant.claimedBy.some((c) => c.toLowerCase() === t.shown!.toLowerCase())) variant.claimedBy.push(t.shown);
      variants.set(key, variant);
    }
    const found: DiscrepancyVariant[] = [...variants.values()]
      .sort((x, y) => y.sources.length - x.sources.length)
      .map((v) => (v.claimedBy.length ? { value: v.value, sources: v.sources, claimedBy: v.claimedBy } : { value: v.value, sources: v.sources }));
    const mine = numbersOf({ about: '', variants: found });
    // A fact whose sentences already gave these figures side by side (facts.ts) lists them once.
    // (Not a count of cases, of crew or a premium's rate, which says more than the fact: who gives each, on one day; see withoutDayCounts.)
    if (!OWN_KINDS.has(kind) && listed.some((d) => d.variants.length > 1 && [...numbersOf(d)].every((n) => mine.has(n)) && numbersOf(d).size === mine.size)) continue;
    if (kind === 'number launched' && listed.some((d) => d.about.startsWith(`number of ${thing}s`))) continue;
    out.push({ about: qualifiedAbout(aboutOf(kind, thing), kind, told.map((t) => t.figure)), variants: found });
  }
  return out;
}

/**
 * The counts compared report against report (count-discrepancies.ts) that a measured discrepancy gives
 * again with more figures and their tellers ("45000" / "62000" households beside the customers cut off,
 * 45,000, 62,000 and the operator's 58,000): listed once, as the measure.
 */
export function withoutMeasuredCounts(counts: readonly Discrepancy[], measures: readonly Discrepancy[]): Discrepancy[] {
  const measured = measures.map(numbersOf);
  return counts.filter((d) => {
    const mine = numbersOf(d);
    return !measured.some((m) => m.size > mine.size && [...mine].every((n) => m.has(n)));
  });
}

/**
 * A fact's count of cases, of crew or a percentage (facts.ts) whose figures a measured count of cases,
 * crew aboard or premium rate gives too: listed once, as the measure, which names who gives each figure
 * and compares only one day's counts of cases.
 */
export function withoutDayCounts(numbers: readonly Discrepancy[], measures: readonly Discrepancy[]): Discrepancy[] {
  const own = measures.filter((d) => /^(?:number of (?:[\w-]+ )?cases|crew aboard|(?:[\w-]+ )?premium rate)\b/.test(d.about)).map(numbersOf);
  if (own.length === 0) return [...numbers];
  return numbers.filter((d) => {
    const mine = numbersOf(d);
    return !own.some((m) => [...mine].every((n) => m.has(n)));
  });
}

/**
 * The turnout listed once (build-event.ts): the tellers' turnout (teller-figures.ts) over the shares'
 * list (share-holders.ts) where it gives every figure that list gives, else the shares' list alone.
 * Returns the shares, the measures, and a stand-in "turnout" that covers a fact's own turnout.
 */
export function oneTurnout(shares: readonly Discrepancy[], measures: readonly Discrepancy[]): [Discrepancy[], Discrepancy[], Discrepancy[]] {
  const told = measures.find((d) => d.about === 'turnout (across reports)');
  if (!told) return [[...shares], [...measures], []];
  const listed = shares.find((d) => d.about === 'turnout');
  const mine = numbersOf(told);
  if (listed && ![...numbersOf(listed)].every((n) => mine.has(n))) return [[...shares], measures.filter((d) => d !== told), []];
  return [shares.filter((d) => d !== listed), [...measures], [{ about: 'turnout', variants: [] }]];
}
