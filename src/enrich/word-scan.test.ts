import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordScan } from './word-scan.js';

test('a scanned sentence answers each gate as a search for its words does', () => {
  const gates = [['ago', 'earlier'], ['week'], ['mon', 'tue', 'wed'], ['last', 'past'], ['jan', 'january'], ['a.m.', 'p.m']];
  const scan = new WordScan(gates);
  const sentences = [
    'two weeks ago the council met on monday',
    'she left earlier, at 9 p.m. on wednesday',
    'nothing here names a day',
    'the past year and the last one',
    'in january a man was hurt',
    '',
  ];
  for (const sentence of sentences) {
    const words = scan.scan(sentence);
    for (const gate of gates) assert.equal(words.holdsAny(gate), gate.some((w) => sentence.includes(w)), `${sentence} / ${gate.join(',')}`);
  }
});

test('words inside other words, overlapping and sharing ends are all found', () => {
  const gates = [['she'], ['he'], ['hers'], ['his'], ['ushers'], ['rs'], ['aaa'], ['aa']];
  const scan = new WordScan(gates);
  const found = (text: string): string[] => gates.filter((g) => scan.scan(text).holdsAny(g)).map((g) => g[0]!);
  assert.deepEqual(found('ushers'), ['she', 'he', 'hers', 'ushers', 'rs']);
  assert.deepEqual(found('aaaa'), ['aaa', 'aa']);
  assert.deepEqual(found('a a'), []);
});

test('a gate it was not built with, and characters beyond ASCII, answer as the searches', () => {
  const scan = new WordScan([['café', 'naïve'], ['’s']]);
  assert.equal(scan.scan('the café’s owner').holdsAny(['café', 'naïve']), true);
  assert.equal(scan.scan('the café’s owner').holdsAny(['’s']), true);
  assert.equal(scan.scan('the cafe owner').holdsAny(['café', 'naïve']), false);
  assert.equal(scan.scan('the cafe owner').holdsAny(['owner', 'zzz']), true);
  assert.equal(scan.scan('the cafe owner').holdsAny(['zzz']), false);
  // An empty word is in every text.
  const empty = new WordScan([['', 'x']]);
  assert.equal(empty.scan('abc').holdsAny(['', 'x']), true);
});

test('random texts over a small alphabet: every gate as includes', () => {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const letters = 'ab c’é';
  const text = (n: number): string => Array.from({ length: n }, () => letters[random(letters.length)]).join('');
  const gates = Array.from({ length: 40 }, () => Array.from({ length: 1 + random(3) }, () => text(1 + random(4))));
  const scan = new WordScan(gates);
  for (let k = 0; k < 500; k++) {
    const sample = text(random(30));
    const words = scan.scan(sample);
    for (const gate of gates) assert.equal(words.holdsAny(gate), gate.some((w) => sample.includes(w)), `${JSON.stringify(sample)} / ${JSON.stringify(gate)}`);
  }
});

test('a large word set (a wider table) answers as includes', () => {
  let seed = 11;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const letters = 'abcdefghijklmnopqrst';
  const word = (n: number): string => Array.from({ length: n }, () => letters[random(letters.length)]).join('');
  const gates = Array.from({ length: 1500 }, () => [word(6 + random(4)), word(2 + random(3))]);
  const scan = new WordScan(gates);
  for (let k = 0; k < 50; k++) {
    const sample = word(400);
    const words = scan.scan(sample);
    for (const gate of gates) assert.equal(words.holdsAny(gate), gate.some((w) => sample.includes(w)));
  }
});

test('an answer kept while the scanner reads other texts still answers for its own text', () => {
  const gates = [['shot'], ['storm'], ['vote']];
  const scan = new WordScan(gates);
  const headline = scan.scan('man shot outside a bar');
  const body = scan.scan('a storm closed the roads before the vote');
  // The headline's answer was handed out first; the body's scan must not change what it says.
  assert.deepEqual(gates.map((g) => headline.holdsAny(g)), [true, false, false]);
  assert.deepEqual(gates.map((g) => body.holdsAny(g)), [false, true, true]);
  assert.deepEqual(gates.map((g) => headline.holdsAny(g)), [true, false, false]);
  // A gate the scanner was not built with reads the answer's own text, not the last one scanned.
  assert.equal(headline.holdsAny(['bar']), true);
  assert.equal(body.holdsAny(['bar']), false);
  // The same text scanned again answers as before.
  assert.equal(scan.scan('man shot outside a bar').holdsAny(['shot']), true);
});
