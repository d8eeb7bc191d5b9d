/**
 * The two claims of a sentence that tells a later step of an event against the event itself: "The
 * refinery restarted a smaller unit on Thursday, a day after a drone strike halted its main unit". The
 * clause after "a day after" is a claim of its own, the event's lead act that another report tells as
 * its lead ("Drones struck the refinery overnight into Wednesday, halting its main unit"); read whole,
 * the sentence names the later day and shares none of it (review ux73a fault 8). Only a clause with a
 * verb of its own is read so: "after a drone attack on Wednesday" names the act but tells nothing of it.
 */
import { contentCount, pastVerb, wordsOf, type ClaimClause } from './fact-clauses.js';

/** ", a day after", ", two days after", ", hours after", ", shortly after": a span back to the act told next. */
const SPAN_AFTER = /,\s+(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|hours?|weeks?)|hours|days|shortly|just|minutes)\s+after\s+/gi;

/** What may begin the subject of the clause after it: a determiner or a name. */
const SUBJECT_START = /^(?:the|a|an|its|their|his|her|\p{Lu}\p{L}*)$/u;

/** Words of the clause's subject its verb may come after ("a Ukrainian drone strike halted": four). */
const SUBJECT_WORDS = 6;

/** The sentence's claim before ", a day after" and the act told after it, or null. */
export function afterClauses(text: string): [ClaimClause, ClaimClause] | null {
  if (/https?:|www\./i.test(text)) return null;
  for (const m of text.matchAll(SPAN_AFTER)) {
    const at = m.index! + m[0].length;
    const rest = wordsOf(text.slice(at));
    if (!rest[0] || !SUBJECT_START.test(rest[0].raw)) continue;
    // The clause's own verb within a few words of its subject ("a Ukrainian drone strike halted").
    let verb = -1;
    for (let i = 1; i <= SUBJECT_WORDS && i < rest.length; i++) {
      if (pastVerb(rest[i]!)) {
        verb = i;
        break;
      }
    }
    if (verb < 0) continue;
    // A verb right after "a" or "the" is a participle before a noun ("a wounded man was found"): the
    // subject must hold a word of its own before the verb.
    if (verb < 2 && /^(?:the|a|an|its|their|his|her)$/i.test(rest[0].raw)) continue;
    const firstEnd = m.index!;
    const first = text.slice(0, firstEnd);
    const own = text.slice(at);
    if (contentCount(wordsOf(first)) < 3 || contentCount(rest) < 3) continue;
    const firstVerb = wordsOf(first).find((w) => pastVerb(w));
    if (!firstVerb) continue;
    const shown = own.charAt(0).toUpperCase() + own.slice(1);
    return [
      { start: 0, end: firstEnd, read: first, shown: first, verb: firstVerb.lower },
      { start: at, end: text.length, read: own, shown, verb: rest[verb]!.lower },
    ];
  }
  return null;
}
