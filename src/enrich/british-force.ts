/**
 * British police forces and fire services are named after counties and regions, some of which share a
 * name with an American city ("Cleveland Police" polices Teesside, not Cleveland, Ohio; "Cheshire
 * Constabulary", "Sussex Police", "North Wales Police"). A city's police named in a story makes that city
 * the scene and its country the story's (place.ts), so a Middlesbrough explosion went to Ohio. A service
 * is taken for a British one where its name has a British form (Constabulary, Fire Brigade, Fire and
 * Rescue Service) or names a British force's area, and the story shows it is British.
 */
import type { Entity } from '../model/types.js';
import { escapeRegExp } from '../util/regexp.js';

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
 * Words a British story writes: its countries, the pound, a member of Parliament. "New England" and
 * "New South Wales" are not them.
 */
const BRITISH_WORDS = /£\s?\d|\bMPs?\b|\b(?:Britain|British|UK|U\.K\.|Scotland|Northern Ireland)\b|(?<!\bNew\s)\bEngland\b|(?<!\b(?:New\s+South|North|South)\s)\bWales\b/;

/** Whether the text, outside the force's own name, shows a British story: a British place or a British word. */
export function britishStory(body: string, entities: readonly Entity[], area: string): boolean {
  if (entities.some((e) => e.type === 'location' && e.country === 'GB' && e.text !== area && !e.text.startsWith(`${area} `))) return true;
  return BRITISH_WORDS.test(body.replace(new RegExp(escapeRegExp(area), 'g'), ' '));
}

/**
 * Whether the service named `area` followed by `rest` ("Cleveland" and " Fire Brigade", "Cleveland" and
 * " Police said") is a British one, so no American town's: a British form of name with a British area or
 * story, or a British area's police in a British story. "Columbus police said" is left alone.
 */
export function britishService(area: string, rest: string, body: string, entities: readonly Entity[]): boolean {
  const listed = FORCE_AREAS.has(area);
  if (!listed && !BRITISH_FORM.test(rest)) return false;
  return (listed && BRITISH_FORM.test(rest)) || britishStory(body, entities, area);
}
