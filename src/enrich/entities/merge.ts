/**
 * Rules and the statistical tagger, merged. The tagger decides where names are in open text; the
 * rules are trusted where they know more: gazetteer places (with their country), organisation names
 * built on a head word ("Ministry of Transport of Chile"), people named after a title, and
 * "the North". A lone surname follows the full name the article gave it.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry, lookupPlace, lookupRegion } from '../gazetteer/places.js';
import { readPlacesInContext } from './place-in-context.js';
import { holdersAdjectiveLength } from './holders-adjective.js';
import { FAITHS_AND_FEASTS, FORMER_STATES, FUNCTION_WORDS, LOCATION_HEADS, OFFICE_ACRONYM, OFFICE_WORDS, BODY_HEADS, TITLE_WORDS, TITLES_THAT_ARE_NAMES, WEEKDAYS_AND_MONTHS } from './lexicon.js';
import { isVehicle, readPersonAsPlace } from './not-people.js';
import { isAccountHandle } from './account-handle.js';
import { isGluedList } from './glued-names.js';
import { splitPersonFromOrganisation } from './person-in-organisation.js';
import { namesBeforeJobs } from './name-job-body.js';
import { placesOfDisasters } from './disaster-place.js';
import { surnamesReadAsBodies } from './surname-read-as-body.js';
import { bodiesWithoutMembers } from './members-before-body.js';
import { villagesReadAsPeople } from './villages-read-as-people.js';
import { splitAtInnerWords } from './inner-word-split.js';
import { withoutSentenceOpeners } from './sentence-opener.js';
import { cityCandidates, sectionOfCityNamed, sectionWrittenWithItsCity } from '../gazetteer/cities.js';
import { placesAfterKindWords } from './place-after-kind.js';
import { placesBeforeAreaWords } from './place-before-area.js';
import { joinLeadWordsToBodies } from './body-lead-words.js';
import { joinTailWordsToBodies } from './body-tail-words.js';
import { foreignPartiesAreBodies } from './foreign-party-words.js';
import { joinRealmsToPlaces } from './polity-of-place.js';
import { peopleAfterRoles } from './role-before-person.js';
import { bodiesReadInPieces, endsInRemitList } from './body-with-and.js';
import { bodiesAfterKindWords } from './kind-before-body.js';
import { operatorsAsBodies } from './operator-bodies.js';
import { townsReadAsBodies } from './town-read-as-body.js';
import { withoutHospitalShortNames } from './hospital-short-name.js';
import { surnamesWithAges } from './surname-with-age.js';
import { advocacyNames } from './advocacy-names.js';
import { placesBeforeHomes } from './place-before-home.js';
import { nameLists } from './name-lists.js';
import { townsListedAsPeople } from './town-lists.js';
import { townsAfterPrepositions } from './preposition-town.js';
import { peopleByContext } from './person-by-context.js';
import { datelineTownsAsPlaces } from './dateline-town.js';
import { joinNobleStyles } from './noble-titles.js';
import { teamsNamedForPlaces } from './place-then-plural.js';
import { namesBeforeAcronyms } from './name-before-acronym.js';
import { initialsSpelledBodies } from './initials-spelled-body.js';
import { teamsWithNicknames } from './place-then-team.js';
import { saintsFacilities } from './saint-facility.js';
import { usStateNamed } from '../gazetteer/us-states.js';
import type { ModelSpan } from './model/spans.js';
import { isCompassOfDemonym } from './compass-of-demonym.js';
import { holdsAny } from '../word-gate.js';
import { acronymOfTown, BODY_OF_STATES } from '../title-before-name.js';
import { splitPlaceOfOffice } from './place-of-office.js';
import { employersBeforeNames } from './possessive-employer.js';
import { withheldSurnamesWhole } from './withheld-surname.js';
import { firmsTakenForPeople, firmsTheTaggerCut, firmsTheTaggerMissed, retypeAsOrganization } from './firm-cues.js';
import { isCapitalsLine } from './capitals-line.js';
import { withoutLeadingThe } from './leading-article.js';
import { titlesReadAsBodies } from './title-as-body.js';
import { firmsBeforePlaces } from './firm-before-place.js';
import { possessivePairsAsBodies } from './possessive-pair-body.js';
import { placesNamedAsBodies } from './place-named-body.js';
import { ranksBeforeNames } from '../abbreviated-rank.js';
import { apposedBodies } from './apposed-body.js';

const TYPE = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;
/** A country's mission abroad, named by its kind alone. */
const MISSION = /^(?:Embassy|Consulate|Consulate General|High Commission)$/;
const PARTY_WORD = /\b(Party|Movement|Alliance|Front|Union|League|Congress|Federation|Coalition|Democrats|Socialists|Assembly|Council|Association|Army|Navy|Forces)\b/;
const GROUP_ADJECTIVE = /^(English|Scottish|Welsh|Saudi|Flemish|Walloon|Catalan|Kurdish|Tamil|Pashtun|Uyghur|Tibetan|European|Asian|African|American|Arab|Arabic|Latin|Western|Eastern|Nordic|Scandinavian|Baltic|Balkan|Caribbean|Pacific|Atlantic|Buddhist|Muslim|Islamic|Christian|Catholic|Protestant|Orthodox|Jewish|Hindu|Sikh|Sunni|Shia|Shiite|Evangelical|Anglican)s?$/;
/** A job and "at" before a name: the employer ("a researcher at Mandiant", "vice president of threat intelligence at"). */
/** In the plural too: "security researchers at Mandiant", "engineers at Orsted". */
const WORKS_AT = /\b(?:(?:officer|director|analyst|researcher|engineer|executive|president|head|chief|manager|founder|co-founder|scientist|fellow|professor|partner|consultant|lead|expert|strategist|investigator|specialist|adviser|advisor|economist|employee)s?|spokes(?:man|woman|person)|spokes(?:men|women|people)|intelligence)\s+at\s+$/i;

/** "Prince George's County", "St. Mary Parish": a county the gazetteer lacks is still a region. */
const COUNTY_END = /\s(?:County|Parish|Borough)$/;
const FACILITY_END = /\s(Center|Centre|Base|Hall|Station|Airport|Stadium|Arena|Planetarium|Complex|Facility|Bridge|Tower|Towers|Square|Park|Palace)$/;

/**
 * A centre named for the work done in it is a body, not a building: "Pew Research Center", "African
 * Network Information Center", "Network Coordination Centre", "Southern Poverty Law Center" (a place's
 * "Space Center" or "Science Center" stays a facility).
 */
const WORK_CENTRE = /\s(?:Information|Coordination|Research|Policy|Studies|Participation|Documentation|Advocacy|Law|Rights|Resource|Resources|Monitoring|Analysis|Strategy|Strategic|Dialogue|Mediation|Security)\s(?:Center|Centre)$/;

export function mergeEntities(body: string, rules: readonly Entity[], model: readonly ModelSpan[]): Entity[] {
  const steps = mergeSteps(body, rules, model);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * mergeEntities a sub-step at a time: it yields between the tagged spans' typing and the passes over
 * what that gave, and halfway through those, so that a batch runs each part over all its documents
 * before the next (enrich/batch.ts: each part's code and tables stay in the caches).
 */
export function* mergeSteps(body: string, rules: readonly Entity[], model: readonly ModelSpan[]): Generator<void, Entity[], void> {
  const out: Entity[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  // The rules' whole name wins over the tagger's pieces of it ("Drug Administration").
  const wholeBodies = bodiesReadInPieces(body, rules, model);
  const tagged = wholeBodies.length === 0 ? model : model.filter((m) => !wholeBodies.some((e) => overlaps(e, m)));
  // The rules' names by where they start, each list in the rules' order: every tagged span asks for
  // the rule of its very span, and a scan of all rules per span made a page of many names quadratic.
  const rulesAt = new Map<number, Entity[]>();
  for (const e of rules) {
    const list = rulesAt.get(e.start);
    if (list) list.push(e);
    else rulesAt.set(e.start, [e]);
  }
  const regionsByEnd = new Map<number, Entity>();
  for (const e of rules) if (e.type === 'location' && e.subtype === 'region') regionsByEnd.set(e.end, e);
  for (const modelSpan of splitAtInnerWords(body, tagged)) {
    // A span the one before grew over ("Martin Luther King, | Jr. Drive") loses what it covers.
    const last = out[out.length - 1];
    const cut = last && modelSpan.start < last.end ? rest(body, modelSpan, last.end) : modelSpan;
    if (!cut) continue;
    const span = withoutHoldersAdjective(body, withoutLowerTail(body, cut));
    const text = body.slice(span.start, span.end);
    // "Australian", "European", "Buddhist": adjectives of nations, regions and faiths are not names.
    if (!text.includes(' ') && ((countryOfDemonym(text) && !lookupCountry(text) && !lookupCity(text)) || GROUP_ADJECTIVE.test(text))) continue;
    // A faith, a feast or a deity, alone or listed ("Ramadan and Eid", "Jesus Christ"), is no person,
    // organisation or place ("God" read as the Hungarian town put a Baton Rouge shooting in Hungary).
    if (text.split(/\s+(?:and|or|&)\s+|\s+/).every((w) => FAITHS_AND_FEASTS.has(w.toLowerCase().replace(/['’]s$/, '')))) continue;
    // A member's title alone ("a Labour MP") is no name of a person, party or place; nor is a trade's
    // abbreviation written with an ampersand ("M&A", "R&D").
    if (/^(?:MPs?|MSPs?|MEPs?|CEOs?|M&A|R&D|Q&A|P&L|B&B|R&B)$/.test(text)) continue;
    // "Secretary of State" names an office, not a body: the hand-checked sets (CrossNER, UNER, most of
    // Re-DocRED) leave "State" unmarked there; GMB's silver labels mark it an organisation, and the tagger
    // learnt that from them.
    if (text === 'State' && /\bSecretar(?:y|ies) of $/.test(body.slice(Math.max(0, span.start - 18), span.start))) continue;
    // "the Korean Peninsula": the tagger leaves a people's adjective out of a name, as it learnt to, and
    // "Peninsula" alone was read as a body; the gazetteer's whole name stands.
    const region = regionsByEnd.get(span.end);
    const whole = region && region.start < span.start && countryOfDemonym(body.slice(region.start, span.start).trim()) !== null ? region : undefined;
    if (whole) {
      out.push({ ...whole });
      continue;
    }
    const same = rulesAt.get(span.start)?.find((e) => e.end === span.end);
    // Where both found the same name, a gazetteer place keeps its type and country ("Sweden" the team).
    const entity: Entity = same && (same.type === TYPE[span.kind] || isStrongRule(same)) ? { ...same } : { text, type: TYPE[span.kind], start: span.start, end: span.end };
    // A name that ends in a place's head word is a place, whatever the tagger says ("Kennedy Space
    // Center", "Wright-Patterson Air Force Base"): facilities are places, as in CoNLL and ACE.
    // "BROCKTON, Mass. (AP)": a dateline's town in capitals looks like nothing the tagger learnt and is
    // often read as a person; a name in capitals that the gazetteer knows as a city is the city.
    if (entity.type === 'person' && isCapitals(text) && lookupPlace(text, body)) entity.type = 'location';
    if (entity.type === 'person' && (isVehicle(body, entity) || STORM_NAME.test(text) || STORM_BEFORE.test(body.slice(Math.max(0, entity.start - 22), entity.start)))) continue;
    if (entity.type === 'person') readPersonAsPlace(body, entity);
    // "Comboios de Portugal", "Infraestruturas de Portugal", "Banco do Brasil": a name "of" a country is a body's.
    const ofCountry = entity.type === 'person' ? /\s(?:de|do|da|dos|das|del|di|du)\s+(\p{Lu}[\p{L}]+)$/u.exec(entity.text) : null;
    if (ofCountry && lookupCountry(ofCountry[1]!)) entity.type = 'organization';
    // "a court in The Hague ruled": a city after "in" that the tagger read as an organisation (the
    // capital "The" looked like one's) is the city.
    if (entity.type === 'organization' && /^The\s/.test(text) && /\b(?:in|at|near|from|to)\s+$/.test(body.slice(Math.max(0, entity.start - 8), entity.start)) && lookupPlace(text)?.kind === 'city') entity.type = 'location';
    if (entity.type === 'organization' && FACILITY_END.test(text) && !WORK_CENTRE.test(text)) {
      entity.type = 'location';
      entity.subtype = 'facility';
    }
    // "Sammarinese Communist Party": the training data marks the nationality apart from the party's
    // name, so the tagger leaves it out; a party or movement takes the demonym before it.
    if (entity.type === 'organization' && PARTY_WORD.test(text)) extendOverDemonym(body, entity);
    // "the Chinese Embassy in Washington": a mission is its country's; the tagger leaves the demonym out.
    if (entity.type === 'organization' && MISSION.test(text)) {
      extendOverDemonym(body, entity);
      const country = countryOfDemonym(entity.text.split(' ')[0]!);
      if (country) entity.country = country;
    }
    // "the Soviet Union", "Yugoslavia", "Democratic Kampuchea": a state that no longer exists is a
    // country, whatever its head word made the tagger read (no code: it is no country of today, and
    // the GeoNames towns of the name, "Zaire" in Angola, are not meant).
    // (A name a state of today still goes by, "Republic of China" for Taiwan, keeps that state's code.)
    if (FORMER_STATES.has(entity.text) && !lookupCountry(entity.text)) {
      Object.assign(entity, { type: 'location', subtype: 'country', canonical: entity.text });
      delete entity.country;
    } else if (entity.type === 'location' && !entity.country) {
      // Countries, capitals and regions first; then GeoNames cities, the article's other places
      // choosing among places of one name ("Springfield" in an article about Illinois).
      const name = entity.text;
      // A US state by its full name is the state, not a town named after it ("moved from Virginia":
      // not Virginia, Minnesota; "in Nevada": not Nevada, Missouri), unless a state follows ("Virginia,
      // Minn.") or a great city has the name ("New York" is the city far more often in news).
      const state = entity.subtype === 'facility' || cityCandidates(name).some((c) => c.country === 'US' && (c.population ?? 0) >= 500_000) ? null : usStateNamed(name);
      const stateAlone = state !== null && !/^,\s*\p{Lu}/u.test(body.slice(entity.end, entity.end + 4));
      const found = entity.subtype === 'facility' ? null : (lookupCity(name) ?? lookupCountry(name) ?? lookupRegion(name) ?? (stateAlone ? null : lookupPlace(name, body)));
      // "Northeast D.C.", "Eastern Ukraine", "Upstate New York" where the gazetteer has no such name: the
      // part of a country, a capital or a US state is in it. Not of any place of the name: "West
      // Midlands" is no part of Midlands, Zimbabwe, nor "Southern Ontario" of Ontario, California. Not a state whose name starts with a compass word
      // ("West Virginia", "North Carolina", "South Dakota"): it is its own state, not a part of another.
      const part = found || state !== null || entity.subtype === 'facility' ? null : PART_OF_PLACE.exec(name);
      // "Western New York" is the state's west, not the city's.
      const partOfState = part !== null && usStateNamed(part[1]!) !== null;
      const place = found ?? (part && !partOfState ? (lookupCountry(part[1]!) ?? lookupCity(part[1]!)) : null);
      if (!place && (stateAlone || partOfState)) {
        entity.subtype = 'region';
        entity.canonical = partOfState ? part![1]! : name;
        entity.country = 'US';
      } else if (place) {
        entity.subtype = place.kind;
        entity.canonical = place.name;
        if (place.country) entity.country = place.country;
      } else if (COUNTY_END.test(name)) entity.subtype = 'region';
      // "Camp David", "Camp Lejeune": a camp no gazetteer town is named after is a facility, so its
      // last word is no town ("David", Panama) where the headline names it.
      else if (/^Camp\s\p{Lu}/u.test(name)) entity.subtype = 'facility';
      // "chief technology officer at Mandiant": where someone works, and no place the gazetteer knows, is a body.
      if (!place && !entity.subtype && WORKS_AT.test(body.slice(Math.max(0, entity.start - 40), entity.start))) entity.type = 'organization';
      // "Christina Vale, 44, of Phoenix": an age after the name makes it a person's, where the gazetteer
      // knows no place of that name.
      if (!place && !entity.subtype && /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}.'’-]*){1,2}$/u.test(name) && AGE_AFTER.test(body.slice(entity.end, entity.end + 8))) entity.type = 'person';
    }
    out.push(entity);
  }
  // Before the steps that add names where nothing was found ("Services League" inside the whole name).
  if (wholeBodies.length > 0) {
    out.push(...wholeBodies);
    out.sort((a, b) => a.start - b.start);
  }
  yield;
  splitPortfolioFromName(body, out);
  splitPlaceOfPostFromName(body, out);
  splitTitleInsideBody(body, out);
  joinFirstNameCity(body, out);
  joinFamilyName(body, out);
  joinShortFamilyName(body, out);
  addPartiesTheTaggerMissed(body, out);
  joinPlaceOfOrganisation(body, out);
  joinOrganisationParts(body, out);
  addPartiesNamedBeforeTheWord(body, out);
  newspapersNamedForPlaces(body, out);
  organisersOfEvents(body, out);
  aliasesArePeople(body, out);
  // What the rules are sure of and the tagger missed.
  // (Not a people's adjective before its noun: "Saudi officials".)
  for (const e of rules) if (isStrongRule(e) && !model.some((span) => overlaps(e, span)) && !(GROUP_ADJECTIVE.test(e.text) && /^\s+\p{Ll}/u.test(body.slice(e.end, e.end + 3)))) out.push(e);
  // "candidate Nurbek Jumabayev" passed over, "Jumabayev's lawyer" read as a body: the person (surname-read-as-body.ts).
  surnamesReadAsBodies(rules, out);
  // A firm named in common words that the tagger passed over, where the words around tell a firm.
  const firms = firmsTheTaggerMissed(body, rules, out);
  if (firms.length > 0) {
    out.push(...firms);
    out.sort((a, b) => a.start - b.start);
  }
  // "Sambong Trading" the tagger cut to "Sambong", a place: the rules' whole firm (firm-cues.ts).
  firmsTheTaggerCut(rules, out);
  splitOrganisationLists(body, out);
  splitPersonFromOrganisation(body, out);
  trimTitleWord(body, out);
  ranksBeforeNames(body, out);
  splitPlaceOfOffice(body, out);
  for (const e of out) trimSpan(body, e);
  withoutLeadingThe(body, out);
  // "Officers of Kyrgyzstan's State Committee for National Security": the body (members-before-body.ts).
  bodiesWithoutMembers(rules, out);
  yield;
  titlesReadAsBodies(body, out);
  joinNobleStyles(body, out);
  joinLeadWordsToBodies(body, out);
  joinTailWordsToBodies(body, out);
  joinRealmsToPlaces(body, out);
  bodiesOfMembers(body, out);
  placesBeforeOffices(body, out);
  bodiesNamedForPlaces(body, out);
  teamsNamedForPlaces(body, out);
  teamsWithNicknames(body, out);
  saintsFacilities(body, out);
  initialsSpelledBodies(body, out);
  namesBeforeAcronyms(body, out);
  const acronyms = acronymsInParentheses(body, out);
  propagate(body, out, acronyms);
  oneTypePerList(body, out);
  townsListedAsPeople(body, out);
  peopleByContext(body, out);
  companiesToldAsThings(body, out);
  firmsTakenForPeople(body, out);
  placesAfterKindWords(body, out);
  placesBeforeAreaWords(body, out);
  employersBeforeNames(body, out);
  oneTypePerName(body, out);
  foreignPartiesAreBodies(out);
  peopleAfterRoles(body, out);
  // After the vote: a body's kind before its name outweighs the tagger's guesses at its other mentions.
  bodiesAfterKindWords(body, out);
  // "The grid operator, Ostnetz Elbe,", "Saariverkko": a utility read as a person (operator-bodies.ts).
  operatorsAsBodies(body, out);
  // "Gavi, the Vaccine Alliance,", "Liwa al-Sahil": a body's other name, an armed group's Arabic name, read as a person (apposed-body.ts).
  apposedBodies(body, out);
  employersAfterAt(body, out);
  firmsBeforePlaces(body, out);
  possessivePairsAsBodies(body, out);
  placesNamedAsBodies(body, out);
  // After the list's one type: "Ingrid Solheim, Head of Office, OCHA" is a person, a job and a body (name-job-body.ts).
  namesBeforeJobs(body, out);
  placesOfDisasters(body, out);
  // "Kani Sard, a village east of Halabja", "a farmer in Kani Sard": a village no gazetteer holds (villages-read-as-people.ts).
  villagesReadAsPeople(body, out);
  // 'Mario Alberto "N"': a withheld family name read whole, not cut inside its quotes (withheld-surname.ts).
  withheldSurnamesWhole(body, out);
  // "the Sha Tin home of": a town before a home's word (place-before-home.ts).
  placesBeforeHomes(body, out);
  // "Committee to Protect Writers", "Reporters Without Limits": a rights group's name whole (advocacy-names.ts).
  advocacyNames(body, out);
  resolveSurnames(out);
  // "fired at Castillo, 41,": a place has no age (surname-with-age.ts).
  surnamesWithAges(body, out);
  findLoneSurnames(body, out);
  datelineTownsAsPlaces(body, out);
  // "marched in Saint-Louis", "in Thies": a town the gazetteer holds that the tagger left out (preposition-town.ts).
  townsAfterPrepositions(body, out);
  // "supplies diesel to Novorossiysk": a town read as a body (town-read-as-body.ts).
  townsReadAsBodies(body, out);
  // Cars, wherever the steps above put one ("a blue Honda Pilot" copied from "the Honda"); products,
  // a bare office word, names of the wrong kind that their own words give away, accounts' handles and lists glued into one name.
  // And the compass word the tagger kept of a people's adjective ("North" of "North Korean").
  for (const e of out) readSectionWithItsCity(body, e);
  const kept = out.filter((e) => !isAccountHandle(body, e) && !isGluedList(e) && !isVehicle(body, e) && !isProduct(body, e) && !isBareOfficeWord(e) && !isCompassOfDemonym(body, e) && !isCapitalsLine(body, e)).map((e) => withKindFromWords(body, e));
  // Last: "Georgia Gov. Brian Kemp", "Washington state", "Victoria" beside Australia, read as the text means them.
  // "the Lincoln hospital" after "Lincoln Medical Center": the hospital's short name, no town (hospital-short-name.ts).
  return withoutHospitalShortNames(body, withoutSentenceOpeners(body, readPlacesInContext(body, kept))).sort((a, b) => a.start - b.start);
}

/**
 * "Jamaica, Queens", "Sunset Park, Brooklyn": a section of a city written with the city or borough it
 * lies in is that section, whatever else its name may be read as (a country, a park); so is a name
 * read as a facility that is a section of a city the text names ("from Jackson Heights" beside Queens).
 */
function readSectionWithItsCity(body: string, e: Entity): void {
  if (e.type !== 'location') return;
  // A name read as a facility by its last word ("Jackson Heights") that is a section of a city the text names.
  const section = sectionWrittenWithItsCity(e.text, body.slice(e.end, e.end + 40)) ?? (e.subtype === 'facility' ? sectionOfCityNamed(e.text, body) : null);
  if (!section) return;
  Object.assign(e, { subtype: 'city', canonical: section.name, country: section.country });
}

/**
 * "Analysts at Jefferies said": one word after a job and "at" is where the job is held, a body, where
 * the tagger read a person and no person the article names in full holds the word. Every mention of it
 * follows.
 */
function employersAfterAt(body: string, entities: Entity[]): void {
  const held = new Set<string>();
  for (const e of entities) {
    if (e.type === 'person' && !/\s/.test(e.text) && WORKS_AT.test(body.slice(Math.max(0, e.start - 40), e.start))) held.add(e.text);
  }
  if (held.size === 0) return;
  for (const p of entities) if (p.type === 'person' && /\s/.test(p.text)) for (const w of p.text.split(/\s+/)) held.delete(w);
  for (const e of entities) if (e.type === 'person' && held.has(e.text)) retypeAsOrganization(e);
}

/** A compass part or a region's word before a place's name. */
const PART_OF_PLACE = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|Central|Downtown|Upstate|Downstate|Greater|Metro|Suburban|Rural)\s+(\p{Lu}.*)$/u;

/** A person's age in apposition: ", 44," or ", 44 of". */
const AGE_AFTER = /^,\s*\d{1,3}(?:,|\s+of\b)/;

/** What follows a product's or a flaw's name: "the Citrix NetScaler bug" is no person. */
const PRODUCT_AFTER = /^\s+(?:bugs?|flaws?|vulnerabilit(?:y|ies)|exploits?|software|firmware|firewalls?|devices?|servers?|appliances?|gateways?|routers?|VPNs?|apps?|platform|products?|suite)\b/;

function isProduct(body: string, e: Entity): boolean {
  return e.type === 'person' && PRODUCT_AFTER.test(body.slice(e.end, e.end + 20));
}

function isBareOfficeWord(e: Entity): boolean {
  return e.type === 'organization' && OFFICE_WORDS.has(e.text.toLowerCase());
}

/** Last words of a company's name: "Palo Alto Networks" is a company, not a place. */
const COMPANY_END = /\s(?:Networks|Systems|Technologies|Labs|Software|Security|Solutions|Communications|Semiconductors?|Pharmaceuticals|Holdings|Inc\.?|Corp\.?|Ltd\.?|LLC|PLC)$/;
/** A dateline's agency or outlet in brackets: "TARTU, Estonia (Baltic Wire) -". */
const DATELINE_SOURCE = /^\s*\p{Lu}[\p{L}.'’ ,-]{1,60}\(([^)]{2,40})\)\s*(?:—|–|--?)/u;

/**
 * "the British Library", "the Boston Public Library": a library with a name is the institution (it
 * holds, lends, is hacked and says things), as name taggers' data marks it; the tagger reads it as a
 * building.
 */
const INSTITUTION_END = /\s(?:Library|Libraries)$/;

/**
 * "a vulnerability in Citrix", "the breach at Okta", "Citrix servers": what has a software flaw, is
 * breached or makes servers is a firm (or its product), not a place; the tagger reads an unfamiliar
 * name after "in" or "at" as one. Only one-word names the gazetteer does not know as places: a
 * hospital or a council hit by ransomware ("the ransomware attack on St. Mary's Hospital") is a place.
 * A cyberattack "on" a name is as often on a country or region as on a firm, and regions the gazetteer
 * lacks were read as firms ("cyberattacks on Kashmir", "on Siberia"), so for a cyberattack only "at"
 * counts; a breach or hack "at", "on" or "of" a name stays a firm's ("the hack of Citrix").
 */
const FLAW_OR_BREACH_BEFORE = /\b(?:(?:flaws?|bugs?|vulnerabilit(?:y|ies)|exploits?|zero-days?)\s+in|(?:breach(?:es)?|hacks?)\s+(?:at|on|of)|(?:cyberattacks?|cyber-attacks?|ransomware attacks?)\s+at)\s+$/i;

function isMakerReadAsPlace(body: string, e: Entity): boolean {
  return e.country === undefined && e.subtype === undefined && !/\s/.test(e.text) && (FLAW_OR_BREACH_BEFORE.test(body.slice(Math.max(0, e.start - 40), e.start)) || PRODUCT_AFTER.test(body.slice(e.end, e.end + 20)));
}

/**
 * "Gazprombank", "Sberbank": one word ending in "bank" is a bank; "JPMorgan Chase", "BlackRock",
 * "PayPal": a capital inside a word is a brand's, not a place's (not "McAllen", "DeKalb", "LaSalle").
 */
const BANK_WORD = /^\p{Lu}\p{Ll}+bank$/u;
const BRAND_CAPITALS = /(?:^|\s)(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)(?:\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}{2,}\p{Ll}{2,})/u;

function isFirmByItsWord(e: Entity): boolean {
  return (e.type === 'location' && !e.country && !e.subtype && (BANK_WORD.test(e.text) || BRAND_CAPITALS.test(e.text))) || (e.type === 'person' && BANK_WORD.test(e.text));
}

function withKindFromWords(body: string, e: Entity): Entity {
  if (isFirmByItsWord(e) || (e.type === 'location' && (COMPANY_END.test(e.text) || INSTITUTION_END.test(e.text) || isMakerReadAsPlace(body, e)))) return { text: e.text, type: 'organization', start: e.start, end: e.end, ...(e.country ? { country: e.country } : {}) };
  if (e.type !== 'organization' && e.start < 80) {
    const m = DATELINE_SOURCE.exec(body.slice(0, 120));
    if (m && e.start === m.index + m[0].indexOf(`(${m[1]})`) + 1 && e.end === e.start + m[1]!.trim().length) return { text: e.text, type: 'organization', start: e.start, end: e.end };
  }
  return e;
}

/** A title and its "of" or "for" before a portfolio ("Secretary of", "Minister for the"). */
const TITLE_OF_BEFORE = /\b(?:Secretary|Minister|Director|Commissioner|Administrator|Chancellor)\s+(?:of|for)\s+(?:the\s+)?$/;
/** Words of a government portfolio ("National Defense", "Foreign Affairs", "Homeland Security"). */
const PORTFOLIO_WORDS = new Set(
  `national foreign affairs defense defence homeland security intelligence state health human services interior
  justice finance treasury trade commerce energy education labor labour transport transportation agriculture
  environment economy economic culture home veterans housing urban development public works industry
  tourism information communications science technology digital marine maritime fisheries climate change
  forestry water resources mines mining petroleum planning budget sports youth women family social welfare
  employment immigration infrastructure railways aviation ports shipping prosecutions and the of`.split(/\s+/).filter(Boolean),
);

/** A storm's name is no person's ("Cyclone Murasu", "Hurricane Helene", "Typhoon Haiyan"). */
const STORM_NAME = /^(?:Cyclone|Hurricane|Typhoon|Super Typhoon|Tropical Storm|Storm)\s\p{Lu}/u;
/** The storm's kind written before the name the tagger kept apart ("Cyclone Murasu" read as "Murasu"). */
const STORM_BEFORE = /\b(?:Cyclone|Hurricane|Typhoon|Tropical Storm|Storm)\s+$/;

/**
 * "Secretary of National Defense Gilbert Ramos", "Minister for Foreign Affairs Penny Wong": the tagger
 * reads the portfolio and the name after it as one body; the portfolio is the body, the two or three
 * capitalised words after it the person.
 */
function splitPortfolioFromName(body: string, entities: Entity[]): void {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;

    if (e.type !== 'organization' || !TITLE_OF_BEFORE.test(body.slice(Math.max(0, e.start - 24), e.start))) continue;
    const words = e.text.split(' ');
    let k = 0;
    while (k < words.length && PORTFOLIO_WORDS.has(words[k]!.toLowerCase())) k++;
    const name = words.slice(k);
    if (k === 0 || name.length < 2 || name.length > 3 || !name.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) continue;
    // "Director of the Regional Water Quality ...": words the article also writes in lower case are no name.
    if (name.some((w) => new RegExp(`\\b${w.toLowerCase()}\\b`).test(body))) continue;
    const portfolio = words.slice(0, k).join(' ');
    const personStart = e.start + portfolio.length + 1;
    entities.splice(i, 1, { text: portfolio, type: 'organization', start: e.start, end: e.start + portfolio.length }, { text: body.slice(personStart, e.end), type: 'person', start: personStart, end: e.end });
    i++;
  }
}

/** A post held for a country or region, and its "for" or "to" ("special envoy for", "ambassador to the"). */
const POST_FOR_BEFORE = /\b(?:envoy|envoys|representative|coordinator|ambassador|rapporteur|commissioner|czar|tsar|negotiator|mediator|adviser|advisor|emissary)\s+(?:for|to|on)\s+(?:the\s+)?$/i;

/** A word of a holder's name: capitalised, or a particle inside it ("Nicolas de Riviere", "Ahmed al Jaber"). */
const HOLDER_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?$/u;
const NAME_PARTICLE = /^(?:de|da|di|du|del|della|van|von|der|den|al|el|bin|ibn|la|le)$/;

/**
 * "special envoy for Sudan Laura Whitfield", "ambassador to Japan Rahm Emanuel", "ambassador to the UN
 * Nicolas de Riviere": the tagger reads the place or body of states the post is for and the holder's
 * name after it as one name. The place (a country or region the gazetteer knows, of up to three words)
 * is the place, a body of states ("UN", "NATO") the body, and the two to four words after it, capitalised
 * but for particles inside, the person.
 */
function splitPlaceOfPostFromName(body: string, entities: Entity[]): void {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (!POST_FOR_BEFORE.test(body.slice(Math.max(0, e.start - 40), e.start))) continue;
    const words = e.text.split(' ');
    for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
      const place = words.slice(0, k).join(' ');
      const name = words.slice(k);
      if (name.length > 4 || !name.every((w, j) => HOLDER_WORD.test(w) || (j > 0 && j < name.length - 1 && NAME_PARTICLE.test(w)))) continue;
      if (name.length === 4 && !name.some((w) => NAME_PARTICLE.test(w))) continue;
      // "adviser to the Ukraine Energy Ministry", "representative for Kenya Power Holdings": a body named
      // for its country, not a holder's name after the place.
      if (name.some((w) => BODY_HEADS.has(w.toLowerCase()) || OFFICE_WORDS.has(w.toLowerCase()))) break;
      const found = lookupCountry(place) ?? lookupRegion(place);
      const states = !found && BODY_OF_STATES.test(place);
      if (!found && !states) continue;
      const personStart = e.start + place.length + 1;
      const where: Entity = found
        ? { text: place, type: 'location', start: e.start, end: e.start + place.length, subtype: found.kind === 'country' ? 'country' : 'region' }
        : { text: place, type: 'organization', start: e.start, end: e.start + place.length };
      if (found?.country) where.country = found.country;
      entities.splice(i, 1, where, { text: body.slice(personStart, e.end), type: 'person', start: personStart, end: e.end });
      i++;
      break;
    }
  }
}

/** A title inside what the tagger read as one body: "Balochistan Director General Faisal Nadeem Jamali". */
const TITLE_INSIDE = /^(?:(.*?)\s+)?((?:(?:Deputy|Assistant|Acting|Additional|Chief|Provincial)\s+)?(?:Director[- ]General|Inspector[- ]General|Director|Commissioner|Minister|Governor|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chairperson|Secretary|Mayor|Superintendent|Ambassador|Representative|Envoy|Attorney|Judge))\s+((?:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?\s){1,3}\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)$/u;

/**
 * The tagger reads a place or body, a title and a name run together as one body: the name after the
 * title is a person's, and what leads the title (a place the gazetteer knows, else a body) is kept
 * apart, so the title reads as the person's role. Not where a name word is written in lower case in
 * the article ("Director of Public Works Road Maintenance").
 */
function splitTitleInsideBody(body: string, entities: Entity[]): void {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'organization') continue;
    const m = TITLE_INSIDE.exec(e.text);
    if (!m) continue;
    const name = m[3]!;
    if (name.split(' ').some((w) => new RegExp(`\\b${w.toLowerCase()}\\b`).test(body))) continue;
    const personStart = e.end - name.length;
    const parts: Entity[] = [];
    // "Deputy UN Ambassador Dmitry Polyanskiy": the words qualifying the title are the role's; the body
    // is what follows them.
    const modifiers = leadingTitleModifiers(m[1] ?? '');
    if (m[1] && modifiers < m[1].length) {
      const lead = m[1].slice(modifiers);
      const leadStart = e.start + modifiers;
      const place = acronymOfTown(lead) ? null : lookupPlace(lead, body);
      parts.push(place ? { text: lead, type: 'location', subtype: place.kind, canonical: place.name, ...(place.country ? { country: place.country } : {}), start: leadStart, end: leadStart + lead.length } : { text: lead, type: 'organization', start: leadStart, end: leadStart + lead.length });
    }
    parts.push({ text: name, type: 'person', start: personStart, end: e.end });
    entities.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

/**
 * Qualifying words of a title that open no body's name (unlike "Special Olympics", "Senior Bowl",
 * "Vice Media"): before a body and its title they are the role's.
 */
const ONLY_TITLE_MODIFIER = /^(?:Deputy|Acting|Interim|Alternate|Former)$/;

/** The length of the title's qualifying words ("Deputy ", "Acting ") that open `text`. */
function leadingTitleModifiers(text: string): number {
  let cut = 0;
  for (let m = /^(\S+)\s+/.exec(text); m && ONLY_TITLE_MODIFIER.test(m[1]!); m = /^(\S+)\s+/.exec(text.slice(cut))) cut += m[0].length;
  return cut;
}

/**
 * A person's name that took in the last word of the title before it: the portfolio's ("Minister for
 * Climate Change Arif Nadeem Sheikh", "Minister of Agriculture and Environment Le Minh Truc") or
 * the district's ("Deputy Commissioner Gwadar Imran Saleem Baloch"). Only names of three words or more.
 */
function trimTitleWord(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words = e.text.split(' ');
    if (words.length < 3) continue;
    const before = body.slice(Math.max(0, e.start - 80), e.start);
    const portfolio = PORTFOLIO_WORDS.has(words[0]!.toLowerCase()) && /\b(?:of|for|and)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u.test(before) && TITLE_OF_BEFORE.test(before.replace(/(?:\p{Lu}[\p{L}-]*\s+|(?:and|the)\s+)+$/u, ''));
    // The district's only before a name of three words or more ("New York Governor Thomas E. Dewey" keeps Thomas).
    const district = words.length >= 4 && /\b(?:Commissioner|Governor|Mayor|Collector|Administrator|Prefect)\s+$/.test(before) && (lookupCity(words[0]!) !== null || cityCandidates(words[0]!).some((c) => (c.population ?? 0) >= 20_000));
    if (!portfolio && !district) continue;
    const cut = words[0]!.length + 1;
    Object.assign(e, { text: e.text.slice(cut), start: e.start + cut });
  }
}

/** What is left of a span after `from` (spaces and commas off its start), or null when nothing is. */
function rest(body: string, span: ModelSpan, from: number): ModelSpan | null {
  if (span.end <= from) return null;
  const start = from + (/^[\s,;]*/.exec(body.slice(from, span.end))?.[0].length ?? 0);
  return /^\p{Lu}/u.test(body.slice(start, span.end)) ? { ...span, start } : null;
}

/** A preposition or a verb of travel before a city: the city is a place there, not a first name. */
const PLACE_WORD_BEFORE = /\b(?:in|at|from|to|into|near|outside|across|toward|towards|around|via|through|of|for|on|visiting|visited|visits|leaving|left|reaching|reached)\s+$/i;

/** "near the Prince George's County line": a lower-case word that closes a span is no part of a name. */
/** The name without the holder's adjective before it ("Donetsk" of "Russian-held Donetsk"). */
function withoutHoldersAdjective(body: string, span: ModelSpan): ModelSpan {
  const cut = holdersAdjectiveLength(body.slice(span.start, span.end));
  return cut > 0 ? { ...span, start: span.start + cut } : span;
}

function withoutLowerTail(body: string, span: ModelSpan): ModelSpan {
  const tail = /\s+\p{Ll}+$/u.exec(body.slice(span.start, span.end));
  return tail && tail.index > 0 ? { ...span, end: span.end - tail[0].length } : span;
}

/**
 * "Paris Hilton", "Austin Rivers": a one-word city the tagger split off the person it names, right
 * before them with one space between, is the person's first name.
 */
function joinFirstNameCity(body: string, entities: Entity[]): void {
  for (let i = 0; i + 1 < entities.length; i++) {
    const [city, person] = [entities[i]!, entities[i + 1]!];
    if (city.type !== 'location' || city.subtype !== 'city' || city.text.includes(' ') || person.type !== 'person') continue;
    if (body.slice(city.end, person.start) !== ' ') continue;
    // "After visiting Moscow Putin returned", "While in Paris Obama met": the city is where they were.
    if (PLACE_WORD_BEFORE.test(body.slice(Math.max(0, city.start - 20), city.start))) continue;
    entities.splice(i, 2, { text: body.slice(city.start, person.end), type: 'person', start: city.start, end: person.end });
  }
}

/** Words before a name that say what the person is, not who: titles, trades, parties. */
const NOT_A_NAME_BEFORE = new Set(
  `pastor trooper nurse rapper singer actor actress star captain democrat republican democrats republicans labour
  tory conservative liberal independent socialist communist officer deputy agent investigator prosecutor sheriff
  coroner examiner witness victim suspect defendant plaintiff judge juror candidate nominee incumbent honourable
  honorable hon congressman congresswoman comptroller prof alderman assemblyman assemblywoman treasurer auditor
  clerk general singer drummer guitarist player striker goalkeeper manager owner founder charge`.split(/\s+/).filter(Boolean),
);

/**
 * "charged Rim Jong Hyok", "Ban Ki-moon said": a family name that is also an English word ("rim",
 * "ban", "park", "moon") is left out of the span the tagger found, since it usually sees such words in
 * lower case. A capitalised word inside a sentence, joined by one space to the start of a person's
 * name, is part of the name, unless it is a title, a trade or a party, a day or month, a place, or a
 * word that is already a name of its own.
 */
function joinFamilyName(body: string, entities: Entity[]): void {
  for (const person of entities) {
    if (person.type !== 'person' || !person.text.includes(' ')) continue;
    const before = /(?:^|[\p{Ll},(]\s)(\p{Lu}\p{Ll}{1,12}) $/u.exec(body.slice(Math.max(0, person.start - 20), person.start));
    if (!before) continue;
    const word = before[1]!;
    const lower = word.toLowerCase();
    // A title in the plural too ("Singers Ariana Grande", "Generals Jan Smuts").
    const singular = lower.replace(/(?:e?s)$/, '');
    if ([lower, singular].some((w) => TITLE_WORDS.has(w) || NOT_A_NAME_BEFORE.has(w)) || FUNCTION_WORDS.has(lower) || WEEKDAYS_AND_MONTHS.has(lower) || BODY_HEADS.has(lower)) continue;
    if (lookupCountry(word) || lookupCity(word) || lookupRegion(word) || countryOfDemonym(word)) continue;
    const start = person.start - word.length - 1;
    if (entities.some((e) => e !== person && e.start < person.start && e.end > start)) continue;
    person.start = start;
    person.text = body.slice(start, person.end);
    // "Ban Nong Phai": the word joined may be a place's first word (Thai "ban", a village), which
    // makes the whole name a place (not-people.ts).
    readPersonAsPlace(body, person);
  }
}

/**
 * "James To, a party veteran", "councillor Wilson Or, who won": a family name of two letters
 * that is also an English function word ("To", "Or", "So", "On", "Do", "An") is left out of the span the
 * tagger found. Capitalised inside a sentence, right after a one-word name, and followed by a word in
 * lower case or by punctuation (not a headline's next capitalised word: "Hand James To Police"), it is
 * the person's family name.
 */
function joinShortFamilyName(body: string, entities: Entity[]): void {
  for (const person of entities) {
    if (person.type !== 'person' || person.text.includes(' ')) continue;
    // Not a rank or a street's abbreviation ("Alcaraz No. 2", "Jackson Dr."): only the family names.
    const m = /^ (To|Or|So|On|Do|An)(?=[,;:]|\.(?!\s*\d)|\s+(?:\p{Ll}|[(–—-]))/u.exec(body.slice(person.end, person.end + 8));
    if (!m) continue;
    const end = person.end + 1 + m[1]!.length;
    if (entities.some((e) => e !== person && e.start < end && e.end > person.end)) continue;
    person.end = end;
    person.text = body.slice(person.start, end);
  }
}

/** What a newspaper called after its town or state is called: "Toronto Star", "Edmonton Sun". */
const PAPER_WORD = /^ (?:Star(?:[- ]Tribune|-Ledger)?|Sun|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Examiner|Inquirer|Enquirer|Courier|Observer|Telegraph|Mirror|Express|Globe|Dispatch|Sentinel|Bulletin|Daily News|Free Press|Morning News)(?![\p{L}\p{N}'’-]|\s+\p{Lu})/u;

/** Where a newspaper is cited: after "the", a dash or a bracket ("— Toronto Star,", "told the Edmonton Sun"). */
const PAPER_CITED_BEFORE = /(?:\bthe|[—–(]|\s-)\s*$/;
/** Or before a date, a report or a column: "Toronto Star, August 15, 2008", "Edmonton Sun reported". */
const PAPER_CITED_AFTER = /^\s*(?:,\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|\s(?:reported|reports|said|says|editorial|columnist|reporter|story|report)\b)/;

/**
 * "— Toronto Star, August 15", "the Edmonton Sun reported": a town or a state and a newspaper's word,
 * cited as a paper, is the newspaper, which the tagger reads as the town alone or as a person. Not
 * before another capitalised word ("the Houston Post Office"), nor a person whose given name is a
 * town ("Jackson Sun, a junior").
 */
function newspapersNamedForPlaces(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type === 'organization' || !PAPER_CITED_BEFORE.test(body.slice(Math.max(0, e.start - 8), e.start))) continue;
    const whole = /^(.+?)(\s\S+(?:\s(?:News|Press|Tribune))?)$/.exec(e.text);
    // The place alone, with the paper's word after it; or both read as one name.
    const place = e.type === 'location' && PAPER_WORD.test(body.slice(e.end, e.end + 24)) ? e.text : whole && PAPER_WORD.test(`${whole[2]}`) && e.start + e.text.length === e.end ? whole[1]! : null;
    if (place === null || !(lookupCity(place) || usStateNamed(place) || cityCandidates(place).some((c) => (c.population ?? 0) >= 20_000))) continue;
    const end = place === e.text ? e.end + PAPER_WORD.exec(body.slice(e.end, e.end + 24))![0].length : e.end;
    if (!PAPER_CITED_AFTER.test(body.slice(end, end + 16)) && !/\bthe\s*$/.test(body.slice(Math.max(0, e.start - 5), e.start))) continue;
    if (entities.some((f) => f !== e && f.start < end && f.end > e.start)) continue;
    e.type = 'organization';
    e.end = end;
    e.text = body.slice(e.start, end);
    delete e.subtype;
    delete e.canonical;
    delete e.country;
  }
}

/** Last words of an event's name: a fair, a festival, a prize, a tournament. */
const EVENT_END = /\s(?:(?:Science|Trade|World's|State|County|Book|Film|Music|Arts?)\s)?(?:Fair|Festival|Expo|Awards|Marathon|Olympiad|Challenge|Contest|Competition|Tournament|Cup)$/;
/** A determiner before an event's name: "the Google Science Fair", "their Google Science Fair". */
const EVENT_DETERMINER = /\b(?:the|their|its|this year's|last year's)\s+$/i;

/**
 * "her robot at the Google Science Fair", "the FIFA World Cup": an event named after its organiser is no
 * organisation; where the article names the organiser alone as one ("Google invited him"), the
 * organiser is what the name holds. (An event whose first words are named nowhere else alone, "the
 * Cannes Film Festival", is left as the tagger read it; "Games" is left out: "Epic Games" is a company.)
 */
function organisersOfEvents(body: string, entities: Entity[]): void {
  const organisations = new Set(entities.filter((e) => e.type === 'organization').map((e) => e.text));
  for (const e of entities) {
    // A company named like an event ("Epic Games said") is written without one.
    if (e.type !== 'organization' || !EVENT_DETERMINER.test(body.slice(Math.max(0, e.start - 14), e.start))) continue;
    const m = EVENT_END.exec(e.text);
    if (!m) continue;
    const lead = e.text.slice(0, m.index).replace(/^(?:the|The)\s+/, '');
    // The organiser's words, named alone elsewhere, start the event's name.
    const organiser = [...organisations].filter((o) => o !== e.text && lead.startsWith(o) && (lead.length === o.length || lead[o.length] === ' ')).sort((a, b) => b.length - a.length)[0];
    if (!organiser) continue;
    const start = e.start + e.text.indexOf(organiser);
    e.start = start;
    e.end = start + organiser.length;
    e.text = organiser;
  }
}

/** Written in capitals: at least two letters and no lower-case one. */
function isCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

const lastWord = (name: string): string => /\S+$/.exec(name)![0].toLowerCase();
const endsInOrgHead = (name: string): boolean => BODY_HEADS.has(/\S+$/.exec(name)![0].toLowerCase());
const hasOrgHead = (name: string): boolean => name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && BODY_HEADS.has(w.toLowerCase()));

/**
 * "Communist Party of the Netherlands", "Democratic Choice of Russia": the tagger often stops at "of"
 * and calls the rest a place; an organisation takes in "of (the) <place>" right after it, as the
 * training data and the test sets mark such names ("in" was tried too, and lost: "the Liberal Party
 * in Ontario" is a party and a place).
 */
function joinPlaceOfOrganisation(body: string, entities: Entity[]): void {
  for (let k = 0; k < entities.length; k++) {
    const org = entities[k]!;
    if (org.type !== 'organization' || org.text.includes(' and ')) continue;
    const link = /^ of (?:the )?/.exec(body.slice(org.end, org.end + 8));
    if (!link) continue;
    // "Federation of the Greens", "Democratic Party of the Left": capitalised words nobody took, after a
    // head word and "of the", end the name.
    const tail = endsInOrgHead(org.text) && link[0] === ' of the ' ? /^(?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)?(?=[\s,.;:)]|$)/u.exec(body.slice(org.end + link[0].length, org.end + link[0].length + 40)) : null;
    if (tail && !entities.some((e) => e.start < org.end + link[0].length + tail[0].length && e.end > org.end + link[0].length)) {
      org.end += link[0].length + tail[0].length;
      org.text = body.slice(org.start, org.end);
      continue;
    }
    // "International Department of the Central Committee", "United Daughters of the Confederacy": after a
    // head word, a body "of" another is one name too (only after a head word: after any name, GUM's
    // organisation recall fell).
    const at = entities.findIndex((e) => (e.type === 'location' || (e.type === 'organization' && endsInOrgHead(org.text))) && e.start === org.end + link[0].length);
    if (at < 0) continue;
    org.end = entities[at]!.end;
    org.text = body.slice(org.start, org.end);
    // The place stays known as the organisation's country (a person's affiliation gives their country).
    if (entities[at]!.country && !org.country) org.country = entities[at]!.country;
    entities.splice(at, 1);
    if (at < k) k--;
  }
}

/**
 * "Nordic Investment Fund and Baltic Development Bank": two organisations, each ending in a head
 * word, joined by "and" are two names. ("Department of Fisheries and Wildlife" stays one: "Wildlife"
 * is no head word.)
 */
/**
 * "National Front for the Restoration of Dorvalia", "Council on Foreign Relations": the tagger may cut
 * a long name into two organisations at a preposition; two organisations joined only by "for", "on"
 * or "against" (with "the" or "a") are one name.
 */
function joinOrganisationParts(body: string, entities: Entity[]): void {
  entities.sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < entities.length; k++) {
    const a = entities[k]!;
    const b = entities[k + 1]!;
    if (a.type !== 'organization' || b.type !== 'organization' || b.start < a.end) continue;
    if (!/^ (?:for|on|against)(?: the| a)? $/.test(body.slice(a.end, b.start))) continue;
    // "the Northern Powers against the Southern Powers", "MP for the New Democratic Party": two names, each
    // whole, not one name cut in two (a part with "of" goes on: "for the Restoration of Dorvalia - General Command").
    if (lastWord(a.text) === lastWord(b.text) || (endsInOrgHead(b.text) && !/\sof\s/.test(b.text))) continue;
    a.end = b.end;
    a.text = body.slice(a.start, a.end);
    entities.splice(k + 1, 1);
    k--;
  }
}

/** Whether the article writes `name` as a whole word other than inside the whole name `within` (wherever that is written). */
function namedElsewhere(body: string, name: string, within: Entity): boolean {
  const whole: number[] = [];
  for (let at = body.indexOf(within.text); at >= 0; at = body.indexOf(within.text, at + 1)) whole.push(at);
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    if (whole.some((w) => at >= w && at < w + within.text.length)) continue;
    if (!/[\p{L}\p{N}&]/u.test(charAt(body, at - 1)) && !/[\p{L}\p{N}&]/u.test(charAt(body, at + name.length))) return true;
  }
  return false;
}

/** The head words that end a party's or a movement's name, after at least one other word. */
const PARTY_END = /\S\s+(?:Party|Movement|Alliance|Front|Coalition|Bloc)$/;

/** A party named by its members' plural or its one word ("the Greens", "Labour"), or by a party's head word. */
const KNOWN_PARTY = /(?:^|\s)(?:Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Tories|Labour|Party|Movement|Alliance|Front|Coalition|Bloc)$/;

function splitOrganisationLists(body: string, entities: Entity[]): void {
  // People the article names, in full and by their family names.
  const people = new Set(entities.filter((e) => e.type === 'person').flatMap((e) => [e.text, /\S+$/.exec(e.text)![0]]));
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k]!;
    if (e.type !== 'organization') continue;
    // A comma ends an organisation's name ("Harlow Fund for Open Courts, Foundation for Coastal
    // Law"), unless a company form follows ("Facebook, Inc.").
    const comma = endsInRemitList(e.text) ? null : /\s?, (?!(?:Inc|Ltd|LLC|Co|Corp|plc|S\.A|AG)\b)(?=\p{Lu})/u.exec(e.text);
    if (comma) {
      const rest: Entity = { text: e.text.slice(comma.index + comma[0].length), type: 'organization', start: e.start + comma.index + comma[0].length, end: e.end };
      entities[k] = { text: e.text.slice(0, comma.index), type: 'organization', start: e.start, end: e.start + comma.index };
      entities.push(rest);
      continue;
    }
    const cut = e.text.indexOf(' and ');
    if (cut < 0 || e.text.indexOf(' and ', cut + 1) >= 0) continue;
    const left = e.text.slice(0, cut);
    const right = e.text.slice(cut + 5);
    // Both sides names of their own: the left one ends in a head word and the right one has one
    // ("Rural Crofters Party and Alliance Party of Wessex"), so that "Department of
    // Labor and Industry" and "Ministry of Justice and Public Security" stay whole.
    // Or both sides are names the article also gives alone ("a dispute between Airbus and Boeing").
    const bothNamed = /^\p{Lu}/u.test(right) && [left, right].every((side) => namedElsewhere(body, side, e));
    // A party's name of two words or more ends at its head word: "and" after it starts the next name
    // ("the Progressive Farmers Party and Bloc Québécois", "the Green Party and Free Voters
    // Union"); the part before "and" must end in the word ("Social Democratic and Labour Party" is one name).
    const afterParty = /^\p{Lu}/u.test(right) && PARTY_END.test(left);
    // Or each side is a body or a person on its own: a party by its word ("The Liberal Democrats and
    // Labour"), a body ending in its head word, or a person the article names ("Biden and Defense
    // Department officials", after "President Joe Biden"). Not a side with a word in lower case: the
    // plural after "of" is whom a body gathers ("Party of Socialists and Democrats" is one name).
    const bothKnown = /^\p{Lu}/u.test(right) && [left, right].every((side) => (!/\s\p{Ll}/u.test(side) && (KNOWN_PARTY.test(side) || (side.includes(' ') && endsInOrgHead(side)))) || people.has(side));
    // Or the part after "and" opens with the first word of the part before, and each has a head word
    // of its own: a name said twice is two names ("Lanark Farmers Party Reform and Lanark Farmers
    // Union"). Not a compass word or "New", which open places ("New York and New Jersey Port Authority").
    const leadWord = /^\S+/.exec(left)![0];
    const sameLead = /^\p{Lu}/u.test(right) && right.startsWith(`${leadWord} `) && left.includes(' ') && !COMPASS_WORD.test(leadWord) && hasOrgHead(left) && hasOrgHead(right);
    if (!bothNamed && !afterParty && !bothKnown && !sameLead && (!left.includes(' ') || !right.includes(' ') || !/^\p{Lu}/u.test(right) || !endsInOrgHead(left) || !hasOrgHead(right))) continue;
    const second: Entity = { text: right, type: people.has(right) ? 'person' : 'organization', start: e.start + cut + 5, end: e.end };
    entities[k] = { text: left, type: people.has(left) ? 'person' : 'organization', start: e.start, end: e.start + cut };
    entities.push(second);
  }
}

/** Words that make a place's name of the place after them ("Western Australia", "Greater London", "New Mexico"). */
const COMPASS_WORD = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Inner|Outer|Metropolitan|Metro|Downtown|Upstate|Downstate|Rural|Old|New|Great|Little)$/;
/** A state's or a land's word before "of" and a place ("Republic of Ireland", "Isle of Man", "Cape of Good Hope"). */
const POLITY_WORD = /^(?:Republic|Kingdom|State|States|Commonwealth|Province|Territory|Territories|Duchy|Principality|Emirate|Sultanate|Isle|Isles|Cape|Archipelago|Governorate|Prefecture|Canton|Oblast)$/;
/** Capitalised words right before a place, inside a sentence (after a lower-case word, a number or a comma), with "of" or not. */
const LEAD_CAPITALS = /(?<=(?:[\p{Ll}\d,;:(]|^)\s+)((?:\p{Lu}[\p{L}'’-]*\s+){1,3})$/u;
const LEAD_CAPITALS_OF = /(?<=(?:[\p{Ll}\d,;:(]|^)\s+)((?:\p{Lu}[\p{L}'’-]*\s+){1,3}of\s+(?:the\s+)?)$/u;
/**
 * Whether the text ends as one of the three patterns above needs: blank after a capitalised word, or
 * after "of", "for" or "the". Each is anchored at the end, and is still tried from every character of
 * the window; most places follow a word in lower case ("in", "near"), which this tells at once.
 */
function mayLeadCapitals(before: string): boolean {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1]!)) end--;
  if (end === before.length || end === 0) return false;
  let start = end;
  while (start > 0 && !/\s/.test(before[start - 1]!)) start--;
  const word = before.slice(start, end);
  return word === 'of' || word === 'for' || word === 'the' || /^\p{Lu}/u.test(word);
}

/**
 * The same before "for" ("Concerned Women for America"), only after a word in lower case other than "a"
 * or "an", or a comma: a headline's capitals ("Big Win for Australia") and "a Day for France" name no body.
 */
const LEAD_CAPITALS_FOR = /(?<=(?:(?<![\p{L}'’-])(?!an?\s)\p{Ll}[\p{L}'’-]*|[,;(])\s+)((?:\p{Lu}[\p{L}'’-]*\s+){1,3}for\s+(?:the\s+)?)$/u;
/**
 * "Environment Canada", "Reclaim Australia", "NARAL Pro-Choice America", "Colonial Dames of America",
 * "Municipality of Livorno", "Centrists for Europe": capitalised words nobody took, right before a place
 * the gazetteer knows (or before "of" or "for" and it), make one name with it, a body's: the tagger, sure of the place, left the
 * rest out. Not words that make a place of their own with it (a compass word, "Greater", "New", a
 * place's head word, "Republic of", "Isle of"), nor a title, an office or a people's adjective
 * ("Vice-Chancellor of Germany", "President Macron"), nor a sentence's first word ("Yesterday France").
 */
function bodiesNamedForPlaces(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'location' || e.subtype === 'facility') continue;
    const before = body.slice(Math.max(0, e.start - 50), e.start);
    // After "for", a continent or region the gazetteer knows is a body's end too ("Centrists for Europe"),
    // but not a place someone's act is for ("Volunteers for Ukraine's army").
    const forRegion = e.subtype === 'region' && e.canonical !== undefined && !/^['’]/.test(body.slice(e.end, e.end + 1));
    const m = !mayLeadCapitals(before) ? null : e.country ? (LEAD_CAPITALS.exec(before) ?? LEAD_CAPITALS_OF.exec(before) ?? LEAD_CAPITALS_FOR.exec(before)) : forRegion ? LEAD_CAPITALS_FOR.exec(before) : null;
    if (!m) continue;
    // Each part of a hyphened word too: "Vice-Chancellor of Germany" is an office.
    const words = m[1]!.trim().split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.some((w) => COMPASS_WORD.test(w) || LOCATION_HEADS.has(w.toLowerCase()) || POLITY_WORD.test(w) || TITLE_WORDS.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(w.toLowerCase()) || NOT_A_NAME_BEFORE.has(w.toLowerCase()) || OFFICE_WORDS.has(w.toLowerCase()) || lookupCountry(w) || lookupCity(w) || usStateNamed(w) || countryOfDemonym(w) || GROUP_ADJECTIVE.test(w))) continue;
    const start = e.start - m[1]!.length;
    if (entities.some((f) => f !== e && f.start < e.start && f.end > start)) continue;
    Object.assign(e, { type: 'organization', start, text: body.slice(start, e.end) });
    delete e.subtype;
    delete e.canonical;
  }
}

/** An elected office written after the place it is held for: "Ohio Governor", "Wisconsin Senator". */
const OFFICE_AFTER = /^\s+(?:Governor|Lieutenant Governor|Senator|Sen\.|Gov\.|Congressman|Congresswoman|Representative|Rep\.|Attorney General|Secretary of State|State Senator|Assemblyman|Assemblywoman|Premier|President|Prime Minister)\b/;

/**
 * "Ohio Governor Mike DeWine", "Wisconsin Senator Robert La Follette": a US state or a country right
 * before the office held for it is the place, where the tagger read it as a body (as it reads a state's
 * name beside a team's or a government's words).
 */
function placesBeforeOffices(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'organization' || !OFFICE_AFTER.test(body.slice(e.end, e.end + 24))) continue;
    const country = lookupCountry(e.text);
    const state = country ? null : usStateNamed(e.text);
    if (!country && !state) continue;
    Object.assign(e, { type: 'location', subtype: country ? 'country' : 'region', canonical: country ? country.name : e.text, country: country ? country.country : 'US' });
  }
}

/** A party's or a body's people named right after it: "Likud leader", "Fidesz MPs", "Hamas members". */
const MEMBERS_AFTER = /^\s+(?:leaders?|leadership|candidates?|MPs|MEPs?|members?|membership|deputies|lawmakers?|legislators?|councillors?|chairman|chairwoman|chairperson|manifesto)\b/;
/** Membership written before it: "a member of the Bundestag", "joined Fidesz". */
const MEMBER_OF_BEFORE = /\b(?:members?\s+of|joined|rejoined)\s+(?:the\s+)?$/i;
/** After a person, only words for a body's members: "the Corbyn leadership" and "Trump candidates" are the person's. */
const MEMBERS_AFTER_PERSON = /^\s+(?:leaders?|MPs|MEPs?|members?|deputies|lawmakers?|legislators?|councillors?)\b/;

/**
 * "the Fidesz leader", "Likud MPs", "a member of the Bundestag": a name whose people are named by their
 * place in it is a party or another body, not a place or a person (the tagger types a party's name it
 * has never seen by how it sounds, often as a place). A gazetteer place keeps its type ("Texas
 * lawmakers" are the state's); after a person, only the plural members' words count ("Jane Smith MP" is
 * the member, "the Corbyn leadership" his).
 */
function bodiesOfMembers(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type === 'organization' || (e.type === 'location' && (e.country || e.subtype === 'facility'))) continue;
    const after = body.slice(e.end, e.end + 16);
    // "joined Obama at the summit", "a member of the Kennedy family": before a person, no membership.
    const before = body.slice(Math.max(0, e.start - 16), e.start);
    if (e.type === 'person' ? !MEMBERS_AFTER_PERSON.test(after) : !MEMBERS_AFTER.test(after) && !MEMBER_OF_BEFORE.test(before)) continue;
    e.type = 'organization';
    delete e.subtype;
    delete e.canonical;
  }
}

/**
 * Roles a tagger runs on into ("Canadian Alliance MP", "U.S. Senators"): a name does not end in one.
 * After "of" the plural is the body's own name ("Board of Governors", "Council of Ministers").
 */
const ROLE_END = /(?<!\sof)\s(?:MPs?|MEPs?|Commissioners?|Congress(?:wo)?m[ae]n|Senators?|Presidents?|Governors?|Spokes(?:person|man|woman)|Ministers?|Chair(?:man|woman)|Mayors?|Ambassadors?|CEO)$/;

const LEADING_LOWER = /^(\p{Ll}[\p{L}-]{2,})\s+(?=\p{Lu})/u;
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'les']);

/**
 * Exact spans, as the name is written: no leading lower-case words ("oil-rich Kuwait", "the SDF"),
 * no trailing role ("EU Commissioner" is the EU; "U.S. Senators" the U.S., a place) and no trailing
 * punctuation-only word.
 */
function trimSpan(body: string, e: Entity): void {
  let { start, end } = e;
  // Short particles may begin a name ("la Repubblica", "van Gogh"); three letters or more, not.
  for (let m = LEADING_LOWER.exec(body.slice(start, end)); m && !NAME_PARTICLES.has(m[1]!); m = LEADING_LOWER.exec(body.slice(start, end))) start += m[0].length;
  const trailing = /\s+[^\p{L}\p{N}\s]+$/u.exec(body.slice(start, end));
  if (trailing) end -= trailing[0].length;
  const role = e.type === 'organization' ? ROLE_END.exec(body.slice(start, end)) : null;
  if (role) end -= role[0].length;
  // "Deputy UN Ambassador", with the title inside the span or right after it: the words qualifying the
  // title are the role's, not the body's (a "Former Miners Fund" with no title after keeps its word).
  if (e.type === 'organization' && (role || TITLE_WORDS.has(/^\s+([\p{L}.-]+)/u.exec(body.slice(end, end + 30))?.[1]?.toLowerCase() ?? ''))) {
    const cut = leadingTitleModifiers(body.slice(start, end));
    if (cut < end - start) start += cut;
  }
  // "Coroner Jerry Overholtby Jr.", "Trooper Dana Lee": a crime report's role word the tagger took into the
  // name (each such "person" is the same official in every story of a county, and joined them).
  const lead = e.type === 'person' ? ROLE_BEFORE_NAME.exec(body.slice(start, end)) : null;
  if (lead) start += lead[0].length;
  // "GOODYEAR - Dale Whitcomb, 42, was arrested", "UNITED NATIONS - US Ambassador": a dateline in
  // capitals and its dash are no part of a name, a person's or a body's.
  const dateline = e.type === 'person' || e.type === 'organization' ? /^\p{Lu}[\p{Lu}.'’ ]*\p{Lu}\.?\s+(?:-{1,2}|–|—)\s+(?=\p{Lu})/u.exec(body.slice(start, end)) : null;
  if (dateline) start += dateline[0].length;
  if (e.type === 'person') start += leadingRoleOrNation(body.slice(start, end));
  if (start === e.start && end === e.end) return;
  e.start = start;
  e.end = end;
  e.text = body.slice(start, end);
  const place = e.type === 'organization' ? (lookupCountry(e.text) ?? lookupCity(e.text)) : null;
  if (place) {
    e.type = 'location';
    e.subtype = place.kind;
    e.canonical = place.name;
    if (place.country) e.country = place.country;
  }
}

/** Titles and trades the word lists lack, that the tagger (unlike "President") has seldom seen before a name. */
/** "cabinet" of "Chief Cabinet Secretary", which the tagger took into the name where the sentence opens with it. */
const RARE_TITLES = new Set(['regent', 'generalissimo', 'viceroy', 'warlord', 'congressman', 'congresswoman', 'cabinet']);

/**
 * Words of rank that Wikipedia-style sets keep in a royal's or a noble's name ("Crown Prince Yin", "Prince
 * Yi Kang", "Lord Casey"), and "Christian", a faith's adjective that is also a given name.
 */
const KEPT_IN_NAMES = new Set(['prince', 'princess', 'crown', 'emperor', 'empress', 'king', 'queen', 'sheikh', 'lady', 'lord', 'sir', 'christian']);

/** A word that says what someone is, not who: a title or trade (one or several: "Congressmen"), a nation's or a faith's adjective. */
function isRoleOrNation(word: string): boolean {
  const lower = word.toLowerCase();
  if (TITLES_THAT_ARE_NAMES.has(lower) || KEPT_IN_NAMES.has(lower)) return false;
  const singular = lower.replace(/men$/, 'man').replace(/(?<!s)s$/, '');
  if ([lower, singular].some((w) => TITLE_WORDS.has(w) || NOT_A_NAME_BEFORE.has(w) || RARE_TITLES.has(w))) return true;
  return (countryOfDemonym(word) !== null && lookupCountry(word) === null) || GROUP_ADJECTIVE.test(word);
}

/**
 * "Generalissimo Chiang Kai-shek", "Congressmen Vallabhbhai Patel", "Regent Zdzisław Lubomirski",
 * "Democrat Franklin D. Roosevelt": titles, trades and nations' adjectives the tagger took into the name
 * ahead of two capitalised words or more. The hand-checked training sets leave such words outside the
 * name (CrossNER politics train, WikiGold, Re-DocRED, UNER, BTC: 251 outside, 17 inside). Returns the
 * length to cut from the front.
 */
function leadingRoleOrNation(text: string): number {
  let cut = 0;
  for (let m = /^(\p{Lu}[\p{L}.'’-]*)\s+(?=\p{Lu}[\p{L}.'’-]*\s+\p{Lu})/u.exec(text); m && isRoleOrNation(m[1]!); m = /^(\p{Lu}[\p{L}.'’-]*)\s+(?=\p{Lu}[\p{L}.'’-]*\s+\p{Lu})/u.exec(text.slice(cut))) cut += m[0].length;
  return cut;
}

/**
 * Role words ahead of at least two capitalised name words (not a role that is also a name, "Major"),
 * ranks in a row too ("Lt. Gen. Inam Haider Malik").
 */
const ROLE_BEFORE_NAME = /^(?:(?:Taoiseach|Tánaiste|Tanaiste|Coroner|Trooper|Examiner|Prosecutor|Investigator|Patrolman|Patrolwoman|Deputy|Detective|Sheriff|Officer|Sgt\.|Lt\.|Det\.|Cpl\.|Ofc\.|Gen\.|Col\.|Maj\.|Capt\.|Adm\.|Brig\.|Cmdr\.)\s+)+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u;

function extendOverDemonym(body: string, entity: Entity): void {
  // Two in a row too: "Malaysian Chinese Association".
  for (let k = 0; k < 2; k++) {
    const before = /(\p{Lu}[\p{L}-]+) $/u.exec(body.slice(Math.max(0, entity.start - 30), entity.start));
    if (!before || !countryOfDemonym(before[1]!)) return;
    entity.start -= before[0].length;
    entity.text = body.slice(entity.start, entity.end);
  }
}

/**
 * One name, one reading per article: a name found once is found wherever the article writes it
 * again in the same form (the tagger may miss a repeat in a sentence that gives it less context).
 */
function propagate(body: string, entities: Entity[], acronyms: ReadonlySet<string> = new Set()): void {
  const known = new Map<string, Entity>();
  for (const e of entities) if (/^\p{Lu}/u.test(e.text) && (e.text.length >= 3 || acronyms.has(e.text)) && !known.has(e.text)) known.set(e.text, e);
  if (known.size === 0) return;
  // The characters names cover, marked: each mention is checked against them, not against every name
  // (a long article has hundreds of names and as many mentions). A span that covers no character
  // (empty, or beyond the text) is kept aside and checked as before.
  const covered = new Uint8Array(body.length);
  const odd: (readonly [number, number])[] = [];
  const take = (s: number, t: number): void => {
    if (s >= 0 && s < t && t <= body.length) covered.fill(1, s, t);
    else odd.push([s, t]);
  };
  const free = (start: number, end: number): boolean => {
    for (let k = Math.max(0, start); k < end && k < body.length; k++) if (covered[k] === 1) return false;
    return !odd.some(([s, t]) => start < t && s < end);
  };
  for (const e of entities) take(e.start, e.end);
  for (const [text, model] of known) {
    for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length)) {
      const end = at + text.length;
      // Whole words only: "Ford" is not found in "Stanford" or "Fordham".
      if (/[\p{L}\p{N}]/u.test(charAt(body, at - 1)) || /[\p{L}\p{N}]/u.test(charAt(body, end))) continue;
      if (!free(at, end)) continue;
      const copy: Entity = { ...model, text, start: at, end };
      entities.push(copy);
      take(at, end);
    }
  }
}

/** Two capitals or more, and nothing but letters, digits, '&' and '-': "MpS", "DemoS", "UNHCR", "PML-N". */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&-]{1,11}$/;

/**
 * "the League for the Future (LfF)", "Mouvement des Riverains pour le Port (MRP)": letters in
 * brackets straight after an organisation's name are its short name, of its type, here and wherever
 * else the article uses them (propagate takes these even when shorter than three letters); a name the
 * tagger found there and typed as a place takes the organisation's type. After a
 * place, only when the letters are the place's initials ("United Arab Emirates (UAE)"), so that a
 * dateline's "(AP)" stays the agency's. Returns the short names found.
 */
function acronymsInParentheses(body: string, entities: Entity[]): Set<string> {
  const found = new Set<string>();
  // Spans as a flat list of numbers (start, end, ...), as findLoneSurnames keeps them: pairs built by
  // map() came in more than one array kind, each new one throwing the optimised code away.
  const taken: number[] = [];
  for (const e of entities) taken.push(e.start, e.end);
  for (const e of [...entities]) {
    if (e.type === 'person') continue;
    const m = /^\s*\(\s*([^()]{2,60}?)\s*[),]/.exec(body.slice(e.end, e.end + 70));
    if (!m) continue;
    const start = e.end + m[0].indexOf(m[1]!, m[0].indexOf('('));
    // A name already found there: in brackets after an organisation, it is the organisation's own
    // ("Union Party of Malaysia (Parti Kesatuan Malaysia)"), unless the gazetteer knows it.
    const there = entities.find((f) => f.start === start && f !== e);
    if (there) {
      // "the Harvest Party (Parti Moisson, 1971-1989)": a name of two words or more filling the brackets
      // after a party's or a body's name is its name in its own language, which the tagger, never
      // having seen the words, read as a person's.
      if (e.type === 'organization' && endsInOrgHead(e.text) && there.type === 'person' && there.text.includes(' ') && there.end === start + m[1]!.length) {
        there.type = 'organization';
      } else if (e.type === 'organization' && there.type === 'location' && ((ACRONYM.test(there.text) && !lookupCountry(there.text)) || !(lookupCountry(there.text) || lookupCity(there.text)))) {
        there.type = 'organization';
        delete there.subtype;
        delete there.canonical;
        delete there.country;
        if (ACRONYM.test(there.text)) found.add(there.text);
      } else if (there.type !== e.type && ACRONYM.test(there.text) && initialsOf(e.text) === there.text.replace(/s$/, '')) {
        // "the Kennedy Space Center (KSC)": the short name is the same thing as the long one, a place
        // like it (the tagger, meeting "KSC" alone, took it for a body).
        // So are the article's other uses of it ("many KSC employees").
        for (const f of entities) {
          if (f.text !== there.text || (f !== there && f.type === 'location' && f.country)) continue;
          f.type = e.type;
          delete f.canonical;
          delete f.country;
          if (e.subtype) f.subtype = e.subtype;
          else delete f.subtype;
        }
        found.add(there.text);
      }
      continue;
    }
    const short = m[1]!;
    // A country or city in brackets after an organisation says where it is ("Barclays Bank (UK)").
    if (!ACRONYM.test(short) || (e.type === 'organization' && (lookupCountry(short) || lookupCity(short)))) continue;
    if (e.type === 'location' && !initialsOf(e.text).startsWith(short.replace(/[^A-Z]/g, ''))) continue;
    const end = start + short.length;
    if (spanTaken(taken, start, end)) continue;
    entities.push({ text: short, type: e.type, start, end });
    taken.push(start, end);
    found.add(short);
  }
  return found;
}

/** The capitals that start a name's words: "United Arab Emirates" -> "UAE". */
function initialsOf(name: string): string {
  return (name.match(/\b\p{Lu}/gu) ?? []).join('');
}

/**
 * One name, one type per article: where the tagger typed the same name differently in different
 * sentences ("Civic Passion" a party here, a place there), the type it gave most often wins; a tie
 * changes nothing. Gazetteer places keep theirs.
 */
/**
 * What follows a company's name where the text says what it is: a relative "which" (people take "who")
 * with what a firm does ("which makes", "which is based"; a "which" after a person's name is often of
 * the whole clause: "appointed Maria Delgado, which surprised many") or an apposition of a company's noun ("Shreeji Agrochem, which makes pesticide intermediates", "Vardhan
 * Chem, the company whose plant ..."). The noun must end its phrase: "John Smith, a company director" is a
 * person.
 */
const THING_AFTER = /^,\s+(?:which\s+(?:(?:also|now|still|mainly|largely)\s+)?(?:makes|made|produces|produced|manufactures|manufactured|builds|develops|operates|operated|owns|owned|runs|ran|supplies|sells|exports|employs|provides|said|says|denied|declined|(?:is|was)\s+(?:based|headquartered|listed|owned|founded|registered))\b|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|manufacturer|maker|producer|conglomerate|operator|supplier|retailer|startup|exporter|lender|insurer)(?=\s*[,.;]|\s+(?:that|which|whose|based|in|of|with|behind|at|said)\b))/i;

/**
 * A name the tagger read as a person that the text tells as a company: the name, wherever it stands, is
 * the company (an unknown firm's name of two capitalised words looks like a person's to the tagger, and
 * became a participant of the event with a role and a country).
 */
function companiesToldAsThings(body: string, entities: Entity[]): void {
  const told = new Set<string>();
  // Also a name the tagger read as a place the gazetteer does not know ("Orsted, the Danish wind power company").
  const unknownPlace = (e: Entity): boolean => e.type === 'location' && !e.country && !e.subtype;
  for (const e of entities) if (((e.type === 'person' && e.text.includes(' ')) || unknownPlace(e)) && THING_AFTER.test(body.slice(e.end, e.end + 80))) told.add(e.text);
  if (told.size === 0) return;
  // A name also followed by "who" is a person's after all.
  for (const e of entities) if (told.has(e.text) && /^,\s+who\b/.test(body.slice(e.end, e.end + 8))) told.delete(e.text);
  for (const e of entities) if ((e.type === 'person' || unknownPlace(e)) && told.has(e.text)) retypeAsOrganization(e);
}

function oneTypePerName(body: string, entities: Entity[]): void {
  const votes = new Map<string, Map<Entity['type'], number>>();
  for (const e of entities) {
    const byType = votes.get(e.text) ?? new Map<Entity['type'], number>();
    // A person read from a possessive alone ("Pomorskie Wodociagi's control systems") is half a vote:
    // a company's or a country's name takes "'s" as often; the name typed otherwise elsewhere wins.
    const weight = e.type === 'person' && /^['’]s\b/.test(body.slice(e.end, e.end + 3)) ? 0.5 : 1;
    byType.set(e.type, (byType.get(e.type) ?? 0) + weight);
    votes.set(e.text, byType);
  }
  for (const e of entities) {
    const byType = votes.get(e.text)!;
    if (byType.size < 2 || (e.type === 'location' && e.country)) continue;
    const ranked = [...byType].sort((a, b) => b[1] - a[1]);
    if (ranked[0]![1] > ranked[1]![1] && ranked[0]![0] !== e.type) {
      e.type = ranked[0]![0];
      delete e.subtype;
      delete e.canonical;
      delete e.country;
    }
  }
}


/**
 * "Meretz, Shinui, Ale Yarok and Hetz": names listed together are of one kind. In a list of three or
 * more, a type most of them share is given to the others (gazetteer places keep theirs); a name with
 * an organisation's head word weighs three times as much as one the tagger typed alone.
 */
function oneTypePerList(body: string, entities: Entity[]): void {
  for (const list of nameLists(body, entities)) {
    if (list.length < 3) continue;
    const counts = new Map<Entity['type'], number>();
    // Streets and buildings do not vote: an address is listed beside people ("Dorran Pask, 4 Quillanby
    // Ridge Drive, Johnson City") and beside another street ("at Ottarby Avenue and Velmoor Boulevard,
    // Metro Lt. Teo Brannack said").
    // A name with an organisation's head word ("National Alliance") is sure of its type where the
    // tagger only guessed at the others ("Lega Nord" a place, "Forza Italia" a person): it has three
    // votes. (Weights measured on CrossNER politics' training part, with a tagger trained without it:
    // 1 0.809, 2 0.810, 3 0.813, 4 0.811. Giving gazetteer places more votes too turned GUM's people
    // listed beside places into places.)
    let total = 0;
    for (const e of list) {
      const w = e.type === 'organization' && hasOrgHead(e.text) ? 3 : 1;
      total += w;
      if (e.subtype !== 'facility') counts.set(e.type, (counts.get(e.type) ?? 0) + w);
    }
    if (counts.size === 0) continue;
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (n * 2 <= total) continue;
    for (const e of list) {
      // Gazetteer places and names ending in an organisation's head word ("Bharatiya Janata Party") keep theirs.
      // So does a person whose age follows ("Derek Maddox, 39, of Franklin, Tennessee, and Christina Vale, 44, of Phoenix").
      if (e.type === top || (e.type === 'location' && e.country) || (e.type === 'organization' && endsInOrgHead(e.text)) || (e.type === 'person' && AGE_AFTER.test(body.slice(e.end, e.end + 8)))) continue;
      e.type = top;
      delete e.subtype;
      delete e.canonical;
      delete e.country;
    }
  }
}

/**
 * "the ruling Georgian Dream party", "the opposition Civic Platform coalition": capitalised words right
 * before a lower-case "party", "coalition" or "movement" after "the" (and a word for its place in
 * politics) name a party; the tagger, trained on names that end in "Party", often misses them. One
 * word that is only a people's adjective ("the Georgian party") is no name.
 */
const PARTY_BEFORE_WORD = /\bthe\s+(?:(?:ruling|governing|opposition|far-right|far-left|right-wing|left-wing|centre-right|center-right|centre-left|center-left|nationalist|populist|conservative|liberal|pro-[\p{L}-]+)\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,4})(?:party|coalition|movement|bloc)\b/gu;

function addPartiesNamedBeforeTheWord(body: string, entities: Entity[]): void {
  for (const m of body.matchAll(PARTY_BEFORE_WORD)) {
    const text = m[1]!.trim();
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + text.length;
    if (!text.includes(' ') && (countryOfDemonym(text) || GROUP_ADJECTIVE.test(text) || lookupCountry(text))) continue;
    if (text.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(w.toLowerCase()))) continue;
    const inside = entities.filter((e) => e.start < end && start < e.end);
    // A place or person the tagger found inside ("Georgian Dream" as a place) gives way; an organisation stays.
    if (inside.some((e) => e.type === 'organization' || e.start < start || e.end > end)) continue;
    for (const e of inside) entities.splice(entities.indexOf(e), 1);
    // "Georgian Dream": a party whose name opens with a people's adjective is that country's.
    const country = countryOfDemonym(text.split(/\s+/)[0]!);
    entities.push({ text, type: 'organization', start, end, ...(country ? { country } : {}) });
  }
  entities.sort((a, b) => a.start - b.start);
}

/** Words that end the name of a party or a movement (case-sensitive, as PARTY_NAME reads them). */
const PARTY_HEADS = ['Party', 'Movement', 'Democrats', 'Socialists', 'Greens', 'Front', 'Alliance', 'League', 'Coalition', 'Union', 'Congress', 'Federation', 'Bloc', 'Rally', 'Forum', 'Platform', 'Initiative', 'Republicans', 'Liberals', 'Conservatives'];
/** Capitalised words ending in a word that ends the name of a party or a movement. */
const PARTY_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-]|\p{Lu}[\p{L}'’.-]*\s)((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:${PARTY_HEADS.join('|')}))(?![\p{L}\p{N}'’-])`, 'gu');

const PARTY_NAME_AT = new RegExp(PARTY_NAME.source, 'uy');
const BLANK = /\s/;
const CAPITAL = /\p{Lu}/u;

/**
 * PARTY_NAME's matches, as a scan of the whole body finds them, found from the head words: a match
 * is up to four capitalised words, each after blank but the first, then blank and a head word; so
 * it starts at a capital within the four runs of non-blank characters before a head word written
 * after blank. The pattern is tried (sticky) at those capitals only, in order, each after the last
 * match's end, as the scan would: where the scan had tried it, with its look-behind, at every one.
 */
function partyNames(body: string): RegExpExecArray[] {
  const starts = new Set<number>();
  for (const head of PARTY_HEADS) {
    for (let at = body.indexOf(head); at >= 0; at = body.indexOf(head, at + 1)) {
      let end = at;
      for (let words = 0; words < 4; words++) {
        let blankStart = end;
        while (blankStart > 0 && BLANK.test(body[blankStart - 1]!)) blankStart--;
        if (blankStart === end) break;
        let start = blankStart;
        while (start > 0 && !BLANK.test(body[start - 1]!)) start--;
        // (A high surrogate may start a capital beyond the first plane: tried too.)
        for (let k = start; k < blankStart; k++) {
          const code = body.charCodeAt(k);
          if ((code >= 0xd800 && code <= 0xdbff) || CAPITAL.test(body[k]!)) starts.add(k);
        }
        end = start;
      }
    }
  }
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (start < from) continue;
    PARTY_NAME_AT.lastIndex = start;
    const m = PARTY_NAME_AT.exec(body);
    if (!m) continue;
    found.push(m);
    from = start + m[0].length;
  }
  return found;
}

/**
 * "the Serbian Renewal Movement", "the Australian Democrats": a party's name of capitalised words ending
 * in a party's word, where the tagger found nothing at all (a name it has never seen, opened by a
 * people's adjective it was taught to leave out). Before the "of <place>" join, so that "Alliance Party
 * of Northern Ireland" is one name.
 */
function addPartiesTheTaggerMissed(body: string, entities: Entity[]): void {
  // The pattern is tried at every capitalised word of the body; most bodies name no party's head word.
  const names = holdsAny(body, PARTY_HEADS) ? partyNames(body) : [];
  for (const m of names) {
    let text = m[1]!;
    let start = m.index;
    // "The" opening a sentence or the name is no part of it.
    const the = /^(?:The|A|An|In|At|By|For|From|And|But|Of|On|To|With)\s+/.exec(text);
    if (the) {
      text = text.slice(the[0].length);
      start += the[0].length;
    }
    const end = start + text.length;
    // A state's name ("Soviet Union") is the place the loop above made of it, where the tagger found it.
    if (!text.includes(' ') || FORMER_STATES.has(text) || lookupCountry(text)) continue;
    if (text.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || WEEKDAYS_AND_MONTHS.has(w.toLowerCase()))) continue;
    if (entities.some((e) => e.start < end && start < e.end)) continue;
    const country = countryOfDemonym(text.split(/\s+/)[0]!);
    entities.push({ text, type: 'organization', start, end, ...(country ? { country } : {}) });
  }
  entities.sort((a, b) => a.start - b.start);
}

/** "Mohamed Hamdan Dagalo, known as Hemedti": the name after "known as" is the person's other name. */
const KNOWN_AS = /(?:\b(?:(?:better|widely|also|popularly)\s+)?known\s+as|\bnicknamed|\bdubbed|\balias|\ba\.k\.a\.|\baka)\s+["“']?$/i;

function aliasesArePeople(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type === 'person' || (e.type === 'location' && e.subtype === 'country')) continue;
    if (!KNOWN_AS.test(body.slice(Math.max(0, e.start - 30), e.start))) continue;
    // The person named just before, in the same sentence: "Dagalo, known as", "a commander known as".
    const person = entities.find((p) => p.type === 'person' && p.end <= e.start && e.start - p.end <= 40 && !/[.!?]\s/.test(body.slice(p.end, e.start)));
    if (!person) continue;
    e.type = 'person';
    delete e.subtype;
    delete e.canonical;
    delete e.country;
  }
}

/** What the rules are sure of: gazetteer places, and organisation names of several words built on a head word. */
function isStrongRule(e: Entity): boolean {
  if (e.type === 'location') return e.country !== undefined;
  if (e.type === 'organization') return e.text.includes(' ') || OFFICE_ACRONYM.test(e.text);
  return false;
}

/** A one-word name that is part of a person's full name in the article is that person. */
/**
 * "Steve Jobs ... Jobs, aged 55, resigned": the surname of a person the article named in full is that
 * person wherever it stands alone, capitalised, with no name around it; the tagger often misses it
 * where the word is also a common one ("jobs", "rice", "young").
 */
const AFTER_OPENING_SURNAME = /^(?:['’]s\b|,|\s+(?:said|says|told|added|wrote|is|was|has|had|will|would|faces|faced|declined|denied|pleaded|admitted|also|then|later))/;

function findLoneSurnames(body: string, entities: Entity[]): void {
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const words = e.text.split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(last) && !TITLE_WORDS.has(last.toLowerCase()) && !FUNCTION_WORDS.has(last.toLowerCase()) && !WEEKDAYS_AND_MONTHS.has(last.toLowerCase())) surnames.add(last);
  }
  if (surnames.size === 0) return;
  // The names' spans as a flat list of numbers (spanTaken).
  const taken: number[] = [];
  for (const e of entities) taken.push(e.start, e.end);
  for (const surname of surnames) {
    for (let at = body.indexOf(surname); at >= 0; at = body.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (/[\p{L}\p{N}&-]/u.test(charAt(body, at - 1)) || /[\p{L}\p{N}&-]/u.test(charAt(body, end))) continue;
      if (spanTaken(taken, at, end)) continue;
      // No other name around it in its sentence ("Jobs Act", "Young Turks"; "Mr. Rice" is the tagger's).
      if (/^['’]?s?\s+\p{Lu}/u.test(body.slice(end, end + 4)) || /\p{Lu}[\p{L}'’-]*\s+$/u.test(body.slice(Math.max(0, at - 20), at))) continue;
      // Opening a sentence, the word may be the common one ("Young fans cheered", "Rice prices rose"):
      // only before a comma or a reporting verb ("Jobs, aged 55", "Law said").
      if (/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(body.slice(Math.max(0, at - 4), at)) && !AFTER_OPENING_SURNAME.test(body.slice(end, end + 16))) continue;
      entities.push({ text: surname, type: 'person', start: at, end });
      taken.push(at, end);
    }
  }
}

function resolveSurnames(entities: Entity[]): void {
  const parts = new Set<string>();
  for (const e of entities) if (e.type === 'person' && e.text.includes(' ')) for (const part of e.text.split(/\s+/)) parts.add(part);
  for (const e of entities) {
    if (e.type !== 'person' && !e.text.includes(' ') && parts.has(e.text) && !e.country) {
      e.type = 'person';
      delete e.subtype;
    }
  }
}

/**
 * The character at `i`, or '' before the text's start and past its end, as charAt gives; asked within
 * bounds first, as a name at the very start or end of a body reads past them, and charAt out of bounds
 * threw away the optimised code of the pass that asked (a recompile of a large function).
 */
function charAt(body: string, i: number): string {
  return i >= 0 && i < body.length ? body.charAt(i) : '';
}

/** Whether a span overlaps one of `taken`, spans kept as a flat list of numbers (start, end, start, end, ...). */
function spanTaken(taken: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k < taken.length; k += 2) if (start < taken[k + 1]! && taken[k]! < end) return true;
  return false;
}
