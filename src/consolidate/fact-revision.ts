/**
 * A sentence that sets its figure against another it names ("about 95 kilometres long ... longer than
 * the 70 km it reported a day earlier", "up from 40"): it tells a new figure, and the figure it is set
 * against is not its claim. Such a sentence is no member of a fact that gives only that older figure
 * (review ux73a fault 3: a follow-up's 95 km was folded into the first day's 70 km fact and credited to it).
 */
import { numbersByKind } from './fact-numbers.js';

/** A figure a sentence compares with, after "than" or a move's "from" ("longer than the 70 km", "up from 40"). */
const COMPARED = /\b(?:than|(?:up|down|revised|raised|lowered|rose|fell|increased|decreased|jumped|climbed)\s+from)\s+(?:(?:the|an?|its|their|some|about|around|roughly|nearly|almost)\s+)*(\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?|[a-z]+(?:-[a-z]+)?)\b/gi;

/** The figures (numbersByKind's 'figure' values) a sentence sets its own against. */
function comparedFigures(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(COMPARED)) for (const v of numbersByKind(m[1]!).get('figure') ?? []) out.add(v);
  return out;
}

/**
 * Whether `sentence` gives a figure of its own against `fact`'s: it names one of the fact's figures as
 * what it compares with, and none of its other figures is the fact's.
 */
function revises(sentence: string, fact: string): boolean {
  const compared = comparedFigures(sentence);
  if (compared.size === 0) return false;
  const theirs = numbersByKind(fact).get('figure');
  if (!theirs || ![...compared].some((v) => theirs.has(v))) return false;
  const own = [...(numbersByKind(sentence).get('figure') ?? [])].filter((v) => !compared.has(v));
  return own.length > 0 && !own.some((v) => theirs.has(v));
}

/** Whether either sentence tells a new figure against the other's (see revises): two claims, in either order. */
export function revisedFigure(a: string, b: string): boolean {
  return revises(a, b) || revises(b, a);
}
