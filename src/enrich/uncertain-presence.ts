/**
 * A person named only to say that it is not known whether they were there ("State radio did
 * not report if the general secretary was there", "It was unclear if the minister was present", "There was no
 * sign of the president"): such a mention does not make them a participant of the event. Only
 * presence is read so: "police did not say whether Ward was armed" still has Ward in the event.
 */
import type { Span } from '../model/types.js';

/** An unknown or denied fact opening a clause: "did not say whether", "it was unclear if". */
const UNKNOWN_WHETHER =
  /\b(?:(?:did|does|do|would|could)\s+not|(?:did|does|do|would|could)n['’]t|declined\s+to|refused\s+to)\s+(?:immediately\s+)?(?:say|state|report|mention|confirm|specify|disclose|indicate|show|know)\s+(?:whether|if)\s+$|\b(?:(?:is|was|were|remains|remained)\s+(?:not\s+(?:immediately\s+)?(?:clear|known)|(?:still\s+)?(?:unclear|unknown))|no\s+(?:word|indication|confirmation)(?:\s+on)?)\s+(?:whether|if)\s+$/iu;

/** Being there: the predicate after the name that the unknown is about. */
const PRESENCE_AFTER = /^\s+(?:had\s+|has\s+)?(?:attended|attends|was\s+(?:present|there|on\s+hand|among)|were\s+(?:present|there)|had\s+been\s+(?:present|there)|took\s+part|participated|watched|witnessed|oversaw|observed|supervised|guided|accompanied|joined|was\s+in\s+attendance)\b/iu;

/**
 * "There was no sign of X" (at the parade): an attendance not seen. Not "found no trace of X", nor a
 * clause of a search: the person a search finds no trace of is missing, at the centre of the event
 * (review74 fault 7: a diver's search dropped the missing man from the participants).
 */
const NO_SIGN_OF = /\bthere\s+(?:was|were|is)\s+(?:still\s+)?no\s+sign\s+of\s+$/iu;
/** Words of a search for someone missing, in the sentence before the name. */
const SEARCH = /\b(?:search\w*|rescuers?|divers?|missing|wreck\w*|rubble|debris|sank|capsized|disappear\w*|vanish\w*)\b/iu;

/** How far before the name an opening cue is looked for ("did not say whether North Korean leader "). */
const REACH = 60;

/** Whether the mention names a person only as someone not known (or not seen) to be there. */
export function isUncertainPresence(body: string, mention: Span): boolean {
  const before = body.slice(Math.max(0, mention.start - REACH), mention.start);
  // The cue may stand up to four words before the name, which qualify it ("whether North Korean leader").
  let head = before;
  for (let words = 0; words <= 4; words++) {
    const between = before.slice(head.length);
    if (/[,;:.!?]/.test(between)) return false;
    if (NO_SIGN_OF.test(head)) return !SEARCH.test(sentenceBefore(body, mention.start));
    if (UNKNOWN_WHETHER.test(head)) return PRESENCE_AFTER.test(body.slice(mention.end, mention.end + 40));
    const shorter = /\S+\s+$/u.exec(head);
    if (!shorter) return false;
    head = head.slice(0, head.length - shorter[0].length);
  }
  return false;
}

/** The words of the name's sentence before it (back to the last full stop, at most 200 characters). */
function sentenceBefore(body: string, at: number): string {
  const before = body.slice(Math.max(0, at - 200), at);
  return before.slice(before.search(/[^.!?]*$/u));
}
