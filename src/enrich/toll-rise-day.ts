/**
 * The day a toll rose on: "The death toll from the crash of flight 418 rose to 42 on Wednesday after an
 * injured passenger died", "the number of dead reached 12 on Sunday". The day is when the count moved,
 * never when the crash or the quake happened, so it does not date the report's event: the report is
 * dated by the day it gives the event itself, else by its publication (review ux71b: a toll's rise a
 * day after a crash dated its report by the rise, and the event showed a date disagreement).
 */
const TOLL_ROSE_BEFORE = /\b(?:toll|number\s+of\s+(?:dead|deaths|people\s+killed|victims|injured|wounded))\b[^.;!?]{0,80}?\b(?:(?:rose|risen|climbed|increased|jumped|mounted|grew|went\s+up)\s+to|reached)\s+(?:at\s+least\s+)?\d[\d,]*\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$/i;

/** Whether the words of a day's sentence before it end with a toll's rise to a figure: "the toll rose to 42 on ". */
export function tollRoseOn(opening: string): boolean {
  return TOLL_ROSE_BEFORE.test(opening);
}
