/**
 * The entity recognisers the benchmark compares, behind one signature (document text and sentences in,
 * typed spans out): Triangulate's enrich stage as it runs, its statistical model alone, its rules
 * alone, and compromise (people, organizations, places), the JavaScript library users would reach for.
 */
import nlp from 'compromise';
import { recognizeByRules, recognizeEntities } from '../src/enrich/entities/recognize.js';
import { modelSpans } from '../src/enrich/entities/model/spans.js';
import type { Entity, Span } from '../src/model/types.js';
import type { Kind } from '../train/ner-data.js';
import type { Predicted } from './entity-scoring.js';

export type EntitySystem = (text: string, sentences: readonly Span[]) => Predicted[];

const KIND: Record<Entity['type'], Kind> = { person: 'PER', organization: 'ORG', location: 'LOC' };

export const triangulate: EntitySystem = (text, sentences) => recognizeEntities(text, sentences).entities.map((e) => ({ start: e.start, end: e.end, kind: KIND[e.type] }));

export const modelAlone: EntitySystem = (text, sentences) => modelSpans(text, sentences);

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
}

export const compromise: EntitySystem = (text) => {
  const doc = nlp(text);
  const out: Predicted[] = [];
  const take = (matches: CompromiseMatch[], kind: Kind): void => {
    for (const m of matches) {
      // compromise's offsets take in trailing punctuation and spaces ("South Korea,"): trimmed here.
      const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
      const trimmed = raw.replace(/[\s\p{P}]+$/u, '').replace(/['’]s$/, '');
      const lead = raw.length - raw.trimStart().length;
      if (trimmed.trim()) out.push({ start: m.offset.start + lead, end: m.offset.start + trimmed.length, kind });
    }
  };
  take(doc.people().json({ offset: true }) as CompromiseMatch[], 'PER');
  take(doc.organizations().json({ offset: true }) as CompromiseMatch[], 'ORG');
  take(doc.places().json({ offset: true }) as CompromiseMatch[], 'LOC');
  return out;
};

export const rulesAlone: EntitySystem = (text, sentences) => recognizeByRules(text, sentences).entities.map((e) => ({ start: e.start, end: e.end, kind: KIND[e.type] }));
