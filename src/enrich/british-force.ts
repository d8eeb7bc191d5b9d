/**
 * British police forces and fire services are named after counties and regions, some of which share a
 * name with an American city ("Cleveland Police" polices Teesside, not Cleveland, Ohio; "Cheshire
 * Constabulary", "Sussex Police", "North Wales Police"). A city's police named in a story makes that city
 * the scene and its country the story's (place.ts), so a Middlesbrough explosion went to Ohio. A service
 * is taken for a British one where its name has a British form (Constabulary, Fire Brigade, Fire and
 * Rescue Service) or names a British force's area, and the story shows it is British.
 */
import type { Entity } from '../model/types.js';
import { type LocatedPlace, lookupPlace } from './gazetteer/places.js';

/**
 * The areas British territorial police forces and fire services are named after, today's and a few
 * former ones news still writes ("Strathclyde Police").
 */
const FORCE_AREAS = new Set([
  'Avon and Somerset', 'Bedfordshire', 'Cambridgeshire', 'Cheshire', 'City of London', 'Cleveland', 'Cumbria', 'Derbyshire',
  'Devon and Cornwall', 'Devon & Cornwall', 'Dorset', 'Durham', 'Dyfed-Powys', 'Essex', 'Gloucestershire', 'Greater Manchester',
  'Gwent', 'Hampshire', 'Hertfordshire', 'Humberside', 'Kent', 'Lancashire', 'Leicestershire', 'Lincolnshire', 'Merseyside',
  'Norfolk', 'North Wales', 'North Yorkshire', 'Northamptonshire', 'Northumbria', 'Nottinghamshire', 'South Wales',
  'South Yorkshire', 'Staffordshire', 'Suffolk', 'Surrey', 'Sussex', 'Thames Valley', 'Warwickshire', 'West Mercia',
  'West Midlands', 'West Yorkshire', 'Wiltshire', 'Tyne and Wear', 'Hereford and Worcester', 'Royal Berkshire',
  'Buckinghamshire', 'Oxfordshire', 'Shropshire', 'Cornwall', 'Devon and Somerset', 'East Sussex', 'West Sussex',
  'Isle of Wight', 'Mid and West Wales', 'Strathclyde', 'Lothian and Borders', 'Grampian', 'Tayside', 'Fife',
  'Dumfries and Galloway', 'Central Scotland', 'Northern Constabulary',
]);

/** What follows the area in a British service's name and never in an American city's. */
const BRITISH_FORM = /^\s*(?:Constabulary|Fire\s+(?:Brigade|(?:and|&)\s+Rescue\s+Service))\b/;

/**
 * The pound and a member of Parliament as British politics writes one ("the Labour MP", "MP for
 * Redcar"): no American story writes them. Bare "MPs" are as often military police.
 */
const BRITISH_MARKS = /£\s?\d|\b(?:Labour|Conservative|Tory|Lib\s+Dem|Liberal\s+Democrat|SNP|Plaid\s+Cymru|Reform\s+UK|local|constituency)\s+MPs?\b|\bMPs?\s+for\s+\p{Lu}/u;

/**
 * Britain and its countries where the text names them as a place ("in England", "across the UK",
 * "Redcar, England"), not as a word for people or things ("a UK citizen", "a British tourist"; the word
 * "British" says nothing of where the story is: "Surrey, British Columbia"). "New England" and "New
 * South Wales" are not them.
 */
const BRITISH_COUNTRY = /(?:\b(?:in|across|throughout|around|of)\s+(?:the\s+)?|,\s*)(?:(?:Great\s+)?Britain|United\s+Kingdom|UK|U\.K\.|Scotland|Northern\s+Ireland|(?<!\bNew\s)England|(?<!\b(?:New\s+South|North|South)\s)Wales)\b/gu;

/** Britain and its countries as the tagger may give them, as places of their own. */
const COUNTRY_NAME = /^(?:Britain|Great\s+Britain|United\s+Kingdom|UK|U\.K\.|England|Scotland|Wales|Northern\s+Ireland)$/;

/**
 * Words right before a place that make it where someone or something came from or went to ("a flight
 * from London", "a student from England", "extradited to Scotland"), not where the story happens.
 */
const AWAY_BEFORE = /\b(?:from|to|via|native\s+of|citizen\s+of|born\s+in|wanted\s+in)\s+(?:the\s+)?$/i;

/**
 * How far into the text its lead runs, at most: its first two sentences (a British lead often names the
 * town only in the second: "... Cleveland Police said. He was held at his home in Yarm"), or
 * this many characters.
 */
const LEAD_LIMIT = 400;

/** Where the text's first and second sentences end, each LEAD_LIMIT at most. */
function leadEnds(body: string): [number, number] {
  const stops = /[.!?]["'’”]?\s/g;
  const ends: number[] = [];
  for (const m of body.slice(0, LEAD_LIMIT).matchAll(stops)) {
    // "St. Mary's", "U.S.": a stop this close to the start ends no sentence.
    if (m.index < 20) continue;
    ends.push(m.index);
    if (ends.length === 2) break;
  }
  return [ends[0] ?? LEAD_LIMIT, ends[1] ?? LEAD_LIMIT];
}

/** A place in the text that is British, with where it starts. */
interface BritishMention {
  name: string;
  start: number;
  /** A town or county the tagger found, not Britain or one of its countries by name. */
  town: boolean;
}

/** The British places the text names as where things happen, outside the force's own name. */
function britishMentions(body: string, entities: readonly Entity[], area: string): BritishMention[] {
  const mentions: BritishMention[] = [];
  const away = (start: number): boolean => AWAY_BEFORE.test(body.slice(Math.max(0, start - 20), start));
  for (const e of entities) {
    if (e.type !== 'location' || e.country !== 'GB' || e.text === area || e.text.startsWith(`${area} `)) continue;
    // Britain or one of its countries counts only where BRITISH_COUNTRY reads it as a place below: the
    // tagger also gives "a UK citizen" and "British Airways" their country, which says nothing of the scene.
    if (e.subtype === 'country' || COUNTRY_NAME.test(e.text)) continue;
    if (!away(e.start)) mentions.push({ name: e.text, start: e.start, town: true });
  }
  for (const m of body.matchAll(BRITISH_COUNTRY)) {
    const name = /(?:(?:Great|United|Northern)\s+)?\S+$/.exec(m[0])![0];
    const start = m.index + m[0].length - name.length;
    // "a citizen of the UK": whose citizen, not where.
    if (!away(start)) mentions.push({ name, start, town: false });
  }
  return mentions;
}

/**
 * Whether the story is British by its own evidence, outside the force's own name: the pound or an MP;
 * a British place in its dateline or first sentence, or a British town in its second; or two British places. One British place further
 * down is not enough, nor one somebody came from ("Cleveland police said a man who had arrived on a
 * flight from London was arrested at Hopkins airport" is an Ohio story).
 */
export function britishStory(body: string, entities: readonly Entity[], area: string, headline = ''): boolean {
  if (BRITISH_MARKS.test(body) || britishHeadline(headline, area)) return true;
  const mentions = britishMentions(body, entities, area);
  if (mentions.length === 0) return false;
  // The first sentence with any British place; the second with a British town ("at his home in Yarm"),
  // not a country, which is as often somewhere a person went ("visiting family in England").
  const [first, second] = leadEnds(body);
  if (mentions.some((m) => m.start < first || (m.town && m.start < second))) return true;
  return new Set(mentions.map((m) => m.name)).size >= 2;
}

/**
 * Whether the service named `area` followed by `rest` ("Cleveland" and " Fire Brigade", "Cleveland" and
 * " Police said") is a British one, so no American town's: a British form of name with a British area or
 * story, or a British area's police in a British story. "Columbus police said" is left alone.
 */
export function britishService(area: string, rest: string, body: string, entities: readonly Entity[], headline = ''): boolean {
  const listed = FORCE_AREAS.has(area);
  if (!listed && !BRITISH_FORM.test(rest)) return false;
  return (listed && BRITISH_FORM.test(rest)) || britishStory(body, entities, area, headline);
}

/**
 * A force word in lower case right after a town's name ("Durham police said"), as American copy
 * writes a city's police; British copy writes the force's name ("Durham Constabulary", "Durham Police").
 */
const POLICE_AFTER = /^\s+(?:police|officers|detectives)\b/;

/**
 * "Durham police said a Duke University student from England was killed": the town was read as
 * Durham, England, only because the text names Britain as where someone came from. Where a listed
 * area's police are named and the story shows no British scene of its own (no British mark, no British
 * place that is not somebody's origin or destination), the town the name means without that context
 * (Durham, North Carolina), or null where there is none abroad or the reading stands. Also where the
 * name was read as no town at all (Norfolk, the county), for the same reason.
 */
export function forceTownAbroad(area: string, located: LocatedPlace | null, after: string, body: string, entities: readonly Entity[], headline = ''): LocatedPlace | null {
  if ((located !== null && located.country !== 'GB') || !FORCE_AREAS.has(area) || !POLICE_AFTER.test(after)) return null;
  if (BRITISH_MARKS.test(body) || britishHeadline(headline, area) || britishMentions(body, entities, area).length > 0) return null;
  // The namesake the text's own states choose ("Kent police ... Portage County, Ohio": Kent, Ohio), else
  // the best known one (Kent, Washington); the text's hints may also choose the English county, which
  // this story has been found not to be about.
  const abroad = (place: LocatedPlace | null): boolean => place?.kind === 'city' && place.country !== 'GB';
  const hinted = lookupPlace(area, body);
  if (abroad(hinted)) return hinted;
  const plain = lookupPlace(area);
  return abroad(plain) ? plain : null;
}

/** A headline in title case ("Man Shot Outside Kent Bar"): its capitals are no names. */
function titleCase(headline: string): boolean {
  const words = headline.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/**
 * Whether the headline shows a British story: the pound or an MP, Britain as a place, or a British town
 * named where a headline names its scene ("Middlesbrough explosion: two dead"), not somebody's origin.
 * A body may name no British place in its lead ("Two people died ..., Cleveland Police said") where the
 * headline does. A title-case headline's capitals are not read as towns.
 */
export function britishHeadline(headline: string, area: string): boolean {
  if (headline === '') return false;
  if (BRITISH_MARKS.test(headline)) return true;
  for (const m of headline.matchAll(BRITISH_COUNTRY)) if (!AWAY_BEFORE.test(headline.slice(0, m.index + m[0].length - /\S+$/.exec(m[0])![0].length))) return true;
  if (titleCase(headline)) return false;
  for (const m of headline.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)) {
    if (AWAY_BEFORE.test(headline.slice(0, m.index))) continue;
    // The run ("Stockton-on-Tees"), else each of its words ("Middlesbrough Council").
    const names = [m[0], ...(m[0].includes(' ') ? m[0].split(/\s+/) : [])].map((n) => n.replace(/['’]s$/, ''));
    for (const name of names) {
      if (name === area) continue;
      const place = lookupPlace(name);
      if (place?.kind === 'city' && place.country === 'GB') return true;
    }
  }
  return false;
}
