/**
 * A sentence told of another time than the report's event: "in 2011", "last year", "in an earlier
 * attack", or another event it is set against ("Unlike last Monday's damage", contrast-sentence.ts).
 * Its crew figures and its ships belong to that other event (crew-figures.ts, vessels.ts).
 */
import { setsAnotherEventApart } from './contrast-sentence.js';

const ANOTHER_TIME = /\b(?:in|since|of)\s+(?:19|20)\d\d\b|\blast\s+year\b|\byears\s+ago\b|\bin\s+(?:a|an|another|the)\s+(?:earlier|previous|separate)\b/i;

/** Whether `sentence` tells of another time than the event's own. */
export function toldOfAnotherTime(sentence: string): boolean {
  return ANOTHER_TIME.test(sentence) || setsAnotherEventApart(sentence);
}
