/**
 * The storage contract every backend meets (SQLite now, PostgreSQL later): the same calls, the same
 * results, checked by one contract suite (contract.ts). Calls are async so a networked backend fits.
 * Writes go through `commit`, which applies one article's whole effect atomically: a crash leaves
 * either all of it or none of it.
 */
import type { EventSummary } from '../model/event-summary.js';
import type { SourceArticle } from '../model/source-article.js';
import type { Article, NewsEvent, SharedPassage } from '../model/types.js';
import type { Snippet } from './snippet.js';
import { matchExpression, parseQuery } from './query-syntax.js';

/** What clustering keeps per event to compare new articles with. */
export interface EventProfile {
  /** Content terms with their summed weights (the strongest few hundred). */
  terms: Record<string, number>;
  /** Canonical names of people, organisations and places. */
  names: string[];
  /** Event dates the articles give (YYYY-MM-DD). */
  dates: string[];
  /** Number of articles folded in. */
  size: number;
  /** Magnitudes and sums the articles' leads give (cluster/figures.ts); absent in profiles stored before them. */
  figures?: string[];
  /** The towns the articles place it in, as points ("lat,lon" to 0.1 degree); absent in older profiles. */
  scenes?: string[];
  /** Days of earlier events the articles set apart from this one (cluster/earlier-events.ts); absent in older profiles. */
  earlier?: string[];
  /** The acts the articles lead with, as keys ("sanction:US": cluster/lead-act.ts); absent in older profiles. */
  acts?: string[];
  /** The harms the articles count, 'dead' and 'hurt' (cluster/harm.ts); absent in older profiles and where none counts one. */
  harms?: ('dead' | 'hurt')[];
  /** The ages the articles' leads give people (cluster/ages.ts), sorted; absent in older profiles and where none gives one. */
  ages?: number[];
  /** How many of the articles lead with a meeting of leaders or ministers (cluster/lead-meeting.ts); absent where none does and in older profiles. */
  meetings?: number;
  /** How many of the articles lead with a meeting's outcome, a declaration or communique (cluster/meeting-span.ts); absent where none does. */
  meetingOutcomes?: number;
  /** The last day of a meeting the articles' leads announce a span for (cluster/meeting-span.ts); absent where none does. */
  meetingUntil?: string;
  /** The names the meeting and outcome leads write in capitals (cluster/meeting-span.ts leadNameKeys); absent where none. */
  meetingKeys?: string[];
  /** The kinds of incident the articles lead with ('strike', 'seizure', 'release': cluster/lead-incident.ts); absent where none does and in older profiles. */
  incidents?: string[];
  /**
   * Each kind of incident or public act with a day its reports give it, "kind@YYYY-MM-DD" (cluster/lead-incident.ts),
   * sorted; absent where no report leads with one on a known day, and in older profiles.
   */
  incidentDays?: string[];
  /** The kinds of incident the articles' leads count their own act from (cluster/lead-incident.ts countedAfter); absent where none does and in older profiles. */
  incidentsAfter?: string[];
  /** Person keys of the articles' office-holders (cluster/office-holders.ts), sorted; absent where none and in older profiles. */
  offices?: string[];
  /** The merchant ships the articles are about (cluster/hulls.ts), sorted; absent where none names one and in older profiles. */
  hulls?: string[];
  /** How many of the articles tell a case of fraud, bribery or the like that harmed no one (cluster/case-steps.ts); absent where none does. */
  nonViolentCases?: number;
  /** The steps of such a case the articles' leads tell (cluster/case-steps.ts caseStepOf), sorted; absent where none and in older profiles. */
  caseSteps?: string[];
  /** How many of the articles are digests of several incidents (cluster/digest.ts); absent where none. */
  digests?: number;
  /** How many of the articles lead with a step of a case on a page naming no crime and no violence (cluster/case-steps.ts stepOfNamedCase); absent where none and in older profiles. */
  stepLeads?: number;
}

export interface EventHeadline {
  id: string;
  date: string;
  title: string;
  summary: string;
  /** The words it answers a mention with beyond its title and summary (consolidate/related.ts answerWords). */
  answers: string;
}

export interface EventMember {
  id: string;
  publishedAt: string | null;
  outletKey: string;
  /** The independent-source group the article was put in when it was consolidated. */
  copyGroup: string;
  /** utcSortKey(publishedAt), when the store keeps it. */
  sortKey?: string;
}

/**
 * A change in an event's life that its id outlived: another event merged into it, a second story split
 * off it, or its own split from another event. What an analyst needs to follow an event whose articles
 * came from, or went to, another id.
 */
export interface EventChange {
  kind: 'merged-in' | 'split-off' | 'split-from';
  /** The other event: the one merged in, the one split off, or the one this event was split from. */
  eventId: string;
  at: string;
  /** For splits, the articles that moved. */
  articles?: number;
}

/** A candidate for clustering: the event's id and profile only (the full record is not read to score). */
export interface CandidateEvent {
  eventId: string;
  profile: EventProfile;
}

export interface Commit {
  /** The new article, with its eventId set. */
  article: Article;
  /** The event it belongs to, rebuilt from all its articles (or `deferred`: one of the two). */
  event?: NewsEvent;
  /**
   * The event's rebuild put off (an event already stored, joined with no merge or split): the commit
   * writes the article, the profile and keys, and the store runs the build when anything needs the
   * record, or drops it when the next commit rebuilds the same event (store/sqlite/deferred-builds.ts).
   * A reader never sees the record lag its articles once the commit's group is committed.
   */
  deferred?: DeferredBuild;
  profile: EventProfile;
  /** Keys the event is found by in candidateEvents (names and strongest terms). */
  keys: string[];
  /** Which outlet the article speaks for, and its independent-source group (see consolidate/sources.ts). */
  outletKey: string;
  copyGroup: string;
  /** The article's distinct content terms, counted in the document frequencies. */
  articleTerms: string[];
  /** Events merged into `event`: their articles move to it and they are deleted. */
  mergedEventIds: string[];
  /** The passages the event's articles share (consolidate/shared-passages.ts), kept for its page. */
  passages?: SharedPassage[];
  /**
   * A second story found inside the event (consolidate/split.ts): a new event, written beside
   * `event`, and the stored articles that move to it.
   */
  splitOff?: SplitOff;
  /**
   * Stored events whose records changed only in their links to earlier events (consolidate/earlier-links.ts):
   * each is rewritten as given. One deleted meanwhile (merged by this commit) is left deleted.
   */
  relinked?: NewsEvent[];
  /**
   * The stored events the commit was decided from (the event joined, or made, and those merged into
   * it), each with how many articles it had when read: 0 for one not stored yet. A store that other
   * writers write meanwhile refuses the commit (stale-read.ts) when one now has another count; the
   * other backend, with one writer, needs no check. Absent: nothing is checked.
   */
  readEvents?: ReadEvent[];
}

/**
 * An article stored without an event (cluster/no-event.ts: an opinion column, a table of contents):
 * its row, search row and term counts, and nothing of any event. Its `eventId` is null, and its
 * warnings say why; a rebuild may give it an event (ingest/rebuild.ts runs it through clustering again).
 */
export interface EventlessCommit {
  /** The new article, its eventId null. */
  article: Article;
  outletKey: string;
  /** The article's distinct content terms, counted in the document frequencies as any article's are. */
  articleTerms: string[];
}

/**
 * The lock keys of one article's section (Store.exclusive; the cluster stage's lock-keys.ts makes
 * them). Two sections conflict when a key of one is `exclusive` in either: keys held `shared` by both
 * do not keep them apart.
 */
export interface SectionKeys {
  /** What the section looks events up by: no other section may hold these at all meanwhile. */
  exclusive: readonly string[];
  /** What only the section's writes may be found by (its new event's other index keys): other sections may share them. */
  shared: readonly string[];
}

/** A stored event as a commit's decision read it (Commit.readEvents). */
export interface ReadEvent {
  eventId: string;
  articles: number;
}

/** An event's rebuild put off by its commit (Commit.deferred). */
export interface DeferredBuild {
  eventId: string;
  /** The record as the build at the commit would have made it, reading the store as the commit left it. */
  build(): Promise<EventRewrite>;
}

/** What a put-off build writes: the event's record, passages and profile, and the events it relinked. */
export interface EventRewrite {
  event: NewsEvent;
  profile: EventProfile;
  keys: string[];
  passages?: SharedPassage[];
  relinked?: NewsEvent[];
}

/** A second story found inside an event: its new event, and the stored articles that move to it. */
export interface SplitOff {
  event: NewsEvent;
  profile: EventProfile;
  keys: string[];
  articleIds: string[];
  passages?: SharedPassage[];
}

/**
 * An event split with no new article (a review after a batch, consolidate/review.ts): the event
 * rebuilt from the articles it keeps, and the new event the others move to.
 */
export interface EventSplit {
  event: NewsEvent;
  profile: EventProfile;
  keys: string[];
  passages?: SharedPassage[];
  splitOff: SplitOff;
}

/** An event's page, read in one go: the parts the API sends as stored are JSON text. */
export interface EventPageParts {
  /** The event record. */
  event: string;
  /** Its first and latest articles (as articlesOfEvent samples them), as JSON without their sentence offsets. */
  articles: { id: string; json: string }[];
  /** As eventPassages. */
  passages: SharedPassage[] | null;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
  /** listArticles: only articles that arrived after this one (keyset paging in arrival order). */
  afterId?: string;
}

export type EventSort = 'date-desc' | 'date-asc' | 'updated' | 'sources' | 'relevance';

/** What `queryEvents` filters on; every filter given must hold. */
export interface EventQuery {
  /** Full-text words that must all match (title, summary, facts, people, places, themes). */
  text?: string;
  /** A participant's name or alias (case-insensitive, whole name). */
  entity?: string;
  /**
   * Names of which any one will do, matched as `entity` matches its one name: every name the entity
   * list shows for one entry ("World Health Organization" and "WHO"), so that filtering by any of them
   * finds every event the entry counts. Held to together with `entity` where both are given.
   */
  entityAny?: readonly string[];
  /**
   * A participant's name exactly as the entity list counts it (entityNames('person')): not its aliases,
   * other spellings or surname, nor a body of the same name, which `entity` finds too.
   */
  person?: string;
  /**
   * A participant's organisation as written (whole name), of the given country: organisations of one
   * name in different countries ("Ministry of Foreign Affairs") are told apart; null for an
   * organisation whose participants have no country.
   */
  organization?: { name: string; country: string | null };
  /** The event's place, as written (whole name). */
  place?: string;
  /** ISO 3166-1 alpha-2 of the event's place or of a participant. */
  country?: string;
  theme?: string;
  /** A CVE id the event's reports name, in its written form ("CVE-2024-3400", see enrich/cve.ts normaliseCve). */
  cve?: string;
  /** Event date bounds, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Default: relevance when `text` is given, else date-desc. */
  sort?: EventSort;
  limit?: number;
  offset?: number;
  /**
   * Keyset paging: only events after this position in the sort's order (the position of the previous
   * page's last event, from `eventPosition`). Unlike an offset, a page stays put while events arrive.
   * Not for the relevance sort, whose rank exists only inside one query.
   */
  after?: EventPosition;
}

/** Where an event stands in a sort's order: the values it is ordered by, its id last. */
export type EventPosition = (string | number | null)[];

/** The position of `event` (whole or summarised) in the order of `sort` (not relevance: see EventQuery.after). */
export function eventPosition(event: NewsEvent | EventSummary, sort: Exclude<EventSort, 'relevance'>): EventPosition {
  switch (sort) {
    case 'date-desc':
    case 'date-asc':
      return [event.date, event.id];
    case 'updated':
      return [event.updatedAt, event.id];
    case 'sources':
      return [event.outlets, 'articleCount' in event ? event.articleCount : event.articles.length, event.date, event.id];
  }
}

/** Counts of events by country, by month of their date and by theme, and the participants' names. */
export interface EventFacets {
  countries: Record<string, number>;
  months: Record<string, number>;
  themes: Record<string, number>;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'vessel';

export interface ParticipantCount {
  name: string;
  events: number;
  /** Organisations only: the country of the participants who act for it, or the one the reports tie it to, when known. */
  country?: string;
  /** Organisations only: other names events list it by ("KCNA" for the Korean Central News Agency), when there are any. */
  aliases?: string[];
  /** Threat actors only: the groups events call units of it ("TraderTraitor" of Lazarus Group), when there are any. */
  units?: string[];
}

/**
 * With a date, undated events stay candidates, but at most this many of each key (the first by event
 * id): a key that many undated events share tells none of them apart, and without a cap each lookup
 * read every undated event ever written under it.
 */
export const UNDATED_CANDIDATES_PER_KEY = 100;

/**
 * eventsAwaitingEarlier reads at most this many events of each key, the latest by event date: a key
 * ("2024 shooting") gathers waiting mentions for as long as the store grows.
 */
export const AWAITING_PER_KEY = 200;

export interface CandidateQuery {
  /** Index keys of the article: names and strongest terms. */
  keys: string[];
  /**
   * Only events whose dates fall within this many days of `date` (when both are known), and undated
   * ones (at most UNDATED_CANDIDATES_PER_KEY of each key).
   */
  date: string | null;
  windowDays: number;
  limit: number;
  /**
   * With no date: read only the this many latest events of each key (by their last date). A name on
   * thousands of events ("Donald Trump") then costs a lookup no more than a rare one does.
   */
  latestPerKey?: number;
  /**
   * With latestPerKey: only events whose first date is on or after this day (YYYY-MM-DD), and undated
   * ones. A follow-up joins a story that began within a few years; without this bound, an event that
   * one wrong join had carried forward could keep gathering articles years later.
   */
  startedSince?: string;
}

export interface SearchHit<T> {
  item: T;
  score: number;
  /** The passage that matched best, with the matched words' places. */
  snippet: Snippet;
}

/** What `Store.maintain` did. */
export interface Maintenance {
  /** Whether a merge of the search indexes into one piece each ended here (or found nothing to merge). */
  searchIndexMerged: boolean;
  /** Whether work is left: a merge under way, done a step at a time. Call again (yielding between, to stay responsive). */
  more: boolean;
  /** Time it took, in milliseconds. */
  ms: number;
}

/** An event id that now leads to another event. */
export interface EventRedirect {
  from: string;
  to: string;
}

export interface Store {
  /** The id of the stored article with this content hash, or null. */
  findByContentHash(hash: string): Promise<string | null>;
  getArticle(id: string): Promise<Article | null>;
  listArticles(options?: ListOptions): Promise<Article[]>;
  /**
   * The articles of an event in publication order; with `sample`, at most that many: the earliest half
   * and the latest half, which is what consolidation reads for a very large event.
   */
  articlesOfEvent(eventId: string, options?: { sample?: number }): Promise<Article[]>;
  /** Every article of an event (id, publication time, outlet key) without loading the articles. */
  eventMembers(eventId: string): Promise<EventMember[]>;
  /**
   * Each event's articles as an export cites them (outlet, headline, address, time), in publication
   * order, read from the articles' stored summaries rather than the articles themselves.
   */
  sourceArticles(eventIds: readonly string[]): Promise<Map<string, SourceArticle[]>>;
  getEvent(id: string): Promise<NewsEvent | null>;
  /** The passages kept with the event when it was last written; null when none were kept (older stores). */
  eventPassages(id: string): Promise<SharedPassage[] | null>;
  /** What an event's page is made of, as JSON text where it is sent as stored (see EventPageParts). */
  eventPage(id: string, sample: number): Promise<EventPageParts | null>;
  /** The event a merged event now lives on (after every later merge), or null when the id was never merged. */
  survivorOf(id: string): Promise<string | null>;
  /** The merges into an event and the splits it took part in, oldest first. */
  eventHistory(id: string): Promise<EventChange[]>;
  /** Every event id that leads to another event (see survivorOf), with the event it leads to. */
  eventRedirects(): Promise<EventRedirect[]>;
  /**
   * Records that event ids no longer here live on as events that are (a rebuild's old ids: see
   * ingest/rebuild.ts), so survivorOf and the API's redirects lead on from them. A redirect whose `from`
   * is an event here, or whose `to` is not, is passed over. Returns how many were recorded.
   */
  addRedirects(redirects: readonly EventRedirect[], at: string): Promise<number>;
  listEvents(options?: ListOptions): Promise<NewsEvent[]>;
  /**
   * Id, title and summary of the events whose date starts with the prefix (2023, 2023-08, 2023-08-18),
   * newest first: what finding the earlier event an article refers to reads.
   */
  eventsByDatePrefix(prefix: string, limit: number): Promise<EventHeadline[]>;
  /**
   * Events with a mention of an earlier event no stored event answers yet, found by any of the keys
   * (a date prefix and a word of the mention's description: consolidate/earlier-links.ts): those
   * sharing the most keys first, then the newest; of each key, only its AWAITING_PER_KEY latest.
   */
  eventsAwaitingEarlier(keys: readonly string[], limit: number): Promise<NewsEvent[]>;
  /**
   * Stored events an upgrade of the store left to look for the mentions waiting for them (the keys and
   * words of those mentions were new to it: consolidate/earlier-links.ts relinkStoredEvents), oldest
   * first, at most `limit`; none once every one has looked.
   */
  eventsToRelink(limit: number): Promise<NewsEvent[]>;
  /** The events `looked` linked mentions of (written as writing an event's links is), and `looked` done. */
  relinked(looked: string, events: readonly NewsEvent[]): Promise<void>;
  /** Events sharing index keys with an article, strongest overlap first, within the time window. */
  candidateEvents(query: CandidateQuery): Promise<CandidateEvent[]>;
  /** Document frequency of terms across stored articles, for TF-IDF weights. */
  termStats(terms: readonly string[]): Promise<{ documents: number; df: Map<string, number> }>;
  commit(change: Commit): Promise<void>;
  /** Writes an article that has no event (EventlessCommit), atomically, as `commit` writes one with its event. */
  commitWithoutEvent(change: EventlessCommit): Promise<void>;
  /**
   * Runs `work` (one article's section from its first clustering read to its commit, or a review's
   * read and split) while no other writer of the store runs a section it could conflict with: two
   * writers that each read the same state and then wrote would make two events of one new story, or
   * each rebuild one event without the other's article. SQLite has one writer, so there it is a plain
   * call; PostgreSQL, where processes write one database at once, holds locks for it on the server
   * (postgres/write-lock.ts). Without `keys`, or when they answer null, the section has the whole store
   * to itself; with keys, it excludes only the sections whose keys meet its own (SectionKeys), and
   * whole-store ones. `keys` is called once, before the section, only by a store that takes keyed locks.
   * Sections must not nest.
   */
  exclusive<T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T>;
  /**
   * From now on, commits made within `windowMs` of the first of a group may be written as one
   * transaction (0, the default: each commit is its own). Each commit stays whole or absent; what
   * another connection, or a crash, sees is the store as of the last group written. Any other write,
   * `flush`, `maintain` and `close` write out an open group first; the ingest batch groups its commits.
   * Returns how many commits of the open group were taken back, whole: one whose event's build was
   * put off and not yet written (Commit.deferred), when there is no time to build it (`flush` first
   * to keep it); 0 otherwise.
   */
  groupCommits(windowMs: number): number;
  /** Writes out the commits of an open group. */
  flush(): Promise<void>;
  /** Writes a split found with no new article, in one transaction (the kept event is rewritten, the other written, the articles moved). */
  splitEvent(change: EventSplit): Promise<void>;
  searchEvents(query: string, options?: ListOptions): Promise<SearchHit<NewsEvent>[]>;
  searchArticles(query: string, options?: ListOptions): Promise<SearchHit<Article>[]>;
  /**
   * The same hits as searchEvents, each as its summary (model/event-summary.ts) in JSON text, stored
   * so: what the API sends as it is, with no record parsed and serialised again.
   */
  searchEventSummaries(query: string, options?: ListOptions): Promise<SearchHit<string>[]>;
  /** The same hits as searchArticles, each as its summary (model/article-summary.ts) in JSON text. */
  searchArticleSummaries(query: string, options?: ListOptions): Promise<SearchHit<string>[]>;
  /**
   * searchEventSummaries and searchArticleSummaries of one query, read from one state of the store:
   * the API's search answer, which must not show an event and articles from either side of a commit.
   */
  searchSummaries(query: string, options?: ListOptions): Promise<{ events: SearchHit<string>[]; articles: SearchHit<string>[] }>;
  /** Events matching every given filter, sorted and paged (the API's event feed). */
  queryEvents(query: EventQuery): Promise<NewsEvent[]>;
  /** The same events' summaries (model/event-summary.ts) as JSON text, stored so: what the API's lists send as they are. */
  queryEventSummaries(query: EventQuery): Promise<string[]>;
  eventFacets(): Promise<EventFacets>;
  /**
   * Every name of one kind with its number of events, most first: people (participants, aliases
   * folded into their name), organisations (participants' affiliations, one entry per name and
   * country of the people acting for it), places (events' places).
   */
  entityNames(kind: EntityKind): Promise<ParticipantCount[]>;
  /**
   * For each of `names` (entries of entityNames(kind): a name and, an organisation's, its country), the
   * ids of the events it is counted in, in one read: the entity list counts an entry it joined from
   * several names by their events' union (a read per name was hundreds of round trips on PostgreSQL).
   */
  entityEventIds(kind: EntityKind, names: readonly { name: string; country?: string }[]): Promise<string[][]>;
  /**
   * For each of `names`, the ids of the events that list it, as written, among a participant's aliases
   * (events stored or rebuilt by this version), in one read: the entity list adds them to a person's
   * count. Optional: a store without it counts people by their own names only.
   */
  personAliasEventIds?(names: readonly string[]): Promise<string[][]>;
  /**
   * The countries events give each person or place, by the name entityNames lists it under, sorted
   * (events stored by this version or rebuilt with it): the list shows them, as an entity's page does.
   */
  entityCountries(kind: 'person' | 'place' | 'vessel'): Promise<Map<string, string[]>>;
  counts(): Promise<{ articles: number; events: number }>;
  /**
   * A value that changes whenever the stored data may have changed: after a commit through this
   * object or by any other process on the same database. Answers computed under one mark stay true
   * while it holds (the server's response cache relies on it).
   */
  changeMark(): Promise<string>;
  /**
   * Housekeeping after writes, run by a batch at its end and as it goes (ingest/batch.ts), a bounded
   * step at a time (`more` while work is left). It does work only when enough was written since it
   * last did, so its cost stays a small share of the writes' however large the store; `force` does it
   * all at once whatever was written (`triangulate optimize`). Nothing a read returns changes, only how fast.
   */
  maintain(options?: { force?: boolean }): Promise<Maintenance>;
  close(): Promise<void>;
}

/**
 * Turns what a user types into a full-text query that cannot be a syntax error: every word must
 * match, except function words beside other words; quoted phrases, `-word` and `OR` as query-syntax.ts
 * reads them. Null when the query has nothing to find.
 */
export function toMatchQuery(query: string): string | null {
  const parsed = parseQuery(query);
  return parsed ? matchExpression(parsed) : null;
}
