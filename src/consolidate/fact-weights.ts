/**
 * How much a shared word says that two sentences make one claim, within one event. A word that the
 * event's reports write in many of their sentences (the victim's name, "fire", "police", a lemma that
 * folds death / died / killed) joins loosely related sentences of long stories; a word about as
 * frequent as the reports themselves is what a claim repeated by each report looks like.
 */

/**
 * Each word's weight: 1 up to as many sentences as there are reports (one mention per report is what a
 * claim every report repeats gives), falling as reports / sentences beyond that. Words of weight 1 are
 * left out of the map. Sentences are word lists (or sets); a report is a list of them.
 */
export function wordWeights(reports: readonly (readonly (readonly string[] | ReadonlySet<string>)[])[]): Map<string, number> {
  const sentencesWith = new Map<string, number>();
  let writing = 0;
  for (const sentences of reports) {
    if (sentences.length > 0) writing++;
    // A set (groupFacts' sentences are kept as sets) needs no other made at each grouping to count a word once.
    for (const words of sentences) for (const w of words instanceof Set ? words : new Set(words)) sentencesWith.set(w, (sentencesWith.get(w) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [w, n] of sentencesWith) if (n > writing) weights.set(w, writing / n);
  return weights;
}
