/**
 * Prints a seeded sample of the facts that more than one report makes, for an analyst to judge whether
 * each is truly one claim: ECB+ articles grouped by their gold event (each article its own outlet), or
 * the files given after --files taken as one event.
 * Usage: node dist/bench/fact-groups-sample.js [--n 30] [--seed 7] [--json all.json] [--files a.txt b.txt]
 * (--json writes every such fact's sentences, to compare two versions' groups.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Article } from '../src/model/types.js';
import { groupFacts, numberDiscrepancies, type FactGroup } from '../src/consolidate/facts.js';
import { sourceGroups } from '../src/consolidate/sources.js';
import { goldEvents, readArticle } from './gold-events.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const n = Number(option('--n') ?? 30);
let seed = Number(option('--seed') ?? 7);
const filesAt = process.argv.indexOf('--files');
const files = filesAt >= 0 ? process.argv.slice(filesAt + 1) : [];

const events: Article[][] = files.length > 0 ? [files.map((f, i) => readArticle(readFileSync(f, 'utf8'), { outlet: `Outlet ${i}` }, basename(f)))] : goldEvents('ecbplus');

const shared: FactGroup[] = [];
let all = 0;
for (const articles of events) {
  const groups = sourceGroups(articles);
  const facts = groupFacts(articles, groups);
  numberDiscrepancies(facts, groups);
  all += facts.length;
  shared.push(...facts.filter((f) => new Set(f.members.map((m) => m.article)).size > 1));
}
const json = option('--json');
if (json) writeFileSync(json, JSON.stringify(shared.map((f) => f.members.map((m) => `${m.article}\t${m.text}`))));
console.log(`events ${events.length}, facts ${all}, facts made by more than one report ${shared.length}`);
/** A small seeded generator, so a sample can be drawn again. */
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const picked = [...shared].map((f) => ({ f, k: random() })).sort((a, b) => a.k - b.k).slice(0, n).map((x) => x.f);
picked.forEach((f, i) => {
  console.log(`\n#${i + 1} (${f.members.length} sentences, corroboration ${f.fact.corroboration})`);
  for (const m of f.members) console.log(`  - ${m.text.replace(/\s+/g, ' ').slice(0, 220)}`);
});
