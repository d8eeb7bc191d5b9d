import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayHold, sketchOf } from './trigram-sketch.js';

const TEXT = 'officers said two men were driven to a hospital after the gunfire on oak street; a third man, 31, was bandaged where he fell and went home. ';

test('every word the text holds passes its sketch', () => {
  const text = TEXT.repeat(3);
  const sketch = sketchOf(text);
  for (let start = 0; start < TEXT.length; start += 7) {
    for (const length of [1, 2, 3, 5, 9, 20]) assert.equal(mayHold(sketch, text.slice(start, start + length)), true, text.slice(start, start + length));
  }
});

test('a sketch rules out most words the text lacks, and never decides alone', () => {
  const sketch = sketchOf(TEXT.repeat(3));
  const absent = ['inflation', 'tariff', 'vaccine', 'earthquake', 'election', 'ransomware', 'missile', 'stabbed', 'drowned', 'kidnapped'];
  const ruledOut = absent.filter((w) => !mayHold(sketch, w));
  assert.ok(ruledOut.length >= 8, `only ${ruledOut.join(', ')} ruled out`);
});

test('texts beyond ASCII and short words are sketched safely', () => {
  const text = 'le président a déclaré à l’assemblée nationale que la réforme — «urgente» — sera votée. '.repeat(4);
  const sketch = sketchOf(text);
  for (const word of ['président', 'l’assemblée', '«urgente»', 'votée.', 'à', 'a ']) assert.equal(mayHold(sketch, word), true, word);
  assert.equal(mayHold(sketchOf('ab'), 'ab'), true);
});

test('the sketch of a text asked about again is the one made before', () => {
  const text = TEXT.repeat(2);
  assert.equal(sketchOf(text), sketchOf(text));
});
