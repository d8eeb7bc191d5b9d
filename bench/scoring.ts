/**
 * Scores for extraction, written from the published descriptions of each benchmark's method:
 * - body: the scrapinghub article-extraction-benchmark method. Texts become 4-word shingles of \w+
 *   tokens (case kept); per page, true/false positives and false negatives are counted over shingle
 *   multisets and normalised to sum to 1; precision is averaged over pages with tp+fp > 0, recall over
 *   pages with tp+fn > 0, and F1 is computed from the two averages.
 * - snippets: trafilatura's evaluation. A "with" snippet found in the output is a true positive,
 *   missing a false negative; a "without" snippet found is a false positive, missing a true negative.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleCounts(gold: string, predicted: string): Counts {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function bodyScore(pages: readonly Counts[]): Prf {
  const precisions = pages.filter((c) => c.tp + c.fp > 0).map(precisionOf);
  const recalls = pages.filter((c) => c.tp + c.fn > 0).map(recallOf);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function snippetCounts(output: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetCounts {
  const text = normalise(output);
  const counts: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of withSnippets) {
    if (text.includes(normalise(s))) counts.tp++;
    else counts.fn++;
  }
  for (const s of withoutSnippets) {
    if (text.includes(normalise(s))) counts.fp++;
    else counts.tn++;
  }
  return counts;
}

export function snippetScore(pages: readonly SnippetCounts[]): Prf & { accuracy: number } {
  const sum = pages.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const precision = sum.tp / Math.max(1, sum.tp + sum.fp);
  const recall = sum.tp / Math.max(1, sum.tp + sum.fn);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, accuracy: (sum.tp + sum.tn) / Math.max(1, sum.tp + sum.tn + sum.fp + sum.fn) };
}

/** Headlines compared as lower-case words, with site-name suffixes allowed on neither side. */
export function sameHeadline(gold: string, predicted: string | null): boolean {
  if (!predicted) return false;
  const words = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return words(gold) === words(predicted);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
