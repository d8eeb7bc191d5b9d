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

/** "There was no sign of X", "no sign of X at the launch": an absence noted, no presence. */
const NO_SIGN_OF = /\bno\s+(?:sign|trace)\s+of\s+$/iu;

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
    if (NO_SIGN_OF.test(head)) return true;
    if (UNKNOWN_WHETHER.test(head)) return PRESENCE_AFTER.test(body.slice(mention.end, mention.end + 40));
    const shorter = /\S+\s+$/u.exec(head);
    if (!shorter) return false;
    head = head.slice(0, head.length - shorter[0].length);
  }
  return false;
}
