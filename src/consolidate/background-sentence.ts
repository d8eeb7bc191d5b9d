/**
 * A sentence of background, not of the event: what a country did last year, where it ranks, its
 * record ("Lakeland was among the countries that jailed the most reporters last year"). A summary
 * tells the event first; such a sentence is taken only where no sentence of the event is left.
 */
const BACKGROUND = /\b(?:last\s+year|the\s+previous\s+year|in\s+recent\s+years|among\s+the\s+(?:countries|nations|world['’]s)|one\s+of\s+the\s+(?:most|least|worst|deadliest)\s+(?:[\p{L}-]+\s+)?(?:countries|places|nations|states|regions)|rank(?:s|ed|ing)?\s+(?:\d|first|second|third|last|among|near|bottom|top)|(?:freedom|press|corruption|peace|development)\s+index)\b/iu;

export function isBackground(text: string): boolean {
  return BACKGROUND.test(text);
}
