/**
 * People told as among the dead are some of them, not the toll: "The captain and the first officer
 * were among those killed" had read as one death (a death told without a number counts one), in a
 * crash report whose toll is 42. Such a sentence is blanked (offsets kept) before the one-death
 * readings; the counts the report gives elsewhere stand.
 */
const AMONG_DEAD = /[^.;!?\n]*\b(?:was|were|are|is)\s+(?:also\s+)?among\s+(?:those\s+(?:killed|who\s+died|who\s+were\s+killed|dead)|the\s+(?:dead|killed|fatalities|deceased))\b[^.;!?\n]*/gi;

/** The text with every sentence that tells someone as among the dead blanked out. */
export function withoutAmongDead(text: string): string {
  return text.replace(AMONG_DEAD, (m) => ' '.repeat(m.length));
}
