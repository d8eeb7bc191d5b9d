/**
 * `npm run bench:cluster`: event clustering and consolidation (issue 5). Each set is streamed in
 * publication order through the real pipeline into a new SQLite store (cluster-pipeline.ts), and the
 * events it stored are scored beside the tuned batch baseline of the same run (cluster-baseline.ts):
 * B-cubed and pairwise precision/recall/F1, the number of clusters, on GVA the accuracy of the event
 * records against the gold incidents (cluster-records.ts), and the pipeline's articles per second.
 * An article the pipeline refuses (no article text found) counts as an event of its own.
 *
 * Options: --set gva|ecbplus (default both), --limit N (the first N items of each stream), --ecb-seed N
 * (ECB+ in another arrival order: it has no dates, so its stream is a seeded shuffle).
 */
import { type ClusterSet, type ClusterSetName, CLUSTER_SETS, ECB_STREAM_SEED, loadClusterSet } from './cluster-data.js';
import { tunedBaseline } from './cluster-baseline.js';
import { scoreClustering } from './cluster-metrics.js';
import { runPipeline } from './cluster-pipeline.js';
import { scoreRecords } from './cluster-records.js';
import { scoreLinks } from './cluster-links.js';
import { type BenchRow, formatTable, row } from './table.js';
import { relaunchWithPipelineFlags } from '../src/util/v8-flags.js';

// Measured under the V8 flags the `triangulate` command runs the pipeline with (src/util/v8-flags.ts).
relaunchWithPipelineFlags();

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const limit = option('--limit') === undefined ? Infinity : Number(option('--limit'));
const sets = (option('--set')?.split(',') ?? CLUSTER_SETS) as ClusterSetName[];
const ecbSeed = option('--ecb-seed') === undefined ? ECB_STREAM_SEED : Number(option('--ecb-seed'));
if (!(limit > 0) || !Number.isInteger(ecbSeed) || sets.some((s) => !CLUSTER_SETS.includes(s))) {
  console.error(`usage: bench:cluster [--set ${CLUSTER_SETS.join('|')}] [--limit N] [--ecb-seed N]`);
  process.exit(1);
}

const started = Date.now();
const rows: BenchRow[] = [];
const notes: string[] = [];

async function measure(set: ClusterSet): Promise<void> {
  const label = set.name === 'gva' ? `GVA, ${set.items.length} articles` : `ECB+, ${set.items.length} articles`;
  process.stderr.write(`${set.name}: pipeline `);
  const run = await runPipeline(set.items, { onProgress: (done) => process.stderr.write(`${done} `) });
  process.stderr.write(`(${run.seconds.toFixed(0)} s); baseline `);
  const baseline = tunedBaseline(set.items);
  process.stderr.write(`(${baseline.seconds.toFixed(0)} s)\n`);
  const gold = new Map(set.items.filter((i) => i.gold !== null).map((i) => [i.id, i.gold!]));
  const ours = scoreClustering(new Map(set.items.map((i) => [i.id, run.eventOf.get(i.id) ?? `refused:${i.id}`])), gold);
  const peer = baseline.score;
  for (const [kind, name] of [['bcubed', 'B-cubed'], ['pairwise', 'pairwise']] as const) {
    rows.push(row(label, `${name} precision`, ours[kind].precision, peer[kind].precision));
    rows.push(row(label, `${name} recall`, ours[kind].recall, peer[kind].recall));
    rows.push(row(label, `${name} F1`, ours[kind].f1, peer[kind].f1));
  }
  rows.push(row(label, `clusters (gold: ${ours.goldClusters})`, ours.clusters, peer.clusters, (x) => x.toFixed(0), false));
  if (set.incidents.size > 0) {
    const records = scoreRecords(set.items, run.eventOf, run.events, set.incidents);
    const n = records.events;
    rows.push(row(label, `event records: date (${n} events; ${Math.round(records.date * n)} right)`, records.date, null));
    rows.push(row(label, `event records: city (${Math.round(records.city * n)} right)`, records.city, null));
    rows.push(row(label, `event records: city, of which an outlet's home city (inferred, ${records.cityGuessedRight} of ${records.cityGuessed} right)`, records.cityGuessed / n, null));
    rows.push(row(label, `event records: killed (none given = 0; ${Math.round(records.killed * n)} right)`, records.killed, null));
    rows.push(row(label, `event records: injured (none given = 0; ${Math.round(records.injured * n)} right)`, records.injured, null));
    rows.push(row(label, 'event records: killed, incidents with deaths', records.killedNonZero, null));
    rows.push(row(label, 'event records: injured, incidents with injured', records.injuredNonZero, null));
    const links = scoreLinks(set.items, run.eventOf, run.events);
    rows.push(row(label, `links to earlier events (${links.links} of ${links.mentions} mentions): share between pages of one incident`, links.links > 0 ? links.sameIncident / links.links : 0, null));
  }
  rows.push(row(label, 'articles per second, one core (ingest to store, wall clock)', set.items.length / run.seconds, null, (x) => x.toFixed(1)));
  // CPU time is the fairer figure on a shared machine: wall clock counts time other processes took.
  rows.push(row(label, 'articles per second, one core (ingest to store, CPU time)', set.items.length / run.cpuSeconds, null, (x) => x.toFixed(1)));
  const gate = baseline.tried.map((t) => `${t.gateDays === null ? 'no date gate' : `${t.gateDays}-day gate`}: best threshold ${t.threshold.toFixed(2)}, B-cubed F1 ${t.bcubedF1.toFixed(3)}`).join('; ');
  notes.push(
    `${label}: baseline tuned on this data, chose threshold ${baseline.threshold.toFixed(2)}${baseline.gateDays === null ? '' : ` with a ${baseline.gateDays}-day publication-date gate`} (${gate}); ` +
      `${ours.items} articles scored; ${set.notes.join('; ')}; pipeline refused ${run.failures.length} (each its own event); ` +
      `pipeline ${run.seconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU; baseline ${baseline.seconds.toFixed(1)} s.`,
  );
}

for (const name of sets) await measure(loadClusterSet(name, limit, ecbSeed));
const day = new Date().toISOString().slice(0, 10);
console.log(formatTable(`Event clustering, ${day}, Node ${process.version}`, 'Triangulate (stream)', 'TF-IDF + average linkage (batch, tuned)', rows));
console.log('');
for (const note of notes) console.log(`- ${note}`);
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`);
