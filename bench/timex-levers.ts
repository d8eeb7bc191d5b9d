/**
 * `node dist/bench/timex-levers.js [--list LEVER]`: the temporal finder's errors on the development
 * sets only (as timex-census.js), sorted by the lever that would have to change to fix each: the
 * anchor (the right kind of date on another day, same side of the creation time), the direction (the
 * other side of it), the granularity (an overlapping period of another size), a length against a
 * point or another length, a set, spans (a point missed or found over no gold) and the gold's own
 * conventions (vague references, values left open, a part of the day). Each lever's count is given per
 * 100 gold expressions of each set, so a class the three sets share at like rates (systematic) can be
 * told from one that one set or one story holds (idiosyncratic).
 */
import { fileURLToPath } from 'node:url';
import { devSets, errorsOf, type Located } from './timex-census.js';
import { canonicalValue, type TimexError } from './timex-errors.js';

/** A point value as an interval of days since 1970 (first and last day), or null for what is no point. */
export function dayInterval(value: string): [number, number] | null {
  const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;
  let m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (m) return [day(+m[1]!, +m[2]!, +m[3]!), day(+m[1]!, +m[2]!, +m[3]!)];
  m = /^(\d{4})-W(\d\d?)/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = day(+m[1]!, 1, 4);
    const monday = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7) + 7 * (+m[2]! - 1);
    return [monday, monday + 6];
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return [day(+m[1]!, 3 * +m[2]! - 2, 1), day(+m[1]!, 3 * +m[2]! + 1, 1) - 1];
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return [day(+m[1]!, 6 * +m[2]! - 5, 1), day(+m[1]!, 6 * +m[2]! + 1, 1) - 1];
  m = /^(\d{4})-(\d\d)$/.exec(value);
  if (m) return [day(+m[1]!, +m[2]!, 1), day(+m[1]!, +m[2]! + 1, 1) - 1];
  m = /^(?:FY)?(\d{4})(?:-(?:SP|SU|FA|WI))?$/.exec(value);
  if (m) return [day(+m[1]!, 1, 1), day(+m[1]!, 12, 31)];
  return null;
}

const VAGUE = /_REF$/;
const PART_OF_DAY = /T(?:MO|AF|EV|NI|DT)$/;

/** Which side of the creation day a period lies: before (-1), holding it (0), after (1). */
const side = (period: [number, number], dct: number): number => (period[1] < dct ? -1 : period[0] > dct ? 1 : 0);

/** The lever an error would need, given the document's creation time. */
export function leverOf(error: TimexError, dct: string): string {
  const gold = error.gold?.value;
  const ours = error.predicted?.value;
  if (error.kind !== 'wrong' || gold === undefined || ours === undefined) {
    const t = (error.gold ?? error.predicted)!;
    if (VAGUE.test(t.value)) return `gold convention: vague reference (${error.kind})`;
    if (t.type === 'SET') return `set (${error.kind})`;
    if (t.value.startsWith('P')) return `duration (${error.kind})`;
    return `span: a point ${error.kind}`;
  }
  if (canonicalValue(gold) === canonicalValue(ours)) return 'written another way';
  if (VAGUE.test(gold) || VAGUE.test(ours)) return 'gold convention: vague reference (another value)';
  if (error.gold!.type === 'SET' || error.predicted!.type === 'SET') return 'set (another value)';
  if (gold.startsWith('P') && ours.startsWith('P')) return 'duration: another length';
  if (gold.startsWith('P') !== ours.startsWith('P')) return 'duration against a point';
  if (gold.includes('X') && !ours.includes('X')) return 'gold convention: value left open';
  if (PART_OF_DAY.test(gold) !== PART_OF_DAY.test(ours)) return 'gold convention: part of the day';
  const g = dayInterval(gold);
  const p = dayInterval(ours);
  const day = dayInterval(dct.slice(0, 10))?.[0];
  if (!g || !p || day === undefined) return 'other';
  if (g[0] <= p[1] && p[0] <= g[1]) return 'granularity';
  const [gs, ps] = [side(g, day), side(p, day)];
  if (gs !== 0 && ps !== 0 && gs !== ps) return gs > 0 ? 'direction: gold ahead, ours back' : 'direction: gold back, ours ahead';
  return 'anchor: another period on the same side';
}

/**
 * Systematic: at least two errors in every set (one is an anecdote) and the highest rate per gold
 * expression at most twice the lowest, so no one set or story carries the class.
 */
export function systematic(counts: readonly number[], rates: readonly number[]): boolean {
  return counts.every((n) => n >= 2) && Math.max(...rates) <= 2 * Math.min(...rates);
}

function main(): void {
  const list = process.argv.indexOf('--list');
  const wanted = list >= 0 ? (process.argv[list + 1] ?? '') : null;
  const sets = devSets();
  const errors: Located[] = sets.flatMap(errorsOf);
  const lever = (e: Located): string => leverOf(e, e.doc.dct);
  if (wanted !== null) {
    for (const e of errors.filter((x) => lever(x).includes(wanted))) {
      const at = (e.gold ?? e.predicted)!;
      const around = e.doc.text.slice(Math.max(0, at.start - 70), at.end + 30).replace(/\s+/g, ' ');
      console.log(`${e.set}\t${e.doc.id}\t${e.doc.dct}\t${lever(e)}\tgold ${e.gold?.value ?? '-'}\tours ${e.predicted?.value ?? '-'}\t${around}`);
    }
    return;
  }
  const gold = sets.map((s) => s.docs.reduce((n, d) => n + d.gold.length, 0));
  const counts = new Map<string, number[]>();
  for (const e of errors) {
    const row = counts.get(lever(e)) ?? sets.map(() => 0);
    row[sets.findIndex((s) => s.label === e.set)]!++;
    counts.set(lever(e), row);
  }
  const total = (r: readonly number[]): number => r.reduce((a, b) => a + b, 0);
  const rates = (r: readonly number[]): number[] => r.map((n, i) => n / gold[i]!);
  const rate = (n: number, i: number): string => ((100 * n) / gold[i]!).toFixed(1);
  console.log(`Temporal errors on the development sets by lever (per 100 gold expressions in brackets; gold ${gold.join(' / ')})\n`);
  console.log(`| lever | ${sets.map((s) => s.label).join(' | ')} | all | systematic |`);
  console.log(`|---|${sets.map(() => '---|').join('')}---|---|`);
  for (const [key, row] of [...counts].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1))) {
    console.log(`| ${key} | ${row.map((n, i) => `${n} (${rate(n, i)})`).join(' | ')} | ${total(row)} | ${systematic(row, rates(row)) ? 'yes' : 'no'} |`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
