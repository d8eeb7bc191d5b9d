/**
 * "restored its systems on Friday, three days after hackers broke into its network": the day of the
 * event the clause after "after" tells is the stated day less the span (Tuesday), and where the
 * sentence's own clause tells no event of its own, or only an aftermath (a restoration, an arrest, a
 * hearing), that earlier day is the one the sentence gives for an event. Likewise "two days before"
 * a stated day. Only spans of whole days or weeks ("three days", "a week"): "hours after" leaves the
 * day as it is, "days after" says no number.
 */
import type { Span, Timex } from '../model/types.js';
import { utc } from '../util/dates.js';
import { freesCaptives } from './captives-freed.js';

/** Words of something that happened: the clause after "after" must tell one. */
const HAPPENED = /\b(?:shot|shooting|killed|killing|stabbed|attack(?:ed)?|hack(?:ed|ers)?|broke (?:in|into)|breach(?:ed)?|intrusion|explosion|exploded|blast|crash(?:ed)?|struck|hit|erupted|collapsed|fire|storm|quake|earthquake|flood(?:ing)?|raid(?:ed)?|bombing|strike|seized|kidnapp(?:ed|ing)|stole|theft|heist|disappeared|went missing|was found|were found)\b/i;
/** What a sentence's own clause tells when it is an aftermath, not the event. */
const AFTERMATH = /\b(?:restor(?:ed|ing)|recover(?:ed|ing)|reopen(?:ed|ing)|arrest(?:ed)?|charged|indicted|sentenced|convicted|arraigned|appeared in court|hearing|funeral|vigil|memorial|buried|identified|released|announced|confirmed|disclosed|said|told|warned|blamed|attributed|resumed|returned|came back online)\b/i;

/**
 * What may stand between a step's day and the span after it: a phrase of the step ("on a manslaughter
 * charge", "at his home", "in connection with it") and a comma, with no other clause, day or number in it.
 */
const COMPLEMENT = /^\s+(?:on|in|at|for|with|near|outside|inside)\s+[^,;:.\d]{1,40},\s*$/i;

/** The day and week spans a duration gives (P3D, P2W), in days; null for others. */
function spanDays(value: string): number | null {
  const m = /^P(\d+)([DW])$/.exec(value);
  return m ? Number(m[1]) * (m[2] === 'W' ? 7 : 1) : null;
}

/**
 * The timexes with each stated day that a span "after" an event follows in its sentence replaced by
 * that event's day ("Friday, three days after hackers broke in": Tuesday, with the text of the span
 * and its clause as the evidence).
 */
export function withDaysAfterEvents(body: string, sentences: readonly Span[], timexes: readonly Timex[]): Timex[] {
  const out = [...timexes];
  timexes.forEach((duration) => {
    if (duration.type !== 'DURATION') return;
    const days = spanDays(duration.value);
    const link = /^\s+(after|before)\s+/i.exec(body.slice(duration.end, duration.end + 12));
    if (days === null || !link) return;
    const sentence = sentences.find((s) => s.start <= duration.start && duration.end <= s.end);
    if (!sentence) return;
    // The stated day right before the span ("on Friday, three days after"), or with the step's own short
    // complement between them ("held Thursday on a charge of reckless homicide, a day after").
    const anchorIndex = out.findIndex((t) => t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && t.end <= duration.start && t.start >= sentence.start && (duration.start - t.end <= 12 || COMPLEMENT.test(body.slice(t.end, duration.start))));
    if (anchorIndex < 0) return;
    const anchor = out[anchorIndex]!;
    const clauseEnd = body.slice(duration.end, sentence.end).search(/[;]|,\s+(?:and|but|while|as)\s|\.\s*$/);
    const clause = body.slice(duration.end + link[0].length, clauseEnd < 0 ? sentence.end : duration.end + clauseEnd);
    const own = body.slice(sentence.start, anchor.start);
    // "Pirates released the ship ... on Wednesday, 31 days after it was seized": the release is the event (captives-freed.ts).
    if (!HAPPENED.test(clause) || (HAPPENED.test(own) && !AFTERMATH.test(own)) || freesCaptives(own)) return;
    const [y, m, d] = anchor.value.split('-').map(Number) as [number, number, number];
    const day = new Date(utc(y, m - 1, d) + (link[1]!.toLowerCase() === 'after' ? -days : days) * 86400000).toISOString().slice(0, 10);
    // The words as written where a complement stands between the day and the span.
    const joined = duration.start - anchor.end <= 12 ? `${anchor.text}, ${body.slice(duration.start, duration.end + link[0].length)}` : body.slice(anchor.start, duration.end + link[0].length);
    out[anchorIndex] = { ...anchor, value: day, text: `${joined}${clause.trim()}`, anchoring: 'inferred' };
  });
  return out;
}
