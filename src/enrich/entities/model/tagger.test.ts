import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../sentences.js';
import { LABELS } from './labels.js';
import { modelSpans, shippedModel } from './spans.js';
import { NerModel } from './tagger.js';

function names(text: string): string[] {
  return modelSpans(text, splitSentences(text)).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}

describe('the shipped entity model', () => {
  it('should tag people, organisations and places in a news sentence it was not trained on', () => {
    assert.deepEqual(names('Ruth Abernathy, a spokeswoman for the Federal Aviation Administration, said the flight left Denver on time.'), [
      'PER:Ruth Abernathy',
      'ORG:Federal Aviation Administration',
      'LOC:Denver',
    ]);
  });

  it('should keep a possessive out of the name and read a hyphenated given name as one person', () => {
    assert.deepEqual(names("Kenya's foreign minister met Lee Jun-il in Nairobi."), ['LOC:Kenya', 'PER:Lee Jun-il', 'LOC:Nairobi']);
  });

  it('should obey BIO: an inside label only continues a name of its own type', () => {
    const labels = shippedModel().tag('The United Nations Security Council met in New York on Monday .'.split(' '));
    labels.forEach((l, i) => {
      if (LABELS[l]!.startsWith('I-')) assert.equal(LABELS[labels[i - 1]!]!.slice(2), LABELS[l]!.slice(2));
    });
  });

  it('should come back from its bytes with the same labels', () => {
    const model = shippedModel();
    const copy = NerModel.deserialize(model.serialize());
    const words = 'Aid workers from Oxfam reached Goma after Marie Dubois called for a ceasefire .'.split(' ');
    assert.deepEqual(copy.tag(words), model.tag(words));
  });

  it('should label alike whether it scores each word once (frozen) or every time', () => {
    const frozen = shippedModel();
    const plain = new NerModel(frozen.bits, frozen.weights, frozen.common, null, frozen.stride);
    const sentences = [
      'Transport Minister Aiko Tanabe met Seo Min-ho of the Ministry of Transport of Korea in Osaka .',
      'Seoul said on Friday that Lazarus , a group tied to Pyongyang , stole $ 1.5 billion .',
      'Agents of the Federal Bureau of Investigation joined Seoul police on the case .',
      // One and two words: every neighbour is the sentence's start or end.
      'Lagos',
      'Ana Ruiz',
      // Long names, so inside labels run for several words and decoding chooses among few predecessors.
      'The Commission for the Protection of Alpine Rivers and the Northern League of Mountain Rescue Volunteers met in Porto Alegre .',
      'Dr. Ana Luiza de la Costa Prado , of the Universidade Estadual do Vale do Norte , said so .',
      'zzqx vorplik , Zzqx Vorplik and ZZQX VORPLIK are words no model has seen .',
    ].map((s) => s.split(' '));
    // Twice over, so the second pass reads words from the frozen model's cache.
    for (let round = 0; round < 2; round++) for (const words of sentences) assert.deepEqual(frozen.tag(words), plain.tag(words));
  });

  it('should decode a frozen model exactly as the plain one, ties and rows of zeros included', () => {
    // Small integer weights in a few rows: many rows are all zeros and many scores tie, so the frozen
    // decoding's skipped rows and its order of comparing are both put to the test.
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const bits = 10;
    const weights = new Float32Array((1 << bits) * 7);
    for (let b = 0; b < 1 << bits; b++) if (next() < 0.3) for (let l = 0; l < 7; l++) weights[b * 7 + l] = Math.floor(next() * 5) - 2;
    weights[0] = 2;
    const frozen = NerModel.deserialize(new NerModel(bits, weights, new Set()).serialize());
    const plain = new NerModel(bits, frozen.weights, frozen.common, null, frozen.stride);
    const vocabulary = 'the Nairobi said Ana Ruiz of , . Red Cross met on Friday police United Nations'.split(' ');
    for (let k = 0; k < 200; k++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 12) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
      assert.deepEqual(frozen.tag(words), plain.tag(words), words.join(' '));
    }
  });

  it('should read its rows padded and write them as they were read', () => {
    const model = shippedModel();
    assert.equal(model.stride, 8);
    assert.equal(model.weights.length, (1 << model.bits) * 8);
    // Written back, the file's rows are seven labels apart again: read once more, the same table.
    const copy = NerModel.deserialize(model.serialize());
    assert.equal(copy.stride, 8);
    assert.equal(copy.weights.length, model.weights.length);
    for (let b = 0; b < 1 << model.bits; b += 4099) for (let l = 0; l < 8; l++) assert.equal(Math.sign(copy.weights[b * 8 + l]!), Math.sign(model.weights[b * 8 + l]!));
    for (let b = 0; b < 1 << model.bits; b += 4099) assert.equal(model.weights[b * 8 + 7], 0);
  });
});
