/**
 * The place an earlier act is told with right after its noun: "his arrest in Dubai last year", "the raid
 * at the Karlín office". Where a sentence names other places before the noun ("moved money to accounts
 * in Singapore in the weeks before his arrest in Dubai"), the one the noun governs is where the act was;
 * a city named earlier in the sentence had been taken instead (review ux70a: "Arrest in Singapore").
 */

/** What may stand between the noun and its place: "in", "at", "in the city of". */
const BETWEEN = /^\s+(?:in|at)\s+(?:the\s+(?:city\s+of\s+|town\s+of\s+)?)?$/i;

/** Of `places` (entities with offsets in `body`), the one governed by the noun ending at `nounEnd`, or undefined. */
export function placeAfterAct<T extends { start: number }>(body: string, nounEnd: number, places: readonly T[]): T | undefined {
  return places.find((e) => e.start >= nounEnd && BETWEEN.test(body.slice(nounEnd, e.start)));
}
