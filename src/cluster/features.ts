/**
 * What clustering compares: an article's content terms (headline counted twice), the canonical names it
 * mentions and the date of the event it reports. Events keep the same features summed (their profile).
 */
import type { Article } from '../model/types.js';
import { FUNCTION_WORDS, WEEKDAYS_AND_MONTHS } from '../enrich/entities/lexicon.js';
import { nameTokens } from '../enrich/people.js';
import { hyphenatedSurnameOf, middleWordsLeftOut } from '../enrich/name-forms.js';
import type { EventProfile } from '../store/store.js';
import { earlierEventDays } from './earlier-events.js';
import { keyFigures } from './figures.js';
import { leadHull } from './hulls.js';
import { lookupCountry } from '../enrich/gazetteer/places.js';
import { speaksForAuthorities } from './officials.js';
import { officeHolderNames } from './office-holders.js';
import { actKey, articleLeadAct } from './lead-act.js';
import { type Harm, type HarmReading, harmOf, harmsOf } from './harm.js';
import { leadAges } from './ages.js';
import { identifiesVictim, looksBack } from './looks-back.js';
import { withoutGeneration } from './name-subset.js';
import { leadsWithMeeting } from './lead-meeting.js';
import { leadNameKeys, leadsWithMeetingOutcome, meetingLastDay } from './meeting-span.js';
import { type CaseStep, caseStepOf, namesViolence, nonViolentCase } from './case-steps.js';
import { isDigest } from './digest.js';
import { articleCountedAfter, articleLeadIncident, type IncidentKind } from './lead-incident.js';
import { tollLeadDisaster } from './toll-lead.js';

export interface ArticleFeatures {
  terms: Map<string, number>;
  names: string[];
  date: string | null;
  /** Figures that tell similar events apart (figures.ts). */
  figures: string[];
  /** Where the article places the event, when it names a town with a point: "lat,lon" to 0.1 degree. */
  scene: string | null;
  /** Days of earlier events the article sets apart from its own (earlier-events.ts). */
  earlier: string[];
  /** The act the lead reports, as a key ("sanction:US": lead-act.ts), or null when it names none. */
  act: string | null;
  /** The harm the article counts (harm.ts): a death, only wounded, or a death after wounds; null when none. */
  harm?: HarmReading | null;
  /** The ages its headline and lead give people (ages.ts), sorted. */
  ages?: number[];
  /**
   * True when the event's day is read from the article's own text ("Sunday evening", "on Oct. 3"), false
   * when the publication day stands in for it or the day is only guessed from a clock time (DateEvidence).
   */
  datedInText?: boolean;
  /** Whether the headline or lead points back to a crime against people or to an earlier day (looks-back.ts). */
  looksBack?: 'crime' | 'time' | null;
  /** Whether the headline's news is a crime's victim named (looks-back.ts identifiesVictim). */
  identifiesVictim?: boolean;
  /** The day the article was published (YYYY-MM-DD), or null when unknown. */
  published?: string | null;
  /** Whether the lead sentence reports a meeting of leaders, ministers or envoys (lead-meeting.ts). */
  meeting?: boolean;
  /** The last day of the meeting the lead announces a span for ("a three-day summit": meeting-span.ts); absent where none. */
  meetingUntil?: string;
  /** Whether the lead tells a meeting's outcome, a declaration or communique (meeting-span.ts); absent when not. */
  meetingOutcome?: boolean;
  /** The names the lead writes in capitals (meeting-span.ts leadNameKeys), kept only for a meeting's or an outcome's lead. */
  meetingKeys?: string[];
  /** The kind of armed or maritime incident, or public body's act, the lead reports (lead-incident.ts), or null when none. */
  incident?: IncidentKind | null;
  /** The kind of incident the lead counts its own act from ("two days after a drone strike": lead-incident.ts countedAfter). */
  incidentAfter?: IncidentKind | null;
  /** Person keys of people whose role is a public office (office-holders.ts), sorted; absent where none. */
  offices?: string[];
  /** The merchant ship the headline or lead names (hulls.ts); absent where none. */
  hull?: string;
  /** Whether the headline or lead names a crime against money or trust (case-steps.ts); absent when not. */
  nonViolentCase?: boolean;
  /** The step of such a case the lead tells (case-steps.ts caseStepOf); absent when none or no such case. */
  caseStep?: CaseStep;
  /** Whether the article is a digest of several incidents (digest.ts); absent when not. */
  digest?: boolean;
  /**
   * Whether the lead tells a step of a case (an arrest, a search, a charge...) on a page that names no
   * violence and tells no case of its own (case-steps.ts stepOfNamedCase); absent when not.
   */
  stepLead?: boolean;
}

const EXTRA_STOPWORDS = new Set(
  'said says say told would could should will shall may might must can also has have had having been being was were are is its their there which who whom whose what when where while year years day days week weeks month months time times people percent including according according news report reported reports reporting like just one two three four five six seven eight nine ten'.split(' '),
);

/** Letters, then letters, apostrophes and hyphens: one word. Shared, so it is not rebuilt per call. */
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Words that are not terms: function words, reporting verbs and the like, weekdays and months. */
const NOT_TERMS = new Set([...FUNCTION_WORDS, ...EXTRA_STOPWORDS, ...WEEKDAYS_AND_MONTHS]);

export function termsOf(text: string, weight: number, into: Map<string, number>): void {
  // This runs on every sentence of every article (clustering, facts): it avoids building match
  // objects it does not need and touches apostrophes only in words that have them.
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    let word = m[0];
    if (word.length < 3) continue;
    if (word.includes("'") || word.includes('’')) {
      word = word.replace(/['’]s$/, '').replace(/['’]/g, '');
      if (word.length < 3) continue;
    }
    if (NOT_TERMS.has(word)) continue;
    word = stem(word);
    into.set(word, (into.get(word) ?? 0) + weight);
  }
}

/** A light stemmer: plural and common inflections folded, enough to match "threats" with "threat". */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export function articleFeatures(article: Article): ArticleFeatures {
  const terms = new Map<string, number>();
  termsOf(article.headline ?? '', 2, terms);
  termsOf(article.body, 1, terms);
  const officials = new Set<string>();
  // Thefts and hacks are crimes too: a minister's comment on one is a source's, as a mayor's on a shooting.
  const crime = article.themes.includes('crime') || article.themes.includes('cyber');
  // So are the page's photographers and reporters, named in its credits (enrich/credited-people.ts).
  for (const p of article.people) if (p.credit || speaksForAuthorities(p, article.body, crime)) officials.add(p.name);
  const holders = officeHolderNames(article.people);
  const offices = new Set<string>();
  const names = new Set<string>();
  for (const e of article.entities) {
    const name = e.canonical ?? e.text;
    if (e.type === 'person') {
      // "@" from a handle, "--": no person to link events by.
      const tokens = nameTokens(name).filter((t) => /\p{L}/u.test(t));
      if (tokens.length === 0) continue;
      names.add(`${officials.has(name) ? 'q' : 'p'}:${tokens.sort().join(' ')}`);
      if (holders.has(name) && !officials.has(name)) offices.add(`p:${tokens.join(' ')}`);
      // "Allen Ostrovanek" read as "Allen Christopher Ostrovanek"'s short form keeps its own key too: the join
      // model was fitted with each form a name of its own, so the short form still links reports by it.
      const written = shortFormKey(e.text, name);
      if (written) names.add(`${officials.has(name) ? 'q' : 'p'}:${written}`);
      // "Corwin Tallis Jr." is filed under "Corwin Tallis" too: a later report that leaves the
      // suffix out (a plea, a sentence months on) is looked up and tied to its shooting by that name alone.
      const bare = withoutGeneration(tokens);
      if (bare) names.add(`${officials.has(name) ? 'q' : 'p'}:${bare.sort().join(' ')}`);
    }
    else if (e.type === 'location') names.add(`l:${name.toLowerCase()}`);
    else names.add(`o:${e.text.toLowerCase()}`);
  }
  return { terms, names: [...names].sort(), date: article.eventDate?.value ?? null, figures: keyFigures(article.headline ?? '', article.body), scene: sceneOf(article), earlier: earlierEventDays(article), act: actOf(article), harm: harmOf(article.casualties, article.body), ages: leadAges(article.headline ?? '', article.body), datedInText: datedInText(article), looksBack: looksBack(article.headline ?? '', article.body), identifiesVictim: identifiesVictim(article.headline ?? '', article.body), published: article.publishedAt?.slice(0, 10) ?? null, meeting: meetingLead(article), ...meetingSpanOf(article), incident: articleLeadIncident(article.body, article.sentences, article.headline) ?? tollLeadDisaster(article), incidentAfter: articleCountedAfter(article.body, article.sentences, article.headline), ...(offices.size ? { offices: [...offices].sort() } : {}), ...hullOf(article), ...caseOf(article), ...(isDigest(article) ? { digest: true } : {}) };
}

/** Whether the article tells a case that harmed no one, and the step its lead tells (case-steps.ts), as optional fields. */
function caseOf(article: Article): { nonViolentCase?: true; caseStep?: CaseStep; stepLead?: true } {
  const first = article.sentences[0];
  const lead = (): string => (first ? article.body.slice(first.start, first.end) : (article.headline ?? ''));
  if (!nonViolentCase(article.headline ?? '', article.body)) {
    return caseStepOf(lead()) !== null && !namesViolence(article.headline ?? '', article.body) ? { stepLead: true } : {};
  }
  const step = caseStepOf(lead());
  return step ? { nonViolentCase: true, caseStep: step } : { nonViolentCase: true };
}

/** Whether the lead sentence reports a meeting (lead-meeting.ts); the headline's where there is no lead. */
function meetingLead(article: Article): boolean {
  const first = article.sentences[0];
  return leadsWithMeeting(first ? article.body.slice(first.start, first.end) : (article.headline ?? ''));
}

/**
 * A meeting's span and a meeting's outcome as the lead tells them, with the lead's names, for meeting-days.ts
 * to tie a summit's closing declaration, days after its opening, to the summit (meeting-span.ts).
 */
function meetingSpanOf(article: Article): Pick<ArticleFeatures, 'meetingUntil' | 'meetingOutcome' | 'meetingKeys'> {
  const first = article.sentences[0];
  const lead = first ? article.body.slice(first.start, first.end) : (article.headline ?? '');
  const day = article.eventDate?.value;
  const meeting = leadsWithMeeting(lead);
  const outcome = leadsWithMeetingOutcome(lead);
  if (!meeting && !outcome) return {};
  const until = meeting && day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? meetingLastDay(lead, day) : null;
  return { ...(until !== null ? { meetingUntil: until } : {}), ...(outcome ? { meetingOutcome: true } : {}), meetingKeys: leadNameKeys(lead) };
}

/** The key of a short form of a name (name-forms.ts) as written, where the person's name is the full one. */
function shortFormKey(text: string, name: string): string | null {
  if (text === name) return null;
  const written = nameTokens(text);
  const full = nameTokens(name);
  if (!middleWordsLeftOut(full, written) && !middleWordsLeftOut(written, full) && !hyphenatedSurnameOf(text, written, full)) return null;
  return written.sort().join(' ');
}

/** The lead sentence's act; the headline's when the lead names none. */
function actOf(article: Article): string | null {
  const act = articleLeadAct(article.body, article.sentences, article.headline);
  return act ? actKey(act) : null;
}

/**
 * The article's scene as a point: a town it names, not a country's centre (a story placed in "Ukraine"
 * is no farther from Kharkiv than one placed there) and not an outlet's home city, which is a guess.
 */
function sceneOf(article: Article): string | null {
  const place = article.place;
  if (!place || place.inferred || place.lat === null || place.lon === null || lookupCountry(place.name)) return null;
  return `${place.lat.toFixed(1)},${place.lon.toFixed(1)}`;
}

/** The event profile of a set of articles (the same as folding them in one by one). */
export function buildProfile(features: readonly ArticleFeatures[]): EventProfile {
  let profile: EventProfile | null = null;
  for (const f of features) profile = extendProfile(profile ? [profile] : [], f);
  return profile ?? { terms: {}, names: [], dates: [], size: 0, figures: [], scenes: [] };
}

/** Figures kept per profile: a story's own few, not every sum a long story has gathered. */
const PROFILE_FIGURES = 24;
/** Scenes kept per profile: a story's town, a misplaced report or two. */
const PROFILE_SCENES = 12;

/** Earlier events' days kept per profile: a story refers back to a few. */
const PROFILE_EARLIER = 12;

/** Acts kept per profile: a story's own one or two, and a misread lead or two. */
const PROFILE_ACTS = 8;

/** Incident days kept per profile ("closure@2026-10-15"): a story's own act or two, told on a day or two each. */
const PROFILE_INCIDENT_DAYS = 16;

/** Office-holders' keys kept per profile: a story's ministers and envoys, a few dozen at most. */
const PROFILE_OFFICES = 32;

/** Ships kept per profile: a story's one ship, or a few where mixed reports joined. */
const PROFILE_HULLS = 8;

/** The article's own merchant ship (hulls.ts), as an optional field. */
function hullOf(article: { headline: string | null; body: string }): { hull?: string } {
  const hull = leadHull(article.headline ?? '', article.body);
  return hull ? { hull } : {};
}

/** Lead names kept per profile from its meetings' and outcomes' leads (meeting-span.ts): a summit's body and town, and a few more. */
const PROFILE_MEETING_KEYS = 24;

/** Ages kept per profile: a story's victims and suspects, and a misread lead or two. */
const PROFILE_AGES = 16;

/** Terms kept per profile: enough that a term cut early rarely matters; index keys take the top 40. */
const PROFILE_TERMS = 1000;

/** A stored profile with more articles folded in (summed terms, merged names and dates). */
export function extendProfile(profiles: readonly EventProfile[], added: ArticleFeatures): EventProfile {
  const names = new Set<string>(added.names);
  const dates = new Set<string>(added.date ? [added.date] : []);
  const figures = new Set<string>(added.figures);
  const scenes = new Set<string>(added.scene ? [added.scene] : []);
  const earlier = new Set<string>(added.earlier);
  const acts = new Set<string>(added.act ? [added.act] : []);
  const harms = new Set<Harm>(harmsOf(added.harm ?? null));
  const ages = new Set<number>(added.ages ?? []);
  let meetings = added.meeting ? 1 : 0;
  let meetingOutcomes = added.meetingOutcome ? 1 : 0;
  let meetingUntil = added.meetingUntil ?? null;
  const meetingKeys = new Set<string>(added.meetingKeys ?? []);
  let nonViolentCases = added.nonViolentCase ? 1 : 0;
  let digests = added.digest ? 1 : 0;
  let stepLeads = added.stepLead ? 1 : 0;
  const incidents = new Set<string>(added.incident ? [added.incident] : []);
  // Each kind with the days its reports give it: an act of that kind on another day is another act (lead-incident.ts).
  const incidentDays = new Set<string>(added.incident && added.date ? [`${added.incident}@${added.date}`] : []);
  // And the kinds they count their own act from ("two days after a drone strike"), for a report of that kind arriving later.
  const incidentsAfter = new Set<string>(added.incident && added.incidentAfter ? [added.incidentAfter] : []);
  const offices = new Set<string>(added.offices ?? []);
  const hulls = new Set<string>(added.hull ? [added.hull] : []);
  const caseSteps = new Set<string>(added.caseStep ? [added.caseStep] : []);
  let size = 1;
  for (const p of profiles) {
    for (const n of p.names) names.add(n);
    for (const d of p.dates) dates.add(d);
    for (const f of p.figures ?? []) figures.add(f);
    for (const x of p.scenes ?? []) scenes.add(x);
    for (const d of p.earlier ?? []) earlier.add(d);
    for (const a of p.acts ?? []) acts.add(a);
    for (const h of p.harms ?? []) harms.add(h);
    for (const a of p.ages ?? []) ages.add(a);
    meetings += p.meetings ?? 0;
    meetingOutcomes += p.meetingOutcomes ?? 0;
    if (p.meetingUntil && (meetingUntil === null || p.meetingUntil > meetingUntil)) meetingUntil = p.meetingUntil;
    for (const k of p.meetingKeys ?? []) meetingKeys.add(k);
    nonViolentCases += p.nonViolentCases ?? 0;
    digests += p.digests ?? 0;
    stepLeads += p.stepLeads ?? 0;
    for (const k of p.incidents ?? []) incidents.add(k);
    for (const d of p.incidentDays ?? []) incidentDays.add(d);
    for (const k of p.incidentsAfter ?? []) incidentsAfter.add(k);
    for (const o of p.offices ?? []) offices.add(o);
    for (const h of p.hulls ?? []) hulls.add(h);
    for (const c of p.caseSteps ?? []) caseSteps.add(c);
    size += p.size;
  }
  const strongest = summedTerms(profiles, added.terms).sort(byWeight).slice(0, PROFILE_TERMS);
  return { terms: termsObject(strongest), names: [...names].sort(), dates: [...dates].sort(), size, figures: [...figures].sort().slice(0, PROFILE_FIGURES), scenes: [...scenes].sort().slice(0, PROFILE_SCENES), ...(earlier.size ? { earlier: [...earlier].sort().slice(0, PROFILE_EARLIER) } : {}), ...(acts.size ? { acts: [...acts].sort().slice(0, PROFILE_ACTS) } : {}), ...(harms.size ? { harms: [...harms].sort() } : {}), ...(ages.size ? { ages: [...ages].sort((a, b) => a - b).slice(0, PROFILE_AGES) } : {}), ...(meetings ? { meetings } : {}), ...(meetingOutcomes ? { meetingOutcomes } : {}), ...(meetingUntil ? { meetingUntil } : {}), ...(meetingKeys.size ? { meetingKeys: [...meetingKeys].sort().slice(0, PROFILE_MEETING_KEYS) } : {}), ...(incidents.size ? { incidents: [...incidents].sort() } : {}), ...(incidentDays.size ? { incidentDays: [...incidentDays].sort().slice(0, PROFILE_INCIDENT_DAYS) } : {}), ...(incidentsAfter.size ? { incidentsAfter: [...incidentsAfter].sort() } : {}), ...(offices.size ? { offices: [...offices].sort().slice(0, PROFILE_OFFICES) } : {}), ...(hulls.size ? { hulls: [...hulls].sort().slice(0, PROFILE_HULLS) } : {}), ...(nonViolentCases ? { nonViolentCases } : {}), ...(caseSteps.size ? { caseSteps: [...caseSteps].sort() } : {}), ...(stepLeads ? { stepLeads } : {}), ...(digests ? { digests } : {}) };
}

/**
 * A profile's terms as an object without a prototype, which V8 keeps as a hash table from the start.
 * An ordinary object given a thousand keys one at a time (Object.fromEntries) went through a new hidden
 * class per key, new ones for every event's own terms, and froze (profile-cache.ts) into yet another
 * copy: most of extendProfile's time, and garbage. Same keys in the same order, so the same JSON.
 */
function termsObject(entries: readonly [string, number][]): Record<string, number> {
  const terms = Object.create(null) as Record<string, number>;
  for (const [t, w] of entries) terms[t] = w;
  return terms;
}

/** Heaviest first, then by term: a total order, so the terms kept do not depend on the order summed. */
function byWeight(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
}

/**
 * The profiles' terms and the article's, summed. With one profile (an article joining an event, nearly
 * every write) its terms are read as they are and only the article's few hundred looked up in them,
 * rather than all of the profile's thousand put in a map first: the sums are the same.
 */
function summedTerms(profiles: readonly EventProfile[], added: ReadonlyMap<string, number>): [string, number][] {
  if (profiles.length === 1) {
    const base = profiles[0]!.terms;
    const summed: [string, number][] = [];
    for (const t in base) summed.push([t, base[t]! + (added.get(t) ?? 0)]);
    for (const [t, w] of added) if (!Object.hasOwn(base, t)) summed.push([t, w]);
    return summed;
  }
  const terms = new Map<string, number>();
  for (const p of profiles) for (const [t, w] of Object.entries(p.terms)) terms.set(t, (terms.get(t) ?? 0) + w);
  for (const [t, w] of added) terms.set(t, (terms.get(t) ?? 0) + w);
  return [...terms.entries()];
}

/** Keys an event is indexed by, and the same scheme for the keys an article looks up. */
export function indexKeys(names: readonly string[], terms: Iterable<[string, number]>, topTerms = 30): string[] {
  const strongest = [...terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, topTerms);
  return [...names.map((n) => `n:${n}`), ...strongest.map(([t]) => `t:${t}`)];
}

/** Terms counted in the store's document frequencies: content terms and names. */
export function dfTerms(features: ArticleFeatures): string[] {
  return [...features.terms.keys(), ...features.names.map((n) => `n:${n}`)];
}

/** Whether the article's own words give its event's day (not the publication day, nor a guess from a clock time). */
function datedInText(article: Article): boolean {
  const d = article.eventDate;
  return d !== null && !d.fallback && d.guessedDay !== true;
}
