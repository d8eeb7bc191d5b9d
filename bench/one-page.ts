/**
 * One page, one extractor, a fresh process: time and peak resident memory for a single large page.
 * `node dist/bench/one-page.js triangulate|readability [FILE]` (default: the first generated 5 MB page).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadDataset } from './datasets.js';
import { type ExtractorName, makeExtractor } from './extractors.js';

const [name = 'triangulate', file] = process.argv.slice(2) as [ExtractorName | undefined, string | undefined];
const bytes = file ? readFileSync(file) : loadDataset('synthetic-5mb', 1)[0]!.read();
const extractor = makeExtractor(name);
const baseline = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const out = extractor(bytes, file ?? 'synthetic-5mb');
const ms = performance.now() - started;
console.log(`${name}: ${(bytes.length / 1048576).toFixed(1)} MB page in ${ms.toFixed(0)} ms; peak resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (${baseline.toFixed(0)} MB before extraction); body ${out.body.length} characters`);
