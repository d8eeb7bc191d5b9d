/**
 * `npm run bench:extract`: Triangulate's extract stage against Mozilla Readability (on linkedom, the
 * DOM it is usually paired with in Node) on the evaluation sets in ../shared/data/extraction, in the
 * same run. Prints a Markdown table: body precision/recall/F1, snippet checks, headline and date
 * accuracy, pages per second on one core, peak memory, and the ratios.
 *
 * Options: --limit N (pages per set), --sets a,b (subset of sets).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { type DatasetName, DATASETS, loadDataset, type Page } from './datasets.js';
import { EXTRACTORS, type Extracted, type ExtractorName } from './extractors.js';
import { bodyScore, sameHeadline, shingleCounts, snippetCounts, snippetScore } from './scoring.js';

interface WorkerResult {
  outputs: (Extracted & { id: string; error?: string })[];
  extractMs: number;
  extractCpuMs: number;
  processMs: number;
  bytes: number;
  maxRssMb: number;
}

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : undefined;
const sets = args.includes('--sets') ? (args[args.indexOf('--sets') + 1]!.split(',') as DatasetName[]) : DATASETS;
for (const set of sets) {
  if (!DATASETS.includes(set)) {
    console.error(`unknown set '${set}' (choose from: ${DATASETS.join(', ')})`);
    process.exit(1);
  }
}
const worker = fileURLToPath(new URL('./extract-worker.js', import.meta.url));

function run(extractor: ExtractorName, dataset: DatasetName): WorkerResult {
  const child = spawnSync(process.execPath, [worker, extractor, dataset, ...(limit ? [String(limit)] : [])], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`${extractor} on ${dataset} failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as WorkerResult;
}

const f3 = (x: number): string => x.toFixed(3);

interface Row {
  set: string;
  metric: string;
  values: Record<ExtractorName, string>;
  ratio: string;
}
const rows: Row[] = [];

function add(set: string, metric: string, values: Record<ExtractorName, number>, format: (x: number) => string = f3, ratio = true): void {
  const [ours, peer] = [values.triangulate, values.readability];
  rows.push({ set, metric, values: { triangulate: format(ours), readability: format(peer) }, ratio: ratio && peer > 0 ? `${(ours / peer).toFixed(2)}×` : '' });
}

for (const dataset of sets) {
  const pages = loadDataset(dataset, limit);
  const gold = new Map<string, Page['gold']>(pages.map((p) => [p.id, p.gold]));
  const results = {} as Record<ExtractorName, WorkerResult>;
  for (const extractor of EXTRACTORS) results[extractor] = run(extractor, dataset);
  const metric = (fn: (r: WorkerResult) => number): Record<ExtractorName, number> => ({ triangulate: fn(results.triangulate), readability: fn(results.readability) });
  const label = `${dataset} (${pages.length})`;
  if (pages.some((p) => p.gold.body)) {
    const counts = {} as Record<ExtractorName, ReturnType<typeof shingleCounts>[]>;
    const detail = {} as Record<ExtractorName, ReturnType<typeof bodyScore>>;
    for (const e of EXTRACTORS) {
      counts[e] = results[e].outputs.map((o) => shingleCounts(gold.get(o.id)?.body ?? '', o.body));
      detail[e] = bodyScore(counts[e]);
    }
    for (const key of ['precision', 'recall', 'f1'] as const) {
      add(label, `body ${key === 'f1' ? 'F1' : key}`, { triangulate: detail.triangulate[key], readability: detail.readability[key] });
    }
    const { mean, interval } = pairedBootstrap(counts.triangulate, counts.readability);
    rows.push({ set: label, metric: 'body F1, ours minus peer (95% bootstrap interval)', values: { triangulate: `${mean >= 0 ? '+' : ''}${mean.toFixed(3)} ± ${interval.toFixed(3)}`, readability: '' }, ratio: '' });
  }
  if (pages.some((p) => p.gold.with?.length)) {
    const detail = {} as Record<ExtractorName, ReturnType<typeof snippetScore>>;
    for (const e of EXTRACTORS) detail[e] = snippetScore(results[e].outputs.map((o) => snippetCounts(o.body, gold.get(o.id)?.with ?? [], gold.get(o.id)?.without ?? [])));
    add(label, 'snippet precision', { triangulate: detail.triangulate.precision, readability: detail.readability.precision });
    add(label, 'snippet recall', { triangulate: detail.triangulate.recall, readability: detail.readability.recall });
    add(label, 'snippet F1', { triangulate: detail.triangulate.f1, readability: detail.readability.f1 });
    add(label, 'snippet accuracy', { triangulate: detail.triangulate.accuracy, readability: detail.readability.accuracy });
  }
  // Readability's test pages carry Readability's own output, not human gold: agreement, not accuracy.
  const judged = dataset === 'readability-pages' ? 'agreement with Readability’s own output' : 'accuracy';
  const withHeadline = pages.filter((p) => p.gold.headline);
  if (withHeadline.length) {
    add(`${label}, ${withHeadline.length} with gold`, `headline ${judged}`, metric((r) => r.outputs.filter((o) => gold.get(o.id)?.headline && sameHeadline(gold.get(o.id)!.headline!, o.headline)).length / withHeadline.length));
  }
  const withDate = pages.filter((p) => p.gold.date);
  if (withDate.length) {
    add(`${label}, ${withDate.length} with gold`, `date ${judged}`, metric((r) => r.outputs.filter((o) => gold.get(o.id)?.date && o.date === gold.get(o.id)!.date).length / withDate.length));
  }
  add(label, 'pages the extractor failed on (scored as empty)', metric((r) => r.outputs.filter((o) => o.error).length), (x) => String(x), false);
  add(label, 'pages/s (extraction, CPU time of one core)', metric((r) => r.outputs.length / (r.extractCpuMs / 1000)), (x) => x.toFixed(1));
  add(label, 'pages/s (extraction, wall clock)', metric((r) => r.outputs.length / (r.extractMs / 1000)), (x) => x.toFixed(1));
  add(label, 'ms per page, mean', metric((r) => r.extractMs / r.outputs.length), (x) => x.toFixed(1));
  add(label, 'whole process, s', metric((r) => r.processMs / 1000), (x) => x.toFixed(2));
  add(label, 'peak memory, MB', metric((r) => r.maxRssMb), (x) => x.toFixed(0));
}

 /** The scrapinghub evaluation's paired bootstrap: pages resampled with replacement, F1 difference each time. */
function pairedBootstrap(ours: readonly ReturnType<typeof shingleCounts>[], peer: readonly ReturnType<typeof shingleCounts>[], rounds = 1000): { mean: number; interval: number } {
  let seed = 12345;
  const random = (): number => {
    // A fixed-seed generator: the interval is the same on every run.
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const picks = ours.map(() => Math.floor(random() * ours.length));
    diffs.push(bodyScore(picks.map((i) => ours[i]!)).f1 - bodyScore(picks.map((i) => peer[i]!)).f1);
  }
  const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
  const sd = Math.sqrt(diffs.reduce((a, b) => a + (b - mean) ** 2, 0) / (diffs.length - 1));
  return { mean, interval: 1.96 * sd };
}

const header = '| set (pages) | measure | Triangulate | Readability.js (linkedom) | ratio |';
console.log(`Extraction benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}\n`);
console.log(header);
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.set} | ${r.metric} | ${r.values.triangulate} | ${r.values.readability} | ${r.ratio} |`);
