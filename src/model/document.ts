/**
 * The one object that carries an article through the stages. Each stage fills its part of `article`
 * and records what went wrong in `messages`, which are stored with the article (warnings are data).
 */
import type { ArticleFeatures } from '../cluster/features.js';
import type { ClusterLookup } from '../cluster/lock-keys.js';
import type { NoEventKind } from '../cluster/no-event.js';
import type { Commit, DeferredBuild, EventProfile, ReadEvent } from '../store/store.js';
import type { Article, Message, NewsEvent, RawDocument, Severity, SharedPassage, StageName } from './types.js';

export class NewsDocument {
  readonly raw: RawDocument;
  readonly article: Article;
  readonly messages: Message[];
  /** Events whose articles now belong to this document's event (set by the cluster stage). */
  mergedEventIds: string[] = [];
  /** Set when the store already holds this content: later stages skip the document. */
  duplicateOf: string | null = null;
  /** Clustering features (cluster stage), the rebuilt event and its profile (consolidate stage). */
  features: ArticleFeatures | null = null;
  /**
   * The cluster stage's lookup (features, term statistics, keys) made before the store section to
   * choose its lock keys (cluster/lock-keys.ts); the stage then looks up by exactly those keys. Kept
   * when clustering is forgotten: a retry in the same section holds the same locks.
   */
  lookup: ClusterLookup | null = null;
  /** Profiles of the event joined and the events merged, as the cluster stage found them. */
  eventProfiles = new Map<string, EventProfile>();
  event: NewsEvent | null = null;
  /** Why the article has no event (cluster/no-event.ts), set by the cluster stage; the store then writes it alone. */
  noEvent: NoEventKind | null = null;
  /** The event's build put off to the store instead of `event` (consolidate/index.ts `defer`). */
  deferredBuild: DeferredBuild | null = null;
  profile: EventProfile | null = null;
  eventKeys: string[] = [];
  /** The passages the event's articles share (consolidate stage), kept for the event's page. */
  passages: SharedPassage[] = [];
  /** A second story the consolidate stage found inside the event, to be stored as an event of its own. */
  splitOff: Commit['splitOff'] = undefined;
  /** Stored events whose mentions of an earlier event the rebuilt event answers, linked to it (consolidate/earlier-links.ts). */
  relinked: NonNullable<Commit['relinked']> = [];
  /** The independent-source group consolidation put the article in. */
  copyGroup = '';
  /** The stored events consolidation read, with their article counts then (Commit.readEvents). */
  readEvents: ReadEvent[] = [];
  /**
   * The site's name the page title gave after the headline (extract stage), cut from the headline: the
   * place stage may guess a local outlet's home town from it ("... - WJXQ Action News 4 - Jackson, Mississippi").
   */
  siteName: string | null = null;
  /**
   * The credit line that closed the page's story, which the extract stage cut from the body ("Copyright
   * 2021 KQZT. All rights reserved."): it may name the newsroom that wrote a story another site carries.
   */
  closingCredit: string | null = null;

  constructor(raw: RawDocument) {
    this.raw = raw;
    this.messages = [];
    this.article = emptyArticle(raw, this.messages);
    for (const note of raw.notes ?? []) this.message('ingest', 'record-field', note);
  }

  /**
   * Everything the cluster and consolidate stages set, as before they ran (their messages from the
   * `messages`-th on dropped): for running them again when the commit found the store changed.
   */
  forgetClustering(messages: number): void {
    this.messages.splice(messages);
    this.article.eventId = null;
    this.mergedEventIds = [];
    this.eventProfiles = new Map();
    this.event = null;
    this.noEvent = null;
    this.deferredBuild = null;
    this.profile = null;
    this.eventKeys = [];
    this.passages = [];
    this.splitOff = undefined;
    this.relinked = [];
    this.copyGroup = '';
    this.readEvents = [];
  }

  message(stage: StageName, rule: string, message: string, severity: Severity = 'warning'): void {
    this.messages.push({ stage, rule, message, severity });
  }
}

export function articleIdFor(contentHash: string): string {
  return `art_${contentHash.slice(0, 16)}`;
}

function emptyArticle(raw: RawDocument, messages: Message[]): Article {
  return {
    id: articleIdFor(raw.contentHash),
    source: { ...raw.source },
    outlet: null,
    agency: null,
    headline: null,
    authors: [],
    publishedAt: null,
    modifiedAt: null,
    language: null,
    body: '',
    captions: [],
    entities: [],
    timexes: [],
    warnings: messages,
    sentences: [],
    people: [],
    eventDate: null,
    place: null,
    related: [],
    casualties: null,
    themes: [],
    eventId: null,
    contentHash: raw.contentHash,
  };
}
