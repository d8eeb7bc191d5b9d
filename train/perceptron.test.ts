import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceFeatures } from '../src/enrich/entities/model/features.js';
import { LABELS, labelIndex } from '../src/enrich/entities/model/labels.js';
import { PerceptronTrainer } from './perceptron.js';

// A toy corpus written for this test: people after "said", places after "in", organisations with "Bank".
const CORPUS: [string, string][] = [
  ['Anna Berg said the plan works', 'B-PER I-PER O O O O'],
  ['talks were held in Oslo', 'O O O O B-LOC'],
  ['the Nordic Bank raised rates', 'O B-ORG I-ORG O O'],
  ['Carl Dahl said prices rose in Bergen', 'B-PER I-PER O O O O B-LOC'],
  ['a Coastal Bank loan was approved in Tromso', 'O B-ORG I-ORG O O O O B-LOC'],
];

describe('PerceptronTrainer', () => {
  it('should learn a small labelled corpus and tag a new sentence like it', () => {
    const trainer = new PerceptronTrainer(16, new Set());
    const data = CORPUS.map(([text, tags]) => ({ words: text.split(' '), gold: tags.split(' ').map(labelIndex) }));
    for (let epoch = 0; epoch < 8; epoch++) for (const d of data) trainer.train(sentenceFeatures(d.words, new Set()), d.gold);
    const model = trainer.averaged();
    for (const d of data) assert.deepEqual(model.tag(d.words), d.gold);
    const tagged = model.tag('Eva Lund said the Harbour Bank opened in Narvik'.split(' ')).map((l) => LABELS[l]);
    assert.deepEqual(tagged, ['B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC']);
  });
});
