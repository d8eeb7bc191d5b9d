import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CityLines } from './city-lines.js';
import { hashString } from '../../util/hash.js';

// A made-up file in data/cities.tsv's form: a comment, countries' sections, names with and without accents.
const FILE = [
  '# a comment line',
  '#AA',
  'Bigtown\tX1\t1.0\t2.0\t500000\tc',
  'Smallville\tX2\t1.5\t2.5\t900\t',
  '#BB',
  'Smallville\t\t3.0\t4.0\t1200\t',
  'Zürichsee\t\t5.0\t6.0\t70\t',
  '\tno name\t0\t0\t0\t',
  'Ötztal\t\t7.0\t8.0\t10\tw',
].join('\n');

const key = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('CityLines', () => {
  const lines = CityLines.read(Buffer.from(FILE, 'utf8'), key);

  it('should read the place lines, their countries and the sections in the file\'s order', () => {
    assert.equal(lines.size, 5);
    assert.deepEqual(lines.sections, [{ country: 'AA', from: 0, to: 2 }, { country: 'BB', from: 2, to: 5 }]);
    assert.equal(lines.text(0), 'Bigtown\tX1\t1.0\t2.0\t500000\tc');
    assert.equal(lines.text(4), 'Ötztal\t\t7.0\t8.0\t10\tw');
    assert.deepEqual([0, 1, 2, 3, 4].map((i) => lines.country(i)), ['AA', 'AA', 'BB', 'BB', 'BB']);
  });

  it('should find every line of a key in the file\'s order, by its key only', () => {
    assert.deepEqual(lines.linesOf('smallville'), [1, 2]);
    assert.deepEqual(lines.linesOf('zurichsee'), [3]);
    assert.deepEqual(lines.linesOf('otztal'), [4]);
    assert.deepEqual(lines.linesOf('Smallville'), []);
    assert.deepEqual(lines.linesOf('nowhere'), []);
  });

  it('should tell apart two names whose keys share a hash', () => {
    // "t7pfs" and "tovja" have the same FNV-1a hash: each line of the hash is checked by its own key.
    assert.equal(hashString('t7pfs'), hashString('tovja'));
    const colliding = CityLines.read(Buffer.from('#AA\ntovja\t1\nt7pfs\t2\ntovja\t3', 'utf8'), (name) => name);
    assert.deepEqual(colliding.linesOf('tovja'), [0, 2]);
    assert.deepEqual(colliding.linesOf('t7pfs'), [1]);
  });
});
