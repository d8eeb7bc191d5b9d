/**
 * The one percentage a fact's sentence gives, where it gives no party's or person's share (those are
 * compared by holder: facts.ts sharesOf, share-holders.ts). Sentences grouped as one claim that give
 * one percentage each give one figure ("stakes of up to 40%" / "stakes of up to 45%"): where they
 * differ, the outlets disagree, and the one that gives another figure is no source of the fact. A
 * sentence with two or more percentages says nothing sure of which is the other's.
 */
const PERCENTAGE = /(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)/gi;

export function lonePercentage(text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(PERCENTAGE)) {
    if (found !== null) return null;
    found = String(Number(m[1]));
  }
  return found;
}
