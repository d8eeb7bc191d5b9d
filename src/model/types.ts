/**
 * The public data model: what flows through the pipeline and what the CLI, the store and (later) the
 * API emit. The JSON Schemas in `schemas/` describe the emitted shapes; keep the two in step.
 */

export type StageName = 'ingest' | 'extract' | 'enrich' | 'cluster' | 'consolidate' | 'store';

export type Severity = 'info' | 'warning' | 'error';

/** A warning kept as data, with the article it belongs to. */
export interface Message {
  stage: StageName;
  rule: string;
  message: string;
  severity: Severity;
}

/** Where an article came from; `id` is the input record's own id (JSON Lines). */
export interface SourceRef {
  file?: string;
  /** The line of a JSON Lines file the record was on. */
  line?: number;
  url?: string;
  id?: string;
}

/**
 * `text`: scraped page text still full of clutter; `html`: a page; `body`: an already clean article
 * that skips boilerplate removal.
 */
export type RawKind = 'text' | 'html' | 'body';

/** What the input itself says, before extraction (JSON Lines fields). */
export interface RawHints {
  title?: string;
  outlet?: string;
  publishedAt?: string;
  url?: string;
  /** When the page was fetched (ISO 8601 with a time): what a live page's "3 minutes ago" counts back from. */
  fetchedAt?: string;
}

export interface RawDocument {
  source: SourceRef;
  kind: RawKind;
  content: string;
  hints: RawHints;
  /** sha256 of the normalised content: the same content is stored once. */
  contentHash: string;
  /** What reading the record found wrong without refusing it (a misspelt field, a date in words): kept as warnings. */
  notes?: string[];
}

export type EntityType = 'person' | 'organization' | 'location';
export type EntitySubtype = 'country' | 'city' | 'facility' | 'region' | 'government' | 'threat-actor';

export interface Entity {
  text: string;
  type: EntityType;
  subtype?: EntitySubtype;
  start: number;
  end: number;
  /** The canonical form this mention resolves to (a person's full name, a place's gazetteer name). */
  canonical?: string;
  /** ISO 3166-1 alpha-2, for places and for people and bodies whose country is known. */
  country?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  text: string;
  /** TimeML value: 2024-03-29, 2023-08, 2023, 2024-W12, 2023-Q3, 2023-SU, 199, P1M, 2024-03-29T10:00, 2024-03-29TMO, PAST_REF, XXXX-WXX-4 */
  value: string;
  type: TimexType;
  start: number;
  end: number;
  /** Whether the calendar date is written out (stated) or worked out from the reference time (inferred). */
  anchoring: 'stated' | 'inferred';
}

export interface Casualties {
  /** Deaths by violence or an accident. */
  killed: number | null;
  injured: number | null;
  /**
   * Deaths from an illness (an outbreak's toll), never counted as killed: a running total, so the
   * latest figure (enrich/casualty-illness.ts). Absent where none is told and in records stored before it was kept.
   */
  died?: number | null;
  /** On an event: the day (YYYY-MM-DD) of the latest report giving `died`, the running total's date. */
  diedAsOf?: string;
  /**
   * People missing (a landslide's, a flood's), never counted in killed: on an event the latest report's
   * figure (enrich/casualty-missing.ts). Absent where none is told and in records stored before it was kept.
   */
  missing?: number;
}

/**
 * A figure one side gives in a report that shows a dispute over the toll (enrich/casualty-claims.ts):
 * "Cambodia says nobody died" is a claim of 0 killed by Cambodia.
 */
export interface CasualtyClaim {
  /** `died`: deaths from an illness (Casualties.died). */
  kind: 'killed' | 'injured' | 'died';
  value: number;
  /** Written as a bound: "more than ten". */
  moreThan?: true;
  /** Who the sentence says gives it (a person, a body, a state), or null where it names no one. */
  by: string | null;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * What a person is in the reported event, whatever their job (enrich/event-role.ts; the list is in
 * docs/api.md). Strongest first in enrich/event-role.ts's EVENT_ROLES.
 */
export type EventRole = 'sentenced' | 'convicted' | 'charged' | 'released' | 'arrested' | 'detained' | 'defendant' | 'suspect' | 'sanctioned' | 'killed' | 'injured' | 'victim' | 'missing';

/** A person as one article speaks of them, all mentions resolved to one name. */
export interface PersonMention {
  name: string;
  /** Other forms of the name in this article (reordered, hyphenated, surname only is not listed). */
  variants: string[];
  role: string | null;
  /**
   * The mentions (offsets into body) whose own words give `role`: a title before the name, an
   * apposition, a role list, the clause of a case. The other mentions carry the role from these.
   * Empty when there is no role; absent in articles stored before it was kept.
   */
  roleMentions?: Span[];
  /** What the person is in this article's event (detained, killed, released...), beside the job in `role`; absent where no clause says. */
  eventRole?: EventRole;
  /** The mentions whose own clause gives `eventRole`. */
  eventRoleMentions?: Span[];
  organization: string | null;
  country: string | null;
  /** Set when the article gives no country: a leader's by the bare title, the country the report is written from. */
  countryInferred?: true;
  /** Offsets (into body) of every mention. */
  mentions: Span[];
  /** True when the article names this person as its author or editor. */
  byline: boolean;
  /**
   * Set when the page names the person only as a maker of its parts: a photo's credit, an embedded
   * post's signature, the newsroom's reporter in a teaser (enrich/credited-people.ts). Not in the event.
   */
  credit?: true;
  /** Named in a sentence about the reported event, not only in sentences about earlier events. */
  inEvent: boolean;
  /** Set when only a photo caption names the person (weaker evidence: no mentions in the body, not in the event). */
  caption?: true;
}

/** Days from and to (YYYY-MM-DD, both included). */
export interface DaySpan {
  from: string;
  to: string;
}

/** An earlier event an article refers to. */
export interface RelatedMention {
  description: string;
  /** TimeML date value (2023-08, 2023-12-05). */
  date: string;
  sentence: string;
  /** Offsets (into body) of the sentence. */
  start: number;
  end: number;
  /**
   * Dated by a day too near the article's own event to be told apart from it by the date alone:
   * kept only where it links to another stored event (consolidate/related.ts).
   */
  near?: true;
  /**
   * The days a relative date covers ("last weekend": its Saturday and Sunday; enrich/past-span.ts),
   * where `date` gives only their month: a stored event is linked only if dated within them.
   */
  span?: DaySpan;
}

export interface DateEvidence {
  value: string;
  anchoring: 'stated' | 'inferred';
  /** True when no date in the text fits and the publication date stands in for the event's. */
  fallback: boolean;
  text: string;
  sentence: string;
  /**
   * True when the value is a clock time whose day the text never names ("shots rang out about 10 p.m."):
   * the day is the reader's guess from the publication day, not the report's word.
   */
  guessedDay?: boolean;
  /**
   * True when the date is read from a photo caption (weaker evidence than the text: a photo may be
   * older than the story): it states a day the text only inferred, or stands in where the text gives none.
   */
  caption?: boolean;
}

/**
 * Where an event at sea happened (enrich/sea-area.ts): the sea its reports' openings name ("Gulf of
 * Finland", "international waters"), and a distance off a town where one is given. The place beside
 * it stays the town the reports name, a reference point.
 */
export interface SeaArea {
  /** The sea, gulf, strait or waters as written; null where the reports give only a distance off a town. */
  name: string | null;
  /** The town the distance is taken from ("40 km off Klaipeda"). */
  off?: string;
  /** The distance off it, in kilometres (miles and nautical miles converted). */
  km?: number;
}

export interface PlaceMention {
  name: string;
  country: string | null;
  /** WGS84 degrees from the offline gazetteer (a country's centre, a city's point); null when unknown. */
  lat: number | null;
  lon: number | null;
  text: string;
  /** Offset of the mention in the body; -1 when only the headline names the place. */
  start: number;
  /** Set when the place is a guess: the outlet's home city from its page title or address, where the text names no place or only a neighbourhood the gazetteer does not hold. */
  inferred?: true;
  /** Set when lat/lon are coordinates the text states (text is them as written); name is the place or sea named nearest them. */
  point?: true;
}

/**
 * An entry of a live page (extract/live-blog.ts): where it begins and ends in the body, its stamp as
 * the page wrote it, and its time on the calendar (ISO 8601 at the stated zone's offset, else the
 * page's; null where the page gives no date to place it by).
 */
export interface LiveEntry {
  start: number;
  end: number;
  stamp: string;
  time: string | null;
}

/** An article as Triangulate emits it (see schemas/article.schema.json). */
export interface Article {
  id: string;
  source: SourceRef;
  outlet: string | null;
  /**
   * The site's name as the page's title gives it after the headline ('KXYZ News 4 - Portside, Maine'),
   * where it does: kept because it may name a local outlet's town, which a rebuild reads again.
   */
  siteName?: string;
  agency: string | null;
  headline: string | null;
  authors: string[];
  publishedAt: string | null;
  /** When the page says it was last updated, kept apart from publication. */
  modifiedAt: string | null;
  language: string | null;
  body: string;
  captions: string[];
  entities: Entity[];
  timexes: Timex[];
  warnings: Message[];
  /** Enrichment beyond the core contract, used by clustering and consolidation. */
  sentences: Span[];
  people: PersonMention[];
  eventDate: DateEvidence | null;
  place: PlaceMention | null;
  /** The sea area the report's opening places its act in (sea-area.ts); absent for a report on land and in articles stored before it was kept. */
  seaArea?: SeaArea;
  related: RelatedMention[];
  /** Killed and injured as this article reports them. */
  casualties: Casualties | null;
  /** Each side's figures, where the article shows a dispute over the toll; absent otherwise and in articles stored before it was kept. */
  casualtyClaims?: CasualtyClaim[];
  themes: string[];
  eventId: string | null;
  contentHash: string;
  /** Set on a live page only: its timestamped entries, in the order the page shows them. */
  liveEntries?: LiveEntry[];
}

export interface Participant {
  name: string;
  aliases: string[];
  role: string | null;
  organization: string | null;
  country: string | null;
  /** Set when no report gives the country: it is the country the reports are filed from, for a state office ("Senator"). */
  countryInferred?: true;
  sources: string[];
  /**
   * The reports whose own words give the role (in full, or a fuller form of it); the other sources
   * name the person without it or with another role, and the role is carried to them. Empty when
   * there is no role.
   */
  roleSources?: string[];
  /**
   * What the person is in this event (killed, detained, released, arrested, charged...: one word of a
   * closed list), where a report's own clause says; `role` stays the job or title. Absent where no
   * report says, and in events stored before it was kept.
   */
  eventRole?: EventRole;
  /** The reports whose own words give `eventRole`. */
  eventRoleSources?: string[];
}

/**
 * A named threat actor (Lazarus Group, APT29) the event's reports tag: the gazetteer's name, the names
 * the reports used for it, the country it is attributed to, and the reports that name it.
 */
export interface ThreatActorRef {
  name: string;
  aliases: string[];
  country: string | null;
  sources: string[];
  /** The larger groups a report says this one is a unit of ("TraderTraitor, a unit of the wider Lazarus Group"), by their entries' names. */
  partOf?: string[];
  /**
   * Set where every mention of it is a suspicion, not an attribution ("resembled X's but too soon to
   * attribute", "stopped short of blaming", "looks like X"): a likely actor, not the one named as behind it.
   */
  suspected?: true;
}

/**
 * Who the reports say claimed the act (consolidate/claimed-by.ts): the claimant's own claim of
 * responsibility, not a government's attribution nor a suspicion; `country` where the event's list of
 * bodies ties it to one.
 */
export interface ClaimRef {
  name: string;
  country: string | null;
  sources: string[];
  /** How many independent outlets those reports are. */
  corroboration: number;
}

/**
 * A body (a government department, an agency, a bloc, a company) the event's reports name in sentences
 * about the event itself: one entry per body however the reports spell it (an acronym and its full
 * name), with the reports that name it and how many independent outlets those are.
 */
export interface OrganizationRef {
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2, where the reports tie the body to a country. */
  country: string | null;
  sources: string[];
  corroboration: number;
  /** The reports that tell a sanctions act named the body as its target (consolidate/sanctioned-bodies.ts); absent where none do. */
  sanctioned?: string[];
  /**
   * Set where every report names the body only reacting to the event (condemning it, calling for
   * restraint) or, a mission abroad, speaking of it (consolidate/reacting-body.ts): it took no part,
   * and its country does not put the event under that country.
   */
  reacted?: true;
}

/**
 * How many people and bodies a sanctions act targeted, as reports count them (consolidate/sanction-counts.ts):
 * null for a kind the count leaves out; `text` the targets as first written.
 */
export interface SanctionCount {
  people: number | null;
  bodies: number | null;
  text: string;
  sources: string[];
}

/**
 * A vulnerability the event's reports name by its CVE id, attributed as a fact is: the reports that
 * name it, and how many independent outlets those are (copies of one wire story count once).
 */
export interface VulnerabilityRef {
  /** Written form: "CVE-2024-3400". */
  cve: string;
  sources: string[];
  corroboration: number;
}

/**
 * An indicator of compromise the event's reports give (a file hash, a domain, an IP address, a web
 * address), refanged: "evil[.]com" is `evil.com`. With the reports that give it and how many
 * independent outlets those are.
 */
export interface IndicatorRef {
  type: 'sha256' | 'sha1' | 'md5' | 'domain' | 'url' | 'ipv4' | 'ipv6';
  value: string;
  sources: string[];
  corroboration: number;
}

/** A ship's crew held hostage and missing, as most reports count them (consolidate/crew-counts.ts); null where none counts. */
export interface CrewCounts {
  held: number | null;
  missing: number | null;
}

/**
 * A ship the event's reports name ("MV Coral Meridian", "the Liberia-flagged bulk carrier Sea Lark
 * (IMO 9345678)"): one entry per ship however the reports write it (consolidate/vessels.ts), with its
 * flag and IMO number where a report states them. Never a person, a body or a place.
 */
export interface VesselRef {
  name: string;
  /** Other forms the reports wrote: with a prefix ("MV Sea Lark"), or a longer reading of the name. */
  aliases: string[];
  /** The seven digits of its IMO number, where a report gives it beside the name. */
  imo: string | null;
  /** ISO 3166-1 alpha-2 of the flag it flies, where a report states it. */
  flag: string | null;
  sources: string[];
  corroboration: number;
}

export interface Fact {
  text: string;
  sources: string[];
  corroboration: number;
  /**
   * When its first and last sources told it (ISO 8601, UTC), set where a source is a live page's entry:
   * the entry's time stands for that page's (see consolidate/reported-at.ts).
   */
  firstReported?: string;
  lastReported?: string;
}

export interface DiscrepancyVariant {
  value: string;
  sources: string[];
  /** Who the sources say gives this figure (casualty tolls the sides dispute), where they name anyone. */
  claimedBy?: string[];
  /** When the first and the last of its sources came out (ISO 8601), where every source gives a time (tolls). */
  firstReported?: string;
  lastReported?: string;
  /**
   * A count still under way that the later figures replaced, where those later figures still differ
   * among themselves (a preliminary 51.8%, then final counts of 50.9% and 51.2% in two outlets): the
   * discrepancy is not `revised`, since the finals disagree, but this figure is no longer any outlet's.
   */
  preliminary?: true;
}

export interface Discrepancy {
  about: string;
  /** In the order the figures were first reported where `revised`, else the most given first. */
  variants: DiscrepancyVariant[];
  /**
   * The figures followed one another in time rather than stood side by side: once the last of them
   * was first reported, no report gave another (a toll that rose as the count came in: 12, then 19).
   */
  revised?: true;
}

/** A sentence of one article that states a fact another article of the event states too (event pages). */
export interface SharedPassage {
  articleId: string;
  /** Offsets in the article's body. */
  start: number;
  end: number;
  /** Passages with the same group number state the same fact. */
  group: number;
}

export interface RelatedEvent {
  description: string;
  date: string;
  eventId?: string;
  sources: string[];
}

/**
 * A mention of an earlier event dated too near the event's own day to be listed unless another stored
 * event answers it (RelatedMention.near): not shown, kept so that the earlier event, stored later, links it.
 */
export interface WaitingMention {
  description: string;
  date: string;
}

export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Set when no report names the place and it is an outlet's home city (from a page title or web address): a guess. */
  inferred?: true;
  /** Set for an event at sea: the sea area its reports' openings name; `name` is then a reference point, the town the reports name. */
  sea?: SeaArea;
}

/** One real-world event (see schemas/event.schema.json). */
export interface NewsEvent {
  id: string;
  title: string;
  date: string | null;
  dateAnchoring: 'stated' | 'inferred' | null;
  dateEvidence: string | null;
  location: EventLocation | null;
  participants: Participant[];
  facts: Fact[];
  discrepancies: Discrepancy[];
  summary: string;
  related: RelatedEvent[];
  /** Near mentions no stored event answered yet (WaitingMention); absent where there are none. */
  nearWaiting?: WaitingMention[];
  /** The latest figures reported (tolls rise); disagreements are listed under discrepancies. */
  casualties: Casualties | null;
  /** Threat actors the reports name, most-cited first; absent from events stored before the field existed. */
  threatActors?: ThreatActorRef[];
  /** Who claimed the act, most-reported first; absent where no report tells a claim. */
  claimedBy?: ClaimRef[];
  /** Bodies the reports name in sentences about the event, most-cited first; absent from events stored before the field existed. */
  organizations?: OrganizationRef[];
  /** How many people and bodies a sanctions act targeted, one entry per count the reports give; absent where none count them. */
  sanctionCounts?: SanctionCount[];
  /** CVE ids the reports name, best-corroborated first; absent from events stored before the field existed. */
  vulnerabilities?: VulnerabilityRef[];
  /** Indicators of compromise the reports give, in the order first given; absent where they give none. */
  indicators?: IndicatorRef[];
  /** Ships the reports name, best-corroborated first; absent where they name none. */
  vessels?: VesselRef[];
  /** Crew held hostage and missing, never among the casualties; reports that differ are under discrepancies. Absent where none counts them. */
  crew?: CrewCounts;
  themes: string[];
  articles: string[];
  /** How many independent outlets report it (copies of one wire story count once). */
  outlets: number;
  updatedAt: string;
}
