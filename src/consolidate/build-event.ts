/**
 * One event record from its articles. The result depends only on the set of articles (they are put in
 * publication order first), so the same articles give the same event whatever order they arrived in.
 */
import { leadThemes } from './lead-themes.js';
import { withSea } from './event-sea.js';
import { kilometres } from '../util/geo.js';
import type { Article, Casualties, ClaimRef, Discrepancy, EventLocation, Fact, IndicatorRef, NewsEvent, SharedPassage } from '../model/types.js';
import type { EventMember } from '../store/store.js';
import { contentWords, groupFacts, numberDiscrepancies, type FactGroup } from './facts.js';
import { reportCountDiscrepancies } from './count-discrepancies.js';
import { reportMoneyDiscrepancies } from './money-discrepancies.js';
import { reportMoveDiscrepancies } from './move-discrepancies.js';
import { reportCaseDiscrepancies, withoutSentenceYears } from './case-discrepancies.js';
import { oneTurnout, reportMeasureDiscrepancies, withoutDayCounts, withoutMeasuredCounts } from './measure-discrepancies.js';
import { coveredByReports, reportShareDiscrepancies } from './share-holders.js';
import { countRevised } from './count-revision.js';
import { saysRelativeDay } from './relative-day.js';
import { consolidateParticipants, vote } from './participants.js';
import { passagesOfFacts } from './shared-passages.js';
import { restates } from './restated-claim.js';
import { joinSummary } from './summary-join.js';
import { isBackground } from './background-sentence.js';
import { placesAllTold } from './places-all-told.js';
import { withoutCountriesOfTowns } from './country-beside-town.js';
import { type EventLookup } from './related.js';
import { relatedFields } from './near-waiting.js';
import { withSanctionedBodies } from './sanctioned-bodies.js';
import { sanctionCountsField } from './sanction-counts.js';
import { type SourceGroups, sourceGroups, splitOutletKey } from './sources.js';
import { vulnerabilitiesOf } from './vulnerabilities.js';
import { indicatorsOf } from './indicators.js';
import { organizationsOf } from './organizations.js';
import { vesselsOf, withoutVessels } from './vessels.js';
import { claimedByOf } from './claimed-by.js';
import { crewCounts } from './crew-counts.js';
import { oneMomentAcrossMidnight } from './utc-local-day.js';
import { withActorLinks } from './actor-links.js';
import { withBodyNames } from './participant-bodies.js';
import { figureReportedAt, textReportedAt } from './reported-at.js';
import { utcSortKey } from '../util/dates.js';
import { Lru } from '../util/lru.js';
import { cityKey } from '../enrich/gazetteer/cities.js';
import { townKey } from './town-key.js';
import { lookupCountry, lookupRegion } from '../enrich/gazetteer/places.js';
import { findCasualties } from '../enrich/casualties.js';
import { sentenceToll } from '../enrich/casualty-charge.js';
import { withoutHospitalSubsets } from './still-in-hospital.js';
import { withClaimedTolls } from './claimed-tolls.js';
import { withTollTellers } from './toll-tellers.js';
import { runningToll } from './running-toll.js';
import { rivalFigures, withoutRivalFigures } from './rival-figures.js';
import { withoutOtherTownsFigures } from './elsewhere-figures.js';
import { tellerJoins } from './teller-body.js';
import { newsFirst, readableTitle } from './title-case.js';
import { latestVersions } from './latest-versions.js';
import { withCorrectedNames } from './corrected-names.js';
import { deathNotBorneOut, loneWoundedDiedSince, loneWoundedIsTheDead, woundedApartFromTheDead, woundedBeforeLaterDeaths, woundedLessTheDead } from './casualty-followups.js';
import { usStateNamed } from '../enrich/gazetteer/us-states.js';
import { reportsNaming } from './reports-naming.js';
import { wordCount } from '../util/word-count.js';
import { LIVE_HEADLINE } from '../extract/live-blog.js';
import { withoutTitleLabel } from './title-label.js';
import { leadTitle } from './lead-title.js';
import { DATELINE } from './lead-dateline.js';
import { isPressRelease } from './press-release.js';
import { reportsAtActSeat } from './act-seat.js';
import { leansOnUnnamedBody } from './dangling-body.js';
import { creditAfter, withoutCaption } from './caption-sentence.js';
import { chooseDate, firstWave, withoutLaterNews } from './event-day.js';
import { nearOutlets, outletHomes, type Point } from './near-outlets.js';
import { firstCopyTimes } from './copy-time.js';
import { missingFigures } from './missing-figures.js';
import { withoutPartTolls } from './part-tolls.js';
import { threatActorsOf } from './threat-actor-refs.js';

const SUMMARY_WORDS = 70;

/**
 * `members`, when given, lists every article of the event (the `articles` may then be a sample of a
 * large event): the article list and the outlet count cover them all. `groups` are the articles'
 * independent-source groups when the caller has them already.
 */
export async function buildEvent(
  id: string,
  input: readonly Article[],
  lookup: EventLookup | null,
  now: string,
  options: { members?: readonly EventMember[]; groups?: SourceGroups } = {},
): Promise<NewsEvent> {
  return (await buildEventWithPassages(id, input, lookup, now, options)).event;
}

/** The event and the passages its articles share (shared-passages.ts), from one grouping of their sentences. */
export async function buildEventWithPassages(
  id: string,
  input: readonly Article[],
  lookup: EventLookup | null,
  now: string,
  options: { members?: readonly EventMember[]; groups?: SourceGroups } = {},
): Promise<{ event: NewsEvent; passages: SharedPassage[] }> {
  const { members } = options;
  const everyArticle = [...input].sort(byPublication);
  // A page stored again at its address with other text (a correction) is one article: its latest version stands (latest-versions.ts).
  // A name a correction note puts right is put right in every report of the event (corrected-names.ts).
  const articles = withCorrectedNames(latestVersions(everyArticle));
  const groups = options.groups ?? sourceGroups(articles);
  const facts = groupFacts(articles, groups);
  // The passages in the grouping's own order (the page's, and sharedPassages' for older stores), before
  // disputed numbers put the facts in another.
  const passages = passagesOfFacts(facts, articles);
  const consolidated = consolidateParticipants(articles);
  const discrepancies = consolidated.discrepancies;
  // A ship the reports name is a vessel of the event, not a person or a body of it (vessels.ts).
  const vessels = vesselsOf(articles, (articleId) => groups.groupOf.get(articleId) ?? articleId);
  const reportTexts = articles.map((a) => `${a.headline ?? ''}\n${a.body}`);
  const organizations = withoutVessels(organizationsOf(articles, (articleId) => groups.groupOf.get(articleId) ?? articleId), vessels, reportTexts);
  // A person's body as the list of bodies names it ("EU" is the list's "European Union"; participant-bodies.ts).
  const participants = withBodyNames(withoutVessels(consolidated.participants, vessels, reportTexts), organizations);
  const date = chooseDate(articles);
  const location = withSea(chooseLocation(articles), articles);
  // First: a fact an article gives another number for stops counting that article (facts.ts).
  const numbers = numberDiscrepancies(facts, groups, participants, articles);
  // A count of those still in hospital is part of the hurt, not their number (still-in-hospital.ts).
  // A figure a report tells only of another town's incident is that town's (elsewhere-figures.ts).
  // A subtotal of a part of the event's ground ("31 killed in Halabja district") is not its toll (part-tolls.ts).
  const tollReports = withoutPartTolls(withoutHospitalSubsets(withoutOtherTownsFigures(articles, location)), location);
  // Each side's figures, where a report gives them (claimed-tolls.ts); else who tells each figure given side by side (toll-tellers.ts).
  const tolls = withTollTellers(withClaimedTolls(casualtyDiscrepancies(tollReports), tollReports), tollReports);
  // An outbreak's deaths: one running total revised report after report, disputed only by tellers of one day (running-toll.ts).
  const running = runningToll(tollReports, tellerJoins(organizations, tollReports.map((a) => a.body)));
  const deathTolls = [...tolls, ...(running?.discrepancies ?? [])];
  // A toll the outlets disagree on is listed once, as killed or injured, not again as the count of a sentence.
  // A sentence's figures that are all among the toll's ("14" against "17", where the tolls are 14, 17
  // and 38) say it again.
  const sameFigures = (d: Discrepancy): boolean => {
    if (!TOLL_COUNT.test(d.about) || !figures(d).includes('|')) return false;
    const kind = /^number of people (killed|injured)\b/.exec(d.about)?.[1];
    const told = figures(d).split('|');
    return deathTolls.some((t) => (!kind || t.about === kind) && told.every((f) => figures(t).split('|').includes(f)));
  };
  const sentenceNumbers = numbers.filter((d) => !sameFigures(d));
  // Then what reports count differently in sentences too unlike to be one fact (count-discrepancies.ts).
  const reportNumbers = reportCountDiscrepancies(articles, [...deathTolls, ...sentenceNumbers]);
  const reportSums = reportMoneyDiscrepancies(articles, sentenceNumbers);
  // A currency's, an index's or shares' move told with other percentages (move-discrepancies.ts).
  const reportMoves = reportMoveDiscrepancies(articles, sentenceNumbers);
  // A case's days held, custody's end, sentence faced, charge, and a raid's or a crowd's size (case-discrepancies.ts).
  const reportCase = reportCaseDiscrepancies(articles, sentenceNumbers);
  // A missile's distance and altitude, a stock, what was fired, a vote's tally (measure-discrepancies.ts).
  const reportMeasures = reportMeasureDiscrepancies(articles, date?.value ?? null, [...sentenceNumbers, ...reportNumbers]);
  // Candidates' shares and the turnout as each report gives them, over the facts' (share-holders.ts):
  // "50.9 percent, according to the final count" in one report and "51.2 percent" in another are two
  // facts, and still one figure the outlets differ on.
  // A preliminary count's figure, then the final count's, is a revision (count-revision.ts).
  const reportShares = reportShareDiscrepancies(articles, participants).map((d) => countRevised(d, articles));
  // The turnout as each named teller gives it (teller-figures.ts) is listed once: over the shares' list
  // where it gives all that list's figures, else not at all; a fact's own turnout is then not listed again.
  const [shares, measures, measuredTurnout] = oneTurnout(reportShares, reportMeasures);
  // The running count's figures, not a rival teller's (rival-figures.ts): listed as discrepancies instead.
  const agreed = agreedCasualties(withoutRivalFigures(tollReports, tollTimes(tollReports)));
  const withDied: Casualties | null = running ? { ...(agreed ?? { killed: null, injured: null }), died: running.died, ...(running.asOf ? { diedAsOf: running.asOf } : {}) } : agreed;
  // The missing: the latest report's count, the others listed as it moved (missing-figures.ts).
  const missing = missingFigures(tollReports);
  const casualties: Casualties | null = missing.latest === null ? withDied : { ...(withDied ?? { killed: null, injured: null }), missing: missing.latest };
  const missingMoved: Discrepancy[] = missing.variants.length > 1 ? [overTime({ about: 'missing', variants: missing.variants }, tollReports, true)] : [];
  // Crew held hostage or missing: counts of their own, neither killed nor hurt (crew-counts.ts).
  const crew = crewCounts(articles);
  const title = chooseTitle(articles, casualties);
  const allDiscrepancies: Discrepancy[] = [...tolls, ...missingMoved, ...(running?.discrepancies ?? []), ...dateDiscrepancy(articles, placeLongitudes(location, articles)), ...locationDiscrepancy(articlesOfTheEvent(articles)), ...crew.discrepancies, ...discrepancies, ...withoutDayCounts(withoutSentenceYears(sentenceNumbers, reportCase), measures).filter((d) => !coveredByReports(d, [...shares, ...measuredTurnout])), ...shares, ...withoutMeasuredCounts(reportNumbers, measures), ...reportSums, ...reportMoves, ...reportCase, ...measures];
  const event: NewsEvent = {
    id,
    // The headline without a page's label ("PRESS RELEASE:", "LIVE:"): the article keeps it as written.
    title: readableTitle(withoutTitleLabel(title.title), title.from?.body ?? null),
    date: date?.value ?? null,
    dateAnchoring: date?.anchoring ?? null,
    dateEvidence: date?.evidence ?? null,
    location,
    participants,
    // A fact is what the sentence states, not where the report was filed ("TOKYO — ").
    facts: facts.map((f) => withLiveTimes(DATELINE.test(f.fact.text) ? { ...f.fact, text: f.fact.text.replace(DATELINE, '') } : f.fact, f, articles)),
    discrepancies: allDiscrepancies,
    summary: summarise(facts, title.from && title.from !== articles[0] ? leadOf(facts, title.from) : null, participants.map((p) => p.name), groups, casualties, creditFollows(articles)),
    // Near mentions no stored event answers wait unshown for one written later (near-waiting.ts).
    ...(await relatedFields(articles, id, lookup, date?.value ?? null)),
    casualties,
    threatActors: withActorLinks(threatActorsOf(articles), articles),
    // Who claimed the act, in its own words (claimed-by.ts); absent where no report tells a claim.
    ...claimedByField(claimedByOf(articles, (articleId) => groups.groupOf.get(articleId) ?? articleId, organizations)),
    organizations: withSanctionedBodies(organizations, articles),
    ...sanctionCountsField(articles),
    vulnerabilities: vulnerabilitiesOf(articles, (articleId) => groups.groupOf.get(articleId) ?? articleId),
    ...indicatorsField(indicatorsOf(articles, (articleId) => groups.groupOf.get(articleId) ?? articleId)),
    ...(vessels.length > 0 ? { vessels } : {}),
    ...(crew.crew ? { crew: crew.crew } : {}),
    themes: chooseThemes(articles),
    articles: members ? orderMembers(members) : everyArticle.map((a) => a.id),
    outlets: members && members.length > everyArticle.length ? countSources(members, groups) : groups.count,
    updatedAt: now,
  };
  return { event, passages };
}

/** Claimants are listed only where a report tells a claim: most events have none, and their records stay as they were. */
function claimedByField(claimedBy: ClaimRef[]): { claimedBy?: ClaimRef[] } {
  return claimedBy.length > 0 ? { claimedBy } : {};
}

/** Indicators are listed only where a report gives some: most events have none, and their records stay as they were. */
function indicatorsField(indicators: IndicatorRef[]): { indicators?: IndicatorRef[] } {
  return indicators.length > 0 ? { indicators } : {};
}

/**
 * A fact one of whose reports is a live page's entry, with when it was first and last reported: the
 * entries' own times (a page's update at 14:00 is not its first line at 07:00), the other reports'
 * publication. Left as it is where a report has no time, or where no report is a live entry.
 */
function withLiveTimes(fact: Fact, group: FactGroup, articles: readonly Article[]): Fact {
  const byId = new Map(articles.filter((a) => a.liveEntries?.length).map((a) => [a.id, a]));
  if (!group.members.some((m) => byId.has(m.article))) return fact;
  const all = new Map(articles.map((a) => [a.id, a]));
  const times = group.members.filter((m) => fact.sources.includes(m.article)).map((m) => (all.get(m.article) ? textReportedAt(all.get(m.article)!, m.text) : NaN));
  if (times.length === 0 || times.some((t) => Number.isNaN(t))) return fact;
  return { ...fact, firstReported: utcIso(Math.min(...times)), lastReported: utcIso(Math.max(...times)) };
}

function utcIso(t: number): string {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Independent sources over every member: same outlet or same copy group is one source. A union-find
 * over numbered outlets and groups (an article joins its outlet to its group), since a story's members
 * run to thousands and this runs on every article that joins it.
 */
function countSources(members: readonly EventMember[], groups: SourceGroups): number {
  const numbers = new Map<string, number>();
  const parent: number[] = [];
  const node = (name: string): number => {
    let n = numbers.get(name);
    if (n === undefined) {
      n = parent.length;
      numbers.set(name, n);
      parent.push(n);
    }
    return n;
  };
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const groupNodes = members.map((m) => {
    const group = node(`g:${groups.groupOf.get(m.id) ?? (m.copyGroup || m.id)}`);
    for (const key of splitOutletKey(m.outletKey)) {
      const [rg, ro] = [find(group), find(node(`o:${key}`))];
      if (rg !== ro) parent[rg] = ro;
    }
    return group;
  });
  return new Set(groupNodes.map(find)).size;
}

/** Members in publication order (as byPublication), each sort key worked out once: a story may have thousands. */
function orderMembers(members: readonly EventMember[]): string[] {
  const keyed = [...new Map(members.map((m) => [m.id, m])).values()].map((m) => ({ key: m.sortKey ?? utcSortKey(m.publishedAt), id: m.id }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((m) => m.id);
}

/** Publication order, undated last, then by id so the order never depends on arrival. */
export function byPublication(a: { publishedAt: string | null; id: string }, b: { publishedAt: string | null; id: string }): number {
  const pa = utcSortKey(a.publishedAt);
  const pb = utcSortKey(b.publishedAt);
  return pa < pb ? -1 : pa > pb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The earliest headline: the first report usually names the event most plainly. But not one whose toll
 * the record has moved past ("killing at least 14" over an event of 38 dead): then the earliest headline
 * that gives the record's figures, else the earliest that gives none.
 */
function chooseTitle(articles: readonly Article[], casualties: Casualties | null): { title: string; from: Article | null } {
  const withHeadline = articles.filter((a) => a.headline);
  // A live page's headline names the page, not the event ("Live: Antwerp port cyberattack – latest
  // updates"), and opens early: another report's headline names the event where there is one.
  const named = withHeadline.filter((a) => !LIVE_HEADLINE.test(a.headline!));
  // So does a news report's over an issuer's press release, which names the event in its own voice
  // ("Ministry Safeguards Fish Stocks"), not as the outlets report it (press-release.ts).
  const reported = named.filter((a) => !isPressRelease(a));
  // A headline in ordinary case over one in capitals or a document's label ("SITUATION REPORT No. 16"): title-case.ts.
  const headed = newsFirst(reported.length > 0 ? reported : named.length > 0 ? named : withHeadline);
  const fallback = articles[0] ? leadTitle(articles[0].body) : '(untitled)';
  if (!casualties || headed.length < 2) return { title: headed[0]?.headline || fallback, from: headed[0] ?? null };
  // Each headline's toll read only when the choice gets to it: the first report's agrees with the
  // record in most events, and every other headline of the event was read at every build for nothing.
  const read = new Map<Article, Casualties | null>();
  const figures = (a: Article): Casualties | null => {
    let found = read.get(a);
    if (found === undefined) read.set(a, (found = headlineFigures(a.headline!)));
    return found;
  };
  const agrees = (f: Casualties): boolean => (f.killed == null || f.killed === casualties.killed) && (f.injured == null || f.injured === casualties.injured);
  const first = headed[0]!;
  const firstFigures = figures(first);
  const chosen = !firstFigures || agrees(firstFigures) ? first : (headed.find((a) => { const f = figures(a); return f !== null && agrees(f); }) ?? headed.find((a) => !figures(a)) ?? first);
  return { title: chosen.headline!, from: chosen };
}


/** A number in words or digits: a headline without one ("Second victim dies") states no toll. */
const HEADLINE_NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|scores|hundreds)\b/i;

/**
 * The toll a headline states in numbers, or null where it states none. Read through the sentences'
 * memo: every headline of an event was read again at each report it gained (a twentieth of consolidation).
 */
function headlineFigures(headline: string): Casualties | null {
  if (!HEADLINE_NUMBER.test(headline)) return null;
  const found = casualtiesOfSentence(headline);
  return found && (found.killed != null || found.injured != null) ? found : null;
}

/** A county or parish: a report that names only the county says less than one that names the town. */
const COUNTY_PLACE = /\s(?:County|Parish)$/;

/**
 * The place most reports give. A town named by a third of the placed reports or more wins over counties
 * ("Humble" from the dateline of one report of three over "Harris County" from the headlines of the
 * others): it says more. A country or a state is no town here.
 */
/**
 * Coordinates a report states are the event's point (enrich/stated-point.ts): the place most reports
 * name wins only where it lies near them, as a dateline's city or where officials spoke seldom does
 * for an incident at sea or in open country.
 */
function chooseLocation(articles: readonly Article[]): EventLocation | null {
  const voted = votedLocation(reportsAtActSeat(articles, fromDateline));
  const stated = articles.find((a) => a.place?.point)?.place;
  if (!stated || stated.lat === null || stated.lon === null) return voted;
  if (voted && voted.lat !== null && voted.lon !== null && kilometres(voted.lat, voted.lon, stated.lat, stated.lon) <= STATED_POINT_KM) return voted;
  return { name: stated.name, country: stated.country, lat: stated.lat, lon: stated.lon };
}

/** A place voted by the reports this near a stated point stands for it. */
const STATED_POINT_KM = 25;

function votedLocation(articles: readonly Article[]): EventLocation | null {
  // An outlet's home city (a guess) counts only where no report names a place.
  const all = articles.map((a, order) => ({ a, order })).filter(({ a }) => a.place);
  const named = all.filter(({ a }) => !a.place!.inferred);
  const isTown = (name: string): boolean => !COUNTY_PLACE.test(name) && !lookupCountry(name) && !lookupRegion(name);
  // A country named beside a town of it: the town says more (country-beside-town.ts).
  const placed = withoutCountriesOfTowns(named.length > 0 ? named : all, isTown);
  const towns = placed.filter(({ a }) => isTown(a.place!.name));
  const counties = placed.filter(({ a }) => COUNTY_PLACE.test(a.place!.name));
  // "Gdańsk" and "Gdansk" are one town: names vote with accents and case folded; so are "Washington,
  // D.C." and "Washington" (town-key.ts).
  const townVotes = vote(towns.map(({ a, order }) => ({ value: townKey(a.place!.name), source: a.id, order })));
  const strongTown = counties.length > 0 && townVotes.length > 0 && townVotes[0]!.sources.length * 3 >= placed.length;
  const votes = vote((strongTown ? towns : placed).map(({ a, order }) => ({ value: `${townKey(a.place!.name)}\u0000${a.place!.country ?? ''}`, source: a.id, order })));
  const top = tiedBySupport(votes, articles, isTown);
  if (!top) return null;
  const [key, country] = top.value.split('\u0000');
  const these = articles.filter((a) => a.place && townKey(a.place.name) === key && (a.place.country ?? '') === country);
  const located = these.find((a) => a.place!.lat !== null)?.place;
  const guess = named.length === 0 ? { inferred: true as const } : {};
  return { name: writtenMostOften(these.map((a) => a.place!.name)), country: country || null, lat: located?.lat ?? null, lon: located?.lon ?? null, ...guess };
}

/**
 * The first of the places given by most reports, unless another given as often is written in more of
 * the event's reports (headline or text): one report's place may come from a page's clutter or be
 * the outlet's own city ("Louisville" from a Louisville station's page listing other stories, beside
 * "Waynesville" from a report that names no other town), while the scene is named by the others too.
 * Between towns only.
 */
function tiedBySupport<V extends { value: string; sources: string[] }>(votes: readonly V[], articles: readonly Article[], isTown: (name: string) => boolean): V | undefined {
  const nameOf = (v: V): string => articles.find((a) => v.sources.includes(a.id))!.place!.name;
  // Towns only: a country or a state ("Greenland" beside "Nuuk") is named by every report of its towns.
  const all = votes.filter((v) => v.sources.length === votes[0]!.sources.length && isTown(nameOf(v)));
  if (all.length < 2 || all[0] !== votes[0]) return votes[0];
  // A town far from every reporting outlet's home loses to one near a home (near-outlets.ts).
  // A guess (an outlet's own city) is no witness: it lies near its outlet by how it was made.
  const pointOf = (v: V): Point | undefined => articles.find((a) => v.sources.includes(a.id) && a.place?.lat !== null && !a.place?.inferred)?.place ?? undefined;
  const tied = nearOutlets(all, pointOf, outletHomes(articles.map((a) => a.source.url)));
  if (tied.length === 1) return tied[0];
  // Accents and case folded, as the votes fold them ("Bogotá" is written "Bogota" too); "Washington,
  // D.C." is written "Washington" (or "WASHINGTON —"): the town without its state (reports-naming.ts).
  const support = (v: V): number => reportsNaming(articles, nameOf(v));
  let best = tied[0]!;
  let bestSupport = support(best);
  for (const v of tied.slice(1)) {
    const s = support(v);
    if (s > bestSupport) [best, bestSupport] = [v, s];
  }
  return best;
}

/** The form most reports write a name in, the first of them on a tie. */
function writtenMostOften(names: readonly string[]): string {
  return vote(names.map((value, order) => ({ value, source: String(order), order })))[0]!.value;
}

/**
 * The figures most sources agree on; between figures given equally often, the latest report's (tolls
 * are revised as counts come in), and of deaths the highest. Disagreements are listed as discrepancies.
 */
function agreedCasualties(input: readonly Article[]): Casualties | null {
  // One voice a copy: a wire story carried by three sites is one report (three sites carrying one AP
  // story that said 10 injured do not outvote two outlets that later said 12). Only the same text
  // counts once: counting each copy group once instead (stations retelling one police release are one
  // group) cost GVA's injured figures 0.780 -> 0.771.
  const seen = new Set<string>();
  const articles = [...input].reverse().filter((a) => {
    const copy = `${a.casualties?.killed ?? ''}/${a.casualties?.injured ?? ''}\u0000${a.body}`;
    if (seen.has(copy)) return false;
    seen.add(copy);
    return true;
  }).reverse();
  const pick = (values: (number | null | undefined)[], highest = false): number | null => {
    const counts = new Map<number, { n: number; last: number }>();
    values.forEach((v, order) => {
      if (v == null) return;
      const c = counts.get(v) ?? { n: 0, last: 0 };
      counts.set(v, { n: c.n + 1, last: order });
    });
    let best: [number, { n: number; last: number }] | null = null;
    for (const entry of counts) if (!best || entry[1].n > best[1].n || (entry[1].n === best[1].n && entry[1].last > best[1].last)) best = entry;
    if (!best) return null;
    // Tolls rise as counts come in (2, then 8; 1, 5, then 12), but not from six to 99: a figure more
    // than five times the next one given as often, and more than 20 above it, is more likely a tally
    // the reader took for the event's. Such figures are set aside; the latest of the rest stands.
    const tied = [...counts].filter(([, c]) => c.n === best![1].n).sort((a, b) => a[0] - b[0]);
    while (tied.length > 1 && tied[tied.length - 1]![0] > 5 * tied[tied.length - 2]![0] && tied[tied.length - 1]![0] - tied[tied.length - 2]![0] > 20) tied.pop();
    // Deaths only rise (the wounded may die; no one comes back): between deaths given equally often,
    // the highest; and the latest report's toll over earlier reports that agree, when it is one or two
    // more ("a second victim has died"; larger jumps were more often a tally misread, on GVA). The
    // wounded also fall as some of them die: the latest report's.
    if (highest) {
      let toll = tied[tied.length - 1]![0];
      const lastOrder = Math.max(...[...counts.values()].map((c) => c.last));
      const latest = [...counts].find(([, c]) => c.last === lastOrder)![0];
      if (latest > toll && latest - toll <= 2 && counts.get(toll)!.last < lastOrder) toll = latest;
      return toll;
    }
    // One wounded is mostly a reading of one person's wound ("Burke was also shot"), not a count: a later
    // report telling of one of them does not overrule an equal number of reports counting them all.
    if (tied.length > 1 && tied[0]![0] === 1) tied.shift();
    return tied.reduce((latest, entry) => (entry[1].last > latest[1].last ? entry : latest))[0];
  };
  const figures = articles.map((a) => a.casualties);
  // A lone death that reports after it contradict (the one shot lived) is no death (casualty-followups.ts).
  const deaths = pick(figures.map((c) => c?.killed), true);
  const killed = deaths === 1 && deathNotBorneOut(articles) ? null : deaths;
  // A report that tells of no death may be an early one about victims who later died ("a bullet struck
  // a boy, 4", then "the boy died"): once others report deaths, its wounded count only when
  // they outnumber the dead. One whose wounded are as many as a later report's dead and wounded together
  // told of the same people before some of them died ("2 shot", then "one dead, one hurt"): it counts
  // those shot less the dead. Only before that report: a report of no death after it giving the same
  // total was as often right as not on GVA's events (more often a count of the hurt alone).
  const lastTotal = new Map<number, number>();
  articles.forEach(({ casualties: c }, order) => {
    if (c && c.killed != null && c.killed > 0 && c.injured != null) lastTotal.set(c.killed + c.injured, order);
  });
  const wounded = pick(articles.map((a, order) => {
    const told = a.casualties?.injured;
    // A follow-up of a death since that repeats an earlier count of the wounded: less its dead.
    // One that told fewer deaths than a later report of the event's toll: less those who died since.
    if (a.casualties && a.casualties.killed != null) {
      const left = woundedBeforeLaterDeaths(a.casualties, killed, figures.slice(order + 1), figures.slice(0, order));
      return left !== undefined ? left : woundedLessTheDead(a.casualties, a.body, figures.slice(0, order)) ?? told;
    }
    if (killed === null || told == null) return told;
    // No more wounded than the dead: most often the dead before they died, unless a report of the
    // deaths gives the same wounded beside them ("1 shot" early; "one killed, one wounded" later).
    if (told <= killed) return figures.some((f) => f?.killed === killed && f.injured === told) ? told : null;
    return (lastTotal.get(told) ?? -1) > order ? told - killed : told;
  }));
  // One wounded that more reports of the death alone outvote was the dead; of two counts as often
  // given, one the other plus the dead, the lower (casualty-followups.ts).
  // So was one wounded told first and one death told after it (casualty-followups.ts).
  const injured = wounded === 1 && (loneWoundedIsTheDead(articles, killed) || (killed === 1 && loneWoundedDiedSince(articles))) ? null : woundedApartFromTheDead(articles, killed, wounded);
  const result: Casualties = { killed, injured };
  return result.killed === null && result.injured === null ? null : result;
}

/** Counts that can be a toll's (not "number of suspects"). */
const TOLL_COUNT = /^number of (?:people|persons|victims|civilians|workers|passengers|residents|children|soldiers|worshippers|students|others|men|women|dead|deaths|casualties|bodies)\b/;

/** A discrepancy's figures as one key: "74|80" for "74 people" against "80". */
function figures(d: Discrepancy): string {
  return [...new Set(d.variants.map((v) => v.value.replace(/[^\d]/g, '')))].sort().join('|');
}

function casualtyDiscrepancies(articles: readonly Article[]): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const kind of ['killed', 'injured'] as const) {
    const votes = vote(articles.map((a, order) => ({ a, order })).filter(({ a }) => a.casualties?.[kind] != null).map(({ a, order }) => ({ value: String(a.casualties![kind]), source: a.id, order })));
    if (votes.length < 2) continue;
    // The news's running count of the dead or hurt revised, and a body's own count set against it (rival-figures.ts).
    const rivals = rivalFigures(articles, kind, tollTimes(articles));
    if (rivals) {
      if (rivals.series.length > 1) out.push(overTime({ about: kind, variants: rivals.series.map(({ value, sources }) => ({ value, sources })) }, articles));
      out.push(...rivals.disputes);
    } else out.push(overTime({ about: kind, variants: votes.map(({ value, sources }) => ({ value, sources })) }, articles));
  }
  return out;
}

/** When each report first told a figure: a copy of a wire story at the wire's time, a live page's by its entries (as overTime times them). */
function tollTimes(articles: readonly Article[]): (a: Article, value: number) => number {
  const copied = firstCopyTimes(articles);
  return (a, value) => copied.get(a.id) ?? Math.min(...figureReportedAt(a, String(value)));
}

/**
 * A report that tells its toll as an update: "the death toll rose to 19", "the number of injured has
 * climbed", "the toll now stands at 42", "bringing the number of dead to 42", "a second victim later
 * died", "died of injuries in hospital", "succumbed to his injuries", "rescuers have recovered 14
 * bodies" (a count of the dead found so far). (Review ux71b: an air crash's 41, then 42 "now stands at"
 * and "died of injuries", had been outlets that disagree.)
 */
const TOLL_UPDATE = /\b(?:toll|number\s+of\s+(?:dead|deaths|people\s+killed|injured|wounded|casualties|victims))\b[^.;!?\n]{0,60}?\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|mounted|grew|has\s+gone\s+up|went\s+up|was\s+revised|has\s+been\s+revised|now\s+(?:stands|stood)\s+at|(?:has|had)\s+(?:now\s+)?reached)\b|\bbringing\s+(?:the\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:dead|deaths|people\s+killed|victims))\s+to\b|\b(?:later|since|subsequently|overnight)\s+died\b|\bdied\s+(?:later|overnight|in\s+(?:the\s+)?hospital|(?:of|from)\s+(?:(?:his|her|their)\s+)?(?:injuries|wounds))\b|\bsuccumbed\b|\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+)?(?:recovered|retrieved|pulled)\s+(?:[\w,]+\s+){1,3}?bodies\b/i;

/**
 * A report that tells its count of the hurt as an update: "the number of injured rose to 30". A death
 * since ("died in hospital", "succumbed") updates the dead, not the hurt: read for both, it had marked
 * falling counts of the injured revised.
 */
const HURT_UPDATE = /\b(?:number\s+of\s+(?:injured|wounded|casualties|people\s+(?:injured|hurt|wounded))|(?:injured|wounded|casualty)\s+(?:toll|count|figure))\b[^.;!?\n]{0,60}?\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|mounted|grew|has\s+gone\s+up|went\s+up|was\s+revised|has\s+been\s+revised)\b/i;

/**
 * A toll's figures with when each was reported, and whether they were revised rather than disputed: a
 * fact-checker reads "12, then 'the toll rose to 19' a day later" as a count that grew, and 74 against
 * 80 from two ministries as outlets that disagree. Revised when, from the moment the last figure was
 * first reported, no report gave another (a later report of its own still giving 12 keeps
 * them side by side; a word-for-word repost of the wire story is timed by the wire: copy-time.ts), and a report of the last figure tells it as an update (TOLL_UPDATE): two
 * figures a few hours apart are as often two sources as a count that moved. `running`: a count every
 * report tells as where a search stands (the missing), revised without such a word.
 */
export function overTime(d: Discrepancy, articles: readonly Article[], running = false): Discrepancy {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // A later copy of a wire story tells the wire's figures as of the wire's time (copy-time.ts).
  const copied = firstCopyTimes(articles);
  const variants = d.variants.map((v) => {
    // A live page's figure is dated by the entries that give it (reported-at.ts), others by publication.
    const times = v.sources.flatMap((id) => {
      const article = byId.get(id);
      const first = copied.get(id);
      return article ? (first !== undefined ? [first] : figureReportedAt(article, v.value)) : [NaN];
    });
    if (times.some((t) => Number.isNaN(t))) return { v, first: NaN, last: NaN };
    return { v, first: Math.min(...times), last: Math.max(...times) };
  });
  if (variants.some(({ first }) => Number.isNaN(first))) return d;
  const timed = variants.map(({ v, first, last }) => ({ ...v, firstReported: utcIso(first), lastReported: utcIso(last) }));
  const latest = variants.reduce((a, b) => (b.first > a.first ? b : a));
  const update = d.about === 'injured' ? HURT_UPDATE : TOLL_UPDATE;
  // A count that is a search's running figure (the missing) needs no word of an update: each report tells where the search stands.
  const told = running || latest.v.sources.some((id) => update.test(byId.get(id)?.body ?? ''));
  // A revision is a count that rose: 4 after 2, then 5. A lower figure after a higher one (the company's
  // 3 a day after the police's 4) is a source that disagrees, however the latest report words its own.
  // A running count moves both ways: the missing fall as people are found alive (30, then 23), and rise
  // as families report others (review72 fault 12).
  const inOrder = [...variants].sort((a, b) => a.first - b.first).map(({ v }) => Number(v.value));
  const rose = running || inOrder.every((n, i) => i === 0 || n > inOrder[i - 1]!);
  const revised = told && rose && variants.every((x) => x === latest || x.last < latest.first);
  if (!revised) return { ...d, variants: timed };
  const order = variants.map((x, i) => ({ first: x.first, i })).sort((a, b) => a.first - b.first);
  return { ...d, variants: order.map(({ i }) => timed[i]!), revised: true };
}

/** The event's place's longitude, else those of the places its reports give: what offset a "local time" may have there. */
function placeLongitudes(location: EventLocation | null, articles: readonly Article[]): number[] {
  if (location?.lon != null) return [location.lon];
  return articles.flatMap((a) => (a.place?.lon != null && !a.place.inferred ? [a.place.lon] : []));
}

/** `lons`: placeLongitudes. */
function dateDiscrepancy(articles: readonly Article[], lons: readonly number[]): Discrepancy[] {
  // The first days' reports, as the date is chosen from: a follow-up days later is dated by its own news
  // ("a second victim died on Monday"), which is no other date for the event.
  const dated = firstWave(articles.map((a, order) => ({ a, order })).filter(({ a }) => a.eventDate && !a.eventDate.fallback));
  const votes = vote(withoutLaterNews(dated).map(({ a, order }) => ({ value: a.eventDate!.value, source: a.id, order })));
  if (votes.length < 2) return [];
  // "2315 UTC" on one day and "2:15 a.m. local time" on the next are one moment (utc-local-day.ts).
  if (votes.length === 2) {
    const [x, y] = [...votes].sort((a, b) => (a.value < b.value ? -1 : 1));
    const of = (ids: readonly string[]): Article[] => articles.filter((a) => ids.includes(a.id));
    if (oneMomentAcrossMidnight([x!.value, y!.value], of(x!.sources), of(y!.sources), lons)) return [];
  }
  return [{ about: 'date', variants: votes.map(({ value, sources }) => ({ value, sources })) }];
}

/**
 * The articles less those dated by later news of their own (withoutLaterNews): a follow-up two days
 * on tells where its own news happened ("the first fishermen landed in Ho Chi Minh City"), which is no
 * other place for the event.
 */
function articlesOfTheEvent(articles: readonly Article[]): Article[] {
  const dated = articles.map((a, order) => ({ a, order })).filter(({ a }) => a.eventDate && !a.eventDate.fallback);
  const kept = new Set(withoutLaterNews(dated).map(({ a }) => a));
  return articles.filter((a) => kept.has(a) || !dated.some(({ a: d }) => d === a));
}

function locationDiscrepancy(articles: readonly Article[]): Discrepancy[] {
  // An outlet's home city is a guess, not an outlet's word against another's; and a country against a
  // city in it ("Greenland" beside "Nuuk") is the same place told less closely.
  // A dateline says where a report was filed ("LIMA, Peru (Reuters) --" over a quake near Camana,
  // "MANILA" and "QUEZON CITY" over one meeting): no claim about the scene to disagree with.
  const placed = articles.map((a, order) => ({ a, order })).filter(({ a }) => a.place && !a.place.inferred && !fromDateline(a));
  const country = (a: Article): boolean => lookupCountry(a.place!.name) !== null;
  // A region beside a town ("Balochistan" beside "Pasni", "Ohio" beside "Columbus") is the place told less closely too.
  const region = (a: Article): boolean => !country(a) && (lookupRegion(a.place!.name) !== null || (a.place!.country === 'US' && a.place!.lat === null && usStateNamed(a.place!.name) !== null));
  const towns = placed.filter(({ a }) => !country(a) && !region(a));
  const cityCountries = new Set(towns.map(({ a }) => a.place!.country));
  const told = placed.filter(({ a }) => !(country(a) && cityCountries.has(a.place!.country)) && !(region(a) && towns.length > 0));
  // One town written with and without its accents is no disagreement, nor one city under two of its
  // names ("Bern" / "Berne", "Marseille" / "Marseilles": the gazetteer's same coordinates).
  const keyOf = placeKeys(told.map(({ a }) => a.place!));
  const votes = vote(told.map(({ a, order }) => ({ value: keyOf(a.place!), source: a.id, order })));
  const written = (key: string): string => writtenMostOften(told.filter(({ a }) => keyOf(a.place!) === key).map(({ a }) => a.place!.name));
  if (votes.length < 2) return [];
  const variants = votes.map(({ value, sources }) => ({ value: written(value), sources }));
  // Reports that each name every town chose which is the scene, but none denies another's (places-all-told.ts).
  if (placesAllTold(told.map(({ a }) => a), variants.map((v) => v.value))) return [];
  return [{ about: 'location', variants }];
}


/**
 * Each place's key for telling places apart: its name's, or, for a place at the coordinates of one
 * named before it (another name of the same city), that one's.
 */
function placeKeys(places: readonly { name: string; lat: number | null; lon: number | null }[]): (place: { name: string; lat: number | null; lon: number | null }) => string {
  const byPoint = new Map<string, string>();
  for (const p of places) {
    if (p.lat === null || p.lon === null) continue;
    const point = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`;
    if (!byPoint.has(point)) byPoint.set(point, cityKey(p.name));
  }
  return (p) => (p.lat === null || p.lon === null ? cityKey(p.name) : byPoint.get(`${p.lat.toFixed(2)},${p.lon.toFixed(2)}`) ?? cityKey(p.name));
}

/** Whether an article's place is the one its dateline names. */
function fromDateline(a: Article): boolean {
  if (!a.place || a.place.start < 0) return false;
  // A town in mixed case opening the body before a spaced dash ("Phnom Penh - The navy said") is a
  // dateline too, as some broadcasters' sites write it; DATELINE wants capitals or an agency's bracket.
  if (a.place.start === 0 && MIXED_CASE_DATELINE.test(a.body.slice(a.place.text.length, a.place.text.length + 4))) return true;
  const m = DATELINE.exec(a.body);
  return m !== null && a.place.start < m[0].length;
}

/** What follows a mixed-case dateline's town: a spaced dash, then the story. */
const MIXED_CASE_DATELINE = /^\s[-–—]\s\S/;

/** A sentence that opens with a pronoun (or "the two", "both"): it leans on the sentence before it. */
/** A sentence that is all quotation: no words of its own say who spoke. */
const BARE_QUOTE = /^\s*["“][^"“”]*["”]\s*$/;
const OPENS_WITH_PRONOUN = /^["“]?(?:He|She|They|It|His|Her|Their|Its|This|That|These|Those|Both|The (?:two|three|four|five|six|pair|man|woman))\b/;

/**
 * A few sentences: the lead of the report the title is from (the first report's, unless the record's
 * toll moved past it: chooseTitle), then, one at a time, the fact that adds most to what is chosen. A
 * summary "drawn from several sources" that took the best-corroborated facts in turn was often one
 * report's sentences (a wire's second and third paragraphs, which its later copies and updates repeat
 * and so corroborate) and left out what only one other outlet told: a disputed cause, the arrests.
 * So a fact counts its corroboration, and more for an outlet not yet drawn from, for the record's
 * toll where the lead gives an older one, and for an element of the story (a cause, arrests, a
 * response) not yet told; a fact that mostly repeats a chosen sentence, or gives a toll the record has
 * moved past, is left out.
 */
function summarise(
  facts: readonly FactGroup[],
  opening: { group: FactGroup; text: string } | null,
  people: readonly string[] = [],
  groups?: SourceGroups,
  casualties: Casualties | null = null,
  credited: (group: FactGroup) => boolean = () => false,
): string {
  // A photo's caption the page kept in the text is no sentence of the summary; the lead glued after
  // its credit is (caption-sentence.ts).
  // Read once a group: the pool's filter, its texts and the lead's choice each asked again.
  const readings = new Map<FactGroup, string | null>();
  const readable = (group: FactGroup): string | null => {
    let text = readings.get(group);
    if (text === undefined) readings.set(group, (text = withoutCaption(group === opening?.group ? opening.text : wholeSentence(group))));
    return text;
  };
  const first = opening?.group ?? facts.find((f) => f.order === 0 && f.position === 0) ?? facts.find((f) => f.position === 0);
  const textOf = (group: FactGroup): string => (readable(group) ?? '').replace(DATELINE, '');
  const caption = (group: FactGroup): boolean => readable(group) === null || credited(group);
  // The first report's next sentence where its lead is a caption, one that reads well as an opening.
  const opens = (f: FactGroup): boolean => !caption(f) && !OPENS_WITH_PRONOUN.test(textOf(f)) && !BARE_QUOTE.test(textOf(f));
  const lead = first && caption(first) ? facts.filter((f) => f.order === first.order && f !== first && opens(f)).sort((a, b) => a.position - b.position)[0] : first;
  // The source a sentence is drawn from is the report whose words it is (its fact's first member, or
  // the opening's article), not every report that corroborates it.
  const sourceOf = (group: FactGroup): string => {
    const article = group === opening?.group ? (group.members.find((m) => m.text === opening.text)?.article ?? group.members[0]!.article) : group.members[0]!.article;
    return groups?.groupOf.get(article) ?? article;
  };
  const named = people.map(surnamed);
  const chosen: string[] = [];
  const chosenWords: ReadonlySet<string>[] = [];
  // Whether each chosen sentence is a report's lead (restated-claim.ts compares leads only).
  const chosenLeads: boolean[] = [];
  const drawn = new Set<string>();
  const told = new Set<string>();
  let words = 0;
  let tollTold = false;
  const take = (group: FactGroup, text: string): void => {
    chosen.push(text);
    chosenWords.push(sentenceWords(text));
    chosenLeads.push(group.position === 0 || chosen.length === 1);
    words += wordCount(text);
    drawn.add(sourceOf(group));
    for (const [element, pattern] of STORY_ELEMENTS) if (pattern.test(text)) told.add(element);
    if (givesRecordToll(text, casualties)) tollTold = true;
  };
  const readsWell = (text: string, lead = false): boolean => {
    // "He is being held in the county jail": away from its own paragraph, a pronoun names no one.
    if (chosen.length > 0 && OPENS_WITH_PRONOUN.test(text)) return false;
    // "Schools reopen today": beside other reports' sentences, a report's own day is no day (relative-day.ts).
    if (chosen.length > 0 && (groups?.count ?? 1) > 1 && saysRelativeDay(text)) return false;
    // '"We will keep cutting off the money."': a quotation alone names no speaker once out of its paragraph.
    if (chosen.length > 0 && BARE_QUOTE.test(text)) return false;
    // "The agency also blamed ...": nor does a body named by its kind where no chosen sentence named it (dangling-body.ts).
    if (chosen.length > 0 && leansOnUnnamedBody(text, chosen)) return false;
    // "Maddox was arrested on Monday": nor does a surname whose full name the summary has not given.
    if (chosen.length > 0 && named.some((person) => bySurnameOnly(person, text, chosen))) return false;
    const words = sentenceWords(text);
    if (repeats(words, chosenWords)) return false;
    // Another report's lead telling a lead's claim in its own words, adding no figure, person or story
    // element (restated-claim.ts): each outlet leads with the core claim, and a reader wants it once.
    return !lead || !chosen.some((c, i) => chosenLeads[i] && restates({ words, text }, { words: chosenWords[i]!, text: c }, people, STORY_ELEMENTS));
  };
  if (lead) take(lead, textOf(lead));
  // The first SUMMARY_POOL facts only (by corroboration, then place in their report): a story's sample
  // may hold thousands of sentences, and what a summary wants is near the top. What a candidate's
  // sentence gives (its toll, read by the casualty rules) is read only when the candidate could win:
  // reading every candidate's toll at every build cost a tenth of GVA's whole ingest.
  const pool: Candidate[] = facts
    .filter((f) => f !== lead && f !== first)
    .slice(0, SUMMARY_POOL)
    .filter((f) => readable(f) !== null)
    .map((group) => {
      const text = textOf(group);
      return { group, text, count: wordCount(text), at: 0 };
    });
  // Background ("among the countries holding the most journalists last year") waits until no sentence
  // of the event is left (background-sentence.ts).
  let background = false;
  while (chosen.length < SUMMARY_SENTENCES && words < SUMMARY_WORDS * 0.8) {
    // The score without the toll's bonus, and the most it can be with it.
    const scored: { candidate: Candidate; base: number; most: number }[] = [];
    pool.forEach((candidate, at) => {
      const { group, text, count } = candidate;
      candidate.at = at;
      if (candidate.stale || (chosen.length > 0 && words + count > SUMMARY_WORDS)) return;
      let score = group.fact.corroboration;
      // Another outlet's sentence, the more so when it tells what the summary has not: a report of one
      // outlet keeps its own order (what it tells further down it tells as less important).
      if (!drawn.has(sourceOf(group))) {
        score += 1.5;
        if (STORY_ELEMENTS.some(([element, pattern]) => !told.has(element) && pattern.test(text))) score += 1.5;
        // A report puts what it adds first: its lead over its later paragraphs.
        if (group.position === 0) score += 0.5;
      }
      scored.push({ candidate, base: score, most: tollTold || candidate.toll === false ? score : score + 2 });
    });
    // The best that reads well where it stands; ties in the facts' own order. Candidates are read in
    // the order of the most they can score, until none left can beat the best found.
    scored.sort((x, y) => y.most - x.most || x.candidate.at - y.candidate.at);
    let best: { candidate: Candidate; score: number } | null = null;
    for (const { candidate, base, most } of scored) {
      if (best && (most < best.score || (most === best.score && candidate.at > best.candidate.at))) break;
      // What reads badly where it would stand is out whatever its toll, and costs less to tell.
      if (!readsWell(candidate.text, candidate.group.position === 0) || credited(candidate.group)) continue;
      if (!background && isBackground(candidate.text)) continue;
      if (candidate.toll === undefined) {
        candidate.stale = staleToll(candidate.text, casualties);
        candidate.toll = givesRecordToll(candidate.text, casualties);
      }
      if (candidate.stale) continue;
      const score = !tollTold && candidate.toll ? base + 2 : base;
      if (best && (score < best.score || (score === best.score && candidate.at > best.candidate.at))) continue;
      best = { candidate, score };
    }
    if (!best && !background) {
      background = true;
      continue;
    }
    if (!best) break;
    pool.splice(best.candidate.at, 1);
    take(best.candidate.group, best.candidate.text);
  }
  return joinSummary(chosen);
}

/**
 * The sentence a fact's first report wrote: a fact that is one claim of a sentence of two is shown as
 * that claim (fact-clauses.ts), the first cut before its "and" with no full stop, the second with "…"
 * where the first was, and neither is a sentence a summary can print.
 */
function wholeSentence(group: FactGroup): string {
  const first = group.members[0]?.text;
  const shown = group.fact.text;
  return first !== undefined && first !== shown && (shown.includes(' … ') || first.startsWith(shown)) ? first : shown;
}

/** Sentences a summary holds at most: a few, read at a glance. */
const SUMMARY_SENTENCES = 4;
/** Facts a summary is chosen from. */
const SUMMARY_POOL = 200;

/**
 * Elements of a story a summary should tell when some report does (a cause and who disputes it,
 * arrests and charges, what authorities did in response), by the words reports tell them with.
 */
const STORY_ELEMENTS: readonly (readonly [string, RegExp])[] = [
  // As verbs and their objects: "disputed reefs" tells no cause.
  ['cause', /\b(?:caus(?:ed|es|ing)|cause\s+of|blam(?:ed|es|ing)|disput(?:ed|es|ing)\s+(?:the|a|an|claims?|reports?|accounts?)|faulty|negligen(?:ce|t)|triggered\s+by|sparked\s+by)\b/i],
  ['arrests', /\b(?:arrest(?:s|ed)?|charged|detained|in custody|indicted)\b/i],
  ['response', /\b(?:evacuat(?:e|ed|ion)|mourning|inquiry|investigation|ordered|suspended|compensation|promised|vowed)\b/i],
];

/**
 * Whether most of a sentence's words are in one sentence already chosen (Dice of half or more, or
 * three quarters of its words in it): the same claim told again, perhaps with another figure.
 */
function repeats(words: ReadonlySet<string>, chosen: readonly ReadonlySet<string>[]): boolean {
  if (words.size === 0) return true;
  return chosen.some((c) => {
    let common = 0;
    for (const w of words) if (c.has(w)) common++;
    return (2 * common) / (words.size + c.size) >= 0.5 || common / words.size >= 0.75;
  });
}

/** A fact the summary may take; `toll` and `stale` once read (see givesRecordToll, staleToll). */
interface Candidate {
  group: FactGroup;
  text: string;
  count: number;
  /** Its place in the pool as last scored. */
  at: number;
  toll?: boolean;
  stale?: boolean;
}

/**
 * A fact's sentence's content words and the casualties it gives, each kept for the sentences read
 * lately: an event is rebuilt at every report it gains, and its summary reads the same facts each time
 * (and its title the same headlines).
 */
const sentenceWordMemo = new Lru<string, ReadonlySet<string>>(8192);
const sentenceCasualtyMemo = new Lru<string, Casualties | null>(8192);

function sentenceWords(text: string): ReadonlySet<string> {
  let found = sentenceWordMemo.get(text);
  if (found === undefined) sentenceWordMemo.set(text, (found = contentWords(text)));
  return found;
}

function casualtiesOfSentence(text: string): Casualties | null {
  let found = sentenceCasualtyMemo.get(text);
  if (found === undefined) sentenceCasualtyMemo.set(text, (found = findCasualties(text)));
  return found;
}

/** Whether a sentence gives the record's death toll (or, with none, its number of injured). */
function givesRecordToll(text: string, casualties: Casualties | null): boolean {
  if (!casualties) return false;
  const found = casualtiesOfSentence(text);
  if (!found) return false;
  return casualties.killed != null ? found.killed === casualties.killed : casualties.injured != null && found.injured === casualties.injured;
}

/** Whether a sentence gives a death toll, or a number of injured, other than the record's. */
function staleToll(text: string, casualties: Casualties | null): boolean {
  if (!casualties) return false;
  const found = casualtiesOfSentence(text);
  if (!found || !otherToll(found, casualties)) return false;
  // A death read only from a charge ("Ian Flint, 61, was held on suspicion of manslaughter") is no
  // count, so no other toll than the record's five dead (casualty-charge.ts). Read again only here: as
  // a toll the record's one dead gives, such a sentence keeps its place as before.
  const toll = sentenceToll(text);
  return toll !== null && otherToll(toll, casualties);
}

function otherToll(found: Casualties, casualties: Casualties): boolean {
  return (found.killed != null && casualties.killed != null && found.killed !== casualties.killed) || (found.injured != null && casualties.injured != null && found.injured !== casualties.injured);
}

/** A person's name and surname (its last word; null for a name of one word), split once per summary, not at each candidate. */
interface Surnamed {
  name: string;
  surname: string | null;
}

function surnamed(name: string): Surnamed {
  const words = name.split(/\s+/);
  return { name, surname: words.length < 2 ? null : words[words.length - 1]! };
}

/** Whether `text` names a person by surname alone ("Maddox") where neither it nor the summary so far gives the full name. */
function bySurnameOnly({ name, surname }: Surnamed, text: string, before: readonly string[]): boolean {
  if (surname === null) return false;
  // Most candidate sentences do not hold the surname at all: a plain search spares compiling a pattern
  // for each of them (this ran for every person at every candidate of every build).
  if (!text.includes(surname)) return false;
  if (!surnamePattern(surname).test(text)) return false;
  return !text.includes(name) && !before.some((t) => t.includes(name));
}

/** A surname as a word, compiled once for the surnames met lately: it was compiled again at every sentence that held it. */
const surnamePatterns = new Lru<string, RegExp>(1024);

function surnamePattern(surname: string): RegExp {
  let pattern = surnamePatterns.get(surname);
  if (pattern === undefined) surnamePatterns.set(surname, (pattern = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`)));
  return pattern;
}

/**
 * Whether a fact's sentence is a photo's caption by the credit the page prints right after it ("Police
 * at the scene on Friday. (Credit: Channel 4)"), in the report its first sentence is from.
 */
function creditFollows(articles: readonly Article[]): (group: FactGroup) => boolean {
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  return (group) => {
    const member = group.members[0];
    const body = member && bodies.get(member.article);
    if (!member || !body) return false;
    const at = body.indexOf(member.text);
    return at >= 0 && creditAfter(body.slice(at + member.text.length, at + member.text.length + 80));
  };
}

/** The first sentence of an article among the facts, as that article words it (it may be grouped with another's). */
function leadOf(facts: readonly FactGroup[], article: Article): { group: FactGroup; text: string } | null {
  let found: { group: FactGroup; text: string } | null = null;
  let at = Infinity;
  for (const group of facts) {
    for (const member of group.members) {
      // A photo's caption the page put before the story is not its lead (caption-sentence.ts).
      if (member.article !== article.id || withoutCaption(member.text) === null) continue;
      const i = article.body.indexOf(member.text);
      if (i >= 0 && creditAfter(article.body.slice(i + member.text.length, i + member.text.length + 80))) continue;
      if (i >= 0 && i < at) {
        at = i;
        found = { group, text: member.text };
      }
    }
  }
  return found;
}

/** Themes most articles share, in order of support. */
function chooseThemes(articles: readonly Article[]): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const t of a.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const needed = Math.max(1, Math.ceil(articles.length / 2));
  // A theme some report tells in its headline or first sentence stays too (lead-themes.ts).
  const told = new Set(counts.size > 0 && [...counts.values()].some((n) => n < needed) ? articles.flatMap((a) => leadThemes(a)) : []);
  return [...counts.entries()].filter(([t, n]) => n >= needed || told.has(t)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
}
