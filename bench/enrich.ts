/**
 * `npm run bench:enrich`: the enrich stage measured on data we never train on, beside named peers from
 * the same run: entities (GUM news, CrossNER politics dev, MEANTIME) against compromise, the stage's
 * speed, and temporal expressions (TimeBank, AQUAINT, MEANTIME) against chrono-node alone. Prints Markdown
 * tables for docs/benchmarks.md.
 */
import { lookupCity, lookupCountry } from '../src/enrich/gazetteer/places.js';
import { gumDocuments, meantimeDocuments } from '../train/ner-data.js';
import { entityRows } from './enrich-entities.js';
import { timeRows } from './enrich-time.js';
import { speedRows } from './enrich-speed.js';
import { formatTable } from './table.js';
import { relaunchWithPipelineFlags } from '../src/util/v8-flags.js';

// Measured under the V8 flags the `triangulate` command runs the pipeline with (src/util/v8-flags.ts).
relaunchWithPipelineFlags();

const started = Date.now();
const isPlace = (name: string): boolean => lookupCountry(name) !== null || lookupCity(name) !== null;
const rows = [...entityRows(), ...speedRows('GUM news and MEANTIME', [...gumDocuments(isPlace), ...meantimeDocuments()])];
const day = new Date().toISOString().slice(0, 10);
console.log(formatTable(`Entities and speed, ${day}, Node ${process.version}`, 'Triangulate', 'compromise 14', rows));
console.log('');
console.log(formatTable(`Temporal expressions (TimeML; value F1: a gold expression overlapped by one with the same value), ${day}`, 'Triangulate', 'chrono-node alone', timeRows()));
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
