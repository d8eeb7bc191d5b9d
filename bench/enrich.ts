/**
 * `npm run bench:enrich`: the enrich stage measured on data we never train on, beside named peers from
 * the same run: entities (GUM news, CrossNER politics dev, MEANTIME) against compromise, and the
 * stage's speed. Prints one Markdown table for docs/benchmarks.md.
 */
import { lookupCity, lookupCountry } from '../src/enrich/gazetteer/places.js';
import { gumDocuments, meantimeDocuments } from '../train/ner-data.js';
import { entityRows } from './enrich-entities.js';
import { speedRows } from './enrich-speed.js';
import { formatTable } from './table.js';

const started = Date.now();
const isPlace = (name: string): boolean => lookupCountry(name) !== null || lookupCity(name) !== null;
const rows = [...entityRows(), ...speedRows('GUM news and MEANTIME', [...gumDocuments(isPlace), ...meantimeDocuments()])];
const title = `Enrich benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`;
console.log(formatTable(title, 'Triangulate', 'compromise 14', rows));
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
