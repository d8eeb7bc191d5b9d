/**
 * The peer for the temporal-expression benchmark: chrono-node alone, as a developer would use it
 * without our rules. One parse per sentence against the creation time, nearest-date resolution
 * (forwardDate off), and a TimeML value from the components chrono states or implies: no past bias,
 * no durations, no sets.
 */
import * as chrono from 'chrono-node';
import type { Span } from '../src/model/types.js';
import type { Predicted } from './timex-scoring.js';

/** The creation time as a local Date, the instant chrono resolves relative expressions against. */
export function dctInstant(dct: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(dct);
  if (!m) return new Date(2000, 0, 1, 12);
  return new Date(+m[1]!, +m[2]! - 1, +m[3]!, m[4] ? +m[4] : 12, m[5] ? +m[5] : 0);
}

export function chronoTimexes(body: string, sentences: readonly Span[], instant: Date): Predicted[] {
  const out: Predicted[] = [];
  for (const sentence of sentences) {
    for (const r of chrono.parse(body.slice(sentence.start, sentence.end), instant, { forwardDate: false })) {
      const c = r.start;
      const pad = (n: number): string => String(n).padStart(2, '0');
      let value = `${c.get('year')}`;
      if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('month')!)}`;
      if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(c.get('day')!)}`;
      const timed = c.isCertain('hour') && value.length === 10;
      if (timed) value += `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`;
      const start = sentence.start + r.index;
      out.push({ start, end: start + r.text.length, type: timed ? 'TIME' : 'DATE', value });
    }
  }
  return out;
}
