/**
 * Links to an event from the stored events that refer to it as an earlier event but were written
 * before it: a follow-up ("last month's theft from the exchange") read before the report of the theft
 * itself had nothing to link to, and would have stayed unlinked whatever arrived later. Arrival order
 * should not decide what an analyst sees, so each event, as it is written, looks for such mentions.
 *
 * A stored event keeps one index key per unlinked mention and word of its description ("2024-05 theft"),
 * so finding the events that may mean this one is a lookup of its date prefixes with its words (those
 * of its title and summary, and the event nouns of its facts and themes: answeringText), not a
 * scan; only those found read their articles, and the mention is then judged exactly as when the
 * follow-up was written (consolidateRelated with a lookup that knows this event alone).
 */
import type { Article, NewsEvent, RelatedEvent, WaitingMention } from '../model/types.js';
import { answersWaiting, stillWaiting } from './near-waiting.js';
import type { PipelineContext } from '../pipeline-context.js';
import type { Store } from '../store/store.js';
import { Lru } from '../util/lru.js';
import { hashString } from '../util/hash.js';
import { contentWords } from './facts.js';
import { answerWords, type CandidateRank, commonWords, type EventLookup, judgeRelated, mentionScore, outranks, rankCandidate, surnames } from './related.js';

/**
 * What each event was when it last looked for waiting mentions, per store: an event written again
 * unchanged in date and the words it answers with (most articles that join an event leave those alone) has
 * answered every mention written before; one written since looked it up itself.
 */
const lastLooked = new WeakMap<Store, Lru<string, number>>();
const LOOKED_CAPACITY = 20_000;

/** Events read per written event at most: a day named by more unlinked mentions than this is rare. */
const AWAITING_LIMIT = 50;

/** A date a stored event can be found by: a year, a month or a day (not "2024-W12" or "2024-Q2"). */
const PLAIN_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Before a linked mention's key: a mention linked already still waits for a stored event that answers
 * it better (related.ts outranks), under keys of its own, so that an unlinked one's keys find only those.
 */
export const LINKED_KEY = '~';

/**
 * The index keys of an event's mentions of earlier events: of those no stored event answers yet, and
 * (after LINKED_KEY) of those linked, which a better answer written later may take.
 */
export function awaitingKeys(event: Pick<NewsEvent, 'related' | 'nearWaiting'>): string[] {
  const keys = new Set<string>();
  // A near mention kept unshown (near-waiting.ts) waits under the keys of an unlinked one.
  for (const r of [...(event.related ?? []), ...(event.nearWaiting ?? [])]) {
    if (!PLAIN_DATE.test(r.date)) continue;
    const linked = 'eventId' in r && !!r.eventId;
    for (const word of contentWords(r.description)) {
      keys.add(`${linked ? LINKED_KEY : ''}${r.date} ${word}`);
      // A linked mention dated by the day of the event it took in ("last week's damage to the Aegna
      // Link" joined with "the Amber Link outage last Friday", both linked to the outage) waits under
      // its month too: an event of another day of that month that answers it better finds it (review
      // ux73a, reverse order: the cable damage of four days before stored last never took the link back).
      if (linked && r.date.length === 10) keys.add(`${LINKED_KEY}${r.date.slice(0, 7)} ${word}`);
    }
  }
  return [...keys];
}

/** The text an event answers mentions with: its title, its summary and the event nouns of its facts and themes (answerWords). */
export function answeringText(event: Pick<NewsEvent, 'title' | 'summary' | 'facts' | 'themes'>): string {
  return `${event.title} ${event.summary} ${answerWords(event)}`;
}

/**
 * The keys under which mentions of this event wait: its year, month and day, each with each word it
 * answers with (answeringText). `answering`: those words, where the caller has read them already (a
 * build's event is read for them once: its facts run to thousands of words).
 */
export function answeringKeys(event: Pick<NewsEvent, 'date' | 'title' | 'summary' | 'facts' | 'themes'> & { participants?: NewsEvent['participants'] }, leaveOut: ReadonlySet<string> = new Set(), answering?: Iterable<string>): string[] {
  if (!event.date || !/^\d{4}-\d{2}-\d{2}/.test(event.date)) return [];
  const prefixes = [event.date.slice(0, 4), event.date.slice(0, 7), event.date.slice(0, 10)];
  // The participants' surnames (answerWords) score a mention that names the person, but a mention waits
  // under the words of its description ("2026-11-03 arrest"), never a surname: no keys of their own.
  const named = contentWords(surnames(event.participants ?? []));
  const told = named.size > 0 ? contentWords(`${event.title} ${event.summary}`) : named;
  const words = [...(answering ?? contentWords(answeringText(event)))].filter((w) => !leaveOut.has(w) && (!named.has(w) || told.has(w)));
  return prefixes.flatMap((p) => words.map((w) => `${p} ${w}`));
}

/**
 * The stored events whose unlinked mentions this event answers, with those mentions linked to it.
 * `skip`: events not to rewrite (this one, and those merged into it in the same commit).
 */
export async function linkEarlierMentions(event: NewsEvent, skip: ReadonlySet<string>, sample: number, context: PipelineContext): Promise<NewsEvent[]> {
  let looked = lastLooked.get(context.store);
  if (!looked) lastLooked.set(context.store, (looked = new Lru(LOOKED_CAPACITY)));
  const text = answeringText(event);
  // A hash, not the text: 20,000 summaries would hold megabytes (a collision skips one look, once).
  const state = hashString(`${event.date}\u0000${text}`);
  if (looked.get(event.id) === state) return [];
  looked.set(event.id, state);
  // A mention needs a word of its description that is not common in the store (mentionScore): the
  // common words' keys ("2014 shoot" in a store of shootings) find only events that cannot be linked.
  const words = contentWords(text);
  const common = commonWords(await context.store.termStats([...words]));
  const keys = answeringKeys(event, common, words);
  if (keys.length === 0) return [];
  const out: NewsEvent[] = [];
  // The texts of the events mentions are linked to now, read once per call.
  const targets = new Map<string, Candidate | null>();
  const targetText = async (id: string): Promise<Candidate | null> => {
    if (!targets.has(id)) {
      const stored = await context.store.getEvent(id);
      targets.set(id, stored && stored.date ? { id, date: stored.date, title: stored.title, text: answeringText(stored) } : null);
    }
    return targets.get(id)!;
  };
  for (const waiting of await context.store.eventsAwaitingEarlier([...keys, ...keys.map((k) => `${LINKED_KEY}${k}`)], AWAITING_LIMIT)) {
    // (An event cannot be the earlier event of one that happened before it: consolidateRelated bounds the date.)
    if (skip.has(waiting.id) || waiting.id === event.id) continue;
    const articles = await context.store.articlesOfEvent(waiting.id, { sample });
    // Mentions linked to other events already: this event may answer one of them better (related.ts
    // outranks). The mentions are judged again as the build judges them, choosing among this event and
    // the events linked now, so that where a link ends up does not depend on which came first.
    const others = [...new Set(waiting.related.map((r) => r.eventId).filter((id): id is string => !!id && id !== event.id))];
    if (others.length > 0) {
      const rejudged = await judgeAmong(event, text, others, articles, waiting, targetText, context);
      if (rejudged) out.push({ ...withoutWaiting(waiting), related: rejudged.related, ...stillWaiting(waiting.nearWaiting, rejudged.answered), updatedAt: context.now() });
      continue;
    }
    const onlyThis: EventLookup = async (prefix, words, names = [], notAfter, notBefore) => {
      if (!event.date!.startsWith(prefix) || (notAfter && event.date!.slice(0, 10) > notAfter) || (notBefore && event.date!.slice(0, 10) < notBefore)) return null;
      const common = commonWords(await context.store.termStats([...words, ...names]));
      return mentionScore(text, words, names, prefix, common, event.title) > 0 ? event.id : null;
    };
    // Each mention as it was listed unlinked is matched with the parts of what the judgement linked: two
    // unlike ones linked to this event are listed as one, under one description and the finer date.
    const judged = (await judgeRelated(articles, waiting.id, onlyThis, waiting.date)).filter((j) => j.related.eventId === event.id);
    const answering = judged.flatMap((j) => j.parts);
    let linked = false;
    const related = waiting.related.map((r): RelatedEvent => {
      if (r.eventId) return r;
      const words = contentWords(r.description);
      const answered = answering.some((p) => p.date === r.date && (p.description === r.description || [...contentWords(p.description)].some((w) => words.has(w))));
      if (!answered) return r;
      linked = true;
      return { ...r, eventId: event.id };
    });
    // A near mention kept waiting (near-waiting.ts) that this event answers is listed now, linked.
    const near = waiting.nearWaiting ?? [];
    for (const j of judged) {
      if (!j.parts.some((p) => near.some((w) => answersWaiting(p, w)))) continue;
      related.push({ ...j.related, sources: [...j.related.sources] });
      linked = true;
    }
    related.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (!linked) continue;
    // Two mentions now linked to this event are one, as consolidateRelated makes them.
    const first = related.find((r) => r.eventId === event.id)!;
    const merged = related.filter((r) => r === first || r.eventId !== event.id);
    for (const r of related) {
      if (r === first || r.eventId !== event.id) continue;
      first.sources = [...new Set([...first.sources, ...r.sources])];
      if (r.date.length > first.date.length) first.date = r.date;
    }
    out.push({ ...withoutWaiting(waiting), related: merged, ...stillWaiting(waiting.nearWaiting, answering), updatedAt: context.now() });
  }
  return out;
}

/** The event without its waiting near mentions, which the caller sets again (stillWaiting). */
function withoutWaiting(event: NewsEvent): NewsEvent {
  const { nearWaiting: _nearWaiting, ...rest } = event;
  return rest;
}

/** A stored event as a mention's candidate: its date, title and the text it answers with (answeringText). */
interface Candidate {
  id: string;
  date: string;
  title: string;
  text: string;
}

/**
 * The waiting event's mentions judged again with a lookup that chooses, by related.ts outranks, among
 * `event` and the events its mentions are linked to now (`others`); null where nothing changes or
 * `event` takes no link. The others won against every event stored before them, so the best of these
 * is the one the build would choose now.
 */
async function judgeAmong(event: NewsEvent, text: string, others: readonly string[], articles: readonly Article[], waiting: NewsEvent, targetText: (id: string) => Promise<Candidate | null>, context: PipelineContext): Promise<{ related: RelatedEvent[]; answered: WaitingMention[] } | null> {
  const self: Candidate = { id: event.id, date: event.date!, title: event.title, text };
  const lookup: EventLookup = async (prefix, words, names = [], notAfter, notBefore) => {
    const common = commonWords(await context.store.termStats([...words, ...names]));
    let best: CandidateRank | null = null;
    for (const candidate of [self, ...(await Promise.all(others.map(targetText)))]) {
      if (!candidate || !candidate.date.startsWith(prefix) || (notAfter && candidate.date.slice(0, 10) > notAfter) || (notBefore && candidate.date.slice(0, 10) < notBefore)) continue;
      const rank = rankCandidate(candidate.id, candidate.title, candidate.text, words, names, prefix, common);
      if (rank.score > 0 && (!best || outranks(rank, best))) best = rank;
    }
    return best?.id ?? null;
  };
  const judged = (await judgeRelated(articles, waiting.id, lookup, waiting.date)).filter((j) => !j.waiting);
  const related = judged.map((j) => j.related);
  if (!related.some((r) => r.eventId === event.id)) return null;
  const key = (list: readonly RelatedEvent[]): string => JSON.stringify(list.map((r) => [r.description, r.date, r.eventId ?? null, [...r.sources].sort()]));
  if (key(related) === key(waiting.related)) return null;
  return { related, answered: judged.filter((j) => j.related.eventId === event.id).flatMap((j) => j.parts) };
}

/** Events read per step of relinkStoredEvents. */
const RELINK_PAGE = 100;

/**
 * After an upgrade of the store, each stored event looks once for the mentions waiting for it, as it
 * would have when it was written had the store kept their keys then (schema 14) and its words (15):
 * a follow-up stored before its earlier event stayed unlinked until that event was written again,
 * which for a story that has ended is never. Each event's links are written before the next looks,
 * so two events answering one stored event both keep their link. Returns how many events it relinked.
 */
export async function relinkStoredEvents(context: PipelineContext, sample: number): Promise<number> {
  let relinked = 0;
  for (let page = await context.store.eventsToRelink(RELINK_PAGE); page.length > 0; page = await context.store.eventsToRelink(RELINK_PAGE)) {
    for (const event of page) {
      // A record too old or damaged to read (no facts) links nothing and is passed over, as the upgrade
      // passes it over: had it thrown, the cursor stayed before it and every later batch stopped there.
      let linked: NewsEvent[] = [];
      try {
        linked = await linkEarlierMentions(event, new Set([event.id]), sample, context);
      } catch {
        // left unlinked
      }
      await context.store.relinked(event.id, linked);
      relinked += linked.length;
    }
  }
  return relinked;
}
