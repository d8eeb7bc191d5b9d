/**
 * A stream of any length built from the real clustering articles (GVA and ECB+), for the scale run.
 * Pass p (0, 1, 2...) replays every real article once more, so an event keeps its size:
 * - dates shifted: publication time and every year written in the text move p × 6 years (same month
 *   and day, so dates in the text still agree with the publication date);
 * - reworded: from the second pass on, one line in seven is dropped and some common words are
 *   replaced, so every copy is new content (a copy the store already holds would be skipped);
 * - topics mixed: ECB+ articles, which have no dates, are spread over the GVA period by a hash of
 *   their id, so celebrity, disaster and business news arrive among the shootings.
 * Within a pass the articles go in publication order. Generated lazily: memory does not grow with N.
 */
import { createHash } from 'node:crypto';
import type { ClusterItem } from './cluster-data.js';

const YEARS_PER_PASS = 6;

/** Common words and a replacement each: enough to make every pass's copy differ. */
const REWORDINGS: readonly [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'],
  [/\bpolice\b/g, 'officers'],
  [/\bPolice\b/g, 'Officers'],
  [/\bshot\b/g, 'wounded by gunfire'],
  [/\babout\b/g, 'around'],
  [/\bafter\b/g, 'following'],
  [/\bpeople\b/g, 'persons'],
];

function hashFraction(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) / 4294967296;
}

/** The real items with dates for all: ECB+ ones placed in the GVA period (see the module comment). */
export function datedSources(gva: readonly ClusterItem[], ecbplus: readonly ClusterItem[]): ClusterItem[] {
  const times = gva.map((i) => Date.parse(i.publishedAt!)).filter(Number.isFinite);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const placed = ecbplus.map((i) => ({ ...i, publishedAt: new Date(first + Math.floor(hashFraction(i.id) * (last - first) / 86_400_000) * 86_400_000 + 43_200_000).toISOString() }));
  return [...gva, ...placed].sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!) || (a.id < b.id ? -1 : 1));
}

function shiftYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** One pass's copy of a real article. */
export function copyOf(item: ClusterItem, pass: number): ClusterItem {
  if (pass === 0) return item;
  const years = pass * YEARS_PER_PASS;
  const shift = (text: string): string => text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + years));
  let lines = shift(item.text).split('\n');
  lines = lines.filter((_, k) => lines.length < 3 || (k + pass) % 7 !== 3);
  let text = lines.join('\n');
  const [pattern, replacement] = REWORDINGS[pass % REWORDINGS.length]!;
  text = text.replace(pattern, replacement);
  return {
    id: `${item.id}~${pass}`,
    title: item.title === null ? null : shift(item.title),
    text,
    publishedAt: item.publishedAt === null ? null : shiftYears(item.publishedAt, years),
    url: item.url === null ? null : `${item.url}${item.url.includes('?') ? '&' : '?'}copy=${pass}`,
    gold: item.gold === null ? null : `${item.gold}~${pass}`,
  };
}

/** The first n articles of the endless stream. */
export function* generatedStream(sources: readonly ClusterItem[], n: number): Generator<ClusterItem> {
  for (let k = 0; k < n; k++) yield copyOf(sources[k % sources.length]!, Math.floor(k / sources.length));
}
