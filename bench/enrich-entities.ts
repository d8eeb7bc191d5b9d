/**
 * Entity recognition measured on text we never train on: GUM's Wikinews articles (all 18), CrossNER
 * politics' dev part (Wikipedia sentences) and MEANTIME's Wikinews articles (recall only). For each,
 * Triangulate's enrich stage beside compromise in the same run; our model alone is shown for
 * diagnosis. Scoring in entity-scoring.ts; the data readers in train/ner-data.ts.
 */
import { lookupCity, lookupCountry } from '../src/enrich/gazetteer/places.js';
import { crossnerTest, type GoldDocument, gumDocuments, meantimeDocuments } from '../train/ner-data.js';
import { type CountsByKind, emptyCounts, KINDS, prf, recallInside, scoreDocument } from './entity-scoring.js';
import { compromise, type EntitySystem, modelAlone, rulesAlone, triangulate } from './entity-systems.js';
import { type BenchRow, row } from './table.js';

const isPlace = (name: string): boolean => lookupCountry(name) !== null || lookupCity(name) !== null;

function counts(docs: readonly GoldDocument[], system: EntitySystem): CountsByKind {
  const c = emptyCounts();
  for (const doc of docs) scoreDocument(doc, system(doc.text, doc.sentences), c);
  return c;
}

export function entityRows(): BenchRow[] {
  const rows: BenchRow[] = [];
  const sets: { label: string; docs: GoldDocument[] }[] = [
    { label: 'GUM news (18 articles)', docs: gumDocuments(isPlace) },
    { label: 'CrossNER politics dev', docs: crossnerTest() },
  ];
  for (const { label, docs } of sets) {
    const gold = docs.reduce((n, d) => n + d.spans.filter((s) => s.kind).length, 0);
    const ours = counts(docs, triangulate);
    const peer = counts(docs, compromise);
    const model = counts(docs, modelAlone);
    const rules = counts(docs, rulesAlone);
    for (const kind of [...KINDS, 'all'] as const) {
      const o = prf(ours[kind]);
      const p = prf(peer[kind]);
      const name = kind === 'all' ? 'all types' : kind;
      rows.push(row(`${label}, ${gold} gold names`, `${name} precision`, o.precision, p.precision));
      rows.push(row(`${label}, ${gold} gold names`, `${name} recall`, o.recall, p.recall));
      rows.push(row(`${label}, ${gold} gold names`, `${name} F1`, o.f1, p.f1));
    }
    rows.push(row(`${label}, ${gold} gold names`, 'all types F1, our model alone (no rules)', prf(model.all).f1, prf(peer.all).f1));
    rows.push(row(`${label}, ${gold} gold names`, 'all types F1, our rules alone (no model)', prf(rules.all).f1, prf(peer.all).f1));
  }
  const meantime = meantimeDocuments();
  const recall = (system: EntitySystem): number => {
    let found = 0;
    let total = 0;
    for (const doc of meantime) {
      const r = recallInside(doc, system(doc.text, doc.sentences));
      found += r.found;
      total += r.total;
    }
    return total ? found / total : 0;
  };
  const total = meantime.reduce((n, d) => n + d.spans.length, 0);
  rows.push(row(`MEANTIME (${meantime.length} articles, ${total} named mentions)`, 'recall (a prediction of the right type inside the mention)', recall(triangulate), recall(compromise)));
  return rows;
}
