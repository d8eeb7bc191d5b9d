/**
 * Charts drawn as SVG from data (no chart library): events per month, a timeline of related events,
 * and the world map shaded by events per country. Every mark has a text equivalent for screen readers.
 */
import { h, svg } from './dom.js';
import { countryName, formatDate, plural } from './format.js';
import type { WorldMap } from './types.js';

/** Bars of events per month, oldest left; each bar links to the feed for that month. */
export function monthChart(months: Record<string, number>): HTMLElement {
  const keys = fillMonths(Object.keys(months).sort());
  if (keys.length === 0) return h('p', { class: 'muted' }, 'No dated events yet.');
  const max = Math.max(...Object.values(months));
  const width = 720;
  const height = 140;
  // Bars no wider than 48 units, so a few months do not make a wall of colour.
  const bar = Math.min(48, width / keys.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 24}`, role: 'img', 'aria-label': 'Events per month', class: 'chart' });
  keys.forEach((key, i) => {
    const n = months[key] ?? 0;
    const barHeight = n ? Math.max(3, (n / max) * height) : 0;
    const [y, m] = key.split('-');
    const last = `${y}-${m}-${new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()}`;
    const link = svg('a', { href: `#/?from=${key}-01&to=${last}`, 'aria-label': `${formatDate(key)}: ${plural(n, 'event')}` }, svg('rect', { x: i * bar + 2, y: height - barHeight, width: bar - 4, height: barHeight, class: 'bar' }, svg('title', {}, `${formatDate(key)}: ${plural(n, 'event')}`)));
    chart.append(link);
    if (keys.length <= 12 || i % Math.ceil(keys.length / 12) === 0) chart.append(svg('text', { x: i * bar + bar / 2, y: height + 16, 'text-anchor': 'middle', class: 'axis' }, shortMonth(key)));
  });
  return h('figure', { class: 'chart-wrap' }, chart, h('figcaption', { class: 'muted' }, 'Events per month (choose a bar to see them)'));
}

function shortMonth(key: string): string {
  const [y, m] = key.split('-');
  // "Oct ’25", not "Oct 25", which reads as the 25th of October.
  return `${new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ’${y!.slice(2)}`;
}

function fillMonths(sorted: string[]): string[] {
  if (sorted.length === 0) return [];
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const [ly, lm] = sorted[sorted.length - 1]!.split('-').map(Number) as [number, number];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export interface TimelinePoint {
  date: string;
  label: string;
  href?: string;
  current?: boolean;
}

/** Points on one line by date: the earlier events an event refers to, and the event itself. */
export function timeline(points: readonly TimelinePoint[]): HTMLElement {
  const dated = points.filter((p) => /^\d{4}/.test(p.date)).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (dated.length === 0) return h('p', { class: 'muted' }, 'No dated related events.');
  const time = (d: string): number => Date.parse(`${d.slice(0, 10)}${d.length === 4 ? '-07-01' : d.length === 7 ? '-15' : ''}`);
  const t0 = time(dated[0]!.date);
  const t1 = time(dated[dated.length - 1]!.date);
  const width = 640;
  const x = (d: string): number => 40 + (t1 === t0 ? 0.5 : (time(d) - t0) / (t1 - t0)) * (width - 80);
  const chart = svg('svg', { viewBox: `0 0 ${width} 70`, class: 'timeline', role: 'img', 'aria-label': 'Timeline of related events' }, svg('line', { x1: 20, x2: width - 20, y1: 30, y2: 30, class: 'axis-line' }));
  dated.forEach((p, i) => {
    const dot = svg('circle', { cx: x(p.date), cy: 30, r: p.current ? 8 : 6, class: p.current ? 'dot current' : 'dot' }, svg('title', {}, `${formatDate(p.date)}: ${p.label}`));
    chart.append(p.href ? svg('a', { href: p.href }, dot) : dot);
    chart.append(svg('text', { x: x(p.date), y: i % 2 ? 62 : 14, 'text-anchor': 'middle', class: 'axis' }, formatDate(p.date)));
  });
  const list = h('ol', { class: 'timeline-list' }, dated.map((p) => h('li', { class: p.current ? 'current' : '' }, h('time', { datetime: p.date }, formatDate(p.date)), ' ', p.href ? h('a', { href: p.href }, p.label) : p.label)));
  return h('div', {}, chart, list);
}

/** The world, shaded by events per country; a country with events links to the feed filtered by it. */
export function worldMap(map: WorldMap, counts: Record<string, number>): HTMLElement {
  const max = Math.max(1, ...Object.values(counts));
  const chart = svg('svg', { viewBox: `0 0 ${map.width} ${map.height}`, class: 'map', role: 'img', 'aria-label': 'Map of events by country' });
  for (const c of map.countries) {
    const n = counts[c.code] ?? 0;
    const shade = n ? Math.ceil((n / max) * 4) : 0;
    const label = `${countryName(c.code) || c.name}: ${plural(n, 'event')}`;
    const path = svg('path', { d: c.d, class: `country level-${shade}`, 'data-code': c.code }, svg('title', {}, label));
    chart.append(n ? svg('a', { href: `#/?country=${c.code}`, 'aria-label': label }, path) : path);
  }
  const legend = h(
    'ul',
    { class: 'map-legend' },
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => h('li', {}, h('a', { href: `#/?country=${code}` }, countryName(code)), ` ${plural(n, 'event')}`)),
  );
  return h('div', {}, chart, legend);
}
