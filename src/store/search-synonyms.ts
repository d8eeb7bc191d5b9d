/**
 * Words analysts type for what news writes otherwise (docs/api.md, search syntax): "subsea" where
 * reports say "undersea", "power outage" for a power "blackout", "UAV" for a "drone". A short hand-kept
 * table, not a thesaurus: each set's terms name the same thing in news text, so a search for one also
 * takes the others. A word alone or words in a row as typed (not quoted, not in an OR group) are looked
 * up, the longest run first; the index stems, so a term is written in the singular and a plural typed
 * ("drones", "UAVs") finds it too.
 */
import type { Phrase } from './query-syntax.js';

interface SynonymSet {
  terms: readonly string[];
  /**
   * A word news also uses of other things ("an internet blackout", "a media blackout"): typed, it takes
   * the set's terms; a search for another term takes it only in a text with one of `context` too.
   * Each term holds a context word ("power cut": "power"), so the context asks nothing more of them.
   */
  loose?: { term: string; context: readonly string[] };
}

const SETS: readonly SynonymSet[] = [
  // Words, not phrases with "cable": "the undersea power cable" holds no "undersea cable". Not
  // "submarine" (a vessel too), which finds what it finds.
  { terms: ['subsea', 'undersea'] },
  // Review74: "power cut" found an internet blackout in Tigray through the bare word.
  { terms: ['power outage', 'power cut', 'power failure', 'electricity outage'], loose: { term: 'blackout', context: ['power', 'electricity', 'grid'] } },
  { terms: ['drone', 'uav', 'unmanned aerial vehicle'] },
];

/** Each term's words, lower-cased, and the groups a search for it takes (more than one: all of them). */
const TERMS: readonly { words: readonly string[]; groups: readonly (readonly Phrase[])[] }[] = SETS.flatMap(({ terms, loose }) => {
  const phrases = terms.map((t) => t.split(' '));
  if (!loose) return phrases.map((words) => ({ words, groups: [phrases] }));
  const all = [[loose.term], ...phrases];
  // (a term) OR (the loose word AND a context word), written as the two groups it equals:
  // (a term OR the loose word) AND (a context word), each term holding a context word.
  const precise = [[...phrases, [loose.term]], loose.context.map((w) => [w])];
  return [{ words: [loose.term], groups: [all] }, ...phrases.map((words) => ({ words, groups: precise }))];
});
const LONGEST = Math.max(...TERMS.map((t) => t.words.length));

/** The word as the table writes it: lower case, a plural "s" dropped ("UAVs", "drones", "blackouts"). */
function folded(word: string): string[] {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
}

function termAt(words: readonly string[], at: number, length: number): readonly (readonly Phrase[])[] | null {
  for (const term of TERMS) {
    if (term.words.length !== length) continue;
    if (term.words.every((w, i) => folded(words[at + i]!).includes(w))) return term.groups;
  }
  return null;
}

/**
 * The groups with each run of plain one-word groups that is a table term made the groups of its set
 * ("UAV": drone OR uav OR "unmanned aerial vehicle"; "power cut": "power outage" OR "power cut" OR ... OR
 * blackout, and power OR electricity OR grid). `plain[i]` says whether group i is a single word typed bare
 * (no quotes, no OR); other groups are kept as they are.
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
        const groups = termAt(words, 0, length);
        if (groups) {
          for (const group of groups) out.push(group.map((p) => [...p]));
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
