/**
 * Where the reported event happened: the city of the dateline ("SEATTLE —", "Springfield, Ill. (AP) —"),
 * else the city the article presents as the scene (introduced by "in", "at" or "near" in the opening
 * paragraphs, named early, named often), else a facility or country introduced as the scene. Places inside organisation names and
 * places of earlier events do not count. Coordinates come from the offline gazetteer, the article's
 * other places choosing among places of one name.
 */
import type { Entity, PlaceMention } from '../model/types.js';
import { FAITHS_AND_FEASTS, FUNCTION_WORDS, TITLE_WORDS, WEEKDAYS_AND_MONTHS } from './entities/lexicon.js';
import { datelineAgency } from '../extract/agencies.js';
import { type City, cityCandidates, cityIn, cityKey } from './gazetteer/cities.js';
import { usStateNamed } from './gazetteer/us-states.js';
import { arrestIsTheScene, namedAsTown } from './arrest-scene.js';
import { capitalForBareDateline } from './bare-dateline.js';
import { bareDatelineWordIsNoTown } from './bare-dateline-word.js';
import { seatOfDatelineBody } from './body-seat-dateline.js';
import { namedAsDiplomaticChannel } from './diplomatic-channel.js';
import { kilometres } from '../util/geo.js';
import { capitalOf, countryOfDemonym, countryOfWord, fromCity, hintsFor, type LocatedPlace, lookupCity, lookupCountry, lookupCountryOrCode, lookupPlace, lookupRegion, mayBeCity, placeHints } from './gazetteer/places.js';
import { escapeRegExp } from '../util/regexp.js';
import { HOSPITAL, whereTheWoundedWent } from './hospital-destination.js';
import { whereTheSuspectWasHeld } from './suspect-held.js';
import { whereTheAppealedCaseWasTried } from './trial-town.js';
import { appealsCourtSeat } from './court-seat.js';
import { toldAsTheScene } from './told-scene.js';
import { bodyTellsAnotherStory } from './another-story.js';
import { statesWithCounty } from './gazetteer/county-seats.js';
import { leadInPartOfState } from './regional-lead.js';
import { homeState, namesakeInState, remoteFromHome } from './outlet-state.js';
import { namesAHousingDevelopment, namesAProduct, namesASchool, namesAVenue, teamOrPeople } from './not-a-town.js';
import { namesAUsCounty, townOfCouncil } from './council-town.js';
import { cityOfForceInitials, FORCE_INITIALS } from './police-initials.js';
import { countiesNamed, untaggedTowns } from './untagged-town.js';
import { namesakeInNamedCounty } from './county-namesake.js';
import { withTheInTownNames } from './the-town.js';
import { sheriffOfCountyElsewhere } from './county-sheriff.js';
import { britishService, forceTownAbroad } from './british-force.js';
import { inAllegation, invitedTo, type PlaceLookup, placeOfTelling, spokenAt } from './voice-place.js';
import { tellingsBesideScene, tellsIncident } from './telling-town.js';
import { sentenceAround } from './sentence-around.js';
import { namesAVessel } from './vessel-name.js';
import { siteOfAct } from './act-site.js';
import { ownBorderAct } from './own-border-act.js';
import { namedInPlan } from './planned-place.js';
import { incidentAtSea, seaScene, whoseWaters } from './at-sea.js';
import { voyageOrOwnerPlace } from './voyage-place.js';
import { toldAsSeat } from './seat-place.js';
import { placeOfSoughtMeasure } from './sought-measure-place.js';
import { seaIsland } from './gazetteer/sea-islands.js';
import { incidentAtBorder } from './border-telling.js';
import { bearingFrom } from './bearing-place.js';
import { countryToldOfTown } from './town-country-told.js';
import { passiveLaunch } from './passive-launch.js';
import { bodyKindNoTown } from './body-kind-word.js';
import { parliamentSeat } from './parliament-seat.js';
import { namesAConstituency } from './constituency.js';

const LEAD_CHARS = 1200;
/**
 * "SEATTLE —", "GREENSBURG, Ind. —", "Rock Falls, Ill. (AP) -", "WASHINGTON, Oct 15 (Reuters) -": a place, its state, the wire's date, an agency, a dash.
 * A European desk writes the day first: "VIENNA, 11 January 2027 -".
 * A county may stand between the town and its state ("GREENCASTLE, FRANKLIN COUNTY, Pa. --").
 */
const DATELINE = /^\s*([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30}?\s(?:COUNTY|County|PARISH|Parish)(?=,))?(?:,\s*([\p{Lu}][\p{L}.]*\.?(?:\s[\p{Lu}][\p{L}.]*\.?)?))?(?:,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?))?\s*(?:\([^)]{1,30}\)\s*(?:—|–|--?)?\s*(?=\p{Lu})|(?:—|–|--?)\s)/u;

/** Before a street named without its kind: "the intersection of", "the corner of Poydras and". */
const INTERSECTION_BEFORE = /\b(?:intersection|corner)\s+of\s+(?:[^.;:!?]{1,40}?\s+(?:and|&)\s+)?$/;
/** Before a street named without its kind: "the 1100 block of", "the 300 blocks of North". */
const BLOCK_BEFORE = /\b\d+\s+blocks?\s+of\s+(?:(?:North|South|East|West|N\.?|S\.?|E\.?|W\.?)\s+)?$/;
/** After the first of two streets named with one kind: "Springfield and Chester Avenues". */
const STREETS_AFTER = /^\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?\s+(?:streets|avenues|roads|boulevards|drives|lanes|sts\.?|aves\.?)\b/iu;
/**
 * After "at" and the first of two streets at a corner, the second named with its kind: "at Windsor and
 * Maple Grove Road" (Windsor Road), "at Elm and Main Street". The kind capitalised and ending the name.
 */
const CORNER_AFTER = /^\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?\s+(?:Street|Avenue|Road|Boulevard|Drive|Lane|St\.|Ave\.|Rd\.|Blvd\.)(?!\s+\p{Lu})/u;
/** A housing development's kind after its name in a headline ("Bedford Dwellings"). */
const HOUSING_WORD = /^(?:Dwellings|Homes|Apartments|Apts\.?|Courts|Towers)$/;
/** Places whose names news also uses for an industry ("Hollywood's legends", "a Broadway star"). */
const INDUSTRY_PLACES = new Set(['Hollywood', 'Broadway', 'Bollywood', 'Nollywood']);

/** A person's name (its last two words) and age: "Bryony Tallowick, 18,", "Marisol Quayleford, 21,". */
const NAME_WITH_AGE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(?:\s(\p{Lu}[\p{L}'’-]+))?,\s+\d{1,3},/gu;

/** The words of names the text gives an age after: people's first names and surnames. */
function agedNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const m of body.matchAll(NAME_WITH_AGE)) {
    names.add(m[1]!);
    if (m[2]) names.add(m[2]);
  }
  return names;
}

/** A place's clock: "Pyongyang office hours", "Seoul time". */
const CLOCK_AFTER = /^\s+(?:(?:office|business|working)\s+hours|time)\b/;

/** An alert named after a person, which the tagger may take for a town: "Amber Alert", "Silver Alert". */
const ALERT_AFTER = /^\s+Alerts?\b/;
/**
 * A national department named by its portfolio ("Justice Department charges ...", "Commerce Dept. adds"):
 * no town (Justice, Illinois; Commerce, California). A town's own department names its kind between
 * ("Commerce Police Department").
 */
const PORTFOLIO_WORD = /^(?:Justice|State|Defense|Defence|Treasury|Commerce|Energy|Labor|Labour|Interior|Education|Agriculture|Transportation)$/;
const DEPARTMENT_WORD = /^(?:Department|Dept\.?)$/;
/** A part of a county or town before its name in a headline ("NE Harris", "North Harris", "SW Bexar"). */
const HEADLINE_COMPASS = /^(?:N|S|E|W|NE|NW|SE|SW|N\.?E\.?|N\.?W\.?|S\.?E\.?|S\.?W\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western)$/;
/** A point of the compass that, before a state or a country, names a part of it ("West Texas", "Southern California"). */
const COMPASS_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern)$/;

/**
 * "KARACHI: ", "GWADAR / KARACHI: ", as South Asian papers write it: places in capitals and a colon;
 * the first place is the story's. Capitals only: "Update: " or "Watch: " is no place.
 */
const COLON_DATELINE = /^\s*(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?:\s*\/\s*\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})*\s*:\s+(?=[\p{Lu}"“])/u;

/**
 * The dateline at the start of a text. A station's call sign may stand for the dash ("PHILADELPHIA
 * (WTXF) Surveillance footage shows", "COLUMBUS (WCMH)–Police say") when the place is in capitals.
 */
function datelineAt(body: string): RegExpExecArray | null {
  const m = DATELINE.exec(body.slice(0, 120)) ?? COLON_DATELINE.exec(body.slice(0, 120));
  if (!m) return laterDateline(body);
  if (/(?:—|–|-)\s*$/.test(m[0])) return m;
  return m[1] === m[1]!.toUpperCase() ? m : laterDateline(body);
}

/**
 * A scraped page's text may keep lines before the story's dateline ("Posted: Sunday, August 2, 2015",
 * an update note, a photo caption): a paragraph in the lead that opens with a place, its US state or
 * country, and a dash ("Mobile, AL- Late Sunday night", "THIBODAUX, La. (AP) -") is the dateline.
 * Stricter than at the start (the state or country is required and must be one) because an ordinary
 * paragraph may open with "Smith, Jr. -".
 */
const LATER_DATELINE = /(?:^|\n)[ \t]*(?:UPDATED?:?[ \t]*)?([\p{Lu}][\p{L}.'’ -]{1,40}?)(?:,[ \t]*[\p{Lu}][\p{L}.'’ -]{1,30}?[ \t](?:COUNTY|County|PARISH|Parish)(?=,))?,[ \t]*([\p{Lu}][\p{L}.]*\.?(?:[ \t][\p{Lu}][\p{L}.]*\.?)?)[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|--?)[ \t]*(?=\p{Lu})/gu;

/**
 * A later paragraph's dateline without its state, a city in capitals and a dash ("Posted: Monday ...
 * Updated: ...\n\nLAS VEGAS -- Metro Police are investigating"), as a dateline at the start may be
 * written. Capitals only and a city the gazetteer knows: "Police -" or "UPDATE -" opens no dateline.
 */
const LATER_CAPITALS_DATELINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}.'’ -]{2,30}?)[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|--?)[ \t]*(?=\p{Lu})/gu;

function laterDateline(body: string): RegExpExecArray | null {
  const lead = body.slice(0, LEAD_CHARS);
  let found: RegExpExecArray | null = null;
  for (const m of lead.matchAll(LATER_DATELINE)) {
    if (hinted(placeHints(`, ${m[2]!}`))) {
      found = m as RegExpExecArray;
      break;
    }
  }
  for (const m of lead.slice(0, found?.index ?? lead.length).matchAll(LATER_CAPITALS_DATELINE)) {
    const name = m[1]!.trim();
    if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name) || cityCandidates(readable(name)).length === 0) continue;
    // The text's first line is the opening dateline's to read ("WASHINGTON—Six ..." is none, wanting its
    // space); and a text that has named a town before is a story already placed ("... shot in Fort
    // Washington, Maryland.\n\nWASHINGTON— In a crime ..."), whose next paragraph may be another's.
    const before = body.slice(0, m.index);
    if (before.trim() === '') continue;
    if (namesATown(before)) break;
    return m as RegExpExecArray;
  }
  return found;
}

/** A town this small (or a post office town, of no known size) is too often a word or a name to tell that a text names a town. */
const NAMED_TOWN_POPULATION = 1000;

/** Whether the text names a town the gazetteer knows as a place: after "in", "near", "outside" or "of" ("in Fort Washington, Maryland"). */
function namesATown(text: string): boolean {
  for (const m of text.matchAll(/\b(?:in|near|outside|of)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu)) {
    const words = m[1]!.split(/\s+/);
    // The run or its first words ("in Fort Washington Monday").
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      if (n === 1 && (FUNCTION_WORDS.has(name.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(name.toLowerCase()))) continue;
      if (cityCandidates(name).some((c) => c.population >= NAMED_TOWN_POPULATION)) return true;
    }
  }
  return false;
}

/**
 * `pageTitle`: the headline with the site's name the title gave (extract cuts it off the headline).
 * `addressHome`: the outlet's home city its address gives (outlet-state.ts), which reads a US story
 * that names no state. `areaHome`: the outlet's home, a station's or a city its address names, which
 * points to a town the tagger leaves untagged (untagged-town.ts). `besideDateline`: the text read as if it had no dateline (a wire lead that sets
 * the event away from the bureau's city, below).
 */
export function choosePlace(body: string, taggedEntities: readonly Entity[], excluded: (offset: number) => boolean, headline = '', pageTitle = headline, addressHome: City | null = null, besideDateline = false, areaHome: City | null = addressHome): PlaceMention | null {
  // "in The Woodlands" tagged as "Woodlands": the whole name, so that what comes before it reads (the-town.ts).
  const entities = withTheInTownNames(body, taggedEntities);
  const inHeadline = headlineCities(headline, body, entities);
  const story = `${headline}\n${body}`;
  // A text that is another story (a teaser box, another-story.ts): the headline's town is the scene, and
  // no town of the text (its dateline included) is.
  if (!besideDateline && bodyTellsAnotherStory(headline, body)) {
    const [told] = headlineCities(headline, body, entities, true).values();
    const town = told ?? (inHeadline.size === 1 ? [...inHeadline.values()][0]! : undefined);
    if (town) return { name: sceneName(town.name, town), country: town.country || null, lat: town.lat, lon: town.lon, text: town.name, start: -1 };
    // "Two dead in Boyle County, Ky., murder-suicide" over another story's dateline: the headline's county.
    const county = headlineCounty(headline);
    if (county) return { name: county.name, country: [...hintsFor(headline).admin1].some((code) => code.startsWith('US-')) ? 'US' : null, lat: null, lon: null, text: county.text, start: -1 };
  }
  const dateline = besideDateline ? null : datelinePlace(body);
  // "DENVER (AP) — Two hunters were shot in rural southern Colorado ...": the bureau's dateline gives
  // way to a town the text presents as the scene (regional-lead.ts); with none, the dateline stands.
  const filed = dateline ? datelineAt(body) : null;
  if (dateline && filed && leadInPartOfState(body, filed.index + filed[0].length)) {
    const scene = choosePlace(body, entities, excluded, headline, pageTitle, addressHome, true, areaHome);
    if (scene && !scene.inferred && scene.start >= 0 && cityKey(scene.name) !== cityKey(dateline.name) && !lookupRegion(scene.name) && !lookupCountry(scene.name)) return scene;
  }
  // "HARARE -- Zimbabwe closed its Chirundu border post": the site of the act the lead tells, not the
  // capital where it was announced (act-site.ts).
  const actSite = firstSentenceAct(body, filed, dateline);
  if (actSite) return actSite;
  // "BANGKOK (Wire) - A gunboat rammed a trawler off Koh Kut": a wire's capital is no scene at sea.
  const offshore = dateline && filed && incidentAtSea(body) ? seaPlace(body, filed.index + filed[0].length, Math.min(body.length, filed.index + filed[0].length + LEAD_CHARS)) : null;
  if (offshore) return offshore;
  // "The House of Commons on Thursday backed a ban ...": a parliament's vote or debate is at its seat,
  // not in the towns the debate cited (parliament-seat.ts); a dateline still places the story.
  const chamber = dateline ? null : parliamentSeat(body.slice(0, LEAD_CHARS), 0);
  if (chamber) return chamber;
  if (dateline) return sceneOverDateline(dateline, inHeadline, headline, body) ?? toldUnderDateline(dateline, body, entities, excluded) ?? sceneInWireLead(dateline, body, entities, headline) ?? epicentreNear(dateline, body, entities) ?? launchAbroad(dateline, body, entities) ?? dateline;
  // "CAMP DAVID, Md. —": a dateline the gazetteer does not know names no place by a word of it ("David",
  // a city in Panama).
  const unknownDateline = datelineAt(body);
  // A dateline with its state named like a county the text names ("LEWIS, Ky." over the Lewis County
  // paper's story) is the county's: no word of it is a town (a small namesake elsewhere).
  const countyDateline = unknownDateline?.[2] !== undefined && countyOf(readable(unknownDateline[1]!.trim()), body);
  const datelineNameEnd = unknownDateline ? unknownDateline.index + unknownDateline[0].indexOf(unknownDateline[1]!) + unknownDateline[1]!.trim().length : -1;
  // "WOODRUFF COUNTY, Ark.--": the dateline's state is no town of its name (Ark, Virginia).
  const datelineStateEnd = unknownDateline?.[2] !== undefined ? unknownDateline.index + unknownDateline[0].indexOf(unknownDateline[2], datelineNameEnd - unknownDateline.index) + unknownDateline[2].length : -1;
  const insideDateline = (e: Entity): boolean => unknownDateline !== null && ((e.end <= datelineNameEnd && (countyDateline || e.text.length < unknownDateline[1]!.trim().length)) || (e.start >= datelineNameEnd && e.end <= datelineStateEnd));
  const places = entities.filter((e) => e.type === 'location' && !excluded(e.start));
  // Where the report's statements come from two countries or more ("In Washington, the spokesperson
  // said", "said in a statement issued in Brussels", "Moscow said"), none of those places is the
  // event's: it is the reactions' subject, not one statement (voice-place.ts). One country's stays a
  // candidate as before: the statement may be the event, and nothing else may place it.
  const voices = spokenFrom(body, places, (e) => !insideDateline(e));
  // A lead about a vessel at sea: the city where officials told reporters is far from the scene, which
  // is better left unnamed than put there (at-sea.ts).
  // Nor a port of the ship's voyage or its owner's seat ("bound for Rotterdam", "a Piraeus-based firm": voyage-place.ts).
  if (incidentAtSea(body)) for (const e of places) if (!insideDateline(e) && (placeOfTelling(body, e.start, e.end, readable(e.canonical ?? e.text), PLACE_LOOKUP) || voyageOrOwnerPlace(body, e.start, e.end))) voices.add(e.start);
  // A lead about a clash at a border: a national capital where officials told reporters is not the scene (border-telling.ts).
  if (incidentAtBorder(body)) for (const e of places) if (!insideDateline(e) && lookupPlace(readable(e.canonical ?? e.text))?.capital === true && placeOfTelling(body, e.start, e.end, readable(e.canonical ?? e.text), PLACE_LOOKUP)) voices.add(e.start);
  // A place named only in an allegation ("'People saw what happened in Lakeport,' she said") is never the
  // scene; where it was passed over and no town is left, the lead's country places the event.
  let alleged = false;
  // "in unincorporated Lake Villa", "in rural Foxhome": a town outside any city's limits, still the scene.
  // "just outside of Hillsboro": "outside of" as "outside".
  const introduced = (e: Entity): boolean => /\b(?:in|at|near|outside(?:\s+of)?|across|throughout)\s+(?:the\s+)?(?:(?:rural|unincorporated)\s+)?$/i.test(body.slice(Math.max(0, e.start - 30), e.start));
  // "told reporters in Modesto that ... at a grocery store in Turlock": where someone spoke, beside a scene set elsewhere (telling-town.ts).
  const townKey = (e: Entity): string => cityKey(readable(e.canonical ?? e.text));
  const towns = places.filter((e) => !insideDateline(e) && e.subtype !== 'country' && e.subtype !== 'region');
  for (const e of tellingsBesideScene(towns, (t) => spokenAt(body, t.start, t.end), (t) => introduced(t) && tellsIncident(sentenceAround(body, t.start)), townKey)) voices.add(e.start);
  // Cities score by how the article presents them: introduced as the scene, named early, named often;
  // a city's police or fire department ("Stockton Police") names it too.
  const scores = new Map<string, { name: string; score: number; first: Mention; located: LocatedPlace | null }>();
  const serviceCities: LocatedPlace[] = [];
  const add = (e: Mention, name: string, located: LocatedPlace | null, score: number): void => {
    const entry = scores.get(name) ?? { name, score: 0, first: e, located };
    entry.score += score;
    scores.set(name, entry);
  };
  // "Santiago, who lives on West Haddon Avenue ..." after "Teodor Santiago": a person's surname, not a city.
  const surnames = new Set(entities.filter((e) => e.type === 'person' && /\s/.test(e.text)).map((e) => e.text.split(/\s+/).pop()!));
  // "Paris Wendlecombe died later at a hospital" where the text names Paris Wendlecombe elsewhere: a person's
  // first name, not a city.
  const fullNames = entities.filter((e) => e.type === 'person' && /\s/.test(e.text)).map((e) => e.text);
  const startsFullName = (e: Entity): boolean => fullNames.some((name) => name.startsWith(`${e.text} `) && body.startsWith(name, e.start));
  let nameCounts: NameCounts | undefined;
  let aged: Set<string> | undefined;
  const sectionNames = new Set<string>();
  for (const e of entities) {
    if (excluded(e.start) || insideDateline(e)) continue;
    // "lodged a protest through its embassy in Beijing": a channel, no scene (diplomatic-channel.ts).
    if (e.type === 'location' && namedAsDiplomaticChannel(body, e.start)) continue;
    // "in Santiago" keeps the city, unless the text calls the name alone a person more often ("their
    // interest in Teixeira" among three mentions of Teixeira the ballplayer; not "in Jackson" beside
    // one "Jackson was shot").
    if (e.type === 'location' && surnames.has(e.text) && (!introduced(e) || (nameCounts ??= countNames(entities)).person(e.text) > nameCounts.place(e.text))) continue;
    if (e.type === 'location' && startsFullName(e)) continue;
    // "the Albany County district attorney briefed reporters": the county's name the tagger cut short, not
    // the town of that name (its seat is a guess index.ts makes where no town is named).
    if (e.type === 'location' && e.subtype === 'city' && /^\s+(?:County|Parish)\b/.test(body.slice(e.end, e.end + 10))) continue;
    // "ran to Sage Brindlecombe, 18, a first responder ... I ran to Sage", "Marisol Quayleford, 21, and ...": a
    // word the text writes in a name with an age after it is a person's, not a town (Sage, Arkansas).
    // Not where the text sets it as a place ("shot in Jackson" beside "Tyrone Jackson, 25").
    if (e.type === 'location' && (aged ??= agedNames(body)).has(e.text) && !introduced(e)) continue;
    // "Washington's envoy", "sanctions on Moscow", "Lee's trip to Washington": a capital standing for
    // its government, or a destination, is no scene.
    if (e.type === 'location' && governmentOrDestination(e, body)) continue;
    // "Manila's composite index closed up 0.3%": a city's market on a markets page, not where the event is.
    if (e.type === 'location' && MARKET_AFTER.test(body.slice(e.end, e.end + 40))) continue;
    // "invited Ruiz to visit Astana": where someone is asked to go, not the scene.
    if (e.type === 'location' && invitedTo(body, e.start)) continue;
    // "would look for ore in Bolivia": a place of a plan, not the scene (planned-place.ts).
    if (e.type === 'location' && namedInPlan(body, e.start)) continue;
    // "registered to a company in the United Arab Emirates", "a Dubai-based shipping company": an owner's seat (seat-place.ts).
    if (e.type === 'location' && (toldAsSeat(body, e.start, e.end) || placeOfSoughtMeasure(body, e.start))) continue;
    if (e.type === 'location' && voices.has(e.start)) continue;
    const said = e.type === 'location' && e.subtype !== 'country' && e.subtype !== 'region' ? namedInAllegation(body, e.start) : null;
    if (said) alleged = true;
    if (said === 'claim') continue;
    // "at the corner of Poydras and Bolivar": a street (Poydras Street), not the town Poydras.
    if (e.type === 'location' && INTERSECTION_BEFORE.test(body.slice(Math.max(0, e.start - 60), e.start))) continue;
    // "the 1300 block of Springfield", "the 4700 blocks of Springfield and Baltimore Avenues": a street.
    if (e.type === 'location' && (BLOCK_BEFORE.test(body.slice(Math.max(0, e.start - 30), e.start)) || STREETS_AFTER.test(body.slice(e.end, e.end + 40)))) continue;
    // "a gas station at Windsor and Maple Grove Road": a corner's first street, not the town Windsor.
    if (e.type === 'location' && /\bat\s+$/.test(body.slice(Math.max(0, e.start - 4), e.start)) && CORNER_AFTER.test(body.slice(e.end, e.end + 40))) continue;
    // "Hollywood's old scandals", "Hollywood actresses": the industry, not a scene,
    // unless the text sets the place as one ("in Hollywood") or gives its state.
    if (e.type === 'location' && INDUSTRY_PLACES.has(e.text) && !introduced(e) && !/^,\s*\p{Lu}/u.test(body.slice(e.end, e.end + 4))) continue;
    // "worked Pyongyang office hours", "at 9 a.m. Seoul time": a clock, not a scene; "an Amber Alert": an alert.
    if (e.type === 'location' && (CLOCK_AFTER.test(body.slice(e.end, e.end + 20)) || ALERT_AFTER.test(body.slice(e.end, e.end + 10)))) continue;
    // "the Smith Center video boards": an arena, not Smith Center, Kansas (not-a-town.ts).
    if (e.type === 'location' && namesAVenue(body, e.start, e.end)) continue;
    // "exploited a flaw in Ironvale VPN gateways": a maker's product, not a town (not-a-town.ts). Only a
    // name the gazetteer holds as no city: "a Seattle software engineer" is from Seattle.
    if (e.type === 'location' && namesAProduct(body, e.start, e.end) && lookupPlace(readable(e.text), body)?.kind !== 'city') continue;
    // "Alex Pryor, MP for Gloucester", "Gloucester MP Alex Pryor": a member's constituency, not a scene (constituency.ts).
    if (e.type === 'location' && namesAConstituency(body, e.start, e.end)) continue;
    // "the INS Mysore, a destroyer on patrol", "(INS) Mysore": a ship named after a city is no scene.
    if (e.type === 'location' && SHIP_PREFIX.test(body.slice(Math.max(0, e.start - 8), e.start))) continue;
    // "the patrol boat Chonburi", "the cutter Sattahip 12": a hull named after a town (vessel-name.ts).
    if (e.type === 'location' && namesAVessel(body, e.start, e.end, story)) continue;
    // "Keep watching FOX 5 Atlanta for updates", "KPRC 2 Houston": a station's brand names its city, not the scene.
    if (e.type === 'location' && STATION_BEFORE.test(body.slice(Math.max(0, e.start - 20), e.start))) continue;
    if (e.type === 'location') {
      // "in the Juniata section of Philadelphia", "the Hill District neighborhood of Pittsburgh": a part
      // of the city named after it, whatever town of its name the gazetteer holds (Juniata, Nebraska).
      const partOf = cityOfSection(e, body);
      if (partOf) {
        sectionNames.add(readable(e.text));
        add({ text: partOf.text, start: partOf.start, country: partOf.located.country }, sceneName(partOf.located.name, partOf.located), partOf.located, (introduced(e) && e.start < LEAD_CHARS ? 3 : 0) + (e.start < LEAD_CHARS / 3 ? 2 : 0) + 1);
        continue;
      }
      let city = townWithState(e) ?? asCity(e, body);
      // "Durham police said a student from England ...": the American town, not Durham, England (british-force.ts).
      const abroad = city && forceTownAbroad(city.name, city.located, body.slice(e.end, e.end + 12), body, entities, headline);
      if (city && abroad) city = { name: city.name, located: abroad };
      // "the Roseland neighborhood" (Chicago's): a part of a city is no town of that name (Roseland,
      // New Jersey); a section the gazetteer knows ("the Englewood neighborhood", Chicago's) is kept.
      // Not "a Raleigh neighborhood": a neighbourhood of the town.
      if (city?.located && !city.located.within && NEIGHBOURHOOD_AFTER.test(body.slice(e.end, e.end + 20)) && /\bthe\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(body.slice(Math.max(0, e.start - 40), e.start))) continue;
      // "on the block facing Oak Hill Elementary", "a 2016 Central High graduate": a school named
      // after a place (not-a-town.ts).
      if (namesASchool(body, e.end, e.start)) continue;
      // "wounded in Bedford Dwellings", "the Maple Ridge Apartments": a housing development named after a
      // place, not a town of that name (not-a-town.ts).
      if (namesAHousingDevelopment(body, e.start, e.end)) continue;
      // "had faced charges in Pasco twice before" in a story that writes "the Pasco County Sheriff's Office": the
      // county by its short name, not a town of the name in another state (Pasco, Washington), where
      // only one state has a county of the name.
      if (city?.located?.admin1 && city.located.country === 'US' && countyOf(readable(e.text), body) && countyElsewhere(readable(e.text), city.located.admin1)) continue;
      // "took both to Lakeshore Mercy Medical Center in Oak Lawn", "to a Memphis hospital": where the wounded
      // were taken, not the scene; a candidate only where the page names no other town ("died at a
      // Chicago hospital" in a Chicago paper's story that names none). A hospital that is the story ("a
      // cyberattack on St. Brendan's Hospital in Dublin") keeps its town.
      // So is where a suspect is held or was caught ("held at Pine Ridge Regional Jail in Milford",
      // suspect-held.ts).
      // A town named only in a quotation is a last resort too, below the lead's country (voice-place.ts).
      // So is where an appealed case was tried: the appeals court that acted sits elsewhere (trial-town.ts).
      const taken = whereTheWoundedWent(body, e.start, e.end) || whereTheSuspectWasHeld(body, e.start, e.end) || said === 'quote' || whereTheAppealedCaseWasTried(body, e.start, e.end);
      // A sentence that tells where the story's incident happened ("The incident occurred ... in
      // Hampton", told-scene.ts) sets the scene over towns people come from.
      if (city) add(e, sceneName(city.name, city.located), city.located, taken ? 0 : (introduced(e) && e.start < LEAD_CHARS ? 3 : 0) + (e.start < LEAD_CHARS / 3 ? 2 : 0) + 1 + (toldAsTheScene(body, e.start) ? TOLD_BONUS : 0));
      // "at her home in Galvez": a town too small for the gazetteer, which the lead presents as the
      // scene, is the place without coordinates. It scores less than a known city named as often. Not
      // a team the text calls "the Chiefs" ("in Chiefs red", not-a-town.ts).
      else if (!taken && !e.subtype && e.start < LEAD_CHARS && !ACRONYM.test(e.text) && SCENE_BEFORE.test(body.slice(Math.max(0, e.start - 30), e.start)) && isUnknownTown(readable(e.text)) && !countyOf(readable(e.text), body) && !teamOrPeople(readable(e.text), body) && !entities.some((o) => o.type === 'organization' && o.text === e.text) && !lookupPlace(readable(e.text), body))
        add(e, readable(e.text), null, 3);
    } else if (e.type === 'organization') {
      // A federal appeals court by its circuit: the city it sits in (court-seat.ts).
      const seat = appealsCourtSeat(e.text);
      const seated = seat ? lookupPlace(seat, body) : null;
      if (seated?.kind === 'city') add(e, sceneName(seated.name, seated), seated, 1);
      const m = LOCAL_SERVICE.exec(e.text);
      const located = m ? serviceTown(readable(m[1]!), body, m[2] !== undefined) : null;
      // "the Hanover Sheriff's Office" in a Virginia story: the county's sheriff, not Hanover, Maryland (county-sheriff.ts).
      if (located?.kind === 'city' && /Sheriff/.test(m![0]) && sheriffOfCountyElsewhere(readable(m![1]!), located.admin1, body)) continue;
      // "Cleveland Police", "Cleveland Fire Brigade" in a Middlesbrough story: a British force named after
      // its area, no American city's (british-force.ts).
      const service = m ? e.text.slice(m[0].length - /\S+$/.exec(m[0])![0].length) : '';
      if (located?.kind === 'city' && located.country !== 'GB' && britishService(readable(m![1]!), service, body, entities, headline)) continue;
      if (located?.kind === 'city') {
        add(e, sceneName(located.name, located), located, 1);
        serviceCities.push(located);
      }
    }
  }
  // Cities the tagger often leaves untagged where the wording still says they are the scene: a
  // force named in lower case ("Memphis police said") and a part of town ("in southwest Columbus").
  for (const m of body.matchAll(FORCE_WORD)) {
    // The capitalised words right before the force word (found first: a scan for capitalised runs
    // followed by it would try every capital of the page).
    const run = FORCE_NAME.exec(body.slice(Math.max(0, m.index - 60), m.index))?.[1];
    // "The Silver City police responded": a sentence's "The" is no word of the town's name, unless the
    // town's name has it ("The Dalles police").
    const bare = run?.replace(/^The\s+(?=\p{Lu})/u, '');
    const name = run && !forceCity(run, body) && bare !== run ? bare : run;
    const read = name ? forceCity(name, body) : null;
    const located = (name && forceTownAbroad(readable(name), read, body.slice(m.index - 1), body, entities, headline)) || read;
    if (!located) continue;
    // "Cleveland police said" in a British story: the Teesside force (british-force.ts).
    if (located.country !== 'GB' && britishService(readable(name!), body.slice(m.index - 1), body, entities, headline)) continue;
    add({ text: name!, start: m.index - name!.length - 1, country: located.country }, sceneName(located.name, located), located, 1);
    serviceCities.push(located);
  }
  // "NOPD said", "IMPD: boy, 6, hurt by a gun he found": a city's force by its initials names its
  // city as "New Orleans police" does (police-initials.ts); the page's site name may spell them out
  // ("BRPD" on "WAFB 9 News Baton Rouge"). In the headline, as a town whose police the headline quotes.
  const page = `${pageTitle}\n${body}`;
  for (const m of body.matchAll(FORCE_INITIALS)) {
    if (excluded(m.index)) continue;
    const name = cityOfForceInitials(m[0], page);
    const located = name ? lookupPlace(name, body) : null;
    if (located?.kind !== 'city') continue;
    add({ text: m[0], start: m.index, country: located.country }, sceneName(located.name, located), located, 1);
    serviceCities.push(located);
  }
  for (const m of headline.matchAll(FORCE_INITIALS)) {
    const name = cityOfForceInitials(m[0], page);
    const located = name ? lookupPlace(name, body) : null;
    if (located?.kind !== 'city') continue;
    const at = body.search(wordPattern(located.name));
    add({ text: m[0], start: at, country: located.country }, sceneName(located.name, located), located, at < 0 ? SURE_HEADLINE_BONUS : HEADLINE_BONUS);
  }
  // "shot in Cypress, Texas": a town with its US state after it, which the tagger may miss (a word
  // as well as a name) or take for a person.
  for (const m of body.slice(0, LEAD_CHARS).matchAll(TOWN_AND_STATE)) {
    // The town's words end where the comma before the state starts.
    const at = m.index + m[0].length - m[2]!.length - /,\s+$/.exec(m[0].slice(0, m[0].length - m[2]!.length))![0].length - m[1]!.length;
    // A town the tagger found after "in" scored as the scene above; one after an address only as named.
    const tagged = entities.some((e) => e.type === 'location' && e.start <= at && at < e.end && e.subtype !== 'region' && e.subtype !== 'country');
    const address = !/^(?:in|near|outside)\b/.test(m[0]);
    if (excluded(at) || whereTheWoundedWent(body, at, at + m[1]!.length) || (tagged && !address)) continue;
    const state = placeHints(`, ${m[2]!}`);
    if (![...state.admin1].some((code) => code.startsWith('US-'))) continue;
    const city = cityIn(readable(m[1]!), state, true);
    if (!city) {
      // "near Snowville, Utah": a town too small for the gazetteer, which its state vouches for, is the
      // place without coordinates; below a known city named as early.
      const name = readable(m[1]!);
      if (isUnknownTown(name) && !countyOf(name, body)) add({ text: m[1]!, start: at, country: 'US' }, name, null, tagged ? 3 : 3 + (at < LEAD_CHARS / 3 ? 2 : 0));
      continue;
    }
    const located = fromCity(city);
    add({ text: m[1]!, start: at, country: city.country }, sceneName(located.name, located), located, tagged ? 3 : 3 + (at < LEAD_CHARS / 3 ? 2 : 0) + 1);
  }
  // "shot in Spring ... the Harris County Sheriff's Office", "a home in Arab Tuesday": a town the tagger
  // leaves untagged (named like a word or a people), which a state, county or the outlet's home the
  // story gives points to (untagged-town.ts); scored as a tagged town is.
  const usStates = new Set([...hintsFor(body).admin1].filter((code) => code.startsWith('US-')).map((code) => code.slice(3)));
  for (const town of untaggedTowns(body, entities, usStates, areaHome)) {
    if (excluded(town.start)) continue;
    const taken = whereTheWoundedWent(body, town.start, town.start + town.text.length) || whereTheSuspectWasHeld(body, town.start, town.start + town.text.length);
    const located = fromCity(town.city);
    add({ text: town.text, start: town.start, country: 'US' }, sceneName(located.name, located), located, taken ? 0 : (town.introduced && town.start < LEAD_CHARS ? 3 : 0) + (town.start < LEAD_CHARS / 3 ? 2 : 0) + 1 + (toldAsTheScene(body, town.start) ? TOLD_BONUS : 0));
  }
  // "Russia struck Kharkiv", "a missile strike on Sumy": the city an attack falls on, which the tagger
  // may read as an organisation or miss.
  for (const m of body.slice(0, LEAD_CHARS).matchAll(ATTACK_ON)) {
    const located = lookupPlace(readable(m[1]!), body);
    if (located?.kind === 'city' && (located.population ?? 0) >= ATTACKED_CITY) add({ text: m[1]!, start: m.index + m[0].length - m[1]!.length, country: located.country }, sceneName(located.name, located), located, 3);
  }
  // "Negotiators gathered in the Qatari capital": the capital of the country the adjective names.
  for (const m of body.slice(0, LEAD_CHARS).matchAll(DEMONYM_CAPITAL)) {
    const country = countryOfDemonym(m[1]!);
    const capital = country ? capitalOf(country) : null;
    const located = capital ? lookupPlace(capital, body) : null;
    if (located?.kind === 'city' && located.country === country) add({ text: m[0].slice(m[0].indexOf('the')), start: m.index + m[0].indexOf('the'), country: located.country }, located.name, located, 3);
  }
  for (const m of body.slice(0, LEAD_CHARS).matchAll(PART_OF_TOWN)) {
    const city = leadingCity(m[1]!, body);
    if (city) add({ text: city.text, start: m.index + m[0].length - m[1]!.length, country: city.located.country }, sceneName(city.located.name, city.located), city.located, 3);
  }
  // The headline names the scene more surely than any sentence of a page's text, even where the
  // tagger missed the name in the body or the body is the page's clutter (the mention is then the
  // headline's: start -1).
  const datelineName = unknownDateline ? readable(unknownDateline[1]!.trim()) : '';
  for (const [name, located] of inHeadline) {
    // "Leaders meet at Camp David summit" under "CAMP DAVID, Md. —": the headline's "David" is the camp's.
    if (datelineName.length > located.name.length && new RegExp(`\\b${located.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(datelineName)) continue;
    // "Shot in Juniata" over "the Juniata section of Philadelphia": the body's city, not Juniata, Nebraska.
    if (sectionNames.has(located.name)) continue;
    // "Indianapolis man killed in Gary gunfire": a town the headline gives a person, beside another it
    // sets as the scene, is where the person is from.
    if (residentsTown(name, headline, [...inHeadline.keys()])) continue;
    // "Hunter shot by accident flown to Fargo": where the wounded were taken, not the scene.
    const inTitle = headline.indexOf(located.name);
    if (inTitle >= 0 && whereTheWoundedWent(headline, inTitle, inTitle + located.name.length)) continue;
    // "Freed Sattahip 12 crew back home": a vessel named after the town (vessel-name.ts).
    const written = headline.search(wordPattern(name));
    if (written >= 0 && namesAVessel(headline, written, written + name.length, story)) continue;
    // "Coral Meridian owners count cost" over "the supramax Coral Meridian (IMO ...)": the body names the hull.
    const inBody = body.search(wordPattern(name));
    if (inBody >= 0 && (namesAVessel(body, inBody, inBody + name.length, story) || SHIP_PREFIX.test(body.slice(Math.max(0, inBody - 8), inBody)))) continue;
    // "EU sanctions tankers and Dubai shipping firm": the listed firm's seat (seat-place.ts).
    if (written >= 0 && toldAsSeat(headline, written, written + name.length)) continue;
    // "ship blamed for Baltic cable damage" over a text that names the Baltic only as where a ban is sought: not the scene either.
    const inText = [...body.matchAll(new RegExp(wordPattern(name).source, 'gi'))];
    if (inText.length > 0 && inText.every((m) => toldAsSeat(body, m.index, m.index + m[0].length) || placeOfSoughtMeasure(body, m.index))) continue;
    // "Brussels and Washington voice concern, Moscow congratulates winner" over reactions from abroad.
    if (voices.size > 0 && spokenInHeadline(headline, located.name)) continue;
    const at = body.indexOf(located.name);
    add({ text: located.name, start: at, country: located.country }, name, located, located.sure && at < 0 ? SURE_HEADLINE_BONUS : HEADLINE_BONUS);
  }
  // A US story that names no state is read in its outlet's: a town of a name several states have is
  // the one there, and a town there comes before one elsewhere (outlet-state.ts).
  const outletState = homeState(addressHome);
  const readAtHome = outletState !== null && ![...hintsFor(body).admin1].some((code) => code.startsWith('US-'));
  if (readAtHome) {
    for (const x of scores.values()) {
      const namesake = namesakeInState(x.located, outletState, hintsFor(body).countries);
      if (namesake) [x.located, x.name] = [namesake, sceneName(namesake.name, namesake)];
    }
  }
  // A story that names no state but names a county: a town is the namesake near that county's seat
  // ("outside Dallas" beside "Paulding County" is Dallas, Georgia; county-namesake.ts).
  if (usStates.size === 0) {
    const counties = countiesNamed(body);
    for (const x of scores.values()) {
      const namesake = namesakeInNamedCounty(x.located, counties);
      if (namesake) [x.located, x.name] = [namesake, sceneName(namesake.name, namesake)];
    }
  }
  // A city's police or fire department places the story in that city's state, and so does a US state
  // the text names ("Ill.", "Illinois"): a city the gazetteer places in another state ("Englewood" in
  // a Chicago story read as Englewood, Colorado) is a neighbourhood or a namesake, not the scene, while
  // any candidate remains in those states.
  // A town named only as where the wounded were taken (score 0) is a last resort, below every other guess.
  const ranked = [...scores.values()].filter((x) => x.score > 0).sort((x, y) => y.score - x.score || x.first.start - y.first.start);
  const hospitalTown = [...scores.values()].find((x) => x.score === 0);
  const states = new Set(serviceCities.map((c) => c.admin1).filter((a): a is string => !!a));
  let stateNamed = false;
  if (ranked.some((x) => x.located?.country === 'US')) {
    for (const code of hintsFor(body).admin1) {
      if (!code.startsWith('US-')) continue;
      states.add(code.slice(3));
      stateNamed = true;
    }
  }
  const inState = (x: { located: LocatedPlace | null }): boolean => !x.located?.admin1 || states.has(x.located.admin1);
  // A town abroad in a story the article ties to its own country ("Lumina", Romania, in a story about
  // Manchester, Ill.; "Whitehaven", England, in a Memphis one) is a namesake, unless the article names
  // that country: the countries it names, those of the cities whose police it quotes, and the US when
  // it names a state.
  // A province abroad ("Balochistan") ties the story to its country as a state ties it to the US.
  const anchored = new Set(entities.filter((e) => e.type === 'location' && (e.subtype === 'country' || e.subtype === 'region') && e.country).map((e) => e.country!));
  for (const c of serviceCities) if (c.country) anchored.add(c.country);
  if (stateNamed) anchored.add('US');
  // A local outlet's site name gives its state ("KBRX 12 News Baton Rouge, Louisiana Headlines").
  const site = pageTitle.startsWith(headline) ? pageTitle.slice(headline.length) : '';
  if (site && [...hintsFor(site).admin1].some((code) => code.startsWith('US-'))) anchored.add('US');
  const atHome = (x: { located: LocatedPlace | null }): boolean => !x.located?.country || anchored.has(x.located.country);
  // A country the page names once, past its lead, is more likely another story's or a neighbourhood's
  // ("Jamaica" in Queens, "Cayman Islands" in a sidebar) than the story's home: it may still rank the
  // towns (above), but it does not turn a town of another country into a namesake of its own.
  const countryMentions = entities.filter((e) => e.type === 'location' && e.subtype === 'country' && e.country);
  const weakCountry = (code: string): boolean => {
    const named = countryMentions.filter((e) => e.country === code);
    return named.length === 1 && named[0]!.start >= LEAD_CHARS && !entities.some((e) => e.type === 'location' && e.subtype === 'region' && e.country === code) && !serviceCities.some((c) => c.country === code) && !(code === 'US' && stateNamed);
  };
  const home = anchored.size === 1 && !weakCountry([...anchored][0]!) ? [...anchored][0]! : null;
  // Nothing placed at home: a small town abroad of a name the story's own country has too ("Galvez",
  // Argentina, in a Louisiana story) is that home town, which the gazetteer is too small to hold.
  // Not a town of the outlet's own country: a US station's story that names England as where someone
  // came from is still about its Lawrenceburg, not a nameless English one.
  if (home && !ranked.some((x) => x.located?.country && anchored.has(x.located.country))) {
    for (const x of ranked) {
      if (!x.located?.country || atHome(x) || x.located.country === addressHome?.country || x.located.capital || (x.located.population ?? 0) >= FOREIGN_TOWN_POPULATION || !isTownName(readable(x.first.text))) continue;
      // "a Cambodian gunboat ... off Koh Kong": a text that names the town's own country or its people
      // (which the tagger may leave untagged) keeps the town where the gazetteer has it.
      if (namesCountryOrPeople(x.located.country, body)) continue;
      // Named as the text writes it: a headline's mention carries the gazetteer's spelling ("Gálvez"),
      // which the home town, unknown to the gazetteer, has no claim to.
      const written = x.first.start < 0 ? spelledAsWritten(x.first.text, headline, body) : x.first.text;
      x.name = readable(written);
      x.located = null;
      x.first = { ...x.first, text: written, country: home };
    }
  }
  const anchoredOnes = anchored.size > 0 && ranked.some((x) => x.located?.country && anchored.has(x.located.country)) ? ranked.filter(atHome) : ranked;
  // A town far from the outlet's home, out of its state, comes after any of its area (outlet-state.ts).
  const remote = (x: { located: LocatedPlace | null }): boolean => readAtHome && remoteFromHome(x.located, addressHome!);
  const candidates = anchoredOnes.some((x) => !remote(x)) ? anchoredOnes.filter((x) => !remote(x)) : anchoredOnes;
  // Where only the text's words name the states (no city's police placed the story), the headline's
  // town at the top of the ranking, which the text names too, keeps its place over a town of those
  // states it outscores twice: a
  // long page names states in asides and other stories ("the gunman had driven up from Tennessee" under
  // "Woman killed in Pontiac shooting"). Not a state's or a country's name ("Deputy shot outside
  // Louisiana bar"): no town. Nor a name the headline opens with: there it often names a team or a
  // body ("Denver Broncos sign ...").
  const top = candidates[0];
  const stateTown = candidates.find(inState);
  const headlineFirst = top !== undefined && serviceCities.length === 0 && inHeadline.has(top.name) && top.score > HEADLINE_BONUS && !opensHeadline(top.name, headline) && !usStateNamed(top.name) && !lookupCountry(top.name) && (!stateTown || top.score >= 2 * stateTown.score);
  const best = candidates.find((x) => x.score >= SURE_HEADLINE_BONUS && x.first.start < 0) ?? (states.size > 0 && !headlineFirst ? (stateTown ?? top) : top);
  // "LARIMER COUNTY, Colo. —" over a town the text names only as a landmark near the scene or as someone's
  // home ("a shooting near Lithonia", "camping between Leadville and Buena Vista", "Sam Roe, 12, of
  // Loveland"): the county's dateline says where it happened more surely.
  const countyOfDateline = usCountyDateline(unknownDateline);
  if (best && countyOfDateline && !wordIn(best.first.text, headline) && onlyNearOrHome(best.first.text, body)) return { name: countyOfDateline, country: 'US', lat: null, lon: null, text: unknownDateline![1]!.trim(), start: body.indexOf(unknownDateline![1]!.trim()) };
  if (best) {
    const policed = cityPolicingSection(best, serviceCities);
    if (policed) return policed;
    const located = best.located;
    const country = located?.country || best.first.country || (located ? null : home);
    return { name: best.name, country, lat: located?.lat ?? null, lon: located?.lon ?? null, text: best.first.text, start: best.first.start };
  }
  // Where no city is named and the page's text is clutter, a town the title-case headline introduces
  // as the scene ("Arrest Made In Manassas Triple Shooting"), or one it opens with and presents as
  // the scene ("Alturas shooting victims named"); its first word needed the body.
  const [introducedTown] = headlineCities(headline, body, entities, true).values();
  const opening = introducedTown ?? openingTown(headline, body);
  if (opening) return { name: sceneName(opening.name, opening), country: opening.country || null, lat: opening.lat, lon: opening.lon, text: opening.name, start: body.indexOf(opening.name) };
  // A vessel's incident at sea with no town placed: the place the water is told off, else the sea (at-sea.ts).
  const sea = incidentAtSea(body) ? seaPlace(body, 0, Math.min(body.length, LEAD_CHARS)) : null;
  if (sea) return sea;
  // "24 nautical miles southwest of Mokha, Yemen": the town the lead takes a bearing from, in the country it names (bearing-place.ts).
  const bearing = bearingFrom(body.slice(0, LEAD_CHARS));
  if (bearing && (bearing.country || lookupPlace(readable(bearing.town), body))) {
    const located = lookupPlace(readable(bearing.town), body);
    const same = located !== null && located.kind === 'city' && (!bearing.country || located.country === bearing.country);
    return { name: same ? located.name : readable(bearing.town), country: same ? located.country : bearing.country, lat: same ? located.lat : null, lon: same ? located.lon : null, text: bearing.town, start: bearing.start };
  }
  const untagged = incidentTown(body, excluded);
  if (untagged) return untagged;
  // A county's dateline ("LEFLORE COUNTY, Okla. —") where no town is named: the county, in the US.
  if (countyOfDateline) {
    const text = unknownDateline![1]!.trim();
    return { name: countyOfDateline, country: 'US', lat: null, lon: null, text, start: body.indexOf(text) };
  }
  // A facility ("Constitution Park") only when no city is named, then a province abroad, then a country. Not a hospital:
  // the wounded are taken there ("died at Erie County Medical Center"), the shooting was elsewhere.
  const lead = places.filter((e) => e.start < LEAD_CHARS && introduced(e) && !namedInPlan(body, e.start) && !toldAsSeat(body, e.start, e.end) && !placeOfSoughtMeasure(body, e.start));
  // Nor a street ("near Kaley Avenue") or a jail: no place an event's record can name.
  // Nor a housing development ("at the Maple Crest Village apartment complex", not-a-town.ts): records name its town.
  const pick = lead.find((e) => e.subtype === 'facility' && !HOSPITAL.test(e.text) && !STREET_END.test(e.text) && !JAIL.test(e.text) && !namesAHousingDevelopment(body, e.start, e.end)) ?? lead.find((e) => e.subtype === 'region' && e.country) ?? lead.find((e) => e.subtype === 'country') ?? (alleged ? leadCountry(body, places) : undefined);
  if (pick) {
    const name = pick.canonical ?? pick.text;
    // A US state has no town's point ("Nevada" is no Nevada, Missouri).
    const located = pick.subtype === 'region' && pick.country === 'US' && usStateNamed(name) ? null : lookupPlace(name, body);
    const same = located && (!pick.country || located.country === pick.country);
    return { name, country: pick.country ?? null, lat: same ? located.lat : null, lon: same ? located.lon : null, text: pick.text, start: pick.start };
  }
  // A company the story is about, placed by where it is based ("the Pasig-based provider said its
  // servers were encrypted"): where nothing else is, its home is the scene of what befell it.
  // Not a ship's: its manager's or owner's home ("managed by a Piraeus-based firm") is far from where it was attacked at sea.
  const based = incidentAtSea(body) ? null : basedCompany(body);
  if (based) return based;
  // Last, a county the headline presents as the scene ("Brown County man dead", "shot in Ward
  // county"): the page's text is often clutter, and the county is where it happened.
  const county = headlineCounty(headline);
  if (!county) {
    if (!hospitalTown) return outletHome(pageTitle) ?? newspaperHome(body);
    const { located, first } = hospitalTown;
    return { name: hospitalTown.name, country: located?.country || first.country || null, lat: located?.lat ?? null, lon: located?.lon ?? null, text: first.text, start: first.start };
  }
  const us = [...hintsFor(`${headline}\n${body.slice(0, 2000)}`).admin1].some((code) => code.startsWith('US-'));
  return { name: county.name, country: us ? 'US' : null, lat: null, lon: null, text: county.text, start: body.indexOf(county.text) };
}

/** The gazetteer's answers voice-place.ts asks for. */
const PLACE_LOOKUP: PlaceLookup = {
  capital: (name) => lookupCity(name) !== null || lookupPlace(name)?.capital === true,
  place: (name) => lookupPlace(name) !== null,
};

/**
 * The starts of the places a report's statements come from, where they come from two countries or
 * more; none otherwise (voice-place.ts).
 */
function spokenFrom(body: string, places: readonly Entity[], keep: (e: Entity) => boolean): Set<number> {
  const spoken = places.filter((e) => keep(e) && e.subtype !== 'country' && e.subtype !== 'region' && placeOfTelling(body, e.start, e.end, readable(e.canonical ?? e.text), PLACE_LOOKUP));
  const countries = new Set(spoken.map((e) => lookupPlace(readable(e.canonical ?? e.text), body)?.country ?? e.country ?? readable(e.text)));
  return countries.size >= 2 ? new Set(spoken.map((e) => e.start)) : new Set();
}

/** Whether the headline names a place ("Washington, D.C." written "Washington") as where a statement came from. */
function spokenInHeadline(headline: string, name: string): boolean {
  const short = name.replace(/,.*$/, '');
  const m = wordPattern(short).exec(headline);
  return m !== null && placeOfTelling(headline, m.index, m.index + m[0].length, short, PLACE_LOOKUP);
}

/** The sentence around a place, up to it, and whole: whether it is named in an allegation or a quotation (voice-place.ts). */
function namedInAllegation(body: string, start: number): 'claim' | 'quote' | null {
  const window = body.slice(Math.max(0, start - 300), start);
  let from = 0;
  for (const m of window.matchAll(/[.!?]["”]?\s+(?=["“]?\p{Lu})|\n/gu)) from = m.index + m[0].length;
  const before = window.slice(from);
  const end = /[.!?](?=["”]?(?:\s|$))|\n/.exec(body.slice(start));
  return inAllegation(before, before + body.slice(start, end ? start + end.index + 1 : start + 200));
}

/** The country the lead's first sentence names ("Lakeland's election board said"), as a place. */
function leadCountry(body: string, places: readonly Entity[]): Entity | undefined {
  const first = /[.!?](?=["”]?\s+["“]?\p{Lu})|\n/u.exec(body);
  const end = first ? first.index : body.length;
  return places.find((e) => e.subtype === 'country' && e.start < end);
}

/** A city whose force is quoted: this large, it has sections news names as places of their own. */
const POLICING_CITY = 200_000;
/** A place this close to such a city, and this much smaller, may be one of its sections. */
const SECTION_KM = 20;
const SECTION_SHARE = 0.05;

/**
 * "Two men were shot in Hyde Park overnight, Chicago police said": a place the text names as the scene
 * whose only force quoted is a large US city's, near it and far smaller (or unknown to the gazetteer),
 * is a section of that city (GeoNames holds many sections as places of their own, and small ones not
 * at all), and records name the city. Not a place with its own force quoted, nor where the text quotes
 * two cities' forces (the other may be the scene's), nor a suburb of a size of its own.
 */
function cityPolicingSection(best: { name: string; located: LocatedPlace | null; first: Mention }, forces: readonly LocatedPlace[]): PlaceMention | null {
  const cities = new Map(forces.map((c) => [cityKey(sceneName(c.name, c)), c]));
  if (cities.size !== 1 || cities.has(cityKey(best.name))) return null;
  const city = [...cities.values()][0]!;
  if (city.country !== 'US' || (city.population ?? 0) < POLICING_CITY || city.lat === null || city.lon === null) return null;
  const section = best.located;
  if (section) {
    if (section.country !== 'US' || section.kind !== 'city' || section.lat === null || section.lon === null) return null;
    if ((section.population ?? 0) > SECTION_SHARE * city.population! || kilometres(section.lat, section.lon, city.lat, city.lon) > SECTION_KM) return null;
  } else if (best.first.country && best.first.country !== 'US') return null;
  const name = sceneName(city.name, city);
  return { name, country: 'US', lat: city.lat, lon: city.lon, text: best.first.text, start: best.first.start };
}

/** A US county's dateline ("LEFLORE COUNTY, Okla. —", "WOODRUFF CO., Ark."), as "X County", or null. */
function usCountyDateline(dateline: RegExpExecArray | null): string | null {
  const raw = dateline ? dateline[1]!.trim() : '';
  const name = readable(raw);
  if (!name || !COUNTY_WORD.test(name.split(' ').pop()!)) return null;
  // "WILLIAMSON CO. -- Three teens were hurt": a county's dateline in capitals names a US county even
  // without its state (the Irish and British write "COUNTY CORK").
  if (dateline![2] ? ![...placeHints(`, ${dateline![2]!}`).admin1].some((code) => code.startsWith('US-')) : raw !== raw.toUpperCase() || !/\s/.test(raw)) return null;
  return name.replace(/\s(?:Co\.?|County)$/, ' County');
}

/**
 * Right before a town named as a landmark near the scene or as someone's home: "near", "between",
 * "between Leadville and", "Sam Roe, 12, of", "from"; not "the Town of".
 */
const NEAR_OR_HOME_BEFORE = /(?:\bnear|\bbetween|\bbetween\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s+and|(?:(?!(?:Town|City|Village|Township|Borough|County|Parish|State|University|College|Department|Office)\b)\p{Lu}[\p{L}'’-]+|\d{1,3}),?\s+of|\bfrom)\s+$/u;

/** Whether the body names the town, and every time as a landmark near the scene or as someone's home. */
function onlyNearOrHome(name: string, body: string): boolean {
  let seen = false;
  for (const m of body.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))) {
    if (!NEAR_OR_HOME_BEFORE.test(body.slice(Math.max(0, m.index - 60), m.index))) return false;
    seen = true;
  }
  return seen;
}

/** "the Pasig-based provider", "Seoul-based NineLock Security": a city a company is based in. */
const BASED_COMPANY = /\b(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)-based\s+(?:[\p{L}-]+\s+){0,3}?(?:company|provider|operator|firm|carrier|bank|group|hospital|insurer|manufacturer|maker|utility|retailer|exchange|telecom\w*|developer|start-?up|\p{Lu}[\p{L}]+)\b/gu;

function basedCompany(body: string): PlaceMention | null {
  for (const m of body.slice(0, LEAD_CHARS * 2).matchAll(BASED_COMPANY)) {
    // "Pasig-based": GeoNames has "Pasig City", as the Philippines names its cities.
    const located = [lookupPlace(m[1]!, body), lookupPlace(`${m[1]!} City`, body)].find((p) => p?.kind === 'city');
    if (located) return { name: sceneName(located.name, located), country: located.country || null, lat: located.lat, lon: located.lon, text: m[1]!, start: m.index! };
  }
  return null;
}

/** Whether the headline opens with the name (after a quote mark). */
function opensHeadline(name: string, headline: string): boolean {
  return foldCase(headline.trimStart().replace(/^['‘"“]+/, '')).startsWith(foldCase(name));
}

function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** People a headline gives a town to ("Indianapolis man", "a Camden girl's"): where they are from. */
const RESIDENT_AFTER = /^(?:['’]s)?\s+(?:man|woman|men|women|teens?|teenagers?|boys?|girls?|couple|residents?|natives?|students?|mother|father|child|toddler|family)\b/i;

/** Whether the headline gives `name` to a person while it sets another of `towns` as the scene ("in Gary", "at Ocala bar"). */
function residentsTown(name: string, headline: string, towns: readonly string[]): boolean {
  const at = new RegExp(`\\b${escapeRegExp(name)}\\b`).exec(headline);
  if (!at || !RESIDENT_AFTER.test(headline.slice(at.index + name.length))) return false;
  // The scene either after "in" or named by the incident ("Stray bullet from Rialto shooting hits Fontana
  // girl", "Canton Teen Dies After St. Paul Shooting").
  return towns.some((town) => {
    if (town === name) return false;
    const written = escapeRegExp(town).replace(/^Saint\\?\s/, String.raw`(?:Saint|St\.?)\s`);
    return new RegExp(`\\b(?:in|near|outside|at)\\s+${written}\\b|\\b${written}\\s+(?:${HEADLINE_INCIDENT})`, 'i').test(headline);
  });
}

const HEADLINE_BONUS = 8;
/** A town whose police the headline quotes ("Tulsa Police: ...") and the body never names. */
const SURE_HEADLINE_BONUS = 24;
/** A town abroad smaller than this, in a story tied to one country that names no place there, is read as that country's. */
const FOREIGN_TOWN_POPULATION = 100_000;
/** Words that set a place the tagger found as the scene (not "at": "at Walmart"). */
const SCENE_BEFORE = /\b(?:in|near|outside(?:\s+of)?)\s+(?:(?:rural|unincorporated)\s+)?$/;
/** Last words of streets, buildings, waters and areas: names, but no town's. */
const NOT_TOWN_END = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'drive', 'dr', 'lane', 'ln', 'boulevard', 'blvd', 'way', 'court', 'ct', 'place', 'highway', 'hwy', 'parkway', 'pkwy', 'park', 'mall', 'plaza', 'center', 'centre', 'square', 'circle', 'trail', 'terrace', 'bridge', 'river', 'creek', 'lake', 'bay', 'beach', 'airport', 'station', 'school', 'college', 'university', 'hospital', 'church', 'apartments', 'complex', 'area', 'region', 'valley', 'side', 'end', 'county', 'co', 'parish', 'district', 'state', 'department', 'office', 'club', 'bar', 'hotel', 'motel', 'inn', 'restaurant', 'store', 'market', 'woods', 'forest', 'mountains', 'mountain', 'island', 'islands', 'coast', 'hall', 'community', 'estates']);
/** Parts of a town and points of the compass: "in Southeast", "in Downtown". */
const NOT_TOWN_WORD = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|downtown|midtown|uptown|central|metro|greater|inner|suburban|rural|the)$/i;

/** "UTC", "NW": letters in capitals in the body are an initialism, not a town. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Whether words could be a town's name: one to three capitalised words, no street, compass point or
 * ordinary word, no state or country ("Missouri").
 */
function isTownName(name: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+(?:\.?\s\p{Lu}[\p{L}'’-]+){0,2}$/u.test(name)) return false;
  const words = name.split(/\s+/);
  if (NOT_TOWN_END.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))) return false;
  if (words.some((w) => NOT_TOWN_WORD.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(w.toLowerCase()))) return false;
  return !hinted(placeHints(`, ${name}`)) && !lookupCountry(name) && !countryOfDemonym(name);
}

/** A town's name the gazetteer has no city of (where it has one and declined it for the text, "Temple" needing its state, that stands). */
function isUnknownTown(name: string): boolean {
  return isTownName(name) && cityCandidates(name).length === 0;
}

/**
 * Whether one US state alone has a county of the name, and not `state` (postal code): "Pasco County" is
 * Florida's. Not a name many states' counties have ("Washington County" beside Washington, D.C.).
 */
function countyElsewhere(name: string, state: string): boolean {
  const states = statesWithCounty(name);
  return states.size === 1 && !states.has(state);
}

/** "Lewis" where the text has "Lewis County": the county's name, not a town's. */
function countyOf(name: string, body: string): boolean {
  return body.includes(`${name} County`) || body.includes(`${name} Parish`) || body.toUpperCase().includes(`${name.toUpperCase()} COUNTY`);
}
const JAIL = /\b(?:Jail|Detention\s+(?:Center|Centre|Facility)|Correctional\s+(?:Center|Facility|Institution)|Prison|Penitentiary)\b/;
/** A TV station's brand before its city: a network or a call sign and the channel ("FOX 5", "KPRC 2", "13 WTHR"). */
const STATION_BEFORE = /\b(?:(?:FOX|ABC|NBC|CBS|CW)\s?\d{1,2}|[KW][A-Z]{2,3}(?:-TV)?\s?\d{1,2}|\d{1,2}\s?[KW][A-Z]{2,3})(?:\s+News)?\s+$/;
/**
 * Navies' and merchant fleets' prefixes before a ship's name: Italy's ITS, France's FS, the Dutch HNLMS,
 * Turkey's TCG and the like, and the merchant MV, MT (a tanker) and MY (a yacht). Capitals only, so
 * "its" and "my" in prose are never one.
 */
const SHIP_PREFIX = /\b(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|HNLMS|HNoMS|HDMS|HSwMS|INS|ITS|FS|FGS|ESPS|SPS|NRP|TCG|KRI|BRP|ARA|BNS|RFS|ROKS|PNS|JS|MV|M\/V|MT|M\/T|MY|M\/Y|RV|R\/V)\)?\s+$/;

/**
 * A dateline gives where the story was filed, often the outlet's own city ("PORTLAND, Ore. (KOIN) — Police
 * say a Sandy man ..."); a headline naming another city of the same state, which the text names too, gives
 * the scene.
 */
function sceneOverDateline(dateline: PlaceMention, inHeadline: ReadonlyMap<string, LocatedPlace>, headline: string, body: string): PlaceMention | null {
  const filed = lookupPlace(dateline.name, body.slice(0, 2000));
  // A headline that names the dateline's city too ("Miami Gardens" holds "Miami") leaves it the scene.
  if (!filed?.admin1 || wordIn(dateline.name, headline)) return null;
  for (const [headlineName, headlineLocated] of inHeadline) {
    // "Man shot in Cypress" over "HOUSTON —": the dateline's state chooses among the places of the
    // name (Cypress, Texas, not the larger Cypress of California).
    const inState: City | null = headlineLocated.admin1 !== filed.admin1 && headlineLocated.country === 'US' && dateline.country === 'US' ? cityIn(headlineLocated.name, { countries: new Set(['US']), admin1: new Set([`US-${filed.admin1}`]) }, true) : null;
    const located: LocatedPlace = inState ? fromCity(inState) : headlineLocated;
    // Only a town of the dateline's area: "outside Jefferson High School" under "CEDAR RAPIDS —" is no Jefferson, Iowa.
    if (inState && (dateline.lat === null || dateline.lon === null || kilometres(inState.lat, inState.lon, dateline.lat, dateline.lon) > DATELINE_AREA_KM)) continue;
    const name = inState ? (inState.within ?? inState.name) : headlineName;
    if (located.country !== dateline.country || located.admin1 !== filed.admin1) continue;
    if (name.includes(dateline.name) || dateline.name.includes(name) || located.within === dateline.name) continue;
    const at = body.search(wordPattern(located.name));
    if (at < 0 || !presentedAsScene(located.name, `${headline}\n${body.slice(0, LEAD_CHARS)}`)) continue;
    return { name, country: located.country || null, lat: located.lat, lon: located.lon, text: located.name, start: at };
  }
  return null;
}

/**
 * A wire story is datelined where the reporter filed it; its lead names the scene when that is another
 * city of the country: "PORT SUDAN (Reuters) - A drone strike hit a mosque in El Fasher", "SANAA
 * (Reuters) - ... strikes on the port of Hodeidah". Only under an agency's dateline: a local paper's
 * or station's ("CHICAGO —", "PORTLAND, Ore. (KOIN) —") is its own city's story, and other towns in
 * its lead are where people come from.
 */
function sceneInWireLead(dateline: PlaceMention, body: string, entities: readonly Entity[], headline = ''): PlaceMention | null {
  const m = datelineAt(body);
  // Not a US dateline: an agency's local story there is datelined where it happened. A foreign
  // capital's dateline is a correspondent's filing place whatever outlet files ("ANKARA -- The death
  // toll from Sunday's earthquake in Malatya"), as an agency's is.
  if (m && dateline.country === 'US') return suburbInLead(dateline, body, m.index + m[0].length, headline);
  if (!m || !(datelineAgency(body) || lookupPlace(dateline.name)?.capital)) return null;
  const from = m.index + m[0].length;
  const end = LEAD_END.exec(body.slice(from, from + 400));
  const leadEnd = from + (end ? end.index : 400);
  let region: PlaceMention | null = null;
  for (const e of entities) {
    if (e.type !== 'location' || e.start < from || e.start >= leadEnd) continue;
    if (!WIRE_SCENE_BEFORE.test(body.slice(Math.max(0, e.start - 40), e.start))) continue;
    // The lead tells an event there ("a drone strike hit a mosque in"), not where someone lives or was held.
    const clause = body.slice(from, e.start);
    // An arrest story's lead tells its scene with "detained ... in" (arrest-scene.ts).
    const arrest = arrestIsTheScene(headline, clause);
    if (!arrest && (!WIRE_EVENT.test(clause) || NOT_THE_SCENE.test(body.slice(Math.max(from, e.start - 40), e.start)))) continue;
    // "KYIV (Reuters) - Drones struck a depot in Russian-occupied Crimea": a province of the dateline's
    // country is the scene, without a point, where the lead names no town of it the gazetteer knows.
    if (e.subtype === 'region' && e.country && e.country === dateline.country && !usStateNamed(e.text)) region ??= { name: e.canonical ?? e.text, country: e.country, lat: null, lon: null, text: e.text, start: e.start };
    if (e.subtype === 'country' || e.subtype === 'region' || !dateline.country) continue;
    const scene = cityOfDatelineCountry(e, dateline);
    if (scene) return scene;
    // A town the gazetteer lacks, written as a town ("in the coastal town of Mbour"), in the dateline's
    // country: the arrest's scene without a point, rather than the capital it was filed from.
    if (arrest && !e.country && namedAsTown(body.slice(Math.max(from, e.start - 40), e.start))) return { name: readable(e.text), country: dateline.country, lat: null, lon: null, text: e.text, start: e.start };
  }
  return region;
}

/** A city this large named "suburban" ("in suburban Phoenix") stands for its suburbs. */
const SUBURBAN_CITY = 250_000;
/**
 * The place a lead puts an incident at sea by (at-sea.ts): the island or town it was off, with the
 * gazetteer's point where it knows the name, or the sea; of no country unless the text says whose
 * waters (a disputed sea often lies between the states its reports come from).
 */
function seaPlace(body: string, from: number, to: number): PlaceMention | null {
  const scene = seaScene(body, from, to);
  if (!scene) return null;
  const name = readable(scene.text);
  // "off Socotra", "near Kharg Island": an island of a shipping lane the gazetteer's towns lack (sea-islands.ts)
  // is its country's, unless the text says other waters.
  const island = seaIsland(name);
  if (island) return { name: island.name, country: whoseWaters(body) ?? island.country, lat: island.lat, lon: island.lon, text: scene.text, start: scene.start };
  const located = lookupPlace(name, body);
  // "off the coast of Somalia": the country's coast is the scene, nearer than a wire's dateline abroad.
  if (located?.kind === 'country') return { name: located.name, country: whoseWaters(body) ?? located.country, lat: null, lon: null, text: scene.text, start: scene.start };
  if (located && located.kind !== 'city') return null;
  // "west of the Yemeni port of Mokha", "MOKHA, Yemen": the country the text gives the town (town-country-told.ts).
  const waters = whoseWaters(body);
  const told = waters ? null : countryToldOfTown(scene.text, body, body.slice(from, to));
  // A town of that name in another country is not the one the text means: the name without a point.
  if (told && located && located.country !== told) return { name, country: told, lat: null, lon: null, text: scene.text, start: scene.start };
  return { name: located?.name ?? name, country: waters ?? told, lat: located?.lat ?? null, lon: located?.lon ?? null, text: scene.text, start: scene.start };
}

/**
 * The site of an act of opening or closing a border the lead's first sentence tells (act-site.ts), or
 * of a government's act at its own border told under another country's dateline (own-border-act.ts), or null.
 */
function firstSentenceAct(body: string, filed: RegExpExecArray | null, dateline: PlaceMention | null): PlaceMention | null {
  const from = filed ? filed.index + filed[0].length : 0;
  const end = LEAD_END.exec(body.slice(from, from + 400));
  const lead = body.slice(from, from + (end ? end.index : 400));
  return siteOfAct(lead, from, dateline?.country ?? null) ?? (filed ? ownBorderAct(lead, from, dateline?.country ?? null) : null);
}

/** "in suburban Douglasville", "in Allen, a Dallas suburb", "in the Chicago suburb of Cicero": the suburb a lead names. */
const SUBURB = /\bin\s+suburban\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})|\bin\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),\s+an?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}suburb\b|\bin\s+the\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}suburb\s+of\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;

/**
 * Under a US city's dateline, a suburb the lead's first sentence names as the scene ("ATLANTA (AP) — Six
 * people were shot ... in suburban Douglasville"): the story happened there, in the dateline's state.
 * Only the words of a suburb: other towns in a local lead are where people come from.
 */
function suburbInLead(dateline: PlaceMention, body: string, from: number, headline = ''): PlaceMention | null {
  const end = LEAD_END.exec(body.slice(from, from + 400));
  const lead = body.slice(from, from + (end ? end.index : 400));
  const m = SUBURB.exec(lead);
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!m || !name) return wordIn(dateline.name, headline) ? null : townInLead(dateline, body, from, lead);
  const filed = lookupPlace(dateline.name, body.slice(0, 2000));
  const city = cityIn(name, { countries: new Set(['US']), admin1: new Set(filed?.admin1 ? [`US-${filed.admin1}`] : []) }, true);
  // "in suburban Phoenix" is Phoenix's suburbs, not Phoenix: a big city named so is no scene.
  if (!city || city.name === dateline.name || (m[1] && city.population >= SUBURBAN_CITY)) return null;
  const start = from + m.index + m[0].indexOf(name);
  return { name: city.within ?? city.name, country: city.country, lat: city.lat, lon: city.lon, text: name, start };
}

/** What a town a sentence sets the story's incident in adds to its score (an introduced town's is 3). */
const TOLD_BONUS = 5;

/**
 * Under a US station's or paper's dateline, a town of the dateline's state near it where the lead's
 * sentences say the story's incident happened ("NORFOLK, Va. (WVEC) -- ... The incident occurred shortly
 * before noon on a street in Hampton"): the dateline is the newsroom's city.
 */
function toldUnderDateline(dateline: PlaceMention, body: string, entities: readonly Entity[], excluded: (offset: number) => boolean): PlaceMention | null {
  const m = datelineAt(body);
  if (!m || dateline.country !== 'US' || dateline.lat === null || dateline.lon === null) return null;
  const from = m.index + m[0].length;
  const filed = lookupPlace(dateline.name, body.slice(0, 2000));
  if (!filed?.admin1) return null;
  for (const e of entities) {
    // The tagger may read a town as a firm ("Newport News", the shipyard's name too).
    if ((e.type !== 'location' && e.type !== 'organization') || e.start < from || e.start >= from + LEAD_CHARS || excluded(e.start) || !toldAsTheScene(body, e.start)) continue;
    const written = writtenName(e);
    const city = cityIn(written, { countries: new Set(['US']), admin1: new Set([`US-${filed.admin1}`]) }, true);
    if (!city || cityKey(city.within ?? city.name) === cityKey(dateline.name)) continue;
    if (kilometres(city.lat, city.lon, dateline.lat, dateline.lon) > DATELINE_AREA_KM) continue;
    return { name: city.within ?? city.name, country: city.country, lat: city.lat, lon: city.lon, text: e.text, start: e.start };
  }
  return null;
}

/** An incident and the town it happened in, in a lead's first sentence: "A man was shot in Cypress". */
const INCIDENT_IN = /\b(?:shot|killed|stabbed|wounded|injured|slain|murdered|shooting|gunfire|homicide|found\s+dead)\b[^.;:]{0,60}?\bin\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;
/** An incident and the town it happened in or near, anywhere in a sentence: "accidentally shot his baby sister in DeBary", "reported near Banning". */
const INCIDENT_AT_TOWN = /\b(?:shot|killed|stabbed|wounded|injured|slain|murdered|shooting|gunfire|homicide|found\s+dead)\b[^.;:!?]{0,60}?\b(?:in|near|outside)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/gu;

/**
 * Where no place was found, a town the gazetteer knows that the lead's first sentences set as the
 * incident's scene ("a boy, 4, accidentally shot his baby sister in DeBary on Thursday"): the tagger missed
 * the name, as it does with names of odd case or ordinary words. Not where someone was taken or lives.
 */
function incidentTown(body: string, excluded: (offset: number) => boolean): PlaceMention | null {
  const lead = body.slice(0, LEAD_CHARS / 2);
  for (const m of lead.matchAll(INCIDENT_AT_TOWN)) {
    if (NOT_WHERE_IT_HAPPENED.test(m[0])) continue;
    const words = m[1]!.split(/\s+/);
    while (words.length > 1 && WEEKDAYS_AND_MONTHS.has(words[words.length - 1]!.toLowerCase())) words.pop();
    const written = words.join(' ');
    const start = m.index + m[0].length - m[1]!.length;
    // A state or a country ("shot in Nevada") is no town of its name.
    if (excluded(start) || !isTownName(readable(written))) continue;
    const located = lookupPlace(readable(written), body);
    if (located?.kind !== 'city') continue;
    return { name: sceneName(located.name, located), country: located.country || null, lat: located.lat, lon: located.lon, text: written, start };
  }
  return null;
}

/** The end of a sentence, not of "a.m." or an initial. */
const FIRST_SENTENCE_END = /(?<!\b(?:\p{L}|[ap]\.m|Jr|Sr|St|Mr|Mrs|Ms|Dr|Lt|Sgt|Det|Ofc|No))[.!?](?=\s)/u;
/** Words between the incident and the town that make the town another act's: "was arrested in Pine Hills on Friday night". */
const NOT_WHERE_IT_HAPPENED = /\b(?:arrested|caught|captured|taken|transported|booked|jailed|held|lives?|lived|living|from|surrendered|died)\b/;
/** A town this close to the dateline's city is its area, which a local outlet files under the city's name. */
const DATELINE_AREA_KM = 80;
/**
 * A town the lead's first sentence sets the incident in, in the dateline's state, may lie this far from
 * the dateline's city: a station's market ("SAN ANTONIO – A girl was shot ... in Kerrville", 100 km off).
 */
const LEAD_TOWN_KM = 200;

/**
 * Under a US city's dateline, a town of the dateline's state near it where the lead's first sentence
 * says the incident happened ("HOUSTON — A man was shot in Cypress on Saturday"): the dateline's state
 * chooses among the places of the name (Cypress, Texas, not California's). Not a town elsewhere: a
 * local lead names other towns as where people come from; and not under a headline that names the
 * dateline's city ("Portland police: Sandy man shot wife"), as for the headline's towns.
 */
function townInLead(dateline: PlaceMention, body: string, from: number, lead: string): PlaceMention | null {
  // The first sentence alone ("... shot in separate incidents.\n\n23-year-old ..." is two).
  const m = INCIDENT_IN.exec(lead.split(FIRST_SENTENCE_END)[0]!);
  if (!m || NOT_WHERE_IT_HAPPENED.test(m[0]) || dateline.lat === null || dateline.lon === null) return null;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && WEEKDAYS_AND_MONTHS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const written = words.join(' ');
  const name = readable(written);
  const filed = lookupPlace(dateline.name, body.slice(0, 2000));
  if (!filed?.admin1 || WEEKDAYS_AND_MONTHS.has(name.toLowerCase())) return null;
  const city = cityIn(name, { countries: new Set(['US']), admin1: new Set([`US-${filed.admin1}`]) }, true);
  if (!city || (city.within ?? city.name) === dateline.name || city.name === dateline.name) return null;
  if (kilometres(city.lat, city.lon, dateline.lat, dateline.lon) > LEAD_TOWN_KM) return null;
  return { name: city.within ?? city.name, country: city.country, lat: city.lat, lon: city.lon, text: written, start: from + m.index + m[0].length - m[1]!.length };
}

/**
 * A place the text names as a city of the dateline's country, other than the dateline's city. The
 * dateline's country picks among places of the name (Hyderabad in Pakistan under "KARACHI"), and the
 * name is kept as the text writes it where it is the gazetteer's without accents ("Jalalabad").
 */
function cityOfDatelineCountry(e: Entity, dateline: PlaceMention): PlaceMention | null {
  if (!dateline.country) return null;
  const written = writtenName(e);
  const city = cityIn(written, { countries: new Set([dateline.country]), admin1: new Set() });
  const name = city ? (city.within ?? (cityKey(city.name) === cityKey(written) ? written : city.name)) : null;
  if (!city || !name || name === dateline.name) return null;
  return { name, country: city.country, lat: city.lat, lon: city.lon, text: e.text, start: e.start };
}

/** How far into the text, after the dateline, a quake's position may be given. */
const EPICENTRE_CHARS = 900;
/** A quake, an eruption or a tsunami, as a lead tells it. */
const QUAKE = /\b(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?|eruptions?|erupted|tsunamis?)\b/i;
/**
 * Where a quake's position is given by a town: "38 kilometres (24 miles) southwest of the coastal town
 * of Camana", "10 km north of Antakya", "its epicentre was near Pisco", "centred near Malatya".
 */
const EPICENTRE_BEFORE = /(?:\b\d+(?:[.,]\d+)?\s*(?:kilomet(?:re|er)s?|km|miles|mi)\b\s*(?:\([^)]{1,30}\)\s*)?(?:(?:north|south|east|west)(?:-?(?:east|west))?|N|S|E|W|NE|NW|SE|SW)\s+of|\bepicent(?:re|er)\b[^.;]{0,60}?\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|in|at|under|close\s+to)|\bcent(?:red|ered)\s+(?:near|in|at|under))\s+(?:the\s+)?(?:(?:coastal|mountain|highland|southern|northern|eastern|western|central|remote|small|provincial)\s+)*(?:(?:town|city|village|port|provincial\s+capital|capital)\s+of\s+)?$/i;

/** A storm, as a lead tells it. */
const STORM = /\b(?:cyclones?|hurricanes?|typhoons?|tropical\s+storms?|storms?)\b/i;
/** Where a storm came ashore: "made landfall near Pasni", "crossed the Balochistan coast near", "came ashore between the towns of". */
const LANDFALL_BEFORE = /\b(?:landfall|came\s+ashore|crossed\s+the\s+(?:[\p{L}-]+\s+){0,2}coast|hit\s+land)\b[^.;]{0,60}?\b(?:near|at|in|over|between)\s+(?:the\s+)?(?:(?:port\s+|coastal\s+|fishing\s+)?(?:towns?|city|village)\s+of\s+)?$/iu;
/** A crash of a train, a plane, a bus or a boat. */
const CRASH = /\b(?:derail\w*|crash\w*|collided|collision|overturned|capsized|sank|plunged)\b/i;
const CARRIER = /\b(?:trains?|planes?|aircraft|airliners?|jets?|helicopters?|buses|bus|coach|ferry|ferries|boats?|ships?|vessels?)\b/i;
/** Where it crashed: "derailed near Pombal", "left the tracks ... near the village of X in the municipality of Pombal". */
const CRASH_BEFORE = /\b(?:derail\w*|left\s+the\s+(?:tracks|rails)|crashed|collided|overturned|capsized|sank|plunged)\b(?:[^.;]|\b[ap]\.m\.){0,120}?\b(?:near|outside|in\s+the\s+municipality\s+of|in\s+the\s+district\s+of)\s+(?:the\s+)?(?:(?:town|city|village|municipality)\s+of\s+)?$/i;

/**
 * A quake reported from the capital: "LIMA, Peru (Reuters) -- A powerful earthquake struck southern
 * Peru ... The quake hit about 38 kilometres southwest of the coastal town of Camana". The dateline is
 * where the reporter filed; the town the quake's position is given by, a city of the dateline's
 * country named in the opening sentences, is the scene.
 */
function epicentreNear(dateline: PlaceMention, body: string, entities: readonly Entity[]): PlaceMention | null {
  const m = datelineAt(body);
  if (!m || !dateline.country) return null;
  const from = m.index + m[0].length;
  const lead = body.slice(from, from + 300);
  // The same for a storm's landfall ("made landfall near Pasni") and a train's, a plane's or a boat's
  // crash ("left the tracks ... near the village of X in the municipality of Pombal").
  const before = QUAKE.test(lead) ? EPICENTRE_BEFORE : STORM.test(lead) ? LANDFALL_BEFORE : CRASH.test(lead) && CARRIER.test(lead) ? CRASH_BEFORE : null;
  if (!before) return null;
  for (const e of entities) {
    if (e.type !== 'location' || e.start < from || e.start >= from + EPICENTRE_CHARS || e.subtype === 'country' || e.subtype === 'region') continue;
    if (!before.test(body.slice(Math.max(0, e.start - 160), e.start))) continue;
    const scene = cityOfDatelineCountry(e, dateline);
    if (scene) return scene;
  }
  return null;
}

/**
 * A launch that the lead gives to another country than the dateline's ("SEOUL -- North Korea fired
 * three cruise missiles into the Yellow Sea from the Pyongyang area"): the scene is where it was
 * fired from, a town of that country the opening sentences name after "from" ("from the Sunan area in
 * Pyongyang", "from near Pyongyang"), else the country. Not a strike on the dateline's country ("KYIV --
 * Russia launched drones at Kyiv"): there the target is the scene, and the lead names it after "at" or "on".
 */
function launchAbroad(dateline: PlaceMention, body: string, entities: readonly Entity[]): PlaceMention | null {
  const m = datelineAt(body);
  if (!m || !dateline.country) return null;
  const from = m.index + m[0].length;
  const end = LEAD_END.exec(body.slice(from, from + 400));
  const lead = body.slice(from, from + (end ? end.index : 400));
  const active = LAUNCH.exec(lead);
  // "A North Korean ICBM fired on Tuesday flew ...", "The missile, launched from ...": the passive lead
  // of a bureau abroad (passive-launch.ts), whose country may go unnamed and is then the site's.
  const passive = active ? null : passiveLaunch(lead);
  const launch = active ? { index: active.index, end: active.index + active[0].length, text: active[1]!, country: lookupCountry(active[1]!) } : passive ? { index: passive.start, end: passive.end, text: passive.word, country: passive.country ? lookupCountryOrCode(passive.country) : null } : null;
  if (!launch || AT_TARGET.test(lead.slice(launch.index))) return null;
  const subject = launch.country;
  if (active && !subject) return null;
  if (subject && subject.country === dateline.country) return null;
  // Where it was fired from: in the lead or the two sentences after it.
  const reach = from + Math.min(LEAD_CHARS, lead.length + 500);
  for (const e of entities) {
    if (e.type !== 'location' || e.start < from || e.start >= reach || e.subtype === 'country') continue;
    // "from the Sunan area in Pyongyang": the town, not its district.
    if (!LAUNCHED_FROM.test(body.slice(Math.max(from, e.start - 40), e.start)) || townAfterArea(body.slice(e.end, e.end + 60), body)) continue;
    // "fired two missiles from Wonsan ..., five days after it launched an ICBM from Pyongyang": a site
    // in a clause about an earlier launch is that launch's.
    if (EARLIER_CLAUSE.test(body.slice(from + launch.end, e.start))) continue;
    const written = writtenName(e);
    if (!subject) {
      // No country named: a site abroad, as the gazetteer reads it in this text, is the scene.
      const site = lookupPlace(written, body);
      if (site?.kind === 'city' && site.country && site.country !== dateline.country) return { name: written, country: site.country, lat: site.lat, lon: site.lon, text: e.text, start: e.start };
      continue;
    }
    const city = cityIn(written, { countries: new Set([subject.country]), admin1: new Set() });
    if (city) return { name: city.within ?? (cityKey(city.name) === cityKey(written) ? written : city.name), country: city.country, lat: city.lat, lon: city.lon, text: e.text, start: e.start };
  }
  if (!subject) return null;
  const country = lookupPlace(subject.name);
  return country ? { name: subject.name, country: subject.country, lat: country.lat, lon: country.lon, text: launch.text, start: from + launch.index } : null;
}

/**
 * A clause about an earlier act: "five days after it launched", "since it fired", "following Tuesday's
 * launch". The act must follow within a few words: "shortly after dawn on Thursday from Wonsan" is the
 * launch's own time, and its site stays the scene.
 */
const EARLIER_CLAUSE = /\b(?:after|since|before|following)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:launch|fir(?:e|ed|es|ing)\b|test|shot\b|shoot)/iu;

/**
 * Whether the words after a launch site name a town it is an area of ("Sunan area of Pyongyang"), which
 * is then the place; an area of a province ("the Wonsan area of Kangwon Province") is the site's town.
 */
function townAfterArea(after: string, body: string): boolean {
  const m = /^\s+(?:area|district)\s+(?:in|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(after);
  if (!m) return false;
  if (/\s(?:Province|Region|County|State|Prefecture)$/.test(m[1]!)) return false;
  return lookupPlace(m[1]!, body)?.kind === 'city';
}

/** A country that fired or launched a missile, a rocket or a satellite, at the opening of the lead. */
const LAUNCH = /^(?:The\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+(?:has\s+|had\s+|on\s+\p{Lu}\w+\s+)?(?:fired|launched|test-fired|test-launched)\s+(?:[\p{L}\d,-]+\s+){0,4}?(?:ballistic\s+|cruise\s+|hypersonic\s+)?(?:missiles?|rockets?|projectiles?|satellites?|ICBMs?|SLBMs?)\b/u;
/**
 * A launch at a target ("at Kyiv", "toward Israel", "on Ukrainian cities"): the target is the scene. A
 * sea is none, named or not ("toward the East Sea", "into the Sea of Japan").
 */
const AT_TARGET = /\b(?:at|on|toward|towards|against|targeting)\s+(?!(?:the\s+)?(?:sea|waters|ocean)\b|(?:the\s+)?(?:\p{Lu}\p{L}+\s+){1,2}(?:Sea|Ocean|Gulf|Strait)\b|(?:the\s+)?Sea\s+of\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:the\s+)?\p{Lu}/u;
/** Just before a launch site: "from the", "from near", "from the Sunan area in", "from Pyongyang's". */
const LAUNCHED_FROM = /\bfrom\s+(?:near\s+|around\s+)?(?:the\s+)?(?:[\p{L}-]+\s+(?:area|district|region|county|province)\s+(?:in|of|near)\s+(?:the\s+)?)?$/u;

/** A scene given as a country's capital: "in the Qatari capital", "near the Austrian capital". */
const DEMONYM_CAPITAL = /\b(?:in|near|outside)\s+the\s+(\p{Lu}[\p{L}-]+)\s+capital\b/gu;
/**
 * Words before a capital that make it its government or a destination: "sanctions on Moscow", "a trip
 * to Washington", "would work with Washington and Tokyo".
 */
const GOVERNMENT_BEFORE = /\b(?:sanctions?\s+(?:on|against)|pressure\s+on|(?:(?:work|cooperate|coordinate|consult)(?:s|d|ed|ing)?\s+(?:closely\s+)?with(?:\s+[A-Z][a-z]+,?\s+and)?)|ties\s+(?:with|to)|relations\s+with|talks\s+with|trip\s+to|visit\s+to|travel\s+to|fly\s+to|flew\s+to|return\s+to|backed\s+by|accused|blamed|urged|warned)\s+$/i;

/** What follows a capital when it stands for the government: its people and its stance ("Moscow's concerns"), or a verb of one ("Copenhagen respected the result"). */
const GOVERNMENT_AFTER = /^(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:envoy|envoys|ambassador|embassy|diplomats?|delegation|negotiators?|foreign\s+(?:minister|ministry|policy)|government|position|response|policy|campaign|allies|stance|demands?|proposal|sanctions|decision|concerns?|interests|objections?|ambitions|claims?|views?|reaction)|\s+(?:respected|respects|welcomed|welcomes|condemned|condemns|warned|warns|urged|urges|rejected|rejects|denied|denies|insisted|insists|demanded|demands|protested|protests|objected|objects|recognised|recognized|recognises|recognizes|accused|accuses|blamed|blames|retaliated|responded|reacted|vowed|vows|hailed|hails))\b/iu;

/** A place's market after its possessive: "Manila's composite index", "Tokyo's benchmark Nikkei index", "London's stock exchange". */
const MARKET_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:composite|benchmark|main|blue-chip|share|stock)\s+index|index\s+of\s+(?:leading\s+)?shares|stock\s+(?:exchange|market)|bourse|equity\s+market)\b/iu;

/** Whether a capital's mention stands for its government or is where someone is going, not the scene. */
function governmentOrDestination(e: Entity, body: string): boolean {
  // The government's own people and acts ("Washington's Middle East envoy", "Moscow's embassy"); not
  // the city's ("Kyiv's military administration said", "Moscow's mayor", "in Washington's Navy Yard").
  const possessive = GOVERNMENT_AFTER.test(body.slice(e.end, e.end + 40)) && !/\b(?:in|near|outside|at|from)\s+$/i.test(body.slice(Math.max(0, e.start - 10), e.start));
  if (!possessive && !GOVERNMENT_BEFORE.test(body.slice(Math.max(0, e.start - 30), e.start))) return false;
  // A capital by its name (lookupCity knows only capitals): "the United States ... Moscow's concerns" is no stance of Moscow, Idaho.
  const name = readable(e.canonical ?? e.text);
  return lookupCity(name) !== null || lookupPlace(name, body)?.capital === true;
}

/** An event a wire lead tells before naming its scene: unrest too ("fired on crowds protesting ... in the southern city of"), not only attacks and disasters. */
const WIRE_EVENT = /\b(?:strikes?|struck|hit|(?:cyber)?attack(?:s|ed)?|hack(?:s|ed|ing)?|intrusion|breach|bomb(?:s|ed|ing)?|blast|explosion|exploded|shell(?:ed|ing)|raid(?:s|ed)?|kill(?:ed|ing|s)?|clashes|fighting|fire|floods?|flooding|quake|earthquake|landslide|storm|cyclone|typhoon|hurricane|crash(?:ed)?|shooting|stampede|collapse[sd]?|protests?|rall(?:y|ies)|fired|opened\s+fire|protest(?:ing|ers)|demonstrat(?:ed|ing|ors|ions?)|marched|marchers|riots?|rioting|loot(?:ed|ing)|clash(?:ed)?|tear\s+gas)\b/i;
/** Words before a city that make it a home, an origin or a base, not the scene. */
const NOT_THE_SCENE = /\b(?:lived|lives|living|born|based|headquartered|arrested|detained|held|jailed|raised|grew up|moved|studied|educated|resident)\b[^.,;]*$/i;

/** The end of a lead sentence. */
const LEAD_END = /(?<!\b\p{Lu})[.!?](?=\s+[\p{Lu}"“]|\s*$)/u;
/** Words that set a city as the scene in a wire lead ("in El Fasher", "on the port of Hodeidah", "near Jalalabad"), not a telling ("said in Kyiv"). */
const WIRE_SCENE_BEFORE = /(?<!\b(?:said|told|announced|reported|statement|speaking)\s(?:\w+\s){0,3})\b(?:in|near|outside|on|hit|struck|at)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|besieged|coastal|border|port|city|town|village|capital|[a-z]+-(?:occupied|held|controlled|annexed))\s+)*(?:(?:city|town|port|village)\s+of\s+)?$/i;

/** "in Kent", "near Sandy", "a Sandy man", "Kent police": the words that make a place the scene. */
function presentedAsScene(name: string, text: string): boolean {
  const n = writtenAnyWay(name);
  // "in Dallas suburbs", "in Atlanta's northern suburbs": around the city, not in it.
  return new RegExp(`\\b(?:in|near|outside)\\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown)?\\s*${n}\\b(?!(?:['’]s)?\\s+(?:[a-z]+\\s+)?(?:suburbs?|area)\\b)|\\b${n}(?:['’]s)?\\s+(?:man|woman|teen|teenager|boy|girl|couple|family|resident|police|officers?|home|house|apartment|shooting|homicide)\\b`, 'i').test(text);
}

function wordPattern(name: string): RegExp {
  return new RegExp(`\\b${writtenAnyWay(name)}\\b`, 'i');
}

/**
 * A town's name as a pattern that matches it however a text shortens "Saint": the gazetteer's "Saint
 * Paul" is the text's "St. Paul" ("MINNEAPOLIS (WCCO) -- ... the St. Paul police"), and the other way.
 */
function writtenAnyWay(name: string): string {
  return escapeRegExp(name).replace(/^(?:Saint|St\\?\.?)\s+/, String.raw`(?:Saint|St\.?)\s+`);
}

function wordIn(name: string, text: string): boolean {
  return wordPattern(name).test(text);
}

/** A city the headline names; `sure` where it names the city's police and the body never names it. */
type HeadlinePlace = LocatedPlace & { sure?: boolean };

/** Where a city is named: an entity of the body, or the headline's name (start -1 when the body lacks it). */
type Mention = Pick<Entity, 'text' | 'start' | 'country'>;

/**
 * Cities the headline names, by their gazetteer name. A site's name after " - " or " | " is cut off
 * ("... - KQRT Eyewitness 8 - Memphis"). In a headline in title case every word is capitalised, so a name
 * there counts only when the body writes it too ("Four Shot Outside Marion Nightclub"); so does the
 * first word of any headline.
 */
function headlineCities(headline: string, body: string, entities: readonly Entity[], introducedOnly = false): Map<string, HeadlinePlace> {
  const found = new Map<string, HeadlinePlace>();
  const text = headline.split(/\s+[-|–—:]\s+/)[0] ?? '';
  const words = text.match(/\p{L}[\p{L}.'’-]*/gu) ?? [];
  if (words.length === 0) return found;
  // A quote may open the headline ("‘War was not good ...'"): its first word is still the headline's first.
  const startsHeadline = text.trimStart().replace(/^['‘"“]+/, '').startsWith(words[0]!);
  // "Deputies: Man shoots himself ...", "UPDATE: Man dead ...": the word after a leading label and its
  // colon opens a sentence too, capitalised whatever it is (Man, West Virginia).
  const label = /^\s*([^:]{1,30}):\s+\p{L}/u.exec(text);
  const afterLabel = label ? (label[1]!.match(/\p{L}[\p{L}.'’-]*/gu) ?? []).length : -1;
  const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
  const titleCase = words.filter(capitalised).length >= words.length * 0.7;
  let headlineCounts: NameCounts | undefined;
  // Words of a longer town's name found first: "Calumet" of "Calumet City" is no town of its own.
  const taken = new Set<number>();
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const gram = words.slice(i, i + n);
      if (!gram.every(capitalised)) continue;
      if (gram.some((_, k) => taken.has(i + k))) continue;
      // "... by Jessica Tappersby" closing a headline: a byline's surname, not a town (Tappersby, New York);
      // not "shot by Columbus police".
      if (n === 1 && i + n === words.length && words[i - 2] === 'by' && capitalised(words[i - 1]!)) continue;
      // "Christmas night shooting": a feast or a month is no town (Christmas, Florida).
      if (n === 1 && (FAITHS_AND_FEASTS.has(gram[0]!.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(gram[0]!.toLowerCase()))) continue;
      // "Christmas Day shooting", "MLK Day": a capitalised word and "Day" name a holiday, not Day, Florida.
      if (n === 1 && gram[0] === 'Day' && i > 0 && capitalised(words[i - 1]!)) continue;
      // "North Carolina man": a word of a state's or a country's name is no town of its own ("Carolina",
      // Puerto Rico).
      if ([i > 0 ? words.slice(i - 1, i + n) : [], words.slice(i, i + n + 1)].some((g) => g.length > n && (usStateNamed(g.join(' ')) || countryOfWord(g.join(' '))))) continue;
      // "West Texas sheriff's officials", "Northern California fires": a compass word before a state or a
      // country names a part of it, not a town of its own; "West, Texas" is the town.
      if (n === 1 && COMPASS_WORD.test(gram[0]!) && i + 1 < words.length && [words[i + 1]!, words.slice(i + 1, i + 3).join(' ')].some((w) => (usStateNamed(w) || countryOfWord(w)) && new RegExp(`\\b${gram[0]!}\\s+${escapeRegExp(w)}`).test(text))) continue;
      // "Amber Alert", "Silver Alert": an alert's name is no town (Amber, Washington).
      if (n === 1 && ALERT_AFTER.test(` ${words[i + 1] ?? ''}`)) continue;
      if (n === 1 && PORTFOLIO_WORD.test(gram[0]!) && DEPARTMENT_WORD.test(words[i + 1] ?? '')) continue;
      // "Wildfire forces evacuations in Washington state": the state, not its namesake capital or town.
      if (/^state$/i.test(words[i + n] ?? '') && usStateNamed(gram.join(' '))) continue;
      // "Harris County", "Marshall Co.", "St. Mary Parish": a county's name, not the town of that name
      // (Harris, Minnesota, for a shooting near Houston); "Lufkin, County Deputies Say" is still Lufkin.
      // "County Tyrone", "County Durham": the Irish and English order names a county, not Tyrone, Georgia.
      if (i > 0 && words[i - 1] === 'County') continue;
      if (COUNTY_WORD.test(words[i + n] ?? '') && new RegExp(`${gram.map(escapeRegExp).join('\\s+')}\\s+${escapeRegExp(words[i + n]!)}`).test(text)) continue;
      // "NE Harris shooting" over a text of "gunfire in northeast Harris County": a part of the county
      // the text names, not Harris, Minnesota.
      if (i > 0 && HEADLINE_COMPASS.test(words[i - 1]!) && countyOf(gram.join(' '), body)) continue;
      // "Midtown Memphis", "Downtown Dallas": a part of the town that follows, not a town of its own name
      // (Midtown, Tennessee); "East Cleveland" and "North Las Vegas", towns in their own right, are
      // found whole first.
      if (n === 1 && PART_OF_TOWN_WORD.test(gram[0]!) && capitalised(words[i + 1] ?? '') && lookupPlace(readable(words[i + 1]!), body)?.kind === 'city') continue;
      // "Boy wounded in Bedford Dwellings": a housing development, not Bedford (not-a-town.ts). Not in
      // title case, which capitalises any word ("Shooting At Memphis Apartments").
      if (!titleCase && HOUSING_WORD.test(words[i + n] ?? '')) continue;
      // "quadruple murder at Fairmont Terrace", "a dorm room in Goodnow Hall": a site's kind closing a
      // longer name is no town of its own (Terrace, British Columbia).
      if (n === 1 && i > 0 && capitalised(words[i - 1]!) && !FUNCTION_WORDS.has(words[i - 1]!.toLowerCase()) && i - 1 !== afterLabel - 1 && SITE_WORD.test(gram[0]!)) continue;
      // "UN Security Council statement", "Human Rights Council": a body's kind closing its name is no town
      // (Council, Idaho), whatever word stands before it.
      if (n === 1 && i > 0 && capitalised(words[i - 1]!) && BODY_KIND_WORD.test(gram[0]!)) continue;
      // "a split Council": alone, too, unless the text names the state of a town so called (body-kind-word.ts).
      if (n === 1 && bodyKindNoTown(gram[0]!, `${text}\n${body}`)) continue;
      // "EU fines three banks", "UN extends mission": a body's initials in capitals, in a headline not
      // written in capitals, are no town (Eu, France; Un, India).
      if (n === 1 && ACRONYM.test(gram[0]!.replace(/['’]s$/, '')) && words.some((w) => /\p{Ll}/u.test(w))) continue;
      const name = readable(gram.join(' ').replace(/['’]s$/, ''));
      // "Swiss parliament hacked": a people's adjective names its country, not a town (Swiss, West Virginia).
      if (n === 1 && countryOfDemonym(name)) continue;
      // Only a city is kept below, and lookupPlace answers a city only for a name the gazetteer has
      // among its cities: any other gram ("Man", "Shot In") is skipped before the body is searched for it.
      if (!mayBeCity(name)) continue;
      // "Pyongyang says Sunday launch tested new missile": a capital that speaks is its government, not
      // the scene (the launch site the text names is).
      if (CAPITAL_SPEAKS.test(words[i + n] ?? '') && lookupPlace(name, body)?.capital === true) continue;
      // The first word of a headline is capitalised whatever it is ("Mobile home fire ..."); not one
      // after a figure ("2 Blytheville teens charged"). In title case a name the body lacks (a page that
      // lost its story) still counts where the headline introduces it as the scene ("Arrest Made in
      // Manassas Triple Shooting") and it is no ordinary word, and so does a town whose police the
      // headline quotes ("Tulsa Police: 1 dead").
      const opening = (i === 0 && startsHeadline) || i === afterLabel;
      // "Deputy critically wounded in ambush": a rank opening the headline is its subject, not a town
      // (Deputy, Indiana), though the body writes "Sheriff's Deputy" capitalised.
      if (n === 1 && opening && TITLE_WORDS.has(gram[0]!.toLowerCase())) continue;
      const force = FORCE_AFTER.test(words[i + n] ?? '');
      // "Charged in Fatal Houston Shooting", "Minneapolis Shooting Victims": a town that names the
      // incident is its scene, where the page lost its story's text.
      const namesIncident = titleCase && !opening && INCIDENT_WORD.test(words[i + n] ?? '');
      const mustBeInBody = (titleCase || opening) && !force && !namesIncident;
      const inBody = writtenAsName(name, body, opening);
      if (introducedOnly ? inBody || !titleCase || opening || !introducedAt(text, gram) : mustBeInBody && !inBody) continue;
      // "Lohan enters the Betty Ford Center": a word the body writes only inside a person's or
      // a building's name is no town.
      if (onlyInsideNames(name, body, entities)) continue;
      // "Family of four shot dead in New York home" over a body that writes "their home in upstate
      // New York" and "New York State Police": the state, not the city of its name.
      if (onlyAsState(name, body)) continue;
      // "Teen wounded near Oak Hill Eleme..." over a body that writes only "Oak Hill
      // Elementary School": a school's name, not the town (Oak Hill, Alabama; not-a-town.ts). Its words
      // are no towns of their own either ("Oak").
      if (onlyInSchoolNames(name, body)) {
        for (let k = 0; k < n; k++) taken.add(i + k);
        continue;
      }
      // "Obama reverses Bush late-term science rules", "Red Sox ready to spend big on Teixeira": a person's surname
      // the body calls a person at least as often as a place.
      const counts = (headlineCounts ??= countNames(entities));
      // Not a name the headline writes with its state ("son shot in Clinton, Md." over a body whose
      // "Angelique Chasworth of Clinton" the tagger read as a person): no person is written so.
      if (counts.personOrSurname(name) > 0 && counts.personOrSurname(name) >= counts.place(name) && !withStateInHeadline(text, gram)) continue;
      // "Girl, 15, wounded in the arm in Mosby Court": a street or a housing project named after a town, which
      // the headline writes with its kind, is no town (Mosby, Missouri).
      if (STREET_OR_HOUSING_AFTER.test(words[i + n] ?? '')) continue;
      // "Fire destroys warehouse on River Road": a road or building the body names is no town. Not where
      // the body also names it as a town ("in south suburban Calumet City" read as a facility, beside
      // "Calumet City Police Chief").
      // A dateline in capitals names it as a town too ("LAKE BUTLER, Fla." beside "headquarters in Lake Butler").
      // Its words are then no towns of their own ("Lake" of "Lake Worth", read as a facility, is no Lake,
      // West Virginia).
      if (entities.some((e) => e.subtype === 'facility' && e.text === name) && !entities.some((e) => e.subtype === 'city' && readable(e.text) === name)) {
        for (let k = 0; k < n; k++) taken.add(i + k);
        continue;
      }
      const located = lookupPlace(name, `${text} ${body.slice(0, 2000)}`);
      // "Washington, Brussels target RSF commanders", "Beijing hits back at tariffs": a national capital
      // the body never names, which the headline does not set as the scene ("in Brussels"), stands for
      // its government.
      // The name's end is no word's end where it ends in a dot ("In D.C., weekend shootings wound 4").
      if ((located?.capital || lookupCity(name) !== null) && !inBody && !new RegExp(`\\b(?:in|near|outside|at)\\s+${gram.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\d])`, 'iu').test(text)) continue;
      // A town whose police the headline quotes and the body never names: the body is another story's.
      // (Not a town it only introduces, "Arrest Made In Manassas Shooting": the body's own town outranks it.)
      const sure = !inBody && force;
      if (located?.kind === 'city' && !found.has(sceneName(located.name, located))) found.set(sceneName(located.name, located), sure ? { ...located, sure } : located);
      if (located?.kind === 'city' && n > 1) for (let k = 0; k < n; k++) taken.add(i + k);
    }
  }
  return found;
}

/**
 * Whether a title-case headline introduces these words as the scene: "in", "near" or "outside" right
 * before them (not "at": "Shot At Macy's", "At Hampton Inn"), and after them the incident within two
 * words or the headline's end ("In Manassas Quadruple Shooting"; not "Outside Jackson Home", "In Taylor
 * Swift Stalking Case", a possessive "Outside Paris Hilton's Home").
 */
function introducedAt(text: string, gram: readonly string[]): boolean {
  // "Two Found Shot West of Bozeman": a point of the compass from a town sets the scene by it, as "near" does.
  return new RegExp(`\\b(?:[Ii]n|[Nn]ear|[Oo]utside|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:east|west)?\\s+of)\\s+${gram.map(escapeRegExp).join('\\s+')}(?:\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}?${HEADLINE_INCIDENT}|\\s*[,.;:!?]|\\s*$)`, 'u').test(text);
}

/** A verb of speech after a capital in a headline: the government speaking ("Pyongyang says", "Moscow warns"). */
const CAPITAL_SPEAKS = /^(?:says|said|warns|warned|vows|vowed|claims|claimed|denies|denied|insists|accuses|rejects|confirms|announces)$/;

/** A council's or assembly's kind that closes its name ("Security Council", "General Assembly"). */
const BODY_KIND_WORD = /^(?:Council|Assembly|Commission|Committee)$/;

/** A site's kind that closes its name ("Fairmont Terrace", "Goodnow Hall", "the Lake Charleston Community"). */
const SITE_WORD = /^(?:Terrace|Hall|Community|Estates|Manor|Commons|Gardens|Village|Heights|Park|Plaza|Square|Center|Centre)$/;

/** A street's or a housing project's kind after a name in a headline ("Mosby Court", "Elm Street"). */
const STREET_OR_HOUSING_AFTER = /^(?:Court|Ct\.?|Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Lane|Boulevard|Blvd\.?|Apartments|Homes|Terrace|Plaza|Mall)$/;

/** A town's force after its name in a headline ("Tulsa Police: 1 dead", "Dallas PD"). */
const FORCE_AFTER = /^(?:Police|PD|Sheriff|Sheriff['’]s|Deputies|Officers?)$/;

/** What a title-case headline calls the incident after its scene. */
const HEADLINE_INCIDENT = String.raw`(?:Shootings?|Stabbings?|Killings?|Slayings?|Homicides?|Murders?|Crash|Standoff|Gunfire|Shootout|Rampage|Massacre|Attack)\b`;

const INCIDENT_WORD = new RegExp(`^${HEADLINE_INCIDENT}$`);

/** What follows a town the headline presents as the scene: its people, its force, its shooting. */
const HEADLINE_SCENE = /^(?:area\s+)?(?:man|woman|men|women|teen|teens|teenager|boy|girl|resident|residents|police|PD|officers?|shooting|stabbing|\d{1,2}-year-old)\b/i;
/** Peoples whose names are also towns' ("Cherokee man charged"): a people, not a scene. */
const PEOPLES = new Set(['cherokee', 'seminole', 'shawnee', 'comanche', 'choctaw', 'chickasaw', 'creek', 'apache', 'navajo', 'cheyenne', 'sioux', 'lakota', 'osage', 'pawnee', 'kiowa', 'crow', 'mohawk', 'oneida', 'seneca', 'hopi', 'ute', 'amish']);

/**
 * The town a headline opens with when it presents it as the scene ("Alturas shooting victims
 * identified", "Lynchburg man charged") and the body does not name it. Not a state, country or
 * people ("Florida man", "Canadian man", "Cherokee man"): a person's home, not a town. Only asked
 * when the body names no city at all.
 */
function openingTown(headline: string, body: string): LocatedPlace | null {
  const text = headline.split(/\s+[-|–—]\s+/)[0] ?? '';
  // In a headline in title case every word is capitalised: no sign of a name.
  const all = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (all.filter((w) => /^\p{Lu}/u.test(w)).length >= all.length * 0.7) return null;
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(.*)$/u.exec(text);
  if (!m || !HEADLINE_SCENE.test(m[2]!)) return null;
  const name = readable(m[1]!);
  const hints = placeHints(name);
  if (PEOPLES.has(name.toLowerCase()) || hints.admin1.size > 0 || hints.countries.size > 0 || lookupRegion(name) || lookupCountry(name) || countryOfDemonym(name)) return null;
  const located = lookupPlace(name, `${text} ${body.slice(0, 2000)}`);
  return located?.kind === 'city' ? located : null;
}

/** A county the headline names as the scene: "in (north) Ward county", "Brown County man". */
const HEADLINE_COUNTY = /(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+(?:(?:north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|rural|unincorporated|suburban)\s+)?|^)(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})\s+([Cc]ounty|Parish)\b(?=\s+(?:[Mm]an|[Ww]oman|[Tt]een|[Tt]eenager|[Bb]oy|[Gg]irl|[Rr]esident|[Cc]ouple|[Ff]amily|\d{1,2}-[Yy]ear-[Oo]ld)\b|\s*[,.;:!?]|\s*$|\s+(?!Sheriff|Jail|Court|Commission|Board|Schools?|Fair|Airport|Hospital|Medical|Library|Park)\p{Ll})/u;
/** Words that open a headline before a county's name without being part of it ("Two Harris County deputies"). */
const NOT_COUNTY_NAME = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Former|Ex|Local|Rural|In|Near|Outside|The|A|An|Another|Suburban|Northern|Southern|Eastern|Western|North|South|East|West)$/;

/** The county a headline presents as the scene, as "X County" (or "X Parish"), with the words written. */
function headlineCounty(headline: string): { name: string; text: string } | null {
  // "Sheriff: Brown County man dead": what a colon opens is a headline too.
  const text = (headline.split(/\s+[-|–—]\s+/)[0] ?? '').replace(/^[^:]{1,30}:\s+/, '');
  const m = HEADLINE_COUNTY.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && NOT_COUNTY_NAME.test(words[0]!.replace(/-$/, ''))) words.shift();
  if (NOT_COUNTY_NAME.test(words[0]!)) return null;
  const written = words.join(' ').replace(/^Ex-/, '');
  // "County Tyrone": the Irish order names no town here.
  if (/\bCounty\s+$/.test(text.slice(0, m.index + m[0].indexOf(m[1]!)))) return null;
  const name = `${readable(written).replace(/’/g, "'")} ${m[2]!.toLowerCase() === 'county' ? 'County' : 'Parish'}`;
  return { name, text: `${written} ${m[2]!}` };
}

// Not Township or Borough: in New Jersey, Pennsylvania and Michigan those are the town itself ("Cherry
// Hill Township").
const COUNTY_WORD = /^(?:County|Co\.?|Parish)$/;

/**
 * The town a local force or service is named after: a city and county that share one force name both
 * ("Savannah-Chatham Metropolitan Police", "Charlotte-Mecklenburg Police"), the city first.
 */
function serviceTown(name: string, body: string, metropolitan = false): LocatedPlace | null {
  const located = lookupPlace(name, body);
  if (located?.kind === 'city') return located;
  // "Savannah Chatham Metropolitan Police": the joint force's name written without its hyphen, the
  // city's words first. Only a metropolitan force: "Lake County Police" is no Lake's.
  if (metropolitan && /^[^-\s]+\s\p{Lu}/u.test(name) && !/\s(?:County|Parish)$/.test(name)) {
    const words = name.split(/\s+/);
    for (let n = words.length - 1; n >= 1; n--) {
      const city = lookupPlace(words.slice(0, n).join(' '), body);
      if (city?.kind === 'city') return city;
    }
  }
  if (!/^[^-\s]+(?:\s[^-\s]+)?-\p{Lu}/u.test(name)) return located;
  const city = lookupPlace(name.slice(0, name.indexOf('-')), body);
  return city?.kind === 'city' ? city : located;
}
const LOCAL_SERVICE = /^(?:the\s+)?(.+?)\s+(Metro(?:politan)?\s+)?(?:Police|Fire|Sheriff|Sheriff['’]s)\b/;
const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}`;
/** An attack and the city it falls on ("struck Kharkiv", "strike on the city of Sumy"). */
const ATTACK_ON = new RegExp(String.raw`\b(?:struck|attacked|shelled|bombed|pounded|(?:missiles?|drones?|rockets?|shells?|bombs?)\s+hit|(?:missile|drone|air|rocket)\s+(?:strikes?|attacks?)\s+on)\s+(?:the\s+(?:city|town|port)\s+of\s+)?(${CAPITALISED_NAME})`, 'gu');
/** What follows a part of a town's name: "the Roseland neighborhood". */
const NEIGHBOURHOOD_AFTER = /^\s+(?:neighbou?rhoods?|community\s+area)\b/i;
/** "in Cypress, Texas", "near Lebanon, Tenn.": a town introduced as the scene, with its state after it. */
/**
 * Also a town after a street address ("Deputies went to 4180 Quarry Hill Road, Campbellsburg,
 * Indiana"): where the police went, the scene.
 */
const TOWN_AND_STATE = /(?:\b(?:in|near|outside)|\b\d{1,6}\s+(?:(?:North|South|East|West|[NSEW]\.?)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Highway|Hwy|Court|Ct|Way|Pike|Circle|Trail|Parkway|Pkwy)\.?,)\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}),\s+(\p{Lu}[\p{L}.]*\.?(?:\s\p{Lu}[\p{L}.]*\.?)?)/gu;
/**
 * A city that large is the place an attack falls on, not a person ("a man struck Jackson"): the figure
 * leaves out towns named like common surnames.
 */
const ATTACKED_CITY = 250_000;

// The whole run of capitalised words: "Area Central detectives" is no force of Central, Louisiana.
const FORCE_WORD = /(?<=\p{L}\s)(?:police|officers|detectives|firefighters)\b/gu;
const FORCE_NAME = new RegExp(String.raw`(?<![\p{L}.'’-]|\p{Lu}[\p{L}.'’-]*\s)(${CAPITALISED_NAME})\s$`, 'u');
/** Words that name a part of the town that follows them. */
const PART_OF_TOWN_WORD = /^(?:midtown|downtown|uptown|north|south|east|west|northeast|northwest|southeast|southwest|central|greater|inner)$/i;
const PART_OF_TOWN = new RegExp(String.raw`\b(?:in|near|outside)\s+(?:(?:north|south|east|west)(?:east|west)?(?:ern)?|downtown|central|suburban)\s+(${CAPITALISED_NAME})`, 'gu');

/** After a part of a city's name, the city it is a part of: "section of Philadelphia", "neighborhood of Pittsburgh's East End". */
const SECTION_OF = new RegExp(String.raw`^\s+(?:section|neighbou?rhood|community|community\s+area|district)\s+(?:of|in)\s+(?:the\s+city\s+of\s+)?(${CAPITALISED_NAME})`, 'u');

/** The city a place is called a section of ("the Juniata section of Philadelphia"), with where the text names it. */
function cityOfSection(e: Entity, body: string): { text: string; start: number; located: LocatedPlace } | null {
  const m = SECTION_OF.exec(body.slice(e.end, e.end + 80));
  // A scraped page may run sentences together ("the Juniata section of Philadelphia.Officers got there"): the
  // city's name ends at its dot.
  const city = m ? leadingCity(m[1]!.replace(/\.\p{Lu}.*$/u, '').replace(/['’]s$/, ''), body) : null;
  return city ? { ...city, start: e.end + m!.index + m![0].length - m![1]!.length } : null;
}

/** A city the words name, a weekday or month after it aside ("Columbus" of "Columbus Tuesday"). */
function leadingCity(words: string, body: string): { text: string; located: LocatedPlace } | null {
  const parts = words.split(/\s+/);
  while (parts.length > 1 && WEEKDAYS_AND_MONTHS.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  const text = parts.join(' ');
  const located = lookupPlace(readable(text), body);
  return located?.kind === 'city' ? { text, located } : null;
}

/** A force's city: not a sentence's opening word ("As police arrived", "When officers came"). */
function forceCity(name: string, body: string): LocatedPlace | null {
  if (FUNCTION_WORDS.has(name.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(name.toLowerCase())) return null;
  // "Swiss police" are a country's force, not Swiss, West Virginia's.
  if (countryOfDemonym(name)) return null;
  // "DC police officials": the District's initials name its city, as "D.C." does.
  const located = lookupPlace(name === 'DC' ? 'D.C.' : readable(name), body);
  return located?.kind === 'city' ? located : null;
}

/** "Greencastle PA", "Hayward CA": a town the tagger took whole with its state's postal code after it, as the town of that state. */
function townWithState(e: Entity): { name: string; located: LocatedPlace } | null {
  const m = /^(\p{Lu}[\p{L}.'’ -]+?)\s+(\p{Lu}{2})$/u.exec(e.text);
  if (!m) return null;
  const state = placeHints(`, ${m[2]!}`);
  if (![...state.admin1].some((code) => code.startsWith('US-'))) return null;
  const city = cityIn(readable(m[1]!), state, true);
  return city ? { name: city.within ?? city.name, located: fromCity(city) } : null;
}

/** A place entity as a city: typed so, or a name the gazetteer knows as a city ("Oklahoma City", "ALTURAS"). */
function asCity(e: Entity, body: string): { name: string; located: LocatedPlace | null } | null {
  if (e.subtype === 'country' || e.subtype === 'region') {
    // "in Lebanon, Tenn.", "Mexico, Mo.": a town named like a country or a state, which a US state after it places.
    const after = /^,\s*([^,;:\n]{2,20})/.exec(body.slice(e.end, e.end + 24));
    if (!after || ![...placeHints(`, ${after[1]!}`).admin1].some((code) => code.startsWith('US-'))) return null;
    const name = readable(e.text);
    const located = lookupPlace(name, body.slice(e.start, e.end + 40));
    return located?.kind === 'city' ? { name, located } : null;
  }
  const name = writtenName(e);
  // "the network of Aarhus Municipality": the council's town (council-town.ts); a county or a region
  // only abroad, where it is named after its chief town ("Stockholm County"), not in the US.
  const council = townOfCouncil(name);
  if (council) {
    // "BATH COUNTY, Ky": a county the US has ("Bath", "York", "Lancaster"), or one a US state follows, is
    // no English town of its name either.
    if (council.wider && namesAUsCounty(council.town, body.slice(e.end, e.end + 24))) return null;
    const town = lookupPlace(council.town, body);
    return town?.kind === 'city' && !(council.wider && town.country === 'US') ? { name: cityKey(town.name) === cityKey(council.town) ? council.town : town.name, located: town } : null;
  }
  const located = lookupPlace(name, body);
  // "the EU's High Representative": letters in capitals inside a sentence are a body's initials, not
  // the town the gazetteer spells so (Eu, France); a dateline's town in capitals is followed by its
  // state, an agency or a dash ("ERIE, Pa. —").
  // Not in a passage written all in capitals ("POLICE IN ERIE SAID"), where every town is.
  // A town in capitals on either side of a "/" is a dateline's ("TOKYO/SEOUL (Reuters)"), and so is one
  // opening the body or a paragraph before "." or ":" ("OMAHA. A tornado"); not "by the EU." in a sentence.
  if (located?.kind === 'city' && ACRONYM.test(e.text) && cityKey(located.name) === cityKey(e.text) && !datelineTown(body, e.start, e.end) && /\p{Ll}/u.test(body.slice(Math.max(0, e.start - 30), e.end + 30))) return null;
  // A city the entity already names keeps the entity's name ("Washington", not "Washington, D.C.").
  // A city-state ("Singapore", "Monaco") is found as its country first: its point is the city's.
  if (e.subtype === 'city') return { name, located: located?.kind === 'city' || (located?.kind === 'country' && located.name === name) ? located : null };
  // The name as the text writes it where it is the gazetteer's without accents ("Jalalabad", not "Jalālābād").
  return located?.kind === 'city' ? { name: cityKey(located.name) === cityKey(name) ? name : located.name, located } : null;
}

/** Whether a name in capitals at body[start, end) sits as a dateline's town does (see asCity). */
function datelineTown(body: string, start: number, end: number): boolean {
  const after = body.slice(end, end + 3);
  if (/^\s*[,(—–/-]/.test(after) || /\/\s*$/.test(body.slice(Math.max(0, start - 2), start))) return true;
  return /^[.:]/.test(after) && /(?:^|\n)\s*$/.test(body.slice(Math.max(0, start - 4), start));
}

/** A part of a state before its name ("upstate New York", "eastern Washington"). */
const PART_OF_STATE_BEFORE = /\b(?:upstate|downstate|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern)\s+$/i;

/** Whether the name is a US state's and the body writes it, and every time as the state ("upstate New York", "New York State Police"). */
function onlyAsState(name: string, body: string): boolean {
  if (!usStateNamed(name)) return false;
  let seen = false;
  for (const m of body.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))) {
    if (!PART_OF_STATE_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index)) && !/^\s+State\b/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 8))) return false;
    seen = true;
  }
  return seen;
}

/** Whether the body names the words, and every time as a school's name ("Oak Hill Elementary School"). */
function onlyInSchoolNames(name: string, body: string): boolean {
  let seen = false;
  for (const m of body.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))) {
    if (!namesASchool(body, m.index + m[0].length, m.index)) return false;
    seen = true;
  }
  return seen;
}

/** A place's name as the text writes it, unless the canonical name is another ("Kiev" is Kyiv); accents aside ("Jalalabad" for "Jalālābād"). */
function writtenName(e: Entity): string {
  const text = readable(e.text);
  return e.canonical && cityKey(e.canonical) !== cityKey(text) ? e.canonical : text;
}

/**
 * The name an event's place takes: a section of a city is reported under its city ("shot in
 * Englewood" is a Chicago event; the mention keeps the section's name and point).
 */
function sceneName(name: string, located: LocatedPlace | null): string {
  return located?.within ?? name;
}

/**
 * Whether every time the body writes the name it is inside a longer name: a person's ("Lindsay" of
 * "Lindsay Lohan"), a building's ("Center" of "Betty Ford Center") or a county's ("Tulare" of "Tulare
 * County": the headline's town is then the county's seat or a namesake; on GVA this gained more than
 * it lost). Not a building named after the town ("Memphis International Airport" keeps Memphis).
 */
/** A street's name ends in its kind, written out or cut short ("Ave", "St.", "Blvd"). */
const STREET_END = /\s(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Parkway|Pkwy|Highway|Hwy|Court|Ct|Place|Pl|Terrace|Way|Circle|Cir)\.?$/;

function onlyInsideNames(name: string, body: string, entities: readonly Entity[]): boolean {
  // A street named after a town ("Cleveland Avenue" in Columbus) is a street, not the town's.
  // So is an airport named after its town with a hyphen ("Lyon-Saint Exupéry Airport"; review ux71b).
  const namedAfterTown = (e: Entity): boolean => (e.text.startsWith(`${name} `) || (e.text.startsWith(`${name}-`) && /\sAirport$/.test(e.text))) && !/\s(?:County|Parish|Borough)$/.test(e.text) && !STREET_END.test(e.text);
  // "Meridian Health", "Lakeside Clinics": a company's name is no town; a town's own services are
  // ("Toledo Police", "Columbus City Schools", "Dayton Daily News" tell where the story is).
  // An unknown place that starts with the name ("Lakeside Clinics" read as a place) is such a name too;
  // one that ends with it ("Midtown Memphis") is the town's.
  // Not a university or college: it is named after a founder or a town it need not be in ("Harvard
  // University" in Cambridge, "Boston College" in Newton); a story about its researchers is no event there.
  const company = (e: Entity): boolean => (e.type === 'organization' || (e.type === 'location' && !e.subtype && e.text.startsWith(`${name} `))) && (!LOCAL_BODY.test(e.text) || academyAlone(e.text));
  // A street the tagger found without the rules' facility mark ("North Rockton Ave") is a facility too.
  const facility = (e: Entity): boolean => (e.subtype === 'facility' || (e.type === 'location' && STREET_END.test(e.text))) && !namedAfterTown(e);
  const people = entities.filter((e) => (e.type === 'person' || company(e) || facility(e)) && e.end - e.start > name.length);
  if (people.length === 0) return false;
  const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
  let seen = false;
  for (const m of body.matchAll(pattern)) {
    seen = true;
    if (!people.some((e) => e.start <= m.index && m.index + m[0].length <= e.end)) return false;
  }
  return seen;
}

/** How often the text tags a name as a person (alone, or ending a full name) and as a place. */
interface NameCounts {
  person(name: string): number;
  personOrSurname(name: string): number;
  place(name: string): number;
}

/** Counted once per text: asked for every place the text names, a scan each time made long pages quadratic. */
function countNames(entities: readonly Entity[]): NameCounts {
  const person = new Map<string, number>();
  const surname = new Map<string, number>();
  const place = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const e of entities) {
    if (e.type === 'person') {
      bump(person, e.text);
      const last = /\s(\S+)$/.exec(e.text)?.[1];
      if (last) bump(surname, last);
    } else if (e.type === 'location') bump(place, e.text);
  }
  return {
    person: (name) => person.get(name) ?? 0,
    personOrSurname: (name) => (person.get(name) ?? 0) + (surname.get(name) ?? 0),
    place: (name) => place.get(name) ?? 0,
  };
}

/**
 * Whether the body writes the headline's name as a name: capitalised (or in capitals). A headline's
 * first word is capitalised whatever it is, so where the body also writes it in lower case ("Can you
 * believe it?" over "I can't") it must be capitalised somewhere a sentence does not start.
 */
function writtenAsName(name: string, body: string, first: boolean): boolean {
  // The plain substring search first: the patterns below scan the whole body.
  if (!body.includes(name) && !body.includes(name.toUpperCase())) return false;
  const written = new RegExp(`\\b(?:${escapeRegExp(name)}|${escapeRegExp(name.toUpperCase())})\\b`, 'g');
  if (!first || !body.includes(name.toLowerCase()) || !new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`).test(body)) return written.test(body);
  for (const m of body.matchAll(written)) if (/[\p{L}\p{N},;:)]\s+$/u.test(body.slice(Math.max(0, m.index - 3), m.index))) return true;
  return false;
}

/** A university's or a college's head word. */
const ACADEMY = /\b(?:University|College)\b/g;

/** Whether a name is a university's or a college's with no other word of a town's own bodies ("Harvard University", not "Columbus State Community College District"). */
function academyAlone(name: string): boolean {
  const rest = name.replace(ACADEMY, '');
  return rest !== name && !LOCAL_BODY.test(rest);
}
/** Words of a town's own bodies and its newspapers: an organisation named with them is the town's. */
const LOCAL_BODY = /\b(?:Police|Sheriff|Fire|City|County|Council|Schools?|District|Transit|Department|Dept|Office|Township|Village|Borough|Parish|Mayor|Courts?|Daily|News|Times|Post|Herald|Tribune|Journal|Gazette|Star|Record|Press|Courier|Chronicle|Observer|Register|Sun|Democrat|Free|Telegraph|Examiner|Sentinel|Bee|Leader|Eagle|Ledger|Inquirer|Dispatch|Enquirer|Independent|Republic|Review|Bulletin|Argus|Citizen|Union|Advocate|Beacon|Banner|University|College|Airport|Hospital|Medical|Zoo|Library|Museum|Symphony|Public|Area|Metro|Regional|Memorial)\b/;

/** Whether the text names the country of this code or its people by a capitalised word ("Cambodia", "Cambodian"). */
function namesCountryOrPeople(code: string, body: string): boolean {
  for (const [word] of body.matchAll(/\p{Lu}[\p{L}-]+/gu)) if (countryOfDemonym(word) === code || lookupCountry(word)?.country === code) return true;
  return false;
}

/** Letters alone, without accents, in lower case: "Gálvez" and "GALVEZ" are one name written two ways. */
function unaccented(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * How the headline or body spells a name the gazetteer gave (accents and case aside), else the
 * gazetteer's own spelling.
 */
function spelledAsWritten(name: string, headline: string, body: string): string {
  const words = name.split(/\s+/).length;
  const wanted = unaccented(name);
  for (const text of [headline, body]) {
    const tokens = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    for (let i = 0; i + words <= tokens.length; i++) {
      const written = tokens.slice(i, i + words).join(' ');
      if (unaccented(written) === wanted) return written;
    }
  }
  return name;
}

/** Names written in capitals ("ROCK FALLS") as names are written ("Rock Falls"). */
function readable(text: string): string {
  // "O’FALLON" is "O’Fallon" (an apostrophe after one letter starts a name again; "ST. JOHN'S" keeps its "s").
  return text === text.toUpperCase() ? text.toLowerCase().replace(/(^|[\s-])\p{L}|(?<=(?:^|\s)\p{L}['’])\p{L}/gu, (c) => c.toUpperCase()) : text;
}

/** The city a dateline names, when the gazetteer knows it (with the state or country it gives). */
export function datelineCity(body: string): PlaceMention | null {
  return datelinePlace(body);
}

/** What a dateline may put before its town: "NEAR DALLAS, Ore.", "OUTSIDE TOPEKA, Kan.", "TOWN OF HARTLAND, Wis." (a New York or Wisconsin town). */
const NEAR_TOWN = /^(?:NEAR|OUTSIDE|Near|Outside|(?:TOWN|VILLAGE|CITY|BOROUGH|Town|Village|City|Borough)\s+(?:OF|of))\s+(?=\p{Lu})/u;

/**
 * The dateline places of the last bodies read: the enrich stage asks for a body's several times (the
 * entities' dateline town, people's ministries, the leaders' home country, the place chooser), and
 * each reading looks the town up against the body's opening. Enough for a batch's documents
 * (enrich/batch.ts runs each sub-step over the whole batch before the next asks again: with only the
 * last body kept, a batch of 16 read every dateline once per sub-step). A copy goes out.
 */
const recentDatelines: { body: string; found: PlaceMention | null }[] = [];
const RECENT_DATELINES = 64;

function datelinePlace(body: string): PlaceMention | null {
  let entry = recentDatelines.find((r) => r.body === body);
  if (!entry) {
    entry = { body, found: readDatelinePlace(body) };
    recentDatelines.unshift(entry);
    if (recentDatelines.length > RECENT_DATELINES) recentDatelines.pop();
  }
  return entry.found && { ...entry.found };
}

function readDatelinePlace(body: string): PlaceMention | null {
  const m = datelineAt(body);
  if (!m) return null;
  // "NEAR DALLAS, Ore. –": a wire's dateline for a scene just outside a town names the town.
  const raw = m[1]!.trim().replace(NEAR_TOWN, '');
  // "UNITED NATIONS, Nov 12 (Wire) -": a body's dateline is filed from its seat (body-seat-dateline.ts).
  const seat = seatOfDatelineBody(raw);
  const seatPlace = seat ? lookupPlace(seat, '') : null;
  if (seatPlace) {
    const start = m.index + m[0].indexOf(raw);
    return { name: seatPlace.name, country: seatPlace.country || null, lat: seatPlace.lat, lon: seatPlace.lon, text: raw, start };
  }
  // "NATO —", "DELTA — Flights were cancelled": a body's name in capitals, no town (bare-dateline-word.ts).
  if (m[2] === undefined && bareDatelineWordIsNoTown(raw, body)) return null;
  // Datelines are often in capitals: "ROCK FALLS" is looked up as "Rock Falls".
  const name = readable(raw);
  // "CROSBY, TEXAS -": a state's name in capitals is read as written in a sentence (an abbreviation such
  // as "N.C." or "TX" is left as it is).
  const state = m[2] !== undefined && /^\p{Lu}{3,}(?: \p{Lu}{3,})?$/u.test(m[2]) && !hinted(placeHints(`, ${m[2]}`)) ? readable(m[2]) : m[2];
  const qualified = state ? `${name}, ${state}` : name;
  const located = lookupPlace(name, `${qualified} ${body.slice(0, 2000)}`);
  const text = body.slice(m.index + m[0].indexOf(raw), m.index + m[0].indexOf(raw) + raw.length);
  const start = m.index + m[0].indexOf(raw);
  // "KINLOCH, Mo. (KMOV) –": a town too small for the gazetteer, which the dateline's state vouches for,
  // is the place without coordinates. Not a county's dateline ("LEE COUNTY, Fla. —"): no town.
  if (!located && state && !COUNTY_WORD.test(name.split(' ').pop()!)) {
    const code = [...placeHints(`, ${state}`).admin1].find((c) => c.startsWith('US-'));
    // A name the gazetteer has only elsewhere ("DETROIT, Texas", "GALVEZ, La.") is such a town too.
    if (code && (isUnknownTown(name) || lookupCity(name) !== null) && !countyOf(name, body)) return { name, country: 'US', lat: null, lon: null, text, start };
  }
  if (!located || (located.kind !== 'city' && located.kind !== 'country')) return null;
  // A post office town (no population known), or a name the gazetteer has only as such towns of other
  // states, named as a county the text names is the county's dateline too ("LEWIS, Ky." over the Lewis
  // County paper's story): no town, as for an unknown one above.
  if (located.kind === 'city' && (located.population === 0 || located.lat === null) && m[2] && countyOf(name, body)) return null;
  const capital = !m[2] && located.kind === 'city' ? capitalForBareDateline(name, located, body.slice(0, 2000)) : null;
  if (capital) return { name: capital.name, country: capital.country, lat: capital.lat, lon: capital.lon, text, start };
  // A section's dateline ("SOUTH SHORE —", as a city's neighbourhood news writes it) is its city's,
  // when the story names that city too: a town's dateline with its state ("West Hollywood, Calif.")
  // is the town, and a link the gazetteer guessed wrong is not taken on the dateline's word alone.
  // "HARLEM, Manhattan —": a section's dateline that gives its city where a town's gives its state.
  const cityAfter = m[2] !== undefined && located.within !== undefined && cityKey(readable(m[2])) === cityKey(located.within);
  const city = located.within && ((!m[2] && wordIn(located.within, body)) || cityAfter) ? located.within : located.name;
  return { name: city, country: located.country || null, lat: located.lat, lon: located.lon, text, start };
}

/**
 * The outlet's home city a page title gives after the headline ("... - KQRT Eyewitness 8 - Memphis,
 * Tennessee", "KTBS.com - Shreveport, LA News"), marked as inferred: a last resort when neither text
 * nor headline names a place. Local outlets mostly report their own area (on GVA's unplaced events the
 * guess was the incident's town for 13 of 18), but a regional station's city is not the scene, so the
 * record says it is a guess. Only a city written with its US state or a country.
 */
function outletHome(headline: string): PlaceMention | null {
  for (const part of headline.split(/\s+[-|–—]\s+/).slice(1)) {
    const m = /(?:^|\s)((?:\p{Lu}[\p{L}.'’-]*\s){0,2}\p{Lu}[\p{L}.'’-]*),\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}]*)?)/u.exec(part);
    if (!m) continue;
    // "LA News": the state is the first word when that alone names one.
    const where = [m[2]!.split(' ')[0]!, m[2]!].find((w) => hinted(placeHints(`, ${w}`)));
    if (!where) continue;
    const state = placeHints(`, ${where}`);
    // "WAFB 9 News Baton Rouge": the city is the longest run of the last words that the index knows.
    const words = m[1]!.split(' ');
    for (let i = 0; i < words.length; i++) {
      const name = words.slice(i).join(' ');
      const located = lookupPlace(name, `${name}, ${where}`);
      if (located?.kind !== 'city' || (located.admin1 && state.admin1.size > 0 && !state.admin1.has(`${located.country}-${located.admin1}`))) continue;
      return { name: sceneName(located.name, located), country: located.country || null, lat: located.lat, lon: located.lon, text: `${name}, ${where}`, start: -1, inferred: true };
    }
  }
  return null;
}

/** A local paper named after its town: "The Lufkin News", "the Yuma Daily Sun". */
const NEWSPAPER = /\bThe\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?:Daily\s+)?(?:News|Times|Herald|Tribune|Journal|Gazette|Courier|Chronicle|Observer|Register|Sentinel|Dispatch|Enquirer|Ledger|Examiner|Sun)\b/gu;

/**
 * Where nothing else places a page, a local newspaper the text names after its town (a paywall's "for
 * subscribers of The Lufkin News"): its home, marked inferred as the page title's city is (outletHome).
 * Only a name one town of the gazetteer has, or one the text's state picks.
 */
function newspaperHome(body: string): PlaceMention | null {
  for (const m of body.slice(0, LEAD_CHARS).matchAll(NEWSPAPER)) {
    const name = m[1]!;
    const candidates = cityCandidates(name);
    const located = candidates.length === 1 ? fromCity(candidates[0]!) : candidates.length > 1 ? lookupPlace(name, body.slice(0, 2000)) : null;
    if (located?.kind !== 'city' || (candidates.length > 1 && ![...hintsFor(body.slice(0, 2000)).admin1].some((code) => code === `${located.country}-${located.admin1}`))) continue;
    return { name: sceneName(located.name, located), country: located.country || null, lat: located.lat, lon: located.lon, text: m[0].replace(/^The\s+/, ''), start: m.index + 4, inferred: true };
  }
  return null;
}

/** "Clinton, Md." in a headline: the words with a US state or a country after a comma. */
function withStateInHeadline(text: string, gram: readonly string[]): boolean {
  const m = new RegExp(`\\b${gram.map(escapeRegExp).join('\\s+')},\\s*(\\p{Lu}[\\p{L}.]*\\.?(?:\\s\\p{Lu}[\\p{L}.]*\\.?)?)`, 'u').exec(text);
  // "Clinton, Md. police" as well as "Clinton, North Carolina".
  return m !== null && (hinted(placeHints(`, ${m[1]!}`)) || hinted(placeHints(`, ${m[1]!.split(' ')[0]!}`)));
}

function hinted(hints: { admin1: ReadonlySet<string>; countries: ReadonlySet<string> }): boolean {
  return hints.admin1.size > 0 || hints.countries.size > 0;
}
