/**
 * What the join model reads about one (article, stored event) pair: TF-IDF cosine of content terms,
 * overlap of names (all, and people, places and organisations apart), whether both name places and
 * share none, the gap between their event dates in bands, the event's size, and people and terms
 * shared across a gap of more than six days (follow-ups), figures that disagree (a quake's
 * magnitude, a sum stolen) and scenes far apart. Every value lies in
 * [0, 1] or is a small count, so one set of weights serves both local news and wire stories.
 */
import { sharesOnlyOfficeHolders } from './office-holders.js';
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';
import { setsApart } from './earlier-events.js';
import { figuresConflict } from './figures.js';
import { actsApart, answersEarlierStory } from './lead-act.js';
import { harmsConflict } from './harm.js';
import { agesConflict } from './ages.js';
import { namesOnePerson } from './name-subset.js';
import { withoutContradictedBareKeys } from './generation-keys.js';
import { meetingApart } from './lead-meeting.js';
import { type IncidentSides, incidentsApart } from './lead-incident.js';
import { sceneConflict } from './scenes.js';
import { townsApart } from './towns-apart.js';
import { hullsApart } from './hulls.js';
import { unrestStepsApart } from './unrest-steps.js';
import { measureApart } from './measure-apart.js';
import { caseStepsApart } from './case-steps.js';
import { responseApart } from './response-apart.js';
import { advisoryApart } from './advisory-apart.js';
import { meetingDaysApart } from './meeting-days.js';

export interface TermStats {
  documents: number;
  df: Map<string, number>;
}

export const PAIR_FEATURES = [
  'bias',
  'terms',
  'termsRoot',
  'names',
  'people',
  'places',
  'organisations',
  'placeConflict',
  'sameDay',
  'within2Days',
  'within6Days',
  'beyond6Days',
  'noDate',
  'logSize',
  'peopleLate',
  'termsLate',
  'peopleConflict',
  'figureConflict',
  'sceneConflict',
  'harmConflict',
  'ageConflict',
  'namedEarlier',
  'actsApart',
  'lateOneWord',
  'lateTownAge',
] as const;

export type PairFeatureName = (typeof PAIR_FEATURES)[number];

export function idf(term: string, stats: TermStats): number {
  const df = stats.df.get(term) ?? 0;
  return Math.log((stats.documents + 1) / (df + 1)) + 1;
}

/**
 * The article's side of the cosine, computed once per article rather than once per candidate; with the
 * idf of its terms and names, also taken once: every candidate pair took the idf of each of an event's
 * thousand terms and names again (a lookup, a logarithm and, for a name, a string built).
 */
export interface ArticleVector {
  weights: Map<string, number>;
  norm: number;
  /** idf of each of the article's terms. */
  termIdfs: Map<string, number>;
  /** idf of each of the article's names (of its key `n:` + name). */
  nameIdfs: Map<string, number>;
  /**
   * The idf of any other term or name, when the stats count the article's own terms and names only (as
   * the store's termStats of dfTerms does): nothing else has a count there, so all others have the
   * idf of a count of 0. Null when the stats count others too: those are then looked up.
   */
  others: number | null;
}

export function articleVector(article: ArticleFeatures, stats: TermStats): ArticleVector {
  const weights = new Map<string, number>();
  const termIdfs = new Map<string, number>();
  const nameIdfs = new Map<string, number>();
  let counted = 0;
  let sum = 0;
  for (const [term, w] of article.terms) {
    const f = idf(term, stats);
    const x = w * f;
    termIdfs.set(term, f);
    weights.set(term, x);
    sum += x * x;
    if (stats.df.has(term)) counted++;
  }
  for (const name of article.names) {
    const key = `n:${name}`;
    if (nameIdfs.has(name)) continue;
    nameIdfs.set(name, idf(key, stats));
    if (stats.df.has(key)) counted++;
  }
  const others = counted === stats.df.size ? Math.log((stats.documents + 1) / (0 + 1)) + 1 : null;
  return { weights, norm: Math.sqrt(sum), termIdfs, nameIdfs, others };
}

function nameIdf(name: string, vector: ArticleVector, stats: TermStats): number {
  return vector.nameIdfs.get(name) ?? vector.others ?? idf(`n:${name}`, stats);
}

const BEYOND_6_DAYS = PAIR_FEATURES.indexOf('beyond6Days');
const PEOPLE = PAIR_FEATURES.indexOf('people');
const NAMED_EARLIER = PAIR_FEATURES.indexOf('namedEarlier');
const ACTS_APART = PAIR_FEATURES.indexOf('actsApart');
const LATE_ONE_WORD = PAIR_FEATURES.indexOf('lateOneWord');
const LATE_TOWN_AGE = PAIR_FEATURES.indexOf('lateTownAge');

/**
 * Pairs ruled out before the model is asked: more than six days apart with no person in common. Two
 * shootings in one city a week apart read alike; a follow-up of one (a charge, a hearing) names its
 * people. A linear model cannot make the date gap depend on the names, so the rule does. And an event
 * whose days are those of an earlier event the article sets apart from its own ("four days after it
 * launched a ballistic missile": earlier-events.ts): the article says it is another. And a pair more
 * than six days apart whose only people in common are named by one word (lateOneWord, below). The
 * first rule spares a pair placed in one town whose leads give a victim the same age (lateTownAge,
 * below): the model then weighs it like any late pair.
 */
export function ruledOut(x: readonly number[]): boolean {
  return (x[BEYOND_6_DAYS] === 1 && x[PEOPLE] === 0 && x[LATE_TOWN_AGE] === 0) || x[NAMED_EARLIER] === 1 || x[ACTS_APART] === 1 || x[LATE_ONE_WORD] === 1;
}

/**
 * A pair weeks apart that may be one shooting though it names nobody in common: both placed in one
 * town (the same point, or a place name shared), every age the article's lead gives among those the
 * event's leads give, and nothing telling them apart (another block, another count of dead and
 * wounded, towns far apart). A report a week or more on that does not repeat the victim's name ("the
 * 1-year-old shot in Kent last month", a reprint of the first bulletin) was kept from its shooting by
 * the people rule alone; two shootings on one street weeks apart still differ in their victims' ages
 * or their blocks, and a report dating its own incident in its text (not the publication day) must say it
 * looks back (looks-back.ts), as one told on a day of its own a month on is another shooting (review64b's
 * two Lorain teenagers). An event whose leads give more than LATE_EVENT_AGES ages is a city's round-up or
 * has gathered several shootings, where one age in common says little: in the GVA run such events took
 * a Houston, a Chicago and a Baltimore shooting weeks later through a teenager's age.
 */
const LATE_EVENT_AGES = 4;

/**
 * Ages in a late report's lead, all among the event's and with the same town's point, from which the
 * report is its shooting told again. Three, not two: two wounded men of 19 and 22, or two teenagers of
 * 16 and 17, are what two shootings weeks apart in one town may share (review66c), and two ages are
 * often a victim's and the accused's (a girl of 6 and the man of 19 to stand trial for shooting her).
 */
const SAME_AGES_TOLD_AGAIN = 3;

function lateTownAge(article: ArticleFeatures, event: EventProfile, places: number, figureConflict: boolean, harmConflict: boolean, sceneApart: boolean): boolean {
  if (figureConflict || harmConflict || sceneApart) return false;
  // A late report that dates its own incident from its text ("shot Sunday evening outside a store") is
  // another shooting, unless it says it follows one ("the shooting that killed", "last month"): a town and
  // a teenager's age are common to many shootings. Only the date that is the publication day, or a guess,
  // leaves it a possible reprint or follow-up.
  if (places === 0 && !sameTown(article.scene, event.scenes ?? [])) return false;
  const ages = event.ages ?? [];
  const own = article.ages ?? [];
  if (own.length === 0 || ages.length > LATE_EVENT_AGES || !own.every((a) => ages.includes(a))) return false;
  if (article.datedInText !== true || Boolean(article.looksBack)) return true;
  if (article.identifiesVictim === true && publishedAfter(article.published ?? null, event.dates)) return true;
  // Three or more victims of the same ages at the same town's point are one shooting told again (a
  // bar's four wounded in a reprint four weeks on whose "Sunday" was read in its own week), however the
  // report dates itself. The point, not a place name shared: the state's name is one too.
  return own.length >= SAME_AGES_TOLD_AGAIN && sameTown(article.scene, event.scenes ?? []);
}

/** Below this cosine of terms, an undated pair's words say little: GVA's and ECB+'s pairs of one event share more (thinlyLinked). */
const THIN_TERMS = 0.15;

/**
 * Whether a pair with no date to tie it (one side undated) shares no person and no body, one place at
 * most, and few words. A pasted note that health workers were trained in a township joined another
 * outlet's undated note that water tankers reached it (review ux67b, probability 0.32): two short
 * texts that name one township share much of their few names, which the name overlap counts as a
 * strong link. Of the gold pairs of one event that GVA's and ECB+'s streams offer (ECB+'s are undated),
 * none that the model joins is this thin.
 */
function thinlyLinked(gap: number | null, terms: number, article: readonly string[], event: readonly string[]): boolean {
  if (gap !== null || terms >= THIN_TERMS) return false;
  const inEvent = new Set(event);
  const shared = article.filter((n) => inEvent.has(n));
  return shared.length <= 1 && shared.every((n) => n.startsWith('l:'));
}

/**
 * Whether the two sides name a person in common by two words or more. A follow-up weeks on is tied to
 * its story by the victim's or the suspect's name; a one-word "person" both pages name is most often
 * the outlet's own furniture (a social handle, "Philly" of a station's menu, a "Click" button read as a
 * name) or a first name alone, and it had carried shootings months apart into one event.
 */
function sharesFullName(article: readonly string[], event: readonly string[]): boolean {
  return article.some((n) => n.startsWith('p:') && n.includes(' ') && event.includes(n));
}

export function pairFeatures(article: ArticleFeatures, vector: ArticleVector, event: EventProfile, stats: TermStats): number[] {
  const terms = cosine(vector, event.terms, stats);
  const gap = dateGap(article.date, event.dates);
  const places = typedOverlap(article.names, event.names, 'l:', stats, vector);
  // "Jr." against "Sr." share the key filed without the suffix, and are a son and his father: such a
  // key counts neither as a name nor as a person in common (generation-keys.ts).
  const kept = withoutContradictedBareKeys(article.names, event.names);
  const articleNames = kept?.article ?? article.names;
  const eventNames = kept?.event ?? event.names;
  const people = typedOverlap(articleNames, eventNames, 'p:', stats, vector);
  const late = gap !== null && gap > 6 ? 1 : 0;
  const figureConflict = figuresConflict(article.figures, event.figures ?? []);
  const sceneApart = sceneConflict(article.scene, event.scenes ?? []);
  const harmConflict = harmsConflict(article.harm ?? null, event.harms ?? []);
  const sides = incidentSides(article, event);
  return [
    1,
    terms,
    Math.sqrt(terms),
    nameOverlap(articleNames, eventNames, stats, vector),
    people,
    places,
    typedOverlap(article.names, event.names, 'o:', stats, vector),
    // Both name places and share none, unless both are placed in one town (sameTown).
    places === 0 && article.names.some((n) => n.startsWith('l:')) && event.names.some((n) => n.startsWith('l:')) && !sameTown(article.scene, event.scenes ?? []) ? 1 : 0,
    gap === 0 ? 1 : 0,
    gap !== null && gap > 0 && gap <= 2 ? 1 : 0,
    gap !== null && gap > 2 && gap <= 6 ? 1 : 0,
    gap !== null && gap > 6 ? 1 : 0,
    gap === null ? 1 : 0,
    Math.log1p(event.size),
    // A follow-up weeks later is told with the event's people and words, not its date.
    people * late,
    terms * late,
    // Two stories alike in words about different people (one star's arrest, another's) are two events;
    // not one person named with and without a middle name, an initial or "Jr." (name-subset.ts), nor a
    // side whose only "people" are one word (a first name, a station menu's "Philly").
    people === 0 && articleNames.some(fullName) && eventNames.some(fullName) && !namesOnePerson(articleNames, eventNames) ? 1 : 0,
    // Two quakes of other magnitudes, two thefts of other sums: two events, however alike the words.
    figureConflict ? 1 : 0,
    // Strikes on Kharkiv and on Odesa the same night, a hack in Tartu and the sanctions announced in
    // London: the article's town is far from every town the event's reports name.
    sceneApart ? 1 : 0,
    // One shooting that killed and one that only wounded, a day or two apart in one town: weighed, since
    // a wounded victim may die later (a report of that death agrees with both: harm.ts).
    harmConflict ? 1 : 0,
    // Two shootings a day apart in one town whose leads give their victims other ages (ages.ts).
    agesConflict(article.ages ?? [], event.ages ?? []) ? 1 : 0,
    // The article counts back from its own day to the event's ("four days after it launched"), or the
    // event's reports count back to the article's day.
    article.date && (setsApart(article.earlier, [article.date], event.dates) || setsApart(event.earlier ?? [], event.dates, [article.date])) ? 1 : 0,
    // One state's act answering another's a day later (a veto after sanctions, a rejection of both),
    // told in the same words: a rule, not weighed (lead-act.ts).
    // And a state's act more than six days after the start of a story whose reports lead with none, or a
    // report of that story once the act's event is stored (answersEarlierStory): sanctions for a hack.
    // And a report of a meeting (a summit, talks) more than six days from a story whose reports lead with
    // none, or the other way round: the summit of the presidents a month after their statements on a
    // vote (lead-meeting.ts); within six days, two days or more apart, when the article dates its own day
    // in its text: the ministers' meeting four days after the cable fault it discussed (meeting-days.ts).
    // And a report leading with an incident of another kind, on another day, than every incident the
    // event's reports lead with: the strike two weeks after a seizure, the crew's release (lead-incident.ts);
    // or a public body's act (an emergency declared, a border reopened), or one of the event's kind on a day apart.
    // And a report of the same day or the next placed in a town far from every town of the event's, naming
    // no person of it, both leading with a protest: a second town's protest that day (towns-apart.ts). And a step of unrest
    // (a strike held, a leader detained, a concession) against another step or another day (unrest-steps.ts).
    // And a curfew or an emergency reported in its own right against the shooting or protest it answers (measure-apart.ts).
    // And a report about another merchant ship than every report of the event (hulls.ts).
    // And two days of a fraud or bribery case that harmed no one: its arrest, charge, verdict, sentence; or two
    // of its steps the same day in towns far apart, a raid in Prague and the arrest in Dubai (case-steps.ts);
    // or days apart, a report that only leads with a step (a search) against reports naming the case.
    // And a state's response told on a later day of its own than the launch or sanctions it answers (response-apart.ts);
    // and an agencies' advisory days after the attack it names (advisory-apart.ts).
    actsApart(article.act, event.acts ?? []) || answerApart(article, event) || (late === 1 && meetingApart(article.meeting === true, event.meetings ?? 0, event.size)) || meetingDaysApart(article, event, gap) || incidentsApart(article.incident, event.incidents ?? [], gap, sides) || unrestStepsApart(article, event, gap, sides.sameKindGap ?? null) || townsApart(gap, sceneApart, people, { article: article.incident === 'protest', event: (event.incidents ?? []).includes('protest') }) || measureApart(article, event) || hullsApart(article.hull, event.hulls) || caseStepsApart(article, event, gap, sceneApart) || responseApart(article, event) || advisoryApart(article, event) ? 1 : 0,
    // Weeks apart, linked only by one-word names: a rule, not weighed (ruledOut). So is a pair with no
    // date to tie it that shares one place at most and few words (thinlyLinked).
    // And weeks apart, linked only by office-holders (a minister at every step of a policy story: office-holders.ts).
    (late === 1 && people > 0 && !sharesFullName(articleNames, eventNames)) || thinlyLinked(gap, terms, articleNames, eventNames) || (late === 1 && people > 0 && sharesOnlyOfficeHolders(articleNames, eventNames, new Set([...(article.offices ?? []), ...(event.offices ?? [])]))) ? 1 : 0,
    // Weeks apart, in one town, a victim of one age: spared the people rule (ruledOut), not weighed.
    late === 1 && lateTownAge(article, event, places, figureConflict, harmConflict, sceneApart) ? 1 : 0,
  ];
}

/** What lead-incident.ts's rule reads of a pair beyond the kinds and the gap. */
function incidentSides(article: ArticleFeatures, event: EventProfile): IncidentSides {
  const kind = article.incident;
  let sameKindGap: number | null = null;
  if (kind && article.date) {
    const days = (event.incidentDays ?? []).filter((d) => d.startsWith(`${kind}@`)).map((d) => d.slice(kind.length + 1));
    sameKindGap = dateGap(article.date, days);
  }
  const crime = Boolean(article.act?.startsWith('crime:')) || (event.acts ?? []).some((a) => a.startsWith('crime:'));
  return { after: article.incidentAfter ?? null, eventAfter: event.incidentsAfter ?? [], sameKindGap, crime };
}

/**
 * Whether one side answers the other's story with a state's act more than six days after the story
 * began (answersEarlierStory), whichever arrived first: the article that long after the event's first
 * day, or that long before it. From the first day, not the nearest: the story's own follow-ups (an
 * arrest a week on) carry its days forward, and a minister's welcome of the sanctions had joined it
 * so, four days after the arrest and thirteen after the attack.
 */
function answerApart(article: ArticleFeatures, event: EventProfile): boolean {
  const first = event.dates[0];
  if (!article.date || !first) return false;
  const acts = event.acts ?? [];
  const days = (Date.parse(`${article.date}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
  if (days > 6) return answersEarlierStory(article.act, acts) && !followsCrime(acts, event.harms ?? [], article, event.names);
  if (-days > 6) return acts.some((a) => answersEarlierStory(a, article.act ? [article.act] : [])) && !followsCrime(article.act ? [article.act] : [], article.harm ? [article.harm] : [], { ...article, looksBack: null, identifiesVictim: false }, event.names);
  return false;
}

/**
 * Whether a late statement is a crime story's own follow-up: the story's reports lead with a crime and
 * the statement points back to it ("charged with killing", "in connection with the death of":
 * looks-back.ts; not "earlier this month", which a government's answer says too), or the crime killed or wounded someone and the statement names a person of the story
 * in full (its victim, most often). A city's police praising a witness is no state answering an attack.
 * A hack harms no one: a minister's welcome of sanctions for it that quotes the hacked clinic's
 * director is still the sanctions' story (cluster/index.test.ts).
 */
function followsCrime(acts: readonly string[], harms: readonly string[], article: ArticleFeatures, names: readonly string[]): boolean {
  if (!acts.some((a) => a.startsWith('crime:'))) return false;
  return article.looksBack === 'crime' || article.identifiesVictim === true || (harms.length > 0 && sharesFullName(article.names, names));
}

/**
 * Whether the article was published a day or more after the event's last day. A headline naming a
 * victim looks back only from there: on the crime's own day it is the first report, which the GVA run
 * showed for most such headlines.
 */
function publishedAfter(published: string | null, dates: readonly string[]): boolean {
  if (!published || dates.length === 0) return false;
  const last = dates.reduce((a, b) => (a > b ? a : b));
  return Date.parse(`${published}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`) >= 86_400_000;
}

/**
 * Whether the article is placed in a town some report of the event is placed in. The town is often
 * no place entity of the page ("Detroit police said", a headline's "in Buffalo"), so two reports of
 * one town's shooting could name no place in common and count as placed apart.
 */
function sameTown(scene: string | null, scenes: readonly string[]): boolean {
  return scene !== null && scenes.includes(scene);
}

/** A person named by two words or more: a one-word "person" is most often a first name or page furniture. */
function fullName(name: string): boolean {
  return name.startsWith('p:') && name.includes(' ');
}


/** A profile's terms and weights as arrays, in the object's own order. */
interface TermArrays {
  terms: readonly string[];
  weights: Float64Array;
}

/**
 * Made once per profile object: the store hands out the same frozen profile for every article that
 * scores its event (profile-cache.ts), and walking an object of a thousand keys with for...in at
 * every candidate cost more than the sums themselves. Same terms, same order, so the same sums.
 */
const termArrays = new WeakMap<Readonly<Record<string, number>>, TermArrays>();

function arraysOf(terms: Readonly<Record<string, number>>): TermArrays {
  let found = termArrays.get(terms);
  if (!found) {
    const keys = Object.keys(terms);
    found = { terms: keys, weights: Float64Array.from(keys, (t) => terms[t]!) };
    termArrays.set(terms, found);
  }
  return found;
}

function cosine(a: ArticleVector, b: Readonly<Record<string, number>>, stats: TermStats): number {
  if (a.norm === 0) return 0;
  let dot = 0;
  let nb = 0;
  const { terms, weights } = arraysOf(b);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const x = a.weights.get(term);
    const y = weights[i]! * (x !== undefined ? a.termIdfs.get(term)! : (a.others ?? idf(term, stats)));
    nb += y * y;
    if (x !== undefined) dot += x * y;
  }
  return nb === 0 ? 0 : dot / (a.norm * Math.sqrt(nb));
}

/**
 * Shared names, weighted by rarity, over the geometric mean of both sides' weights: an event that has
 * gathered many names (a long-running story) must share more of them, or it would absorb every
 * article that names one of its people (measured on ECB+: B-cubed F1 0.765 with the smaller side as
 * the denominator, 0.831 with this one).
 */
function nameOverlap(a: readonly string[], b: readonly string[], stats: TermStats, vector: ArticleVector): number {
  return typedOverlap(a, b, '', stats, vector);
}

/** `a` is the article's names (those `vector` was made with), `b` the event's. */
function typedOverlap(a: readonly string[], b: readonly string[], prefix: string, stats: TermStats, vector: ArticleVector): number {
  const inB = new Set<string>();
  let totalB = 0;
  for (const n of b) {
    if (!n.startsWith(prefix)) continue;
    inB.add(n);
    totalB += nameIdf(n, vector, stats);
  }
  if (totalB === 0) return 0;
  let shared = 0;
  let totalA = 0;
  for (const n of a) {
    if (!n.startsWith(prefix)) continue;
    const w = nameIdf(n, vector, stats);
    totalA += w;
    if (inB.has(n)) shared += w;
  }
  return totalA === 0 ? 0 : shared / Math.sqrt(totalA * totalB);
}

/** Days between the article's event date and the nearest of the event's, or null when either is unknown. */
function dateGap(date: string | null, dates: readonly string[]): number | null {
  if (!date || dates.length === 0) return null;
  const at = Date.parse(`${date}T00:00:00Z`);
  let gap = Infinity;
  for (const d of dates) gap = Math.min(gap, Math.abs(Date.parse(`${d}T00:00:00Z`) - at) / 86400000);
  return gap;
}
