/**
 * Country shapes for the map, offline: Natural Earth 1:110m from the world-atlas package, turned into
 * GeoJSON by topojson-client and projected here (plate carrée) into SVG path data, once per process.
 * Countries are keyed by ISO 3166-1 alpha-2, the codes events carry (world-countries maps the numeric
 * codes world-atlas uses).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export interface WorldMap {
  width: number;
  height: number;
  /** Degrees of latitude at the top and bottom edges (Antarctica is cut off to save room). */
  north: number;
  south: number;
  countries: { code: string; name: string; d: string }[];
}

const WIDTH = 960;
const NORTH = 84;
const SOUTH = -58;
const SCALE = WIDTH / 360;
/** A few shapes that have no ISO numeric code in Natural Earth. */
const BY_NAME: Record<string, string> = { Kosovo: 'XK', 'N. Cyprus': 'CY', Somaliland: 'SO' };

let cached: WorldMap | null = null;

export function worldMap(): WorldMap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const numeric = new Map((require('world-countries') as { ccn3: string; cca2: string }[]).map((c) => [c.ccn3, c.cca2]));
  const collection = feature(topology, topology.objects.countries!) as FeatureCollection<Geometry, { name?: string }>;
  const countries: WorldMap['countries'] = [];
  for (const f of collection.features as Feature<Geometry, { name?: string }>[]) {
    const name = f.properties?.name ?? '';
    const code = (f.id !== undefined ? numeric.get(String(f.id)) : undefined) ?? BY_NAME[name];
    if (!code || name === 'Antarctica') continue;
    const d = pathData(f.geometry);
    if (d) countries.push({ code, name, d });
  }
  cached = { width: WIDTH, height: Math.round((NORTH - SOUTH) * SCALE), north: NORTH, south: SOUTH, countries };
  return cached;
}

function pathData(geometry: Geometry): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.map((rings) => rings.map(ring).join('')).join('');
}

function ring(points: Position[]): string {
  let out = '';
  let previous: number | null = null;
  for (const [lon, lat] of points) {
    // A ring that crosses the antimeridian jumps across the map: start a new sub-path there instead.
    const move = previous === null || Math.abs(lon! - previous) > 180;
    out += `${move ? 'M' : 'L'}${((lon! + 180) * SCALE).toFixed(1)},${((NORTH - lat!) * SCALE).toFixed(1)}`;
    previous = lon!;
  }
  return `${out}Z`;
}
