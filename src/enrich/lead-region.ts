/**
 * A province the first sentence sets the story in, over a town of another country that only a later
 * paragraph names: "The number of people killed by Tuesday's earthquake in Kermanshah province has
 * risen to 318 ..." and, four paragraphs on, "a convoy was attacked on the road to Halabja". The later
 * town is an aside about another place (often another story), and the lead's province is the scene.
 * A town named in the first paragraph, or in the province's own country, keeps its place (place.ts).
 */
import type { Entity } from '../model/types.js';

/** The end of the first sentence: a full stop before a capital or the end of the line. */
const SENTENCE_END = /(?<!\b\p{Lu})[.!?](?=\s+[\p{Lu}"“]|\s*$)/mu;

/**
 * The region (or city) among `introduced` (places written after "in", "near"...) that the first sentence names,
 * of another country than the town the ranking chose (first named at `townStart`), where that town is
 * first named past the first paragraph; else null.
 */
export function regionOverLaterTown(body: string, introduced: readonly Entity[], townStart: number, townCountry: string | null): Entity | null {
  if (!townCountry) return null;
  const paragraph = body.indexOf('\n');
  if (townStart < (paragraph < 0 ? body.length : paragraph)) return null;
  const sentence = SENTENCE_END.exec(body);
  const sentenceEnd = sentence ? sentence.index : body.length;
  // The tagger reads a province named like its capital as the city ("in Kermanshah province"): either serves.
  return introduced.find((e) => (e.subtype === 'region' || e.subtype === 'city') && e.country && e.country !== townCountry && e.start < sentenceEnd) ?? null;
}
