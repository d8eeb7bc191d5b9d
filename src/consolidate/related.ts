/**
 * Related earlier events, merged across articles (the same month and a shared word in the description
 * is one event) and linked to stored events when one matches by date and words.
 */
import type { Article, DaySpan, Fact, NewsEvent, RelatedEvent } from '../model/types.js';
import { NOUNS } from '../enrich/related.js';
import { withoutParticiples } from '../enrich/done-before-date.js';
import { contentWords } from './facts.js';
import { talksOfIncident } from './talks-of.js';
import { Lru } from '../util/lru.js';

/**
 * Finds a stored event of that date whose record shares the description's words, or fewer of them
 * and names of the sentence ("the $142 million theft from the Singapore exchange Meridex": "theft"
 * alone, with "Singapore" and "Meridex"); returns its id. `notAfter`: the day of the latest report that
 * mentions it, after which the earlier event cannot have happened. `notBefore`: the first day of the
 * span a relative date names ("last weekend": enrich/past-span.ts), before which it did not happen either.
 */
export type EventLookup = (datePrefix: string, words: readonly string[], names?: readonly string[], notAfter?: string, notBefore?: string) => Promise<string | null>;

/**
 * How well a stored event's words (`text`: its title, summary and answerWords) fit a mention of an
 * earlier event: 0 when they do not.
 * Two words of the description, or one word of it with a name of the sentence: a name ("Meridex")
 * singles out an event of the month as a common word ("theft") does not. Names alone do not: "last
 * month's sanctions, which the United States imposed" is no earthquake that "United States officials"
 * reported. Words most of the store's articles use count for nothing: in a store of shootings,
 * "shooting" singles out none of them ("the 2015 shooting in Fort Myers" had been linked to any 2015
 * shooting whose summary named a fort). A mention dated only by its year needs three words or names.
 */
export function mentionScore(text: string, words: Iterable<string>, names: Iterable<string>, datePrefix = '', common: ReadonlySet<string> = new Set(), title?: string): number {
  const have = contentWords(text);
  const wanted = new Set(words);
  let shared = 0;
  for (const w of wanted) if (have.has(w) && !common.has(w)) shared++;
  let sharedNames = 0;
  for (const n of new Set(names)) if (!wanted.has(n) && have.has(n) && !common.has(n)) sharedNames++;
  const needed = datePrefix.length === 4 ? 3 : 2;
  if (shared >= 1 && shared + sharedNames >= needed) return shared + 2 * sharedNames;
  // A mention dated to the day that names the event by the noun the stored event's title names it by:
  // "the outbreak ... declared on 5 October" and the event of that day titled for the outbreak's
  // declaration. The day and the title's own noun single it out as a second word would.
  return title !== undefined && datePrefix.length === 10 && titledNoun(title, wanted, common) ? shared + 2 * sharedNames : 0;
}

/**
 * Whether an event noun of the mention (not common in the store) is a word of the stored event's title,
 * or its short form there: "the November 17 earthquake" and the event titled "UN: quake killed 360".
 */
function titledNoun(title: string, wanted: ReadonlySet<string>, common: ReadonlySet<string>): boolean {
  const titled = new Set([...contentWords(title)].map((w) => SAME_NOUN[w] ?? w));
  for (const w of wanted) if (!common.has(w) && !NOT_ANSWERING.has(w) && NOUN_WORD.test(w) && titled.has(SAME_NOUN[w] ?? w)) return true;
  return false;
}

/** Event nouns a headline writes short (stems, as contentWords gives them). */
const SAME_NOUN: Readonly<Record<string, string>> = { quake: 'earthquake' };

/** How a stored event answers a mention, to choose among several (outranks). */
export interface CandidateRank {
  id: string;
  /** mentionScore: 0 when it does not answer the mention at all. */
  score: number;
  /** Words of the description its title has: the title says what the event was, the summary also what it recalls. */
  inTitle: number;
  /** Whether its title tells an answer to the incident the mention names (talks-of.ts), not the incident. */
  talksOf?: boolean;
}

/**
 * A stored event's rank for a mention: its mentionScore over `text` (its title, summary and answer
 * words), and the description's words its title holds.
 */
export function rankCandidate(id: string, title: string, text: string, words: Iterable<string>, names: Iterable<string>, datePrefix = '', common: ReadonlySet<string> = new Set()): CandidateRank {
  const wanted = [...words];
  const score = mentionScore(text, wanted, names, datePrefix, common, title);
  if (score === 0) return { id, score, inTitle: 0 };
  const titled = contentWords(title);
  const inTitle = wanted.filter((w) => titled.has(w) && !common.has(w)).length;
  return talksOfIncident(title, wanted) ? { id, score, inTitle, talksOf: true } : { id, score, inTitle };
}

/**
 * Whether `a` answers a mention better than `b`: the incident before an answer to it (talks-of.ts),
 * then the higher score, then more of the description in its
 * title ("the October 18 run-off" is the event titled for the run-off, not the reactions to it whose
 * summary recalls it), then the lower id. A total order, so the event a mention links to does not
 * depend on which candidates were stored first (earlier-links.ts lets a better one take the link).
 */
export function outranks(a: CandidateRank, b: CandidateRank): boolean {
  // The theft itself before the statement blaming someone for it, though the statement's title says
  // "theft" and the theft's says "drained" (talks-of.ts).
  if ((a.talksOf ?? false) !== (b.talksOf ?? false)) return !a.talksOf;
  if (a.score !== b.score) return a.score > b.score;
  if (a.inTitle !== b.inTitle) return a.inTitle > b.inTitle;
  return a.id < b.id;
}

/**
 * Event nouns that tell what kind of event a stored one was no better than its title does: an
 * "incident" or an "operation" is any event, "fire" is what a gunman opens, "session", "test" and
 * "exercise" are as often no event at all.
 */
const NOT_ANSWERING = new Set(['incident', 'operation', 'session', 'fire', 'test', 'tests', 'exercise', 'exercises', 'drill', 'drills', 'forum', 'dialogue']);
/** An event noun as news writes it ("an indictment", "the sanctions"), matched whole: "launched" is no "launch". */
const EVENT_NOUN = new RegExp(String.raw`\b(?:${NOUNS})\b`, 'gi');
/** Acts told by their verb whose event a later mention names by its noun ("indicted" for "the indictment"). */
const ACT_NOUN: Readonly<Record<string, string>> = {
  drain: 'theft', drains: 'theft', drained: 'theft', stole: 'theft',
  indicted: 'indictment', sanctioned: 'sanctions', hacked: 'hack', raided: 'raid', bombed: 'bombing', invaded: 'invasion', seized: 'seizure', rammed: 'ramming', hijacked: 'hijacking', shelled: 'shelling',
  // A public body's acts (cluster/public-acts.ts), as a headline tells them: "Zimbabwe closes Chirundu border post".
  closed: 'closure', closes: 'closure', reopened: 'reopening', reopens: 'reopening', declared: 'declaration', declares: 'declaration',
};
const NOUN_WORD = new RegExp(String.raw`^(?:${NOUNS})$`, 'i');
/** Verbs that tell a theft only with a sum or a store of value after them. */
const DRAIN = /^drain(?:s|ed)?$/;
const SUM_AFTER = /^\s+(?:\S+\s+){0,3}?(?:[$€£¥]|\d|million|billion|funds|crypto\w*|tokens?|coins?|ether|bitcoin|wallets?|accounts?)/i;
/** A public body's act verbs, which tell its act only with what it was done to. */
const PUBLIC_ACT_VERB = /^(?:closed|closes|reopened|reopens|declared|declares)$/;
const PUBLIC_ACT_OBJECT = /^\s+(?:\S+\s+){0,4}?(?:border|crossing|frontier|pass|post|checkpoint|emergency|outbreak|epidemic|curfew|lockdown|state\s+of|martial\s+law|airspace|port|schools)/i;
const ACT_VERB = new RegExp(String.raw`\b(?:${Object.keys(ACT_NOUN).join('|')})\b`, 'gi');
/**
 * A jury's or a judge's verdict told by its verb: "found Oskar Lindqvist ... guilty", "convicted him of
 * fraud". "the jury's verdict in March" names that event. Not a plea ("pleaded guilty"): no verdict.
 */
const VERDICT_TOLD = /\b(?:(?:found|finds)\s+[^.;!?]{0,120}?\b(?:not\s+)?guilty|(?:jury|judge|court|jurors)\s+(?:[\p{L}-]+\s+){0,3}?(?:convicted|convicts|acquitted|acquits))\b/iu;

/**
 * The words a stored event answers a mention with beyond its title and summary: the event nouns its
 * facts and themes use ("indictment" of a charging whose summary says "charged"; "sanctions" of an
 * event with the sanctions theme), and the nouns of the acts they tell by verb. Event nouns only, not
 * every word of the facts: a fact names places, people and times of other events as often as its own.
 */
export function answerWords(event: Pick<NewsEvent, 'facts' | 'themes'> & { location?: NewsEvent['location']; title?: string; participants?: NewsEvent['participants'] }): string {
  // The title's act told by its verb ("Patrol boat rammed and seized off the island": a ramming, a
  // seizure), where no fact tells it so: "the October 5 seizure of the cutter" names that event. And the
  // town it is placed in.
  const titleWords = event.title ? [...factAnswerWords(event.title), ...titleArrest(event.title)].filter((w) => !NOT_ANSWERING.has(w)) : [];
  const extra = [...titleWords, placeWords(event.location ?? null), surnames(event.participants ?? [])].join(' ').trim();
  const kept = answersOf.get(event.facts);
  if (kept && kept.themes === event.themes && kept.facts === event.facts.length && kept.extra === extra) return kept.words;
  const words = [readAnswerWords(event), extra].filter((w) => w.length > 0).join(' ');
  answersOf.set(event.facts, { themes: event.themes, facts: event.facts.length, extra, words });
  return words;
}

/**
 * A detention or an arrest its title tells by verb ("Security service detains reporter", "Editor
 * arrested"): "the arrest on November 3" names that event (review ux72b). The title only: a crime's
 * facts tell an arrest far more often than its reports are about one, and an arrest is no event noun
 * of the facts either.
 */
const ARREST_VERB = /\b(?:detain(?:s|ed)?|arrest(?:s|ed))\b/i;

function titleArrest(title: string): string[] {
  return ARREST_VERB.test(title) ? ['arrest'] : [];
}

/**
 * The surnames of the event's participants, in every spelling the reports give: "Evgeny Sorokin, who
 * was arrested on November 3" names the arrest's event by its reporter, whom a summary cut short may
 * not name. Surnames only: a given name ("John") is shared by too many events of a day.
 */
export function surnames(participants: NewsEvent['participants']): string {
  const out = new Set<string>();
  for (const p of participants) {
    for (const name of [p.name, ...p.aliases]) {
      const parts = name.split(/\s+/);
      if (parts.length < 2) continue;
      const last = parts[parts.length - 1]!.replace(/[^\p{L}'’-]/gu, '');
      if (/^\p{Lu}\p{Ll}/u.test(last)) out.add(last.toLowerCase());
    }
  }
  return [...out].sort().join(' ');
}

/**
 * The name of the town the event is placed in, when a report names it: "the ceasefire talks in Kuala
 * Lumpur on October 31" is the talks event placed there, though its title and summary say "the
 * Malaysian capital". Not an outlet's home city, which is a guess (ux67).
 */
function placeWords(location: NewsEvent['location']): string {
  return location && !location.inferred ? location.name.toLowerCase() : '';
}

/**
 * The answer words of an event record as built, by its facts list: each written event is read three
 * times (its waiting mentions' keys and text, then its stored row), and a large event's facts run to
 * hundreds. A record is not changed once built; the themes and the count of facts guard the rest.
 */
const answersOf = new WeakMap<readonly Fact[], { themes: readonly string[]; facts: number; extra: string; words: string }>();

function readAnswerWords(event: Pick<NewsEvent, 'facts' | 'themes'>): string {
  const found = new Set<string>();
  for (const fact of event.facts) for (const w of factAnswerWords(fact.text)) found.add(w);
  for (const theme of event.themes) for (const part of theme.split('.')) if (NOUN_WORD.test(part)) found.add(part);
  return [...found].filter((w) => !NOT_ANSWERING.has(w)).sort().join(' ');
}

/**
 * A fact's event nouns, kept for the facts read lately: an event is rebuilt, and its answer words read
 * again, at every report it gains.
 */
const factWordMemo = new Lru<string, readonly string[]>(8192);

function factAnswerWords(text: string): readonly string[] {
  let found = factWordMemo.get(text);
  if (found === undefined) {
    const words = new Set<string>();
    for (const m of text.matchAll(EVENT_NOUN)) words.add(m[0].toLowerCase());
    for (const m of text.matchAll(ACT_VERB)) {
      const verb = m[0].toLowerCase();
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      // "drained $40 million": a theft; rain that "could not drain" is none. "closed the border post",
      // "declared a state of emergency": a public act; "closed the road", "declared dead" are none (review68).
      if (DRAIN.test(verb) && !SUM_AFTER.test(after)) continue;
      if (PUBLIC_ACT_VERB.test(verb) && !PUBLIC_ACT_OBJECT.test(after)) continue;
      words.add(ACT_NOUN[verb]!);
    }
    if (VERDICT_TOLD.test(text)) words.add('verdict');
    factWordMemo.set(text, (found = [...words]));
  }
  return found;
}

/** A store this small has no common words yet: every word of a few articles would be one. */
const COMMON_AFTER = 100;
/** The share of the store's articles above which a word is common. */
const COMMON_SHARE = 0.1;

/** Of the words, those the store's articles use too often to single out an event (see mentionScore). */
export function commonWords(stats: { documents: number; df: ReadonlyMap<string, number> }): Set<string> {
  if (stats.documents < COMMON_AFTER) return new Set();
  return new Set([...stats.df].filter(([, n]) => n / stats.documents > COMMON_SHARE).map(([w]) => w));
}

/** Months and days are no names of an event. */
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Capitalised words that name no one thing: parts of the names of courts, counties, offices and
 * compass points. "the shooting ... Sacramento County sheriff's officials" is no Merced County
 * shooting, and "a Marin County Superior Court judge" no case before a Cook County judge.
 */
const GENERIC_NAME_WORD = /^(?:County|Counties|Parish|Court|Superior|Supreme|District|Circuit|Sheriff|Sheriffs|Department|Police|Office|Bureau|Agency|Service|City|Town|Township|State|States|North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Saint|St|Fort|Mount|Lake|River|Street|Avenue|Road|Boulevard|Highway|Route|University|College|School|High|Hospital|Center|Centre|Medical|National|Federal|United|American|President|Governor|Mayor|Judge|Attorney|General|Minister|Ministry|Council|Committee|Officer|Officials|Chief|Deputy|Detective|Sgt|Lt|Capt|Mr|Mrs|Ms|Dr)$/;

/**
 * The capitalised words of a sentence, as content words: the names it gives. The first word counts only
 * as a word of a person the article names ("Lindqvist has been held since his arrest in 2024"), as any
 * sentence's first word is capitalised. A person's name in part stands for the whole name the article
 * gives ("Oskar Lindqvist"): a mention dated only by its year is then singled out by the person's
 * given name and surname and its noun, where the surname alone fell short of mentionScore's three.
 */
function namesIn(sentence: string, people: readonly string[]): string[] {
  const words = sentence.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|['’]s$|[^\p{L}]+$/gu, ''));
  const personWords = new Set(people.flatMap((p) => p.split(/\s+/)));
  const capitalised = words.filter((w, i) => /^\p{Lu}\p{Ll}/u.test(w) && (i > 0 || personWords.has(w)) && !CALENDAR_WORD.test(w) && !GENERIC_NAME_WORD.test(w));
  const named = new Set(capitalised);
  const whole = people.filter((p) => p.split(/\s+/).some((w) => named.has(w)));
  return [...contentWords([...capitalised, ...whole].join(' '))];
}

/** The full names of the people an article names (their canonical forms, else as written). */
function peopleOf(article: Article): string[] {
  return [...new Set(article.entities.filter((e) => e.type === 'person').map((e) => e.canonical ?? e.text))];
}

/** `selfDate`: the day of the event the articles tell, before which (or on which) the earlier events happened. */
export async function consolidateRelated(articles: readonly Article[], selfId: string, lookup: EventLookup | null, selfDate: string | null = null): Promise<RelatedEvent[]> {
  return (await judgeRelated(articles, selfId, lookup, selfDate)).filter((j) => !j.waiting).map((j) => j.related);
}

/** An earlier event as consolidateRelated lists it, with the mentions (as they are listed unlinked) it was made of. */
export interface JudgedRelated {
  related: RelatedEvent;
  parts: { description: string; date: string }[];
  /**
   * A near mention no stored event answers (yet): not listed, only kept so that an earlier event stored
   * later can link it (near-waiting.ts, earlier-links.ts).
   */
  waiting?: true;
}

/**
 * consolidateRelated, saying which unlinked mentions each earlier event took in: two unlike
 * descriptions linked to one event become one, and a later link (consolidate/earlier-links.ts) must
 * know both were answered.
 */
export async function judgeRelated(articles: readonly Article[], selfId: string, lookup: EventLookup | null, selfDate: string | null = null): Promise<JudgedRelated[]> {
  // span: the days the mention is bounded to, while every report merged into it dates it so (else null).
  // names: those of every merged report's sentence (namesIn), not the first report's only.
  // told: the sentences ("article@start") and descriptions of the mentions merged into each.
  const merged: (RelatedEvent & { words: Set<string>; names: Set<string>; near: boolean; span: DaySpan | null; told: Map<string, string> })[] = [];
  for (const article of articles) {
    const people = peopleOf(article);
    for (const r of article.related) {
      const names = namesIn(r.sentence, people);
      const words = contentWords(`${r.description} ${r.sentence}`);
      // "Levies announced" and "Quotas announced" share only their participle: two acts (done-before-date.ts).
      const descWords = withoutParticiples(contentWords(r.description));
      const at = `${article.id}@${r.start}`;
      // Each side's description shares a word with the other's description or sentence: one way only, the
      // merge depended on which report came first ("the Amber Link outage between Sweden and Lithuania"
      // read first took in "last week's damage to the Aegna Link" by the word "link"; review ux73a).
      const same = merged.find((m) => sameMonth(m.date, r.date) && !daysApart(m.date, r.date) && !otherInSentence(m.told, at, r.description) && (([...descWords].some((w) => m.words.has(w)) && toldIn(m.told, words)) || sameDayUnnamed(m, r)));
      if (same) {
        if (!same.sources.includes(article.id)) same.sources.push(article.id);
        // The more specific description wins: one that names a place or body, else the longer.
        if (/\bat\s+\p{Lu}/u.test(r.description) && !/\bat\s+\p{Lu}/u.test(same.description)) same.description = r.description;
        // A victim by name wins over one by its kind: "Attack on Severn Vale Hospitals NHS Trust" over
        // "Attack on hospital trust in Gloucester" (enrich/listed-victims.ts).
        if (KIND_VICTIM.test(same.description) && NAMED_VICTIM.test(r.description)) same.description = r.description;
        // A noun that says what happened wins over "Incident".
        if (UNNAMED.test(same.description) && !UNNAMED.test(r.description)) same.description = r.description;
        if (r.date.length > same.date.length) same.date = r.date;
        same.told.set(at, r.description);
        for (const w of words) same.words.add(w);
        for (const n of names) same.names.add(n);
        // Another report dates it far enough from its own event to be an earlier event whatever it links to.
        if (!r.near) same.near = false;
        same.span = same.span && r.span ? { from: min(same.span.from, r.span.from), to: max(same.span.to, r.span.to) } : null;
      } else {
        merged.push({ description: r.description, date: r.date, sources: [article.id], words, names: new Set(names), near: r.near === true, span: r.span ?? null, told: new Map([[at, r.description]]) });
      }
    }
  }
  const out: JudgedRelated[] = [];
  for (const m of merged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const related: RelatedEvent = { description: m.description, date: m.date, sources: m.sources };
    const part = { description: m.description, date: m.date };
    let found: string | null = null;
    if (lookup) {
      const reported = articles.filter((a) => m.sources.includes(a.id) && a.publishedAt).map((a) => a.publishedAt!.slice(0, 10)).sort();
      const selfDay = selfDate && /^\d{4}-\d{2}-\d{2}/.test(selfDate) ? selfDate.slice(0, 10) : undefined;
      // An earlier event of the event's own month ("this month's attack", named by a state's answer to
      // it) happened before the event's day: not the event itself, nor another of that day.
      const before = selfDay && m.date.length < 10 && selfDay.startsWith(m.date) ? dayBefore(selfDay) : selfDay;
      const bounds = [reported[reported.length - 1], before, m.span?.to].filter((d) => d !== undefined).sort();
      found = await lookup(m.date, [...contentWords(m.description)], [...m.names], bounds[0], m.span?.from);
      if (found && found !== selfId) related.eventId = found;
      // A mention of the event's own day that the event itself answers is the event, told again by a
      // later report merged into it ("the appeal filed on May 2" in the appeal's record): no earlier one.
      if (found === selfId && m.date === selfDay) continue;
    }
    if (!related.eventId && ownSpanTold(m, articles, selfDate)) continue;
    // A day too near the event's own to tell them apart by date (enrich/related.ts) is an earlier event
    // only as another stored event: unlinked, or found to be this one, it may be this event misdated.
    // Where no stored event answered it, it waits for one written later; found to be this one, it is not kept.
    if (m.near && !related.eventId) {
      if (lookup && found === null) out.push({ related, parts: [part], waiting: true });
      continue;
    }
    // Two descriptions with no word in common may still name one stored event ("last month's ceasefire
    // in Jeddah", "the truce the two sides signed in May"): once linked, they are one earlier event.
    const same = related.eventId ? out.find((j) => !j.waiting && j.related.eventId === related.eventId) : undefined;
    if (same) {
      for (const id of related.sources) if (!same.related.sources.includes(id)) same.related.sources.push(id);
      if (related.date.length > same.related.date.length) same.related.date = related.date;
      same.parts.push(part);
      continue;
    }
    out.push({ related, parts: [part] });
  }
  return out;
}

/**
 * Whether a mention dated by a span of days ("last week's raid on the paper's offices") that takes in the
 * event's own day is the event itself: the headline of another of its reports, one that does not make the
 * mention, tells it (mentionScore). A report four days on merged into the raid had listed "Raid on
 * Harbour Tribune" as an earlier event of the raid's own record, unlinked (review ux72b). Not a mention
 * of a day of its own: an earlier event of the week, the event's own or not, is left to the lookup.
 */
function ownSpanTold(m: { description: string; sources: readonly string[]; names: ReadonlySet<string>; span: DaySpan | null }, articles: readonly Article[], selfDate: string | null): boolean {
  const selfDay = selfDate?.slice(0, 10);
  if (!m.span || !selfDay || selfDay < m.span.from || selfDay > m.span.to) return false;
  const headlines = articles.filter((a) => !m.sources.includes(a.id) && a.headline).map((a) => a.headline!).join(' \n');
  return headlines.length > 0 && mentionScore(headlines, [...withoutParticiples(contentWords(m.description))], [...m.names]) > 0;
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}

/** The YYYY-MM-DD day before a YYYY-MM-DD day. */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether a mention is another one the same sentence of the same article told with another description:
 * "after last week's damage to the Vela Link ... and Saturday's blackout near Graz" names two earlier
 * events, though each takes in the other's words with the sentence's (review ux73a: the two became one
 * "Damage to Vela Link" dated by the blackout's day, linked to neither).
 */
function otherInSentence(told: ReadonlyMap<string, string>, at: string, description: string): boolean {
  const earlier = told.get(at);
  return earlier !== undefined && earlier !== description;
}

/** An act done to a victim told by its kind ("Attack on hospital in Bruges"), and one done to a name. */
const KIND_VICTIM = /^(?:Attack on|Breach of|Hack of)\s+\p{Ll}/u;
const NAMED_VICTIM = /^\p{L}+\s+(?:on|of)\s+\p{Lu}/u;

/** Whether a word of a description merged into a mention (`told`) is one of `words` (another mention's description and sentence). */
function toldIn(told: ReadonlyMap<string, string>, words: ReadonlySet<string>): boolean {
  for (const description of told.values()) for (const w of withoutParticiples(contentWords(description))) if (words.has(w)) return true;
  return false;
}

/** A description that says no more than that something happened: "the October 5 incident". */
const UNNAMED = /^(?:incident|operation|earlier event)$/i;

/**
 * Two mentions of one day where one only calls it an incident ("no sailor died in the October 5
 * incident", beside "the seizure of the vessel on October 5"): one earlier event, whose noun says what.
 */
function sameDayUnnamed(a: { date: string; description: string }, b: { date: string; description: string }): boolean {
  return a.date.length === 10 && a.date === b.date && (UNNAMED.test(a.description) || UNNAMED.test(b.description));
}

/**
 * Two days of one month more than a day apart: two earlier events, however alike their words (a seizure
 * in the Gulf of Thailand on October 5 and a drone strike on October 19, told in one sentence whose
 * words each mention takes in). A day apart may be one event read a day off.
 */
function daysApart(a: string, b: string): boolean {
  if (a.length < 10 || b.length < 10) return false;
  return Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`)) > 86_400_000;
}

function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}
