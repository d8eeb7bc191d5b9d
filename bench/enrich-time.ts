/**
 * `node dist/bench/enrich-time.js`: temporal expressions found and normalised by src/enrich/timex.ts
 * against chrono-node alone, in the same run, on the TimeML corpora in ../shared/data/time and on
 * MEANTIME's annotated Wikinews articles. Each document's text is split with our sentence splitter and
 * resolved against its creation time. TimeBank and MEANTIME's airbus and apple articles are the sets
 * the rules were tuned on, and half of AQUAINT (aquaintHalves); the other half of AQUAINT and MEANTIME's
 * stock articles (and TempEval-3 platinum, when present) are held out. Prints a Markdown table: value, strict-span and relaxed-span F1 per set,
 * value F1 per type, and expressions and words per second of the finder alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/enrich/sentences.js';
import { findTimexes, referenceFrom } from '../src/enrich/timex.js';
import { type BenchRow, formatTable, row } from './table.js';
import { chronoTimexes, dctInstant } from './time-chrono.js';
import { addDocument, emptyCounts, modeScore, type Predicted, type TimexCounts, TYPES, typeScore } from './timex-scoring.js';
import { documentInterval, type DocumentTally, tallyOf } from './timex-bootstrap.js';
import { meantimeTimeDocuments } from './meantime-time.js';
import { loadTimeml, timeDataRoot, type TimemlDocument } from './timeml.js';

interface TimeSet {
  label: string;
  docs: TimemlDocument[];
}

/** The platinum test set is looked for in the places a TempEval-3 copy puts it. */
const PLATINUM = ['timebank-aquaint/te3-platinum', 'te3-platinum', 'tempeval3/te3-platinum'];

/**
 * AQUAINT split in two by document: the files in name order, every other one from the first to the
 * development half (its errors read from 2026-11-29 on), the rest held out. Name order interleaves
 * the three sources (AP, NYT, Xinhua) and their dates, so both halves hold all of them.
 */
export function aquaintHalves(docs: readonly TimemlDocument[]): { dev: TimemlDocument[]; test: TimemlDocument[] } {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dev: sorted.filter((_, i) => i % 2 === 0), test: sorted.filter((_, i) => i % 2 === 1) };
}

function sets(): TimeSet[] {
  const root = timeDataRoot();
  const aquaint = aquaintHalves(loadTimeml(join(root, 'timebank-aquaint', 'AQUAINT')));
  const out: TimeSet[] = [
    { label: 'TimeBank, tuned on', docs: loadTimeml(join(root, 'timebank-aquaint', 'TimeBank')) },
    { label: 'AQUAINT dev half, tuned on', docs: aquaint.dev },
    { label: 'AQUAINT test half, held out', docs: aquaint.test },
    // MEANTIME's Wikinews articles (SemEval-2015 TimeLines' texts; the SemEval copy has no TIMEX3 but the DCT):
    // airbus and apple for development, stock held out.
    { label: 'MEANTIME airbus+apple, dev (tuned on)', docs: [...meantimeTimeDocuments('corpus_airbus'), ...meantimeTimeDocuments('corpus_apple')] },
    { label: 'MEANTIME stock, held out', docs: meantimeTimeDocuments('corpus_stock') },
  ];
  const platinum = PLATINUM.map((p) => join(root, p)).find((p) => existsSync(p));
  if (platinum) out.push({ label: 'TE3 platinum, held out', docs: loadTimeml(platinum) });
  if (out.every((s) => s.docs.length === 0)) throw new Error(`no TimeML documents under ${root} (set TRIANGULATE_TIME_DATA)`);
  return out.filter((s) => s.docs.length > 0);
}

interface Run {
  counts: TimexCounts;
  /** Each document's own value counts, for the interval over documents. */
  perDocument: DocumentTally[];
  ms: number;
  expressions: number;
}

type Finder = (doc: TimemlDocument, text: string, sentences: ReturnType<typeof splitSentences>) => Predicted[];

const OURS: Finder = (doc, text, sentences) => findTimexes(text, sentences, referenceFrom(doc.dct));
const PEER: Finder = (doc, text, sentences) => chronoTimexes(text, sentences, dctInstant(doc.dct));

function run(docs: readonly TimemlDocument[], finder: Finder): Run {
  const result: Run = { counts: emptyCounts(), perDocument: [], ms: 0, expressions: 0 };
  for (const doc of docs) {
    const sentences = splitSentences(doc.text);
    const started = performance.now();
    const predicted = finder(doc, doc.text, sentences).filter((p) => !doc.ignore?.some((s) => p.start < s.end && s.start < p.end));
    result.ms += performance.now() - started;
    result.expressions += predicted.length;
    addDocument(result.counts, doc.gold, predicted);
    const own = emptyCounts();
    addDocument(own, doc.gold, predicted);
    result.perDocument.push(tallyOf(own));
  }
  return result;
}

const words = (docs: readonly TimemlDocument[]): number => docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
const count = (x: number): string => Math.round(x).toLocaleString('en-US');

export function timeRows(): BenchRow[] {
  const rows: BenchRow[] = [];
  const all: TimemlDocument[] = [];
  let oursMs = 0;
  let peerMs = 0;
  let oursFound = 0;
  let peerFound = 0;
  const timeSets = sets();
  // A first pass over everything so neither finder is timed while the JIT is still warming up.
  for (const set of timeSets) for (const finder of [OURS, PEER]) run(set.docs, finder);
  for (const set of timeSets) {
    all.push(...set.docs);
    const ours = run(set.docs, OURS);
    const peer = run(set.docs, PEER);
    [oursMs, peerMs, oursFound, peerFound] = [oursMs + ours.ms, peerMs + peer.ms, oursFound + ours.expressions, peerFound + peer.expressions];
    const label = `${set.label} (${set.docs.length} docs, ${ours.counts.gold} expressions)`;
    const value = [modeScore(ours.counts, 'value'), modeScore(peer.counts, 'value')] as const;
    rows.push(row(label, 'value F1 (overlap and same value)', value[0].f1, value[1].f1));
    rows.push(row(label, 'value precision', value[0].precision, value[1].precision));
    rows.push(row(label, 'value recall', value[0].recall, value[1].recall));
    // The sets are 30 to 183 documents: a held-out figure a few points off the target may be luck of the draw.
    const span = (r: Run): string => {
      const { low, high } = documentInterval(r.perDocument);
      return `${low.toFixed(3)}-${high.toFixed(3)}`;
    };
    rows.push({ set: label, measure: 'value F1, 95% interval (documents resampled, 2,000 rounds)', ours: span(ours), peer: span(peer), ratio: '' });
    rows.push(row(label, 'strict-span F1', modeScore(ours.counts, 'strict').f1, modeScore(peer.counts, 'strict').f1));
    rows.push(row(label, 'relaxed-span F1', modeScore(ours.counts, 'relaxed').f1, modeScore(peer.counts, 'relaxed').f1));
    for (const type of TYPES) {
      const n = ours.counts.byType[type].gold;
      rows.push(row(label, `value F1, ${type} (${n} gold)`, typeScore(ours.counts, type).f1, typeScore(peer.counts, type).f1));
    }
  }
  const w = words(all);
  const label = `all sets (${all.length} docs, ${count(w)} words)`;
  rows.push(row(label, 'expressions found per second', (oursFound * 1000) / oursMs, (peerFound * 1000) / peerMs, count));
  rows.push(row(label, 'words per second (finder alone, one core)', (w * 1000) / oursMs, (w * 1000) / peerMs, count));
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatTable('Temporal expressions (TimeML, TempEval-3 matching: value = overlapping span with the same value)', 'Triangulate', 'chrono-node alone', timeRows()));
}
