/**
 * A sentence that names another event only to set this one apart from it: "Unlike last Monday's damage
 * to the Delfin cable, which investigators blame on the freighter Morning Gull, the fault looks
 * technical", "In contrast to the earlier raid, ...", "In a separate incident, ...". What it names of
 * the other event (a ship, a body, a person) is that event's, not this one's, however near its day is:
 * a mention of a day a few days back is otherwise left to the event until a stored event answers it
 * (in-event.ts), and a ship named there had become the event's vessel (review ux73a, fault 6).
 */

/** A word that puts the compared thing at another time: "last", "earlier", a weekday's possessive, a month. */
const OTHER_TIME = String.raw`(?:last|earlier|previous|prior|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\d)\b`;

/** "Unlike", "in contrast to", "as opposed to", then within a few words a time that is not this event's. */
const CONTRAST = new RegExp(String.raw`\b(?:unlike|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to)\s+(?:[\p{L}\d'’-]+\s+){0,7}?${OTHER_TIME}`, 'iu');

/** "In a separate incident", "in an unrelated attack": the sentence tells another event. */
const SEPARATE = /\bin\s+(?:a|an)\s+(?:separate|unrelated)\b/i;

/** Whether `sentence` names another event to contrast this one with, or tells a separate one. */
export function setsAnotherEventApart(sentence: string): boolean {
  return CONTRAST.test(sentence) || SEPARATE.test(sentence);
}

/**
 * A relative or participle clause's opening after a comma: it still tells the compared thing ("..., which
 * investigators blame on ...", "..., blamed on the freighter X,").
 */
const RELATIVE_AFTER_COMMA = /^\s*(?:(?:which|who|whom|whose|where|when|that)\b|[a-z]+(?:ed|en)\s+(?:on|by|in|to|at|for|from|off)\b)/;

/**
 * The part of `sentence` that tells the other event, as [start, end): from "Unlike ..." to the comma that
 * ends the compared phrase and its relative clauses; the main clause after it is this event's ("Unlike
 * last year's raid on the same street, police caught the gang within hours, arresting Daniel Marsh":
 * Marsh is this event's, review75). The whole sentence where it tells a separate event or no comma ends
 * the phrase; null where it sets nothing apart.
 */
export function anotherEventPart(sentence: string): [number, number] | null {
  if (SEPARATE.test(sentence)) return [0, sentence.length];
  const m = CONTRAST.exec(sentence);
  if (!m) return null;
  let comma = sentence.indexOf(',', m.index + m[0].length);
  while (comma >= 0 && RELATIVE_AFTER_COMMA.test(sentence.slice(comma + 1))) comma = sentence.indexOf(',', comma + 1);
  return comma < 0 ? [0, sentence.length] : [0, comma];
}
