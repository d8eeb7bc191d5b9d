/**
 * Names the tagger reads as people that are not: cars ("a red Dodge Charger"), streets and buildings
 * named after someone ("Martin Luther King, Jr. Drive", "John H. Stroger Jr. Hospital"), and large
 * cities of several words ("Las Vegas police"). The tagger learnt from news and Wikipedia with few cars
 * or streets in it; crime reports are full of both, and every wrong person links unrelated events.
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace, mayBeCity } from '../gazetteer/places.js';
import { WEEKDAYS_AND_MONTHS } from './lexicon.js';
import { isMakeAndModel, kindStartsCompound } from './vehicle-models.js';

const MAKES = 'Chevrolet|Chevy|Toyota|Honda|Nissan|Hyundai|Kia|Jeep|Buick|Cadillac|Chrysler|Pontiac|Oldsmobile|Mazda|Subaru|Volkswagen|Acura|Infiniti|Lexus|Dodge|GMC|Mitsubishi|Ford';
const MAKE = new RegExp(`^(?:${MAKES})\\b`);
/**
 * What stands before a car and not before a person: an article or possessive, a colour, a model year
 * ("a 2010 Chevrolet Impala"). "Kia Johnson, 24, was hit" and "Lincoln Riley said" stay people.
 */
const BEFORE_VEHICLE =
  /\b(?:a|an|the|his|her|their|its|my|our|stolen|black|white|silver|gr[ae]y|red|blue|green|gold|tan|maroon|burgundy|beige|brown|dark|light|dark-colou?red|light-colou?red|newer|older|(?:19|20)\d\d)\s+$/i;

/**
 * What stands before a car and never before a company: a colour in lower case, a model year after an
 * article ("a 2010 Chevrolet Impala"; "In 2021 Toyota Motor Corp. sold" is the company), "stolen".
 */
const ONLY_BEFORE_VEHICLE =
  /(?:\b(?:stolen|black|white|silver|gr[ae]y|red|blue|green|gold|tan|maroon|burgundy|beige|brown|dark|light|dark-colou?red|light-colou?red|newer|older)|\b(?:[Aa]n?|[Tt]he|his|her|their)\s+(?:19|20)\d\d)\s+$/;
/** A company's own words: "Toyota Motor Corp.", "Ford Motor Company" are never a car. */
const COMPANY_WORD = /\b(?:Motors?|Corp\.?|Corporation|Company|Co\.|Inc\.?|Group|Foundation|Holdings)\b/;

/**
 * A car: a make after the words that stand before cars. A person of any length ("a red Dodge
 * Charger"); another kind as the make alone ("the Honda" is no town in Colombia), or with more words
 * only after a colour or a year ("a silver Toyota Camry", but "the Ford Foundation" is an organisation).
 */
export function isVehicle(body: string, entity: Pick<Entity, 'start' | 'end' | 'text' | 'type'>): boolean {
  // "a Pontiac Grand Prix", "Nissan Maxima": a make and its model are a car wherever they stand (vehicle-models.ts).
  if (isMakeAndModel(entity.text, body.slice(entity.end, entity.end + 20))) return true;
  if (!MAKE.test(entity.text)) return false;
  // "The Ford truck plant": the maker's, not a car.
  if (kindStartsCompound(body.slice(entity.end, entity.end + 30))) return false;
  const before = body.slice(Math.max(0, entity.start - 24), entity.start);
  if (entity.type !== 'person' && entity.text.includes(' ')) return ONLY_BEFORE_VEHICLE.test(before) && !COMPANY_WORD.test(entity.text);
  return BEFORE_VEHICLE.test(before);
}

/**
 * The street or building word after a person's name that makes it the name of a place. On one line
 * only; a comma only before "Jr."/"Sr." ("Frank Kaminski, Park Ridge police chief" is a person).
 */
const NAMED_AFTER =
  /^(?:,?[ \t]+(?:Jr|Sr)\.?)?[ \t]+(?:Drive|Boulevard|Blvd\.?|Avenue|Ave\.?|Street|Road|Parkway|Pkwy\.?|Highway|Hwy\.?|Expressway|Freeway|Hospital|Medical Center|Centre|High School|Middle School|Elementary(?: School)?|Academy|Park|Bridge|Airport|Library|Stadium|Arena|Plaza)\b/;
/** Ending words no one has as a surname (not "Park", "Street", "Plaza": "Officer Daniel Park"). */
const FACILITY_WORD_END = /\s(?:Drive|Boulevard|Avenue|Parkway|Highway|Hospital|Medical Center|Centre|School|Academy|Airport|Library|Stadium)$/;
/**
 * Ending words of natural features that no one has as a surname ("Second Thomas Shoal", "Ayungin
 * Shoal", "Scarborough Reef"); not "Bay" or "Lake" (Michael Bay, Ricki Lake).
 */
const FEATURE_WORD_END = /\s(?:Shoals?|Reefs?|Atoll|Straits?|Islands?|Isle|Peninsula|Gulf|Archipelago|Canyon|Fjord|Glacier|Volcano|Mountains)$/;
/**
 * Opening words of natural features that open no one's name ("Bajo de Masinloc", "Isla Pag-asa", "Mount Apo"); not "Rio" or "Monte".
 * Thai and Khmer words for island and village too ("Koh Rong", "Kaoh Kong", "Ban Phe", "Phum Thmei"),
 * and Malay ones ("Pulau Ubin", "Kampung Baru"); "Ban" not before a Korean given name ("Ban Ki-moon"),
 * nor "Ko", a Korean and Taiwanese surname.
 */
const FEATURE_WORD_START = /^(?:Bajo|Isla|Islas|Cerro|Punta|Laguna|Mount|Mt\.|Koh|Kaoh|Phum|Pulau|Kampung|Kampong|Ban(?!\s\p{Lu}\p{Ll}*-\p{Ll}))\s/u;

/** Cities this large are seldom someone's full name where the words around say "place". */
const CITY_NOT_PERSON = 100_000;
/** Cities this large are no one's full name, wherever they stand. */
const METROPOLIS = 500_000;
/** "Las Vegas police", "in Baton Rouge", "attacked El Fasher": the words that make a city of a name the tagger called a person. */
const PLACE_AFTER = /^\s+(?:police|officers?|authorities|firefighters|fire department|county|city council|mayor)\b/i;
const PLACE_BEFORE = /\b(?:in|near|outside|at|attacked|shelled|bombed|besieged|stormed|captured|seized|struck|around)\s+$/i;

/**
 * A town of one word the tagger read as a first name or surname ("Gary police", "Police in Vallejo",
 * "18-year-old Christian Barnsworth, of Gary,", "A Toledo teenager"): each such false person is a key
 * that joins unrelated shootings in the same town. The words around must say "town" more surely than
 * for a name of several words (no "at": "at Jackson's house"), and the town must be one of 10,000
 * people or more, where the name is more often the town's than a person's in a local crime report.
 */
const TOWN_AFTER = /^\s+(?:police|officers?|authorities|firefighters|fire department|EMS|city council|mayor|(?:wo)?m[ae]n|teen(?:ager)?s?|boys?|girls?|residents?)\b/i;
const TOWN_BEFORE = /\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+$/;
const RESIDENT_OF = /,\s+(?:both\s+|also\s+)?of\s+$/;
const TOWN_NOT_PERSON = 10_000;

function readWordAsTown(body: string, entity: Entity): boolean {
  const after = body.slice(entity.end, entity.end + 30);
  const before = body.slice(Math.max(0, entity.start - 12), entity.start);
  const residence = RESIDENT_OF.test(before) && /^\s*[,.;]/.test(after);
  const worded = TOWN_AFTER.test(after) || TOWN_BEFORE.test(before) || residence;
  if (!mayBeCity(entity.text)) return false;
  const place = lookupPlace(entity.text, body);
  if (!place || place.kind !== 'city') return false;
  // "The strikes hit Kharkiv": a city of a million is the city whatever the words around, unless the
  // text names someone of that name ("Whitney Houston", then "Houston said").
  const metropolis = (place.population ?? 0) >= METROPOLIS_WORD && !surnameIn(entity.text, body);
  if (!metropolis && (!worded || (place.population ?? 0) < TOWN_NOT_PERSON)) return false;
  entity.type = 'location';
  return true;
}

/** A one-word city this large is read as the city without words around it to say so. */
const METROPOLIS_WORD = 1_000_000;

/** Whether the text writes the word as the last of a name of two or more capitalised words. */
function surnameIn(word: string, body: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of body.matchAll(new RegExp(`(\\p{Lu}[\\p{L}'’.-]+)\\s+${escaped}\\b`, 'gu'))) {
    if (!COMPASS_OR_PLACE_WORD.test(m[1]!) && !WEEKDAYS_AND_MONTHS.has(m[1]!.toLowerCase())) return true;
  }
  return false;
}

/** Words before a city's name that make it no surname: "East Kharkiv", "Greater Houston", "In Kharkiv". */
const COMPASS_OR_PLACE_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Downtown|Metro|Old|New|In|At|Near|From|To|Of|And|The|On|Outside|Hit|Struck|Attacked|Shelled|Bombed|Besieged|Liberated|Captured|Ukrainian|Russian|Syrian|Sudanese|Israeli|Iraqi|Afghan|Pakistani|Indian|Chinese)$/;

/** "Prince George's County", "Queen Anne’s County", "St. Mary's Parish": a county named after someone. */
const COUNTY_AFTER = /^['’]s\s+(?:County|Parish)\b/;
/** The capitalised word before such a name ("Prince", "Queen", "St."), part of the county's name. */
const WORD_BEFORE = /(?<![\p{L}.])(\p{Lu}\p{L}*\.?)([ \t]+)$/u;

/**
 * A person the tagger found that is a place, changed in place: the span grows over the street or
 * building word after it, or over the county word and the title before it. Returns whether it was
 * changed.
 */
export function readPersonAsPlace(body: string, entity: Entity): boolean {
  const county = COUNTY_AFTER.exec(body.slice(entity.end, entity.end + 12));
  if (county) {
    // The tagger reads "Prince" as a title and "George" as the person; both are the county's name.
    const before = WORD_BEFORE.exec(body.slice(Math.max(0, entity.start - 12), entity.start));
    if (before && !/^(?:The|A|An|In|Of|At|Near|From|And)$/.test(before[1]!)) entity.start -= before[1]!.length + before[2]!.length;
    entity.end += county[0].length;
    entity.text = body.slice(entity.start, entity.end);
    entity.type = 'location';
    entity.subtype = 'region';
    delete entity.canonical;
    return true;
  }
  // "near the village of Albergaria dos Doze", "the town of Pasni", "the residents of Albergaria dos
  // Doze", "off the island of Ko Kut": named as a place.
  if (/\b(?:village|town|city|municipality|district|hamlet|port|province|island|islet|residents|inhabitants|villagers|outskirts)\s+of\s+$/i.test(body.slice(Math.max(0, entity.start - 20), entity.start))) {
    entity.type = 'location';
    delete entity.subtype;
    delete entity.canonical;
    return true;
  }
  if (FEATURE_WORD_START.test(entity.text)) {
    entity.type = 'location';
    delete entity.subtype;
    delete entity.canonical;
    return true;
  }
  if (FEATURE_WORD_END.test(entity.text)) {
    // "Second Thomas Shoal": a capitalised word before the name is part of it.
    const before = WORD_BEFORE.exec(body.slice(Math.max(0, entity.start - 12), entity.start));
    if (before && !/^(?:The|A|An|In|Of|At|Near|From|And|On|To|By)$/.test(before[1]!) && !before[1]!.endsWith('.')) entity.start -= before[1]!.length + before[2]!.length;
    entity.text = body.slice(entity.start, entity.end);
    entity.type = 'location';
    delete entity.subtype;
    delete entity.canonical;
    return true;
  }
  const namedAfter = NAMED_AFTER.exec(body.slice(entity.end, entity.end + 30));
  if (namedAfter || FACILITY_WORD_END.test(entity.text)) {
    if (namedAfter) entity.end += namedAfter[0].length;
    entity.text = body.slice(entity.start, entity.end);
    entity.type = 'location';
    entity.subtype = 'facility';
    delete entity.canonical;
    return true;
  }
  if (!entity.text.includes(' ')) return readWordAsTown(body, entity);
  // Only a city with a population is taken below: most names are none, and the full lookup is dear.
  if (!mayBeCity(entity.text)) return false;
  const placeWords = PLACE_AFTER.test(body.slice(entity.end, entity.end + 30)) || PLACE_BEFORE.test(body.slice(Math.max(0, entity.start - 10), entity.start));
  const place = lookupPlace(entity.text, body);
  if (!place || place.kind !== 'city') return false;
  // "Floods hit Porto Alegre": a city of half a million or more is a city whatever the words around.
  if ((place.population ?? 0) < (placeWords ? CITY_NOT_PERSON : METROPOLIS)) return false;
  entity.type = 'location';
  return true;
}
