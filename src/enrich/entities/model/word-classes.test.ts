import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashString } from './hash.js';
import { classesOf, deserializeWordClasses, serializeWordClasses, UNKNOWN_CLASS, wordClasses } from './word-classes.js';

describe('word classes', () => {
  it('should read back what it wrote, the more frequent word keeping a shared hash', () => {
    const file = serializeWordClasses([{ hash: 7, classes: [3, 40] }, { hash: 2, classes: [1, 9] }, { hash: 7, classes: [5, 5] }], [64, 200]);
    const read = deserializeWordClasses(file);
    assert.deepEqual(read.sizes, [64, 200]);
    assert.deepEqual([...classesOf(read, 7)!], [3, 40]);
    assert.deepEqual([...classesOf(read, 2)!], [1, 9]);
    assert.equal(classesOf(read, 5), undefined);
    assert.equal(classesOf(read, 1), undefined);
    assert.equal(classesOf(read, 0xffffffff), undefined);
  });

  it('should find every word of a file of many, a hash with the top bit set among them', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => ({ hash: (i * 2654435761) >>> 0, classes: [i % 200, (i * 7) % 250] }));
    const read = deserializeWordClasses(serializeWordClasses(entries, [200, 250]));
    for (const e of entries) assert.deepEqual([...classesOf(read, e.hash | 0)!], e.classes);
    assert.equal(classesOf(read, 3), undefined);
  });

  it('should refuse more classes than a byte can tell from the unknown class', () => {
    assert.throws(() => serializeWordClasses([], [255]), /at most 254/);
  });

  it('should put the weekdays of the shipped file in one class and give an unseen word the unknown class', () => {
    const [monday, friday, unseen] = ['monday', 'friday', 'qzxwvkjh'].map((w) => wordClasses(hashString(w))[0]);
    assert.equal(monday, friday);
    assert.notEqual(monday, UNKNOWN_CLASS);
    assert.equal(unseen, UNKNOWN_CLASS);
  });
});
