/**
 * MEANTIME's English Wikinews articles (../shared/data/entities/meantime, CAT format) as TimeML
 * documents for the temporal benchmark: the tokens as written text, the gold TIMEX3 spans as offsets
 * into it. The creation time (DCT) is the article's dateline, anchored to tokens in the text; it is
 * kept as the reference time and its span is returned apart, so that neither it nor a prediction
 * over it is scored (TempEval-3 leaves the DCT out too, and a dateline is free to read). MEANTIME
 * annotated the title, the dateline and the first four sentences of the body only (sentences 0-5),
 * so the text is cut there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { join } from 'node:path';
import type { TimexType } from '../src/model/types.js';
import { entityDataRoot, meantimeText } from '../train/ner-data.js';
import type { GoldTimex, TimemlDocument } from './timeml.js';

const ANNOTATED_SENTENCES = 6;
const TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];

/** The articles of one MEANTIME sub-corpus (corpus_airbus, corpus_apple, corpus_stock), in name order. */
export function meantimeTimeDocuments(corpus: string): TimemlDocument[] {
  const dir = join(entityDataRoot(), 'meantime', 'intra-doc_annotation', corpus);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => parseMeantimeTime(`${corpus}/${f.replace(/\.xml$/, '')}`, readFileSync(join(dir, f), 'utf8')));
}

export function parseMeantimeTime(id: string, xml: string): TimemlDocument {
  const read = meantimeText(xml);
  const text = read.text.slice(0, read.sentences[ANNOTATED_SENTENCES - 1]?.end ?? read.text.length);
  const offsets = read.offsets;
  let dct = '';
  const gold: GoldTimex[] = [];
  const ignore: { start: number; end: number }[] = [];
  // Self-closing TIMEX3 elements have no tokens (values the annotators inferred); they are skipped.
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*[^/])>([\s\S]*?)<\/TIMEX3>/g)) {
    const attributes = m[1]!;
    const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!);
    const first = ids.length ? offsets.get(ids[0]!) : undefined;
    const last = ids.length ? offsets.get(ids[ids.length - 1]!) : undefined;
    const value = /\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (/functionInDocument="CREATION_TIME"/.test(attributes)) {
      dct = value;
      if (first && last) ignore.push({ start: first[0], end: last[1] });
      continue;
    }
    if (!first || !last || last[1] > text.length) continue;
    const type = /\btype="([A-Z]+)"/.exec(attributes)?.[1] as TimexType | undefined;
    gold.push({ start: first[0], end: last[1], type: type && TYPES.includes(type) ? type : 'DATE', value });
  }
  // Two articles lack the CREATION_TIME annotation: their dateline (sentence 1, annotated as a plain
  // date) is read as the DCT and left out of the scoring like the others.
  const dateline = read.sentences[1];
  if (!dct && dateline) {
    const day = chrono.parseDate(text.slice(dateline.start, dateline.end));
    if (day) {
      dct = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      ignore.push(dateline);
    }
  }
  const scored = gold.filter((g) => !ignore.some((s) => g.start < s.end && s.start < g.end));
  return { id, dct, text, gold: scored.sort((a, b) => a.start - b.start), ignore };
}
