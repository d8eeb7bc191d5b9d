/**
 * Who gives each figure of an outbreak's deaths (casualty-illness.ts), kept for every figure a report
 * credits to someone: a ministry and a charity often count the dead differently on the same day ("the
 * ministry says 58 people have died, but the charity puts the toll at 66"), and the event can only show
 * that dispute, or follow one teller's running total over weeks, if each figure keeps its teller.
 * A sentence's clauses are read apart (", but", ";", "while"), each with its own speaker; a figure
 * told as another's count ("the nine deaths in the government's official tally") is that other's.
 * A day's count ("two deaths in the past 24 hours") and a figure no one is named for are not claims.
 */
import type { CasualtyClaim } from '../model/types.js';
import { type ClaimContext, speakerIn, speakerName } from './casualty-claims.js';
import { illnessDeathFigures } from './casualty-illness.js';

/** Where a sentence parts into clauses with speakers of their own. */
const CLAUSE_BREAK = /,\s+(?:but|while|whereas)\s+|;\s+|\s+(?:while|whereas)\s+/gi;
/** "X puts the toll at 66", "X counts 70 deaths": a teller before a verb of counting, which `speakerIn` does not know. */
const COUNTER_FIRST = /^\s*(.{2,100}?)\s+(?:puts|put|gives|gave|estimates|estimated|counts|counted|reckons)\b/i;
/** A verb of speaking, or "according to": the words `speakerIn` takes a speaker from. */
const ATTRIBUTION = /\b(?:said|says|say|told|claimed|claims|insisted|insists|stated|states|announced|announces|reported|reports|added|adds|according\s+to)\b/i;
/** "the nine deaths in the government's official tally": a figure credited to another's count. */
const TALLY_OF = /\b(?:in|on|by)\s+(?:the\s+)?([\p{L}'’ -]{2,50}?)['’]s?\s+(?:own\s+|official\s+|latest\s+)*(?:tally|count|figures?|toll|records?)\b/giu;

export function findIllnessClaims(context: ClaimContext): CasualtyClaim[] {
  const { body } = context;
  const figures = illnessDeathFigures(body);
  if (figures.length === 0) return [];
  const claims: CasualtyClaim[] = [];
  for (const { start, end } of context.sentences) {
    const mine = figures.filter((f) => f.at >= start && f.at < end);
    if (mine.length === 0 || context.elsewhere.some((s) => s.start < end && start < s.end)) continue;
    const sentence = body.slice(start, end);
    // Only a sentence that says who speaks has a speaker: a trailing ", with 214 cases confirmed" is none.
    const whole = ATTRIBUTION.test(sentence) ? speakerIn(sentence, start, context) : null;
    // The clauses' bounds, as offsets into the body.
    const bounds = [start];
    for (const m of sentence.matchAll(CLAUSE_BREAK)) bounds.push(start + m.index + m[0].length);
    bounds.push(end);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [from, to] = [bounds[i]!, bounds[i + 1]!];
      const clause = body.slice(from, to);
      const counter = COUNTER_FIRST.exec(clause);
      const byCounter = counter ? speakerName(counter[1]!, from + counter.index, context) : null;
      const own = i === 0 ? (whole ?? byCounter) : (byCounter ?? (ATTRIBUTION.test(clause) ? speakerIn(clause, from, context) : null) ?? whole);
      const credited = [...clause.matchAll(TALLY_OF)].map((m) => ({ from: from + m.index, to: from + m.index + m[0].length, words: m[1]!, at: from + m.index + m[0].indexOf(m[1]!) }));
      for (const f of mine.filter((x) => x.at >= from && x.at < to)) {
        // The tally's owner where the figure sits just before "in X's tally" (within a few words).
        const tally = credited.find((c) => c.from >= f.at && c.from - f.at <= 30);
        const by = tally ? speakerName(tally.words, tally.at, context) : own;
        if (by) claims.push({ kind: 'died', value: f.value, by });
      }
    }
  }
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.value}/${c.by}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
