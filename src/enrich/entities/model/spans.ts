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

interface Word {
  text: string;
  start: number;
  end: number;
}

/** `tokensBySentence`: the sentences' tokens when the caller has them already. */
export function modelSpans(body: string, sentences: readonly Span[], model: NerModel = shippedModel(), tokensBySentence?: readonly (readonly Token[])[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const [index, sentence] of sentences.entries()) {
    const words: Word[] = [];
    for (const t of tokensBySentence?.[index] ?? tokenize(body.slice(sentence.start, sentence.end), sentence.start)) {
      if (t.possessive) {
        words.push({ text: t.bare, start: t.start, end: t.start + t.bare.length });
        words.push({ text: t.text.slice(t.bare.length), start: t.start + t.bare.length, end: t.end });
      } else words.push({ text: t.text, start: t.start, end: t.end });
    }
    if (words.length === 0) continue;
    const labels = model.tag(words.map((w) => w.text));
    for (let i = 0; i < labels.length; i++) {
      if (!isBegin(labels[i]!)) continue;
      let j = i + 1;
      while (j < labels.length && labels[j] === labels[i]! + 1) j++;
      out.push({ start: words[i]!.start, end: words[j - 1]!.end, kind: kindOf(labels[i]!)! });
      i = j - 1;
    }
  }
  return out;
}
