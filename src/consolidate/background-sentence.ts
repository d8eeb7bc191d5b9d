/**
 * A sentence of background, not of the event: what a country did last year, where it ranks, its
 * record ("Lakeland was among the countries that jailed the most reporters last year"). A summary
 * tells the event first; such a sentence is taken only where no sentence of the event is left.
 */
const BACKGROUND = /\b(?:last\s+year|the\s+previous\s+year|in\s+recent\s+years|among\s+the\s+(?:countries|nations|world['’]s)|one\s+of\s+the\s+(?:most|least|worst|deadliest)\s+(?:[\p{L}-]+\s+)?(?:countries|places|nations|states|regions)|rank(?:s|ed|ing)?\s+(?:\d|first|second|third|last|among|near|bottom|top)|(?:freedom|press|corruption|peace|development)\s+index)\b/iu;

/**
 * Where an earlier case stands, told as its state still holding ("the tanker's master remains barred from
 * leaving Finland", "the two men are still in custody"): a follow-up's line on the matter behind it, not
 * its own event's news (review ux73a fault 14: it stood second in the summary of the sanctions it followed).
 */
const STILL_HELD = /\b(?:remains?|remained|(?:is|are|was|were)\s+still)\s+(?:barred|banned|detained|held|jailed|in\s+(?:custody|detention|jail|prison)|under\s+(?:arrest|house\s+arrest|investigation|a\s+travel\s+ban))\b/i;

export function isBackground(text: string): boolean {
  return BACKGROUND.test(text) || STILL_HELD.test(text);
}
