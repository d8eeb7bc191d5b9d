/**
 * The errors of one document under the value match of timex-scoring.ts, each with a cause: a gold
 * expression no prediction overlaps (missed), one overlapped only by predictions of another value
 * (wrong), a prediction that overlaps no gold (spurious). The causes sort the errors into the classes
 * that earlier rounds counted by hand (docs/time.md): a vague reference, a value the gold leaves open
 * (`1989-WXX`), a part of the day, a date against a length, a coarser or finer date, the same kind of
 * value on another date, and values that differ only in how they are written (`2000-W7`, `P2.5Y`).
 */
import type { GoldTimex } from './timeml.js';
import type { Predicted } from './timex-scoring.js';

export type ErrorKind = 'missed' | 'wrong' | 'spurious';

export interface TimexError {
  kind: ErrorKind;
  cause: string;
  gold?: GoldTimex;
  predicted?: Predicted;
}

const VAGUE = /_REF$/;
const PART_OF_DAY = /T(MO|AF|EV|NI|DT)$/;

/** Writings TimeML allows for one value, brought to one: an unpadded week, a bare hour, a decimal length. */
export function canonicalValue(value: string): string {
  return value
    .replace(/-W(\d)(?!\d)/, '-W0$1')
    .replace(/T(\d\d)(?::00)+$/, 'T$1')
    .replace(/^P(\d+)\.5Y$/, (_, y: string) => `P${y}Y6M`)
    .replace(/^P(\d+)\.5D$/, (_, d: string) => `P${d}DT12H`);
}

/** The shape of a value: digits as 9, so "1989-Q3" and "1990-Q1" share one, "1989" and "1989-10" do not. */
const shape = (value: string): string => value.replace(/\d/g, '9');

/** Why a prediction's value differs from the gold value of the expression it overlaps. */
export function wrongCause(gold: string, predicted: string): string {
  if (canonicalValue(gold) === canonicalValue(predicted)) return 'written another way';
  if (VAGUE.test(gold) || VAGUE.test(predicted)) return 'vague reference';
  const goldLength = gold.startsWith('P');
  if (goldLength !== predicted.startsWith('P')) return goldLength ? 'length read as a date' : 'date read as a length';
  if (goldLength) return 'another length';
  if (gold.includes('X') && !predicted.includes('X')) return 'gold leaves it open';
  if (PART_OF_DAY.test(gold) !== PART_OF_DAY.test(predicted)) return 'part of the day';
  if (gold.startsWith(predicted) || predicted.startsWith(gold)) return gold.length > predicted.length ? 'coarser than the gold' : 'finer than the gold';
  if (shape(gold) === shape(predicted)) return 'same kind, another date';
  return gold.slice(0, 4) === predicted.slice(0, 4) ? 'another unit, same year' : 'another unit and year';
}

/** What an expression found or missed is: vague, a set, a length or a date or time. */
function valueClass(t: GoldTimex): string {
  if (VAGUE.test(t.value)) return 'vague reference';
  if (t.type === 'SET') return 'set';
  if (t.value.startsWith('P')) return 'length';
  return 'date or time';
}

const overlaps = (a: GoldTimex, b: GoldTimex): boolean => a.start < b.end && b.start < a.end;

/** The document's errors, with the matching of timex-scoring.ts: each prediction used for one gold at most. */
export function timexErrors(gold: readonly GoldTimex[], predicted: readonly Predicted[]): TimexError[] {
  const used = new Set<number>();
  const found = new Set<GoldTimex>();
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && overlaps(g, p) && p.value === g.value);
    if (i < 0) continue;
    used.add(i);
    found.add(g);
  }
  const errors: TimexError[] = [];
  for (const g of gold) {
    if (found.has(g)) continue;
    const other = predicted.find((p, k) => !used.has(k) && overlaps(g, p));
    if (other) errors.push({ kind: 'wrong', cause: wrongCause(g.value, other.value), gold: g, predicted: other });
    else errors.push({ kind: 'missed', cause: valueClass(g), gold: g });
  }
  predicted.forEach((p, k) => {
    if (!used.has(k) && !gold.some((g) => overlaps(g, p))) errors.push({ kind: 'spurious', cause: valueClass(p), predicted: p });
  });
  return errors;
}
