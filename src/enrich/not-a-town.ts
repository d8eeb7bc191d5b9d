/**
 * Words the tagger reads as a place that the gazetteer holds as a town, in uses where they are no
 * town: a leader's time in office ("the Lincoln administration": Lincoln, Nebraska; "the Clinton
 * presidency": Clinton, Iowa), and a road or a street ("near Interstate 805", "on 97th Avenue": Avenue,
 * Maryland). The scene is never there.
 */

/** One capitalised word only: "the Lincoln County administration building" is the county's. */
const PRESIDENCY = /^\p{Lu}[\p{L}'’-]+\s+(?:administrations?|presidency|premiership)\b(?!\s+(?:building|buildings|offices?|center|centre|complex))/u;

/** Whether the word at the offset names a leader's time in office ("Nixon" of "the Nixon administration"). */
export function namesAPresidency(body: string, offset: number): boolean {
  return PRESIDENCY.test(body.slice(offset, offset + 48));
}

/** A road named by its number ("Interstate 805", "Route 52", "Highway 1", "State Road 7"). */
const ROAD_NUMBER = /^(?:Interstate|Route|Highway|Hwy\.?|Freeway|Expressway|Turnpike|Parkway|State\s+Road|County\s+Road|Farm\s+Road)\s+\d/u;
/** A street word ("Avenue", "Street") after a number or an ordinal ("97th Avenue", "5 Street"). */
const NUMBERED_BEFORE = /\b\d+(?:st|nd|rd|th)?\s+$/;
const STREET_WORD = /^(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Court|Terrace|Way)\b/u;

/** Whether the word at the offset is part of a road or a street's name, not a town. */
export function namesARoad(body: string, offset: number): boolean {
  return ROAD_NUMBER.test(body.slice(offset, offset + 24)) || (STREET_WORD.test(body.slice(offset, offset + 12)) && NUMBERED_BEFORE.test(body.slice(Math.max(0, offset - 12), offset)));
}

/** A building's last word. */
const VENUE_WORD = /\s(?:Center|Centre|Arena|Stadium|Coliseum|Colosseum|Garden|Gardens|Dome|Pavilion|Theatre|Theater|Auditorium|Fieldhouse)$/;
/** What a town's name with "the" before it is followed by when the town is meant: "the Rockville Centre police", "the Smith Center man". */
const TOWN_AS_WORD_AFTER = /^(?:['’]s)?\s+(?:police|officers?|sheriff|fire|mayor|man|woman|men|women|boy|girl|teens?|teenagers?|residents?|family|couple|area|community|village|city|town|school|schools|home|house)\b/i;

/**
 * Whether a town's name ending in a building's word, written at body[start, end) after "the", names the
 * building: "the Smith Center video boards" is the arena (Smith Center, Kansas, is a town). Only a
 * name that ends so: "the Philadelphia Convention Center" is in Philadelphia.
 */
export function namesAVenue(body: string, start: number, end: number): boolean {
  return VENUE_WORD.test(body.slice(start, end)) && /\bthe\s+$/i.test(body.slice(Math.max(0, start - 5), start)) && !TOWN_AS_WORD_AFTER.test(body.slice(end, end + 24));
}

/**
 * A magazine or a paper named like a place: "told New York magazine", "Vanity Fair's March issue".
 * What it reported is not set there.
 */
const PUBLICATION_AFTER = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}?\p{Lu}[\p{L}'’.-]*(?:\s+[Mm]agazine\b|['’]s\s+(?:(?:\p{Lu}\p{Ll}+|\d{4}|latest|new|current|online|cover)\s+){0,2}(?:issue|edition|cover\s+story|magazine)\b)/u;

/** Whether the capitalised words at the offset name a magazine or a paper, not a town. */
export function namesAPublication(body: string, offset: number): boolean {
  return PUBLICATION_AFTER.test(body.slice(offset, offset + 80));
}

/**
 * A capitalised plural the text also writes after "the" ("The Chiefs (2-13) ...", "in Chiefs red";
 * "the Angels"): a team or a people, not a town too small for the gazetteer. Only for names the
 * gazetteer does not hold: "the Williams family" leaves Williams, Arizona, a town.
 */
export function teamOrPeople(name: string, body: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(name) && new RegExp(`\\b[Tt]he\\s+${name}\\b`).test(body);
}

/**
 * A school's kind after a name: "Oak Hill Elementary", "Central High School", "Lodi Middle School", "a
 * Central High graduate". Up to two more capitalised words may stand between, where the tagger took
 * only the first word of the school's name as a place ("Oak" of "Oak Hill Elementary", a village in
 * Nebraska).
 */
const SCHOOL_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}?\s+(?:(?:Elementary|Middle|Intermediate|Junior\s+High|Senior\s+High|High)(?:\s+School)?|Academy|Preparatory)\b/u;

/**
 * Whether the place's name that ends at `end` names a school: "on the block facing Oak Hill
 * Elementary" is no scene in Oak Hill, West Virginia, nor "a 2016 Central High graduate" in Central
 * High, Oklahoma. A town's own school is named after it too ("a Lodi High School student"): the town
 * is then named elsewhere, where it counts.
 */
export function namesASchool(body: string, end: number, start = end): boolean {
  return SCHOOL_AFTER.test(body.slice(end, end + 30)) || (SCHOOL_WORD_LAST.test(body.slice(start, end)) && !/^\s*,/.test(body.slice(end, end + 3)));
}

/**
 * A name the tagger took whole that ends in a school's kind: "a 2016 Central High graduate" read as
 * "Central High" (a town in Oklahoma). The town is written with its state ("Central High, Okla.").
 */
const SCHOOL_WORD_LAST = /\s(?:High|Elementary|Middle)$/;


/**
 * A housing development's kind after a name: "Bedford Dwellings", "the Maple Ridge Apartments",
 * "Cabrini Homes", "the Hillview Village apartment complex". Lower-case kinds only after "the": "a
 * Memphis apartment complex" is one in Memphis.
 */
const HOUSING_AFTER = /^\s+(?:Dwellings|Homes|Apartments|Apts\.?|Courts|Towers)\b/;
const HOUSING_AFTER_THE = /^(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:apartments?|housing)(?:\s+(?:complex|project|development|community))?\b/u;

/**
 * Whether the place's name at text[start, end) names a housing development: "a boy was wounded in
 * Bedford Dwellings" is no scene in Bedford, Pennsylvania (the development is in Pittsburgh).
 */
export function namesAHousingDevelopment(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 50);
  return HOUSING_AFTER.test(after) || (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && HOUSING_AFTER_THE.test(after));
}

/**
 * A product's kind after its maker's name ("Ironvale VPN gateways", "Corvane routers", "a flaw in
 * Halvardix software"), or a product word closing the name the tagger took ("Ironvale VPN"). Words of
 * technology only: a town's name is seldom followed by them.
 */
const PRODUCT_AFTER = /^\s+(?:VPNs?|gateways?|servers?|software|apps?|routers?|firewalls?|devices?|appliances?|platforms?|products?|chips?|handsets?|smartphones?|browsers?|firmware|plug-?ins?)\b/u;
/** "Ironvale VPN", and "Nexgate SSL-VPN" (a product word after a hyphen, review ux74a fault 8). */
const PRODUCT_LAST = /[\s-](?:VPN|Software|Server|Gateway|Firewall|OS|App)$/;
/** "exploitation of CVE-2025-48812 in Nexgate": what a vulnerability's identifier is in is software. */
const CVE_IN = /\bCVE-\d{4}-\d{4,}\s+in\s+(?:the\s+|its\s+)?$/;

/**
 * Whether the place's name at body[start, end) names a maker's product: "exploited a flaw in Ironvale
 * VPN gateways" is no scene in a town called Ironvale VPN.
 */
export function namesAProduct(body: string, start: number, end: number): boolean {
  return PRODUCT_LAST.test(body.slice(start, end)) || PRODUCT_AFTER.test(body.slice(end, end + 30)) || CVE_IN.test(body.slice(Math.max(0, start - 30), start));
}
