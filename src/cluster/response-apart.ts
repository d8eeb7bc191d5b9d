/**
 * A state's response told with its own day after the act it answers: a condemnation in the foreign
 * ministers' phone call the day after a missile launch, a council's statement (or its failure) two days
 * on, a protest lodged the next day. It is an event of its own, which its record lists the act as an
 * earlier event of; folded into the launch, its day read as a disagreement over the launch's date and
 * its ministers as the launch's participants (review ux72a). A response told on the act's own day
 * ("Japan protested as the missile fell") stays with the act, as a government's first word is part of
 * the story. Crimes say nothing here: a police statement the day after a shooting is the shooting's
 * follow-up (GVA), and the act's key of a crime names no state (lead-act.ts).
 */
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';

/** Acts a state answers: a launch or a test, sanctions. */
const ANSWERED = new Set(['launch', 'sanction']);
/** Acts that answer: a statement (condemned, protested, rejected), a council's vote. */
const RESPONSES = new Set(['statement', 'vote']);

/** The kind of a state's act key ("statement:JP+KR>KP"), or null when it names no state. */
function stateKind(key: string): string | null {
  const at = key.indexOf(':');
  const actors = key.slice(at + 1).split('>')[0];
  return at > 0 && actors ? key.slice(0, at) : null;
}

/**
 * Whether a response and an event of responses alone were told on other days: the ministers' call on
 * Wednesday and the council's meeting on Thursday answer one launch, and are two events; so are a
 * protest lodged on the launch's day and a call of the same ministers the next day, which had gathered
 * the protest and then the launch when the call was read first. An event one of whose reports gives the
 * article's day may be the same response told by outlets that dated it apart, and keeps the pair.
 */
function responsesOnOtherDays(event: EventProfile, day: string): boolean {
  const acts = event.acts ?? [];
  return acts.length > 0 && acts.every((a) => RESPONSES.has(stateKind(a) ?? '')) && !event.dates.includes(day);
}

/**
 * Whether the article and the event are an act and a response told on a later day of its own, either
 * way round: the article leads with a response (or a meeting of ministers) dated in its text after every
 * day of an event whose reports lead with the act; or the article leads with the act, dated in its text
 * before every day of an event whose reports lead with responses alone; or the article's response and
 * the event's responses were told on other days (responsesOnOtherDays). A report that leads with no
 * state's act is never set apart this way: an incident's own report (a breach) and a government's later
 * attribution of it are one event (lead-act.ts reads a leader's "oversaw the launch" as the launch).
 */
export function responseApart(article: ArticleFeatures, event: EventProfile): boolean {
  const day = article.date;
  if (!day || article.datedInText !== true || event.dates.length === 0) return false;
  const own = article.act ? stateKind(article.act) : null;
  const kinds = (event.acts ?? []).map(stateKind);
  if ((own !== null && RESPONSES.has(own)) || article.meeting === true) {
    if (kinds.some((k) => k !== null && ANSWERED.has(k)) && event.dates.every((d) => d < day)) return true;
    return own !== null && responsesOnOtherDays(event, day);
  }
  if (own !== null && ANSWERED.has(own)) {
    const responsesOnly = kinds.length > 0 ? kinds.every((k) => k !== null && RESPONSES.has(k)) : (event.meetings ?? 0) === event.size;
    return responsesOnly && event.dates.every((d) => d > day);
  }
  return false;
}
