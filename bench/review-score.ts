/**
 * A review set's events as stored, scored against its truth.json (review-set.ts). Pure: the run
 * (review-run.ts) reads the store and hands over what it found, so the scoring is tested by hand.
 *
 * - Partition: B-cubed and pairwise F1 over the set's reports (cluster-metrics.ts). An explainer (E0)
 *   is a truth cluster of its own, so one that joins an event costs that event's precision; a report
 *   stored with no event (or refused) is a predicted cluster of its own.
 * - Each truth event is matched to the stored event holding most of its reports (a tie: the event of
 *   the first such report in file-name order), and that event's record is scored:
 *   date equal; country equal; place by name as the GVA scoring compares cities (cluster-records.ts:
 *   case, accents, "city, state" aside); killed and injured equal, a record with no figure reading as
 *   0 and a truth of null (no toll told) accepting none or 0; each truth participant found when the
 *   store's entity search for the name (as `events --entity` runs it) returns that event; each
 *   earlier event the truth refers to found when the record links to the event matched to it.
 *   Fields the truth leaves null are not scored.
 * - Exact: a stored event holds exactly the truth event's reports.
 * - An explainer that made an event of its own (no other report in it) is a fault, counted apart.
 */
import { cityMatches } from './cluster-records.js';
import { scoreClustering, type ClusteringScore } from './cluster-metrics.js';
import { EXPLAINER, type ReviewTruth } from './review-set.js';

/** A stored event's record, as the scoring reads it. */
export interface SystemEvent {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  country: string | null;
  killed: number | null;
  injured: number | null;
  /** Ids of the stored events its record links as earlier events. */
  linkedTo: string[];
}

/** What one ingest of a set left in the store. */
export interface SystemRun {
  /** Report file name to the id of the event holding its article; null: stored with no event, or not stored. */
  eventOf: ReadonlyMap<string, string | null>;
  /** Reports the ingest refused (no article stored). */
  refused: readonly string[];
  events: ReadonlyMap<string, SystemEvent>;
  /** A truth participant's name to the events the store's entity search finds by it. */
  entityEvents: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface Tally {
  right: number;
  of: number;
}

export interface TruthEventScore {
  truthId: string;
  title: string;
  reports: number;
  /** The matched stored event; null when none holds any of its reports. */
  eventId: string | null;
  /** Its reports in the matched event, and the set's reports that event holds. */
  held: number;
  eventSize: number;
  exact: boolean;
  /** null: the truth gives no value (or no event was matched and the field has a truth value: false). */
  date: boolean | null;
  place: boolean | null;
  country: boolean | null;
  /** false when no event was matched. */
  killed: boolean;
  injured: boolean;
  participants: Tally;
  missingParticipants: string[];
  links: Tally;
  /** Links of the record to events matched to truth events it does not refer to. */
  wrongLinks: number;
  /** The matched record's values, for the table. */
  got: { date: string | null; place: string | null; country: string | null; killed: number | null; injured: number | null };
}

export interface SetScore {
  set: string;
  order: string;
  reports: number;
  truthEvents: number;
  /** Stored events holding at least one of the set's reports. */
  systemEvents: number;
  partition: ClusteringScore;
  exact: number;
  date: Tally;
  place: Tally;
  country: Tally;
  killed: Tally;
  injured: Tally;
  participants: Tally;
  links: Tally;
  wrongLinks: number;
  explainers: number;
  /** Explainers that made an event of their own (a fault), and those that joined another event. */
  explainerOwnEvents: number;
  explainerJoined: number;
  /** Reports (not explainers) stored with no event, and reports refused. */
  eventless: string[];
  refused: string[];
  events: TruthEventScore[];
}

const tally = (): Tally => ({ right: 0, of: 0 });

function add(t: Tally, value: boolean | null): void {
  if (value === null) return;
  t.of++;
  if (value) t.right++;
}

/** A toll against the truth's (see the module comment). */
export function tollRight(got: number | null, truth: number | null): boolean {
  if (truth === null || truth === 0) return got === null || got === 0;
  return got === truth;
}

/** The partition's items and labels: gold by truth event (each explainer alone), predicted by stored event (each eventless report alone). */
export function partitionLabels(truth: ReviewTruth, run: SystemRun): { predicted: Map<string, string>; gold: Map<string, string> } {
  const predicted = new Map<string, string>();
  const gold = new Map<string, string>();
  for (const [file, label] of Object.entries(truth.articles)) {
    gold.set(file, label === EXPLAINER ? `${EXPLAINER}:${file}` : label);
    const event = run.eventOf.get(file) ?? null;
    predicted.set(file, event ?? `none:${file}`);
  }
  return { predicted, gold };
}

export function scoreReviewSet(set: string, order: string, truth: ReviewTruth, run: SystemRun): SetScore {
  // File-name order, which breaks ties in the matching.
  const files = Object.keys(truth.articles).sort();
  const membersOf = new Map<string, string[]>();
  for (const file of files) {
    const event = run.eventOf.get(file) ?? null;
    if (event === null) continue;
    const list = membersOf.get(event) ?? [];
    list.push(file);
    membersOf.set(event, list);
  }
  const matched = new Map<string, string | null>();
  for (const id of Object.keys(truth.events)) {
    const reports = files.filter((f) => truth.articles[f] === id);
    const votes = new Map<string, number>();
    for (const f of reports) {
      const event = run.eventOf.get(f) ?? null;
      if (event !== null) votes.set(event, (votes.get(event) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [event, n] of votes) if (best === null || n > votes.get(best)!) best = event;
    matched.set(id, best);
  }
  const score: SetScore = {
    set,
    order,
    reports: files.length,
    truthEvents: Object.keys(truth.events).length,
    systemEvents: membersOf.size,
    partition: (() => {
      const { predicted, gold } = partitionLabels(truth, run);
      return scoreClustering(predicted, gold);
    })(),
    exact: 0,
    date: tally(),
    place: tally(),
    country: tally(),
    killed: tally(),
    injured: tally(),
    participants: tally(),
    links: tally(),
    wrongLinks: 0,
    explainers: 0,
    explainerOwnEvents: 0,
    explainerJoined: 0,
    eventless: [],
    refused: files.filter((f) => run.refused.includes(f)),
    events: [],
  };
  for (const file of files) {
    const event = run.eventOf.get(file) ?? null;
    if (truth.articles[file] === EXPLAINER) {
      score.explainers++;
      if (event === null) continue;
      if (membersOf.get(event)!.every((f) => truth.articles[f] === EXPLAINER)) score.explainerOwnEvents++;
      else score.explainerJoined++;
    } else if (event === null && !run.refused.includes(file)) score.eventless.push(file);
  }
  for (const [id, t] of Object.entries(truth.events)) {
    const reports = files.filter((f) => truth.articles[f] === id);
    const eventId = matched.get(id) ?? null;
    const event = eventId === null ? null : run.events.get(eventId) ?? null;
    const members = eventId === null ? [] : membersOf.get(eventId)!;
    const held = members.filter((f) => truth.articles[f] === id).length;
    const exact = held === reports.length && members.length === reports.length;
    const field = <T>(want: T | null, check: (e: SystemEvent, want: T) => boolean): boolean | null => (want === null ? null : event !== null && check(event, want));
    const participants = tally();
    const missingParticipants: string[] = [];
    for (const p of t.participants) {
      const found = eventId !== null && (run.entityEvents.get(p.name)?.has(eventId) ?? false);
      add(participants, found);
      if (!found) missingParticipants.push(p.name);
    }
    const links = tally();
    for (const earlier of t.refersTo) {
      const target = matched.get(earlier) ?? null;
      // An earlier event merged into this one is no link: the record cannot point at itself.
      add(links, event !== null && target !== null && target !== eventId && event.linkedTo.includes(target));
    }
    const referred = new Set(t.refersTo.map((r) => matched.get(r)).filter((e): e is string => !!e));
    const truthMatched = new Set([...matched.values()].filter((e): e is string => !!e));
    const wrongLinks = event === null ? 0 : new Set(event.linkedTo.filter((l) => l !== eventId && truthMatched.has(l) && !referred.has(l))).size;
    const s: TruthEventScore = {
      truthId: id,
      title: t.title,
      reports: reports.length,
      eventId,
      held,
      eventSize: members.length,
      exact,
      date: field(t.date, (e, want) => e.date === want),
      place: field(t.place, (e, want) => e.place !== null && cityMatches(e.place, want)),
      country: field(t.country, (e, want) => e.country === want),
      killed: event !== null && tollRight(event.killed, t.killed),
      injured: event !== null && tollRight(event.injured, t.injured),
      participants,
      missingParticipants,
      links,
      wrongLinks,
      got: { date: event?.date ?? null, place: event?.place ?? null, country: event?.country ?? null, killed: event?.killed ?? null, injured: event?.injured ?? null },
    };
    score.events.push(s);
    if (exact) score.exact++;
    add(score.date, s.date);
    add(score.place, s.place);
    add(score.country, s.country);
    add(score.killed, s.killed);
    add(score.injured, s.injured);
    score.participants.right += participants.right;
    score.participants.of += participants.of;
    score.links.right += links.right;
    score.links.of += links.of;
    score.wrongLinks += wrongLinks;
  }
  return score;
}
