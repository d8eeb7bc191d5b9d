/**
 * Words analysts type for what news writes otherwise (docs/api.md, search syntax): "subsea" where
 * reports say "undersea", "power outage" for a "blackout", "UAV" for a "drone". A short hand-kept
 * table, not a thesaurus: each set's terms name the same thing in news text, so a search for one also
 * takes the others. A word alone or words in a row as typed (not quoted, not in an OR group) are looked
 * up, the longest run first; the index stems, so a term is written in the singular and a plural typed
 * ("drones", "UAVs") finds it too.
 */
import type { Phrase } from './query-syntax.js';

const SETS: readonly (readonly string[])[] = [
  // Words, not phrases with "cable": "the undersea power cable" holds no "undersea cable". Not
  // "submarine" (a vessel too), which finds what it finds.
  ['subsea', 'undersea'],
  ['blackout', 'power outage', 'power cut', 'power failure', 'electricity outage'],
  ['drone', 'uav', 'unmanned aerial vehicle'],
];

/** Each term's words, lower-cased, and the set of terms it belongs to. */
const TERMS: readonly { words: readonly string[]; set: readonly Phrase[] }[] = SETS.flatMap((set) => {
  const phrases = set.map((t) => t.split(' '));
  return phrases.map((words) => ({ words, set: phrases }));
});
const LONGEST = Math.max(...TERMS.map((t) => t.words.length));

/** The word as the table writes it: lower case, a plural "s" dropped ("UAVs", "drones", "blackouts"). */
function folded(word: string): string[] {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
}

function termAt(words: readonly string[], at: number, length: number): readonly Phrase[] | null {
  for (const term of TERMS) {
    if (term.words.length !== length) continue;
    if (term.words.every((w, i) => folded(words[at + i]!).includes(w))) return term.set;
  }
  return null;
}

/**
 * The groups with each run of plain one-word groups that is a table term made one group of the set's
 * terms ("power outage": blackout OR "power outage" OR "power cut" OR ...). `plain[i]` says whether group i is a
 * single word typed bare (no quotes, no OR); other groups are kept as they are.
 */
export function withSynonyms(groups: readonly Phrase[][], plain: readonly boolean[]): Phrase[][] {
  const out: Phrase[][] = [];
  for (let i = 0; i < groups.length; ) {
    let taken = 0;
    if (plain[i]) {
      let run = 0;
      while (run < LONGEST && i + run < groups.length && plain[i + run]) run++;
      const words = groups.slice(i, i + run).map((g) => g[0]![0]!);
      for (let length = run; length >= 1 && taken === 0; length--) {
        const set = termAt(words, 0, length);
        if (set) {
          out.push(set.map((p) => [...p]));
          taken = length;
        }
      }
    }
    if (taken === 0) {
      out.push(groups[i]!);
      taken = 1;
    }
    i += taken;
  }
  return out;
}
