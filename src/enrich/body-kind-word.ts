/**
 * A capitalised common noun of a body standing alone: "a split Council", "the Board met", "the Senate
 * voted". It names the body the text writes about, not a town of that name (Council, North Carolina;
 * Congress, Arizona), unless the text names the state or province the gazetteer has that town in
 * ("Council, N.C."): review ux72a saw a weekly round-up placed at "Council, US" from its headline.
 */
import { cityCandidates } from './gazetteer/cities.js';
import { hintsFor } from './gazetteer/places.js';

/** The kinds of body news capitalises alone. */
const BODY_KIND = /^(?:Council|Board|Assembly|Committee|Commission|Parliament|Senate|Congress)$/;

/** Whether `word` is a body's kind that the text (`context`) gives no state or province to be a town in. */
export function bodyKindNoTown(word: string, context: string): boolean {
  if (!BODY_KIND.test(word)) return false;
  const candidates = cityCandidates(word);
  if (candidates.length === 0) return true;
  const { admin1 } = hintsFor(context);
  return !candidates.some((c) => c.admin1 !== null && admin1.has(`${c.country}-${c.admin1}`));
}
