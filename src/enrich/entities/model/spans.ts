/**
 * The shipped entity model applied to article text: words from our tokenizer (a possessive "'s" split
 * off, as the training data has it), labels from the tagger, spans back in the text's offsets.
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../../../model/types.js';
import { type Token, tokenize } from '../../tokens.js';
import { type EntityKind, isBegin, kindOf } from './labels.js';
import { NerModel } from './tagger.js';

export interface ModelSpan {
  start: number;
  end: number;
  kind: EntityKind;
}

let shipped: NerModel | null = null;

/** The model in models/ner.bin.gz, read once (about 20 ms) on first use. */
export function shippedModel(): NerModel {
  shipped ??= NerModel.deserialize(readFileSync(new URL('../../../../../models/ner.bin.gz', import.meta.url)));
  return shipped;
}

/** `tokensBySentence`: the sentences' tokens when the caller has them already. */
export function modelSpans(body: string, sentences: readonly Span[], model: NerModel = shippedModel(), tokensBySentence?: readonly (readonly Token[])[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  // The words' texts and offsets in parallel arrays, reused across sentences: no object per word.
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    words.length = 0;
    starts.length = 0;
    ends.length = 0;
    for (const t of tokensBySentence?.[index] ?? tokenize(body.slice(sentence.start, sentence.end), sentence.start)) {
      if (t.possessive) {
        const cut = t.start + t.bare.length;
        words.push(t.bare, t.text.slice(t.bare.length));
        starts.push(t.start, cut);
        ends.push(cut, t.end);
      } else {
        words.push(t.text);
        starts.push(t.start);
        ends.push(t.end);
      }
    }
    if (words.length === 0) continue;
    const labels = model.tag(words);
    for (let i = 0; i < labels.length; i++) {
      if (!isBegin(labels[i]!)) continue;
      let j = i + 1;
      while (j < labels.length && labels[j] === labels[i]! + 1) j++;
      out.push({ start: starts[i]!, end: ends[j - 1]!, kind: kindOf(labels[i]!)! });
      i = j - 1;
    }
  }
  return out;
}
