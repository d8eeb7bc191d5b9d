/**
 * A case's figures that reports of one event give differently, compared report against report because
 * their sentences are worded too unlike to be one fact (review ux72b): days held (`days held (across
 * reports)`: "40 days" / "38 days"), the day custody runs to (`held until`: "January 3" / "January 2"),
 * the sentence faced (`sentence faced`: "up to life" / "up to 20 years"), the offence charged where the
 * offences are rival names for one act (`charge`: "treason" / "espionage", not murder / kidnapping), the officers of a raid (`number of officers`: "about 200" / "more than
 * 300") and a crowd outside a court or an office (`size of the crowd`: "about 30" / "about 50").
 *
 * Precision first. A report that gives two values of one kind says nothing sure of which is the event's
 * and is left out. Counts disagree only where no value fits both wordings ("about 30" and "32" agree;
 * a vague "several" is no figure at all). Two reports are set against each other only where they came
 * out within a day and a half of each other: a later report may tell a later state of the case (a
 * charge brought or changed, a crowd grown), which is news, not a dispute; only the sentence faced,
 * which stays while the charge does, is compared across days, unless the reports name different
 * charges. And a later report that
 * counts more days held, by no more than the days between the reports, tells the same detention
 * running on ("now 40 days"): an update.
 */
import type { Article, Discrepancy } from '../model/types.js';
import { caseFiguresIn, type CaseFigure, type CaseFigureKind } from './case-figures.js';
import { chargesIn, rivalCharges } from './charges.js';
import { nameWordsOf } from './case-person.js';
import { figuresDisagree } from './bounded-figure.js';
import { Lru } from '../util/lru.js';

type Kind = CaseFigureKind | 'charge';
/** A value as compared: what it shows, its key, and a count's range. */
type Value = Omit<CaseFigure, 'kind'>;
/** A report's value of a kind. */
type Told = { article: Article; figure: Value };

const ABOUT: Record<Kind, string> = {
  'days held': 'days held (across reports)',
  'held until': 'held until (across reports)',
  'sentence faced': 'sentence faced (across reports)',
  charge: 'charge (across reports)',
  officers: 'number of officers (across reports)',
  crowd: 'size of the crowd (across reports)',
};

/** Reports further apart than this may tell different states of the case. */
const SAME_MOMENT_MS = 36 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** Each report's one value of each kind it states (a kind it gives two values of is left out). */
function valuesOf(article: Article): ReadonlyMap<Kind, Value> {
  const key = `${article.id} ${article.contentHash}`;
  let found = cache.get(key);
  if (!found) cache.set(key, (found = readValues(article)));
  return found;
}

const cache = new Lru<string, ReadonlyMap<Kind, Value>>(4096);

/** A person held: arrested, detained, jailed, remanded, in custody or detention, behind bars, held without charge, freed. */
const DETENTION = /\b(?:arrested|detained|detention|jailed|imprisoned|remanded|custody|behind\s+bars|without\s+(?:charge|trial)|incommunicado|freed|released\s+from)\b/i;

function readValues(article: Article): Map<Kind, Value> {
  const texts = [article.headline ?? '', ...article.sentences.map((s) => article.body.slice(s.start, s.end))];
  const byKind = new Map<Kind, Map<string, Value>>();
  const add = (kind: Kind, figure: Value): void => {
    const values = byKind.get(kind) ?? new Map<string, Value>();
    if (!values.has(figure.key)) values.set(figure.key, figure);
    byKind.set(kind, values);
  };
  const names = nameWordsOf(article.people ?? []);
  // Days held and the day custody runs to only of a detention case: a festival is "held for three days",
  // schools are "kept closed until March 3".
  const detention = texts.some((t) => DETENTION.test(t));
  for (const text of texts) {
    for (const figure of caseFiguresIn(text, names)) if (detention || (figure.kind !== 'days held' && figure.kind !== 'held until')) add(figure.kind, figure);
    for (const charge of chargesIn(text, names)) add('charge', { written: charge, key: charge });
  }
  const out = new Map<Kind, Value>();
  for (const [kind, values] of byKind) if (values.size === 1) out.set(kind, [...values.values()][0]!);
  return out;
}

function publishedMs(article: Article): number | null {
  const ms = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** Whether two reports' values of one kind are a dispute (see the module's comment). */
function dispute(kind: Kind, a: Told, b: Told): boolean {
  if (a.figure.key === b.figure.key) return false;
  if (a.figure.figure && b.figure.figure && !figuresDisagree(a.figure.figure, b.figure.figure)) return false;
  // The sentence a charge carries stays what it was while the charge does: reports of any day are
  // compared, unless they name different charges (each carries its own).
  // Offences charged together (murder and kidnapping) are no rival accounts (charges.ts).
  if (kind === 'charge' && !rivalCharges(a.figure.key, b.figure.key)) return false;
  if (kind === 'sentence faced') {
    const charges = [a, b].map((t) => valuesOf(t.article).get('charge')?.key);
    return !(charges[0] && charges[1] && charges[0] !== charges[1]);
  }
  const at = publishedMs(a.article);
  const bt = publishedMs(b.article);
  if (at !== null && bt !== null) {
    if (Math.abs(at - bt) > SAME_MOMENT_MS) return false;
    if (kind === 'days held' && a.figure.figure && b.figure.figure) {
      const [early, late] = at <= bt ? [a, b] : [b, a];
      const grew = late.figure.figure!.value - early.figure.figure!.value;
      if (grew > 0 && grew <= Math.ceil(Math.abs(bt - at) / DAY_MS) + 1) return false;
    }
  }
  return true;
}

/** `listed`: the discrepancies already found; officers a fact's own discrepancy counts are not listed again. */
export function reportCaseDiscrepancies(articles: readonly Article[], listed: readonly Discrepancy[] = []): Discrepancy[] {
  // One report has none to differ from, and its sentences need not be read for these.
  if (articles.length < 2) return [];
  const byKind = new Map<Kind, Told[]>();
  for (const article of articles) {
    for (const [kind, figure] of valuesOf(article)) byKind.set(kind, [...(byKind.get(kind) ?? []), { article, figure }]);
  }
  const out: Discrepancy[] = [];
  for (const [kind, told] of byKind) {
    const disputed = told.some((a, i) => told.slice(i + 1).some((b) => dispute(kind, a, b)));
    if (!disputed) continue;
    if (kind === 'officers' && listed.some((d) => d.about.startsWith('number of officers'))) continue;
    // Each value with its reports, the most given first, then the first reported.
    const variants = new Map<string, { value: string; sources: string[] }>();
    for (const { article, figure } of told) {
      const variant = variants.get(figure.key) ?? { value: figure.written, sources: [] };
      if (!variant.sources.includes(article.id)) variant.sources.push(article.id);
      variants.set(figure.key, variant);
    }
    out.push({ about: ABOUT[kind], variants: [...variants.values()].sort((x, y) => y.sources.length - x.sources.length) });
  }
  return out;
}

/** The figures of a discrepancy's values ("up to 15 years": "15"), as a set. */
function figuresOf(d: Discrepancy): Set<string> {
  return new Set(d.variants.map((v) => /\d[\d,]*(?:\.\d+)?/.exec(v.value)?.[0].replace(/,/g, '') ?? v.value.toLowerCase()));
}

/**
 * A fact's "number of years" that the sentence faced across reports gives again (review ux75b fault 9:
 * "15" vs "8" beside "up to 15 years" vs "up to 8 years"): one disagreement, listed once, as the
 * sentence faced, which says "up to" and compares every report. Other counts of years stay.
 */
export function withoutSentenceYears(numbers: readonly Discrepancy[], caseFigures: readonly Discrepancy[]): Discrepancy[] {
  const faced = caseFigures.filter((d) => d.about === ABOUT['sentence faced']).map(figuresOf);
  if (faced.length === 0) return [...numbers];
  return numbers.filter((d) => {
    if (!/^number of years\b/.test(d.about)) return true;
    const mine = figuresOf(d);
    return !faced.some((f) => f.size === mine.size && [...mine].every((n) => f.has(n)));
  });
}
