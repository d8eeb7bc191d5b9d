/** Where and when: the world map of events by country and the chart of events per month. */
import { getJson } from './api.js';
import { monthChart, worldMap } from './charts.js';
import { h } from './dom.js';
import type { Stats, WorldMap } from './types.js';

export async function mapView(): Promise<HTMLElement> {
  const [stats, map] = await Promise.all([getJson<Stats>('/api/stats'), getJson<WorldMap>('/api/map')]);
  return h('section', {}, h('h1', { tabindex: -1 }, 'Map and timeline'), h('h2', {}, 'Events by country'), worldMap(map, stats.countries), h('h2', {}, 'Events over time'), monthChart(stats.months));
}
