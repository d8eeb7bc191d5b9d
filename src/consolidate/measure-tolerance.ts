/**
 * When two reports' figures of one measured quantity differ (measure-discrepancies.ts), allowing for
 * the rounding each wording states. An exact figure stands for its rounding at the decimals written
 * ("1,003.4 km": 1,003.35 to 1,003.45). An approximate one ("about", "roughly", "nearly") allows its own
 * grain, at most 5% either side: "about 1,000 km" allows 950 to 1,050, so an agency's 1,003.4 km agrees
 * with it; "about 318 kg" allows half a kilogram, so 309.6 kg does not; "about 950" is rounded to fifty
 * and allows 25. Two approximate figures are two estimates: they differ where their values lie further
 * apart than the finer one's slack ("about 950 km" and "about 1,000 km" differ, though each range
 * reaches 950). A bound ("over 4,000 km", "at least one missile") differs only from a figure
 * it excludes: "at least one" and "two" agree; a count's lower bound reaches only to its ceiling
 * (measure-figures.ts countReading: "more than 380" and 412 differ).
 */
import type { Reading, Tally } from './measure-figures.js';

/** At most this share of an approximate figure either side. */
const APPROXIMATE = 0.05;

/**
 * The grain a figure is written to: its last decimal; for a whole number, the place of its last digit
 * other than zero, fifty where that digit is a five ("950", "650"): 1,000 to the thousand, 6,100 to the
 * hundred, 452 to the unit.
 */
function grain(value: number, decimals: number): number {
  if (decimals > 0) return 10 ** -decimals;
  let n = Math.round(Math.abs(value));
  if (n === 0) return 1;
  let g = 1;
  while (n % 10 === 0) {
    n /= 10;
    g *= 10;
  }
  return n % 10 === 5 && g > 1 ? g * 5 : g;
}

/** The slack either side of a written figure, in its written unit. */
export function slackOf(value: number, decimals: number, bound: Reading['bound']): number {
  if (bound === 'about') return Math.min(value * APPROXIMATE, grain(value, decimals) / 2);
  return 10 ** -decimals / 2;
}

/** The values a figure allows. */
function range(r: Reading): [number, number] {
  if (r.bound === 'over') return [r.value, r.ceiling === undefined ? Infinity : r.ceiling - 1e-6];
  if (r.bound === 'under') return [0, r.value];
  return [r.value - r.slack, r.value + r.slack];
}

/** Whether two figures of one quantity differ beyond the rounding they state. */
export function readingsDisagree(a: Reading, b: Reading): boolean {
  if (a.bound === 'about' && b.bound === 'about') return Math.abs(a.value - b.value) > Math.min(a.slack, b.slack) + 1e-9;
  const [al, ah] = range(a);
  const [bl, bh] = range(b);
  return ah < bl - 1e-9 || bh < al - 1e-9;
}

/** Whether two tallies of one vote differ in a part both give. */
export function talliesDisagree(a: Tally, b: Tally): boolean {
  return (['for', 'against', 'abstain'] as const).some((part) => a[part] !== null && b[part] !== null && a[part] !== b[part]);
}
