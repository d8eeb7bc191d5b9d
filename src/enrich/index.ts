/**
 * The enrich stage: sentences, entities, people with roles, dates resolved against the publication
 * time, the event's own date and place, earlier events referred to, and themes. Order matters: people
 * need entities, and a photo caption's people are matched to the body's ones; the event date needs
 * dates; earlier events need the event date; the place and the people of this event are those outside
 * the sentences about earlier events.
 */
import { pointDistance, statedPointPlace } from './stated-point.js';
import type { NewsDocument } from '../model/document.js';
import type { DateEvidence } from '../model/types.js';
import { recognitionSteps } from './entities/recognize.js';
import { findCasualties } from './casualties.js';
import { findCasualtyClaims } from './casualty-claims.js';
import { findIllnessClaims } from './casualty-illness-claims.js';
import { illnessReport } from './casualty-illness.js';
import { outbreakTollAside } from './outbreak-aside-toll.js';
import { outbreakUpdateDay } from './outbreak-update-day.js';
import { ownCasualties } from './recalled-toll.js';
import { missingCount } from './casualty-missing.js';
import { isUncertainPresence } from './uncertain-presence.js';
import { earlierParts } from './in-event.js';
import { keepOwnEventRoles } from './event-role-own.js';
import { beforeOwnDays, chooseEventDate } from './event-date.js';
import { resolvePeople } from './people.js';
import { brandCity, creditedStationCity, outletCity, stationCity, stationCityOfSiteName } from './gazetteer/outlet-city.js';
import type { City } from './gazetteer/cities.js';
import { withoutOwnOutlet } from './own-outlet.js';
import { placeNearOutlet } from './outlet-place.js';
import { choosePlace, datelineCity } from './place.js';
import { seaAreaOf } from './sea-area.js';
import { inWeatherAlert } from './weather-alert.js';
import { namedOnlyAsHome } from './home-town.js';
import { sectionOfHomeCity } from './home-section.js';
import { abroadAtHome } from './abroad-at-home.js';
import { boroughOfNewYork } from './nyc-borough.js';
import { countyOfTownship } from './township-county.js';
import { giveLeadersHomeCountry } from './leader-country.js';
import { withCaptionDate } from './caption-date.js';
import { withCaptionPeople } from './caption-people.js';
import { isCredited } from './credited-people.js';
import { agencyHomeCountry } from '../extract/agencies.js';
import { seatOfCountyNamedAlone, seatOfNamedCounty } from './county-seat-place.js';
import { whereTheWoundedWent } from './hospital-destination.js';
import { escapeRegExp } from '../util/regexp.js';
import { findRelated } from './related.js';
import { recalledEvents } from './recalled-event.js';
import { inLabelledTeaser } from './teaser-dateline.js';
import { newspaperTown } from './gazetteer/newspaper-host.js';
import { splitSentences } from './sentences.js';
import { detectThemes } from './themes.js';
import { namesAPresidency, namesAPublication, namesARoad } from './not-a-town.js';
import { findTimexes, referenceFrom, timexSteps } from './timex.js';
import { leadsWithStateAct } from '../cluster/lead-act.js';

/** A town this near stated coordinates is their place, named as the report names it. */
const POINT_TOWN_KM = 25;

export function createEnrich() {
  return function enrich(doc: NewsDocument): void {
    const steps = enrichSteps(doc);
    while (!steps.next().done);
  };
}

/**
 * The enrich stage on one document, a sub-step at a time: it yields between sub-steps so that a batch
 * of documents runs each over all of them before the next (batch.ts). Run to its end, it is the stage.
 */
export function* enrichSteps(doc: NewsDocument): Generator<void, void, void> {
    const a = doc.article;
    a.sentences = splitSentences(a.body);
    yield;
    const recognition = yield* recognitionSteps(a.body, a.sentences);
    yield;
    // "seen by the Herald" in the Cumbria Herald: the outlet itself, no body of the event (own-outlet.ts).
    a.entities = withoutOwnOutlet(a.body, recognition.entities, a.outlet);
    a.people = withCaptionPeople(resolvePeople(a.body, a.sentences, recognition, a.authors), a.captions, a.entities, a.authors);
    giveLeadersHomeCountry(a.people, datelineCity(a.body)?.country ?? (a.agency ? agencyHomeCountry(a.agency) : null), a.entities, a.sentences);
    const reference = referenceFrom(a.publishedAt);
    // Once: extraction already warns of a page with no date at all; this is for a date that could not be read.
    if (!reference && a.body && !doc.messages.some((m) => m.rule === 'no-date')) doc.message('enrich', 'no-reference-time', 'no publication date: relative dates ("on Friday") are left unresolved');
    yield;
    a.timexes = yield* timexSteps(a.body, a.sentences, reference);
    yield;
    a.eventDate = chooseEventDate(a.body, a.sentences, a.timexes, reference);
    // A page whose text gives no day may have it in its headline ("Multiple people shot Sunday outside ..."),
    // and a headline's own day comes before an earlier incident the text states ("Man hurt in Sunday shooting").
    if (a.headline && a.eventDate && (a.eventDate.fallback || (reference && beforeOwnDays(a.eventDate.value, reference)))) a.eventDate = headlineDate(a.headline, reference) ?? a.eventDate;
    a.eventDate = withCaptionDate(a.eventDate, a.captions, reference);
    // An outbreak's update is dated by its lead's telling, not by a later paragraph's day of the story around it (outbreak-update-day.ts).
    a.eventDate = outbreakUpdateDay(a.headline ?? '', a.body, a.sentences, a.timexes, a.eventDate) ?? a.eventDate;
    // A report that leads with a state's answer (sanctions, a condemnation) names the attack it answers as an earlier event.
    const dated = findRelated(a.body, a.sentences, a.timexes, a.eventDate?.value ?? null, a.entities, leadsWithStateAct(a.body, a.sentences, a.headline));
    // "before the explosion that killed five workers at the plant": an earlier event named by its harm, with no date beside it.
    a.related = [...dated, ...recalledEvents(a.body, a.sentences, a.timexes, a.eventDate, dated)];
    const { earlierSpans, datedElsewhere, elsewhere } = earlierParts(a);
    yield;
    const aboutEarlierEvent = (offset: number): boolean => earlierSpans.some((r) => r.start <= offset && offset < r.end);
    // A part in the event read from background ("released on bail on Saturday" before Tuesday's search) is none (event-role-own.ts).
    keepOwnEventRoles(a, a.people, elsewhere);
    for (const person of a.people) {
      // "released on bail ... Lake FM reporter Eva Moss": a journalist the event's act befell is no credit of the page.
      if (!person.eventRole && isCredited(a.body, person)) person.credit = true;
      // "did not say whether Park attended": a mention that leaves the presence unknown is none (uncertain-presence.ts).
      person.inEvent = !person.byline && !person.credit && person.mentions.some((m) => !elsewhere(m) && !isUncertainPresence(a.body, m));
    }
    const url = a.source.url ?? doc.raw.hints.url;
    // A station's home reads a story that names no state (outlet-state.ts); a city the host names is
    // read against below, closer (placeNearOutlet).
    const outlet = outletCity(url);
    // A story another station of the owner wrote ("Copyright 2017 WIS." on a Memphis station's site) is
    // that station's newsroom's (credited-station.ts).
    const station = creditedStationCity(doc.closingCredit ? `${a.body}\n\n${doc.closingCredit}` : a.body) ?? stationCity(url);
    const home = outlet ? null : station;
    // New York City's boroughs and townships' counties are what incident records name (nyc-borough.ts, township-county.ts).
    // Nor is "the Lincoln administration" in Lincoln, Nebraska, nor "97th Avenue" in Avenue, Maryland,
    // nor "New York magazine" in New York (not-a-town.ts), nor a town of another story's teaser the page
    // keeps ("GRAPHIC PICTURES: CLEVELAND, OH (WOIO) - ...", teaser-dateline.ts), nor a county a weather
    // alert beside the story lists (weather-alert.ts).
    const notTheScene = (offset: number): boolean => aboutEarlierEvent(offset) || namesAPresidency(a.body, offset) || namesARoad(a.body, offset) || namesAPublication(a.body, offset) || inLabelledTeaser(a.body, offset) || inWeatherAlert(a.body, offset);
    const scene = choosePlace(a.body, a.entities, notTheScene, a.headline ?? '', doc.siteName ? `${a.headline ?? ''} - ${doc.siteName}` : undefined, home, false, outlet ?? station);
    const chosen = countyOfTownship(boroughOfNewYork(scene, `${a.headline ?? ''}\n${a.body}`), `${a.headline ?? ''}\n${a.body}`);
    const named = chosen && seatOfNamedCounty(chosen, a.body);
    // Where no place is named as the scene, a county the report names by its sheriff or coroner is a
    // nearer guess than the outlet's own city, or than a town named only as where the wounded were
    // taken ("flown to a hospital in Fargo"): its seat (county-seat-place.ts).
    const headlineAndBody = `${a.headline ?? ''}\n${a.body}`;
    const hospitalOnly = named !== null && !named.inferred && named.start >= 0 && onlyWhereTheWoundedWent(named.text, a.body);
    // So is a town named only as where people live ("Dale Roe, 33, of Carthage", home-town.ts).
    const homeOnly = named !== null && !named.inferred && named.start >= 0 && !/\s(?:County|Parish)$/.test(named.name) && namedOnlyAsHome(named.text, headlineAndBody);
    const guess = !named || named.inferred || hospitalOnly || homeOnly ? seatOfCountyNamedAlone(headlineAndBody, headlineAndBody.length - a.body.length, doc.siteName ?? '') : null;
    // Nothing named and no outlet city: a station's home city, a guess (gazetteer/station-city.ts).
    // A post office town by the outlet's large city is its section ("in Dorchester" from a Boston station, home-section.ts).
    // A town named only as where the wounded were taken, and no county to guess from: the outlet's own
    // home is the nearer guess ("rushed to Lakeshore Mercy Medical Center in Oak Lawn" on a Chicago paper's page).
    const hospitalHome = hospitalOnly && !guess ? (outlet ?? station ?? brandCity(url)) : null;
    const near = sectionOfHomeCity(placeNearOutlet(guess ?? (hospitalHome ? placeNearOutlet(null, hospitalHome, headlineAndBody) : named), outlet, headlineAndBody), outlet ?? station, headlineAndBody);
    // A town abroad of a name no US place has, in a local story that never names its country: the outlet's own city (abroad-at-home.ts).
    // A station whose address is a brand ("fox10tv.com") but whose site name writes its call sign ("FOX10
    // News - WALA"): its home only for a story that names no place, never to weigh the story's places
    // against (read so, "Urbana officers detained a man from Columbus" went to the station's Columbus).
    // An outlet known by its brand ("ajc.com", "fox59.com"): its home the same way (gazetteer/outlet-brand.ts).
    const brandStation = (): City | null => (outlet ? null : (stationCityOfSiteName(doc.siteName) ?? brandCity(url)));
    a.place = abroadAtHome(near, outlet ?? station, headlineAndBody, (p) => p.start >= 0 && datelineCity(a.body)?.start === p.start) ?? placeNearOutlet(null, station ?? brandStation(), headlineAndBody);
    // Still nothing: the town a local newspaper's address is named after ("delrionewsherald.com"), a guess (gazetteer/newspaper-host.ts).
    const paper = a.place ? null : newspaperTown(url);
    if (paper) a.place = { name: paper.name, country: paper.country, lat: paper.lat, lon: paper.lon, text: paper.name, start: -1, inferred: true };
    // Coordinates the text states are the event's point, over a town more than a few kilometres away
    // (a dateline, where officials spoke) or none (stated-point.ts); a town at the point keeps its name.
    const point = /\d\s?°?\s?[NS]\b/.test(a.body) ? statedPointPlace(a.body, a.entities, notTheScene) : null;
    if (point && ((pointDistance(point, a.place) ?? Infinity) > POINT_TOWN_KM || a.place?.inferred)) a.place = point;
    // "across the seabed of the Gulf of Finland", "40 km off Klaipeda": the sea the act happened in, beside the town (sea-area.ts).
    const sea = seaAreaOf(a.headline ?? '', a.body, notTheScene);
    if (sea) a.seaArea = sea;
    else delete a.seaArea;
    // Tolls of earlier events ("in 2012, 20 children were killed", "the quake of June 2001, which killed
    // about 145") are not this event's; the headline often gives the figures ("4 Shot, 1 Killed") that
    // the body spreads out.
    yield;
    const tollText = `${a.headline ?? ''}.\n\n${withoutSpans(a.body, [...earlierSpans, ...datedElsewhere])}`;
    // A follow-up's toll told only as an earlier event's ("the explosion that killed five") is that event's (recalled-toll.ts).
    // An outbreak's running total is told "since the start of the outbreak on October 5": a sentence
    // that names an earlier day still gives this report's count (casualty-illness.ts keeps out an earlier outbreak's).
    const fullText = `${a.headline ?? ''}.\n\n${a.body}`;
    const illness = illnessReport(fullText);
    // An outbreak's toll recalled by a story whose lead is another act (a sacking, border checks) is none of its own (outbreak-aside-toll.ts).
    const lead = a.sentences[0] ? a.body.slice(a.sentences[0].start, a.sentences[0].end) : '';
    const aside = illness && outbreakTollAside(a.headline ?? '', lead);
    a.casualties = aside ? null : illness ? findCasualties(fullText) : ownCasualties(findCasualties(tollText), tollText, a.timexes, a.eventDate, findCasualties);
    // The missing, beside the toll and never in it (casualty-missing.ts).
    const missing = illness ? null : missingCount(tollText);
    if (missing !== null) a.casualties = { ...(a.casualties ?? { killed: null, injured: null }), missing };
    // Each side's figures, where the report shows a dispute over the toll (casualty-claims.ts).
    // An outbreak's deaths: every figure with its teller (casualty-illness-claims.ts).
    const claimContext = { body: a.body, sentences: a.sentences, people: a.people, entities: a.entities, timexes: a.timexes, eventDay: a.eventDate?.value.slice(0, 10) ?? null, elsewhere: illness ? [] : [...earlierSpans, ...datedElsewhere] };
    const claims = aside ? [] : illness ? findIllnessClaims(claimContext) : findCasualtyClaims(claimContext, findCasualties);
    if (claims.length > 0) a.casualtyClaims = claims;
    else delete a.casualtyClaims;
    yield;
    a.themes = detectThemes(a.headline ?? '', a.body);
}

/** Whether every time the body writes the name it is where the wounded were taken. */
function onlyWhereTheWoundedWent(name: string, body: string): boolean {
  let seen = false;
  for (const m of body.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))) {
    if (!whereTheWoundedWent(body, m.index, m.index + m[0].length)) return false;
    seen = true;
  }
  return seen;
}

/** The event date a headline gives, if it gives a day. */
function headlineDate(headline: string, reference: ReturnType<typeof referenceFrom>): DateEvidence | null {
  const sentences = [{ start: 0, end: headline.length }];
  const found = chooseEventDate(headline, sentences, findTimexes(headline, sentences, reference), reference);
  return found && !found.fallback ? found : null;
}

/** The text with the given spans (which may overlap) blanked out (offsets of what remains do not matter here). */
function withoutSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    if (s.start < at) {
      at = Math.max(at, s.end);
      continue;
    }
    out += `${text.slice(at, s.start)} `;
    at = s.end;
  }
  return out + text.slice(at);
}
