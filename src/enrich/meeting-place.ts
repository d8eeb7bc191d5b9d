/**
 * Where a meeting the first sentence tells is held: "A donors' conference in Geneva on Friday raised
 * $412 million for people hit by the earthquake in Iran's Kermanshah province". The countries the
 * story is about (Iran, Iraq) tie its towns to them (place.ts), yet the meeting's town is the scene of
 * what the story reports, though no sentence names its country. Only the first sentence, and only a
 * town written right after the meeting ("talks in", "a summit held in").
 */

/** The end of the first sentence: a full stop before a capital or the end of the line. */
const SENTENCE_END = /(?<!\b\p{Lu})[.!?](?=\s+[\p{Lu}"“]|\s*$)/mu;
/** A meeting and "in" (or "at") right before the town. */
const MEETING_IN = /\b(?:conference|summit|talks|meeting|forum|negotiations|congress|convention|assembly)\s+(?:(?:was\s+|being\s+)?(?:held|hosted|convened|opened|taking\s+place)\s+)?(?:in|at)\s+$/i;

/** Whether the town named at `start` is where a meeting of the first sentence is held. */
export function meetingHeldIn(body: string, start: number): boolean {
  if (start < 0) return false;
  const sentence = SENTENCE_END.exec(body);
  if (sentence && start > sentence.index) return false;
  return MEETING_IN.test(body.slice(Math.max(0, start - 60), start));
}
