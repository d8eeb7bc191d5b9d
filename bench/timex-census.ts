/**
 * `node dist/bench/timex-census.js [--list CAUSE]`: the temporal finder's errors on the development
 * sets only (TimeBank, the AQUAINT development half, MEANTIME airbus+apple), counted by kind and
 * cause (timex-errors.ts); with --list, each error whose "kind: cause" contains CAUSE, in context. The
 * held-out sets (the AQUAINT test half, MEANTIME stock) are not loaded, so a round that reads errors
 * from here cannot read theirs by mistake; their figures are left to the aggregate rows of enrich-time.js.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/enrich/sentences.js';
import { findTimexes, referenceFrom } from '../src/enrich/timex.js';
import { aquaintHalves } from './enrich-time.js';
import { meantimeTimeDocuments } from './meantime-time.js';
import { timexErrors, type TimexError } from './timex-errors.js';
import { loadTimeml, timeDataRoot, type TimemlDocument } from './timeml.js';

export interface DevSet {
  label: string;
  docs: TimemlDocument[];
}

/** TimeBank, the AQUAINT development half and MEANTIME airbus+apple: the sets whose errors may be read. */
export function devSets(): DevSet[] {
  const root = timeDataRoot();
  return [
    { label: 'TimeBank', docs: loadTimeml(join(root, 'timebank-aquaint', 'TimeBank')) },
    { label: 'AQUAINT dev', docs: aquaintHalves(loadTimeml(join(root, 'timebank-aquaint', 'AQUAINT'))).dev },
    { label: 'MEANTIME dev', docs: [...meantimeTimeDocuments('corpus_airbus'), ...meantimeTimeDocuments('corpus_apple')] },
  ];
}

export interface Located extends TimexError {
  set: string;
  doc: TimemlDocument;
}

export function errorsOf(set: DevSet): Located[] {
  const out: Located[] = [];
  for (const doc of set.docs) {
    const predicted = findTimexes(doc.text, splitSentences(doc.text), referenceFrom(doc.dct)).filter((p) => !doc.ignore?.some((s) => p.start < s.end && s.start < p.end));
    for (const e of timexErrors(doc.gold, predicted)) out.push({ ...e, set: set.label, doc });
  }
  return out;
}

const label = (e: TimexError): string => `${e.kind}: ${e.cause}`;

function context(e: Located): string {
  const { text } = e.doc;
  const start = Math.min(e.gold?.start ?? Infinity, e.predicted?.start ?? Infinity);
  const end = Math.max(e.gold?.end ?? 0, e.predicted?.end ?? 0);
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  return `${flat(text.slice(Math.max(0, start - 60), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + 40))}`;
}

function main(): void {
  const list = process.argv.indexOf('--list');
  const wanted = list >= 0 ? (process.argv[list + 1] ?? '') : null;
  const sets = devSets();
  const errors = sets.flatMap(errorsOf);
  if (wanted !== null) {
    for (const e of errors.filter((x) => label(x).includes(wanted))) {
      const said = e.predicted ? `${e.predicted.value} (${e.doc.text.slice(e.predicted.start, e.predicted.end)})` : '-';
      console.log(`${e.set}\t${e.doc.id}\t${e.doc.dct}\t${label(e)}\tgold ${e.gold?.value ?? '-'}\tours ${said}\t${context(e)}`);
    }
    return;
  }
  const counts = new Map<string, number[]>();
  for (const e of errors) {
    const row = counts.get(label(e)) ?? sets.map(() => 0);
    row[sets.findIndex((s) => s.label === e.set)]!++;
    counts.set(label(e), row);
  }
  const total = (r: number[]): number => r.reduce((a, b) => a + b, 0);
  console.log(`Temporal errors on the development sets by cause (value match)\n\n| kind: cause | ${sets.map((s) => s.label).join(' | ')} | all |`);
  console.log(`|---|${sets.map(() => '---|').join('')}---|`);
  for (const [key, row] of [...counts].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : 1))) console.log(`| ${key} | ${row.join(' | ')} | ${total(row)} |`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
