/**
 * Counts that the reports of one event give differently in sentences worded too unlike each other to
 * be grouped as one fact: "forcing the hospital to cancel about 1,200 appointments" in one outlet, "900
 * appointments were postponed" in another. numberDiscrepancies (facts.ts) compares the sentences of one
 * fact; this compares each report as a whole, for what it counts once. Not counts of people (the tolls
 * are compared as casualties, and "three residents" / "200 residents" are often different people) nor
 * spans of time ("six hours" of an outage, "two hours" of a meeting), and only a thing each report counts
 * with one number wherever it counts it: a report that gives two counts of a thing says nothing sure of
 * which is the event's.
 */
import type { Article, Discrepancy } from '../model/types.js';
import { stem } from '../cluster/features.js';
import { FUNCTION_WORDS } from '../enrich/entities/lexicon.js';
import { countsOfText, type Count } from './facts.js';
import { Lru } from '../util/lru.js';
import { isPeopleNoun } from '../enrich/people-noun.js';
import { runningTotalRevised } from './running-totals.js';

/** Nouns of time: what they count differs from sentence to sentence ("for six hours", "two days later"). */
const TIME_NOUNS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'time'].map((w) => stem(w)));

/**
 * Nouns of people by their part in the story: "two children" may be the victims in one report and bystanders in another.
 * "Bodies" recovered are the dead, compared as the toll (enrich/casualty-counted.ts); so are "deaths"
 * and "fatalities", an outbreak's running total (consolidate/running-toll.ts): compared here, "two
 * deaths" on the day it was declared and "8 deaths" four days on were set at odds (ux76b fault 3).
 */
const PEOPLE_LABEL = /^(?:persons|victims|civilians|workers|passengers|residents|children|kids|soldiers|troops|worshippers|students|others|men|women|boys|girls|teens|teenagers|adults|dead|deaths|fatalities|casualties|officers|deputies|police|suspects|patients|members|employees|staff|protesters|fans|bodies)$/;

/** Units and tallies: "three miles away", "the city's 30 homicides this year" count other things in each report. */
const MEASURE_NOUNS = new Set(['mile', 'feet', 'foot', 'yard', 'inch', 'meter', 'metre', 'kilometer', 'kilometre', 'pound', 'degree', 'percent', 'homicide', 'shooting', 'killing', 'murder', 'case', 'incident', 'crime', 'point', 'game', 'goal', 'vote'].map((w) => stem(w)));

/**
 * A count compared across reports: of a plural common noun ("1,200 appointments", "15 shots"), not a
 * name ("25 Kirshean Nettlefold"), a word that only follows a number ("25, was"), a person, a span of time,
 * a unit or a tally, nor a count of more or of the rest ("a further twenty citizens"). Nor a count for
 * each one ("two doses each": a report that gives it and "1.5 million doses" counts doses once), nor
 * one day's figure ("in the past 24 hours"), which each day's report gives anew.
 */
function countable(c: Count): boolean {
  const word = c.word;
  return !c.more && !c.rate && c.period !== 'daily' && c.value >= 2 && /^[a-z]+[^su]s$/.test(word) && c.label === word && !FUNCTION_WORDS.has(word) && !c.noun.startsWith('people') && !TIME_NOUNS.has(c.noun) && !MEASURE_NOUNS.has(c.noun) && !MEASURE_NOUNS.has(stem(word.slice(0, -1))) && !PEOPLE_LABEL.test(word) && !isPeopleNoun(word);
}

/** Each report's counts, kept for the reports read lately: an event is consolidated again at every report it gains. */
const countCache = new Lru<string, readonly Count[]>(4096);

function countsOf(article: Article): readonly Count[] {
  const key = `${article.id} ${article.contentHash}`;
  let found = countCache.get(key);
  if (!found) {
    // Through the sentence memo: building the event's facts has just read the same sentences.
    found = article.sentences.flatMap((s) => countsOfText(article.body.slice(s.start, s.end))).filter(countable);
    countCache.set(key, found);
  }
  return found;
}

/** `listed`: the discrepancies already found; a count one of them gives is not listed again. */
export function reportCountDiscrepancies(articles: readonly Article[], listed: readonly Discrepancy[]): Discrepancy[] {
  // Counts are compared across reports: one report has none to differ from, and its counts need not be read yet.
  if (articles.length < 2) return [];
  const byNoun = new Map<string, { label: string; perArticle: Map<string, Set<number>>; written: Map<number, string>; running?: true }>();
  for (const article of articles) {
    for (const { noun, label, value, written, period } of countsOf(article)) {
      const entry = byNoun.get(noun) ?? { label, perArticle: new Map<string, Set<number>>(), written: new Map<number, string>() };
      if (period === 'running') entry.running = true;
      const values = entry.perArticle.get(article.id) ?? new Set<number>();
      values.add(value);
      entry.perArticle.set(article.id, values);
      if (written && !entry.written.has(value)) entry.written.set(value, written);
      byNoun.set(noun, entry);
    }
  }
  const out: Discrepancy[] = [];
  for (const { label, perArticle, written, running } of byNoun.values()) {
    const variants = new Map<number, string[]>();
    for (const [article, values] of perArticle) {
      if (values.size !== 1) continue;
      const [value] = values;
      variants.set(value!, [...(variants.get(value!) ?? []), article]);
    }
    if (variants.size < 2) continue;
    if (listed.some((d) => d.about.startsWith(`number of ${label}`))) continue;
    const found: Discrepancy = { about: `number of ${label} (across reports)`, variants: [...variants].map(([value, sources]) => ({ value: written.get(value) ?? String(value), sources })) };
    // A total some report gives as running ("so far", "since the start") that rose from day to day is one count revised (running-totals.ts).
    const values = [...variants.keys()];
    out.push((running && runningTotalRevised(found, articles, (v) => values[found.variants.indexOf(v)]!)) || found);
  }
  return out;
}
