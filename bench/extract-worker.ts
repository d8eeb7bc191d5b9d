/**
 * One extractor over one data set, in its own process so that its peak memory is its own. Prints one
 * JSON object: the outputs per page, the extraction time and the peak resident memory.
 */
import { performance } from 'node:perf_hooks';
import { type DatasetName, loadDataset } from './datasets.js';
import { type Extracted, type ExtractorName, makeExtractor } from './extractors.js';

const [extractorName, datasetName, limitArg] = process.argv.slice(2) as [ExtractorName, DatasetName, string | undefined];
const started = performance.now();
const pages = loadDataset(datasetName, limitArg ? Number(limitArg) : Infinity);
const inputs = pages.map((p) => ({ id: p.id, bytes: p.read() }));
const extractor = makeExtractor(extractorName);
const outputs: (Extracted & { id: string; error?: string })[] = [];
const t0 = performance.now();
// CPU time of this process for the loop: what one core spends, whatever else the machine is doing.
const cpu0 = process.cpuUsage();
for (const { id, bytes } of inputs) {
  try {
    outputs.push({ id, ...extractor(bytes, id) });
  } catch (error) {
    outputs.push({ id, body: '', headline: null, date: null, error: (error as Error).message });
  }
}
const extractMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const extractCpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(
  JSON.stringify({
    outputs,
    extractMs,
    extractCpuMs,
    processMs: performance.now() - started,
    bytes: inputs.reduce((a, i) => a + i.bytes.length, 0),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
