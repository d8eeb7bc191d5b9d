/**
 * Patterns that open on a count, tried only where a count starts: most texts have few counts, and a
 * global scan of twenty patterns tried each one at every word.
 */

import { COUNT_FIRST, NUMBER, NUMBER_READ } from './casualty-count.js';

/**
 * Most patterns open on a count, which is rare in a text: they are tried only where one starts (found once
 * per text) instead of at every word, at a fifth of the cost. Sticky copies matched from those places,
 * each past the last match's end, find what a global scan finds.
 */
const COUNT_STARTS = /\b(?=\d|a dozen|dozens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/gi;
const OPENS_ON_COUNT = String.raw`\b${COUNT_FIRST}`;
/**
 * A count read where it starts, as NUMBER reads it. Every pattern that opens on a count reads NUMBER
 * first, so a start where NUMBER fails is no start of theirs, and where it reads, NUMBER's guards
 * (lookbehinds at the start, the costliest part of the casualty scan) hold for each of them: checked
 * here once per start instead of by each of some twenty patterns. Case-insensitive, as they all are.
 */
const COUNT_AT = new RegExp(String.raw`\b${NUMBER}`, 'iy');

/**
 * Where NUMBER begins in a pattern's source, when only zero-width tests come before it (`\b`,
 * COUNT_FIRST and one lookbehind: "not after 'of the'"); otherwise -1.
 */
function numberAt(source: string): number {
  if (source.startsWith(`\\b${NUMBER}`)) return 2;
  if (!source.startsWith(OPENS_ON_COUNT)) return -1;
  const rest = source.slice(OPENS_ON_COUNT.length);
  if (!rest.startsWith('(?<!')) return -1;
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < rest.length && rest[i] !== ']') i += rest[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return rest.startsWith(NUMBER, i + 1) ? OPENS_ON_COUNT.length + i + 1 : -1;
  }
  return -1;
}

/**
 * A sticky copy of a pattern that opens on a count, to be tried at the count starts alone. One that
 * reads NUMBER first is tried only where COUNT_AT read a count, so its copy leaves out NUMBER's guards.
 */
interface Anchored {
  pattern: RegExp;
  afterCount: boolean;
}

function anchor(pattern: RegExp): Anchored | null {
  if (!pattern.source.startsWith(OPENS_ON_COUNT)) return null;
  const flags = pattern.flags.replace('g', '') + 'y';
  const at = numberAt(pattern.source);
  if (at < 0 || !pattern.flags.includes('i')) return { pattern: new RegExp(pattern.source, flags), afterCount: false };
  const lean = pattern.source.slice(0, at) + COUNT_FIRST + NUMBER_READ + pattern.source.slice(at + NUMBER.length);
  return { pattern: new RegExp(lean, flags), afterCount: true };
}

const ANCHORED = new Map<RegExp, Anchored | null>();

export interface CountStarts {
  /** Where a count may start (COUNT_STARTS). */
  all: number[];
  /** Those of them where NUMBER reads a count. */
  counts: number[];
}

export function countStarts(text: string): CountStarts {
  const all: number[] = [];
  const counts: number[] = [];
  for (const m of text.matchAll(COUNT_STARTS)) {
    all.push(m.index);
    COUNT_AT.lastIndex = m.index;
    if (COUNT_AT.test(text)) counts.push(m.index);
  }
  return { all, counts };
}

/** pattern.matchAll(text), from the count starts alone when the pattern opens on a count. */
export function* matchesOf(pattern: RegExp, text: string, starts: CountStarts): Generator<RegExpExecArray> {
  if (!ANCHORED.has(pattern)) ANCHORED.set(pattern, anchor(pattern));
  const anchored = ANCHORED.get(pattern);
  if (!anchored) {
    yield* text.matchAll(pattern);
    return;
  }
  let end = 0;
  for (const at of anchored.afterCount ? starts.counts : starts.all) {
    if (at < end) continue;
    anchored.pattern.lastIndex = at;
    const m = anchored.pattern.exec(text);
    if (m) end = Math.max(at + 1, m.index + m[0].length);
    if (m) yield m;
  }
}
