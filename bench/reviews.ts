/**
 * `npm run bench:reviews`: the user-review sets kept in test/reviews/ (README there), each ingested as
 * a user runs it (review-run.ts: one `triangulate ingest` per report, in file-name order and reversed,
 * into a new store) and scored against its truth.json (review-score.ts): the partition, the truth
 * events found exactly, and each matched record's date, place, country, tolls, participants and links.
 * These are the events users see, so a later session can tell whether they got better or worse.
 *
 * Options: --set NAME[,NAME] (default every set), --order forward|reverse|both (default both),
 * --json FILE (every score, per truth event too), --keep DIR (leave the stores there), --root DIR (sets
 * kept elsewhere, in the same format).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relaunchWithPipelineFlags } from '../src/util/v8-flags.js';
import { scoreClustering } from './cluster-metrics.js';
import { type Order, runReviewSet } from './review-run.js';
import { partitionLabels, scoreReviewSet, type SetScore, type Tally } from './review-score.js';
import { reviewSets } from './review-set.js';

// Run under the V8 flags the `triangulate` command runs the pipeline with (src/util/v8-flags.ts).
relaunchWithPipelineFlags();

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const orderArg = option('--order') ?? 'both';
const ORDERS: Record<string, Order[]> = { forward: ['forward'], reverse: ['reverse'], both: ['forward', 'reverse'] };
const orders = ORDERS[orderArg];
const known = new Set(['--set', '--order', '--json', '--keep', '--root']);
if (!orders || args.some((a) => a.startsWith('--') && !known.has(a)) || args.some((a, i) => known.has(a) && (args[i + 1] === undefined || args[i + 1]!.startsWith('--')))) {
  console.error('usage: node dist/bench/reviews.js [--set NAME[,NAME]] [--order forward|reverse|both] [--json FILE] [--keep DIR] [--root DIR]');
  process.exit(1);
}
// dist/bench/reviews.js -> the repository's test/reviews, unless another folder of sets is given.
const root = option('--root') ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'test', 'reviews');
const sets = reviewSets(root, option('--set')?.split(',').filter(Boolean) ?? []);

const ratio = (t: Tally): string => `${t.right}/${t.of}`;
const mark = (v: boolean | null): string => (v === null ? '–' : v ? 'yes' : 'no');

function setTable(s: SetScore): string {
  const lines = [
    `### ${s.set}, ${s.order}: ${s.systemEvents} events for ${s.truthEvents} (${s.reports} reports), B-cubed F1 ${s.partition.bcubed.f1.toFixed(3)}, pairwise F1 ${s.partition.pairwise.f1.toFixed(3)}, exact ${s.exact}/${s.truthEvents}`,
    '',
    '| truth | reports | event | held / its size | exact | date | place | country | killed | injured | participants | links |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const e of s.events) {
    const got = e.got;
    lines.push(
      `| ${e.truthId} ${e.title} | ${e.reports} | ${e.eventId ?? 'none'} | ${e.held} / ${e.eventSize} | ${e.exact ? 'yes' : 'no'} | ${mark(e.date)} (${got.date ?? '–'}) | ${mark(e.place)} (${got.place ?? '–'}) | ${mark(e.country)} (${got.country ?? '–'}) | ${e.killed ? 'yes' : 'no'} (${got.killed ?? '–'}) | ${e.injured ? 'yes' : 'no'} (${got.injured ?? '–'}) | ${ratio(e.participants)}${e.missingParticipants.length ? ` (missing ${e.missingParticipants.join(', ')})` : ''} | ${ratio(e.links)}${e.wrongLinks ? `, ${e.wrongLinks} wrong` : ''} |`,
    );
  }
  const notes = [
    `explainers ${s.explainers}: ${s.explainerOwnEvents} made an event of their own (fault), ${s.explainerJoined} joined another event`,
    s.eventless.length ? `stored with no event: ${s.eventless.join(', ')}` : '',
    s.refused.length ? `refused: ${s.refused.join(', ')}` : '',
  ].filter(Boolean);
  lines.push('', notes.join('; '));
  return lines.join('\n');
}

function sum(scores: readonly SetScore[], pick: (s: SetScore) => Tally): Tally {
  return scores.reduce((t, s) => ({ right: t.right + pick(s).right, of: t.of + pick(s).of }), { right: 0, of: 0 });
}

const started = Date.now();
const scores: SetScore[] = [];
// Pooled partition labels per order, set name before each item, for the total.
const pooled = new Map<Order, { predicted: Map<string, string>; gold: Map<string, string> }>();
for (const set of sets) {
  for (const order of orders) {
    process.stderr.write(`${set.name} ${order}: ${set.files.length} reports… `);
    const t0 = Date.now();
    const run = await runReviewSet(set, order, option('--keep') === undefined ? {} : { keep: option('--keep')! });
    const score = scoreReviewSet(set.name, order, set.truth, run);
    process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    scores.push(score);
    const labels = partitionLabels(set.truth, run);
    const all = pooled.get(order) ?? { predicted: new Map(), gold: new Map() };
    for (const [k, v] of labels.predicted) all.predicted.set(`${set.name}/${k}`, `${set.name}/${v}`);
    for (const [k, v] of labels.gold) all.gold.set(`${set.name}/${k}`, `${set.name}/${v}`);
    pooled.set(order, all);
    console.log(`${setTable(score)}\n`);
  }
}

const day = new Date().toISOString().slice(0, 10);
const head = '| set | order | events / truth | B-cubed F1 | pairwise F1 | exact | date | place | country | killed | injured | participants | links (wrong) | explainers alone |';
const rule = '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|';
const rowOf = (name: string, order: string, group: readonly SetScore[], b3: number, pw: number): string =>
  `| ${name} | ${order} | ${group.reduce((n, s) => n + s.systemEvents, 0)} / ${group.reduce((n, s) => n + s.truthEvents, 0)} | ${b3.toFixed(3)} | ${pw.toFixed(3)} | ${group.reduce((n, s) => n + s.exact, 0)}/${group.reduce((n, s) => n + s.truthEvents, 0)} | ${ratio(sum(group, (s) => s.date))} | ${ratio(sum(group, (s) => s.place))} | ${ratio(sum(group, (s) => s.country))} | ${ratio(sum(group, (s) => s.killed))} | ${ratio(sum(group, (s) => s.injured))} | ${ratio(sum(group, (s) => s.participants))} | ${ratio(sum(group, (s) => s.links))} (${group.reduce((n, s) => n + s.wrongLinks, 0)}) | ${group.reduce((n, s) => n + s.explainerOwnEvents, 0)}/${group.reduce((n, s) => n + s.explainers, 0)} |`;
const lines = [`## Review sets, ${day}, Node ${process.version}`, '', head, rule];
for (const s of scores) lines.push(rowOf(s.set, s.order, [s], s.partition.bcubed.f1, s.partition.pairwise.f1));
const totals: Record<string, { bcubed: number; pairwise: number; reports: number }> = {};
for (const order of orders) {
  const group = scores.filter((s) => s.order === order);
  const p = pooled.get(order);
  if (!p || group.length === 0) continue;
  const c = scoreClustering(p.predicted, p.gold);
  totals[order] = { bcubed: c.bcubed.f1, pairwise: c.pairwise.f1, reports: c.items };
  lines.push(rowOf(`**total** (${group.length} sets, ${c.items} reports)`, order, group, c.bcubed.f1, c.pairwise.f1));
}
console.log(lines.join('\n'));
console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s; totals pool every set's reports into one partition score; fields are right / scored)`);
const out = option('--json');
if (out) {
  writeFileSync(out, `${JSON.stringify({ day, node: process.version, orders, totals, sets: scores }, null, 2)}\n`);
  process.stderr.write(`wrote ${out}\n`);
}
