/**
 * TimeML documents (.tml) as plain text with their gold temporal expressions: the TEXT element with
 * every tag removed and entities decoded, gold TIMEX3 spans as offsets into that text, and the
 * document creation time. The files are read where they lie in ../shared/data/time; nothing is copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TimexType } from '../src/model/types.js';

export interface GoldTimex {
  start: number;
  end: number;
  type: TimexType;
  value: string;
}

export interface TimemlDocument {
  id: string;
  /** The DCT's value, e.g. 1998-02-06 or 1998-02-06T22:19:00. */
  dct: string;
  text: string;
  gold: GoldTimex[];
  /** Characters outside the scoring (a dateline that is the DCT itself): predictions over them are dropped. */
  ignore?: { start: number; end: number }[];
}

/** ../shared/data/time beside the project (dist/bench/ is two levels below its root), or $TRIANGULATE_TIME_DATA. */
export function timeDataRoot(): string {
  return resolve(process.env.TRIANGULATE_TIME_DATA ?? join(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'data', 'time'));
}

/** Every .tml file of a folder, parsed, in name order; none when the folder is missing. */
export function loadTimeml(dir: string): TimemlDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tml'))
    .sort()
    .map((name) => parseTimeml(name.replace(/\.tml$/, ''), readFileSync(join(dir, name), 'utf8')));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

export function parseTimeml(id: string, xml: string): TimemlDocument {
  const dct = /<DCT>\s*<TIMEX3\b[^>]*\bvalue="([^"]*)"/.exec(xml)?.[1] ?? '';
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) return { id, dct, text: '', gold: [] };
  const source = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const gold: GoldTimex[] = [];
  const openTimexes: GoldTimex[] = [];
  // Tags and entities alternate with text; offsets are counted in the text as it is built.
  for (const m of source.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>|&(#?\w+);|[^<&]+/g)) {
    if (m[2] === undefined && m[4] === undefined) {
      text += m[0];
    } else if (m[4] !== undefined) {
      text += decodeEntity(m[4]);
    } else if (m[2] === 'TIMEX3' && m[1] === '') {
      const type = /\btype="([A-Z]+)"/.exec(m[3]!)?.[1] as TimexType | undefined;
      const value = /\bvalue="([^"]*)"/.exec(m[3]!)?.[1] ?? '';
      const timex: GoldTimex = { start: text.length, end: text.length, type: type && TYPES.includes(type) ? type : 'DATE', value };
      if (m[3]!.trimEnd().endsWith('/')) continue;
      openTimexes.push(timex);
    } else if (m[2] === 'TIMEX3') {
      const timex = openTimexes.pop();
      if (!timex) continue;
      timex.end = text.length;
      if (timex.end > timex.start) gold.push(timex);
    }
  }
  return { id, dct, text, gold: gold.sort((a, b) => a.start - b.start) };
}

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}
