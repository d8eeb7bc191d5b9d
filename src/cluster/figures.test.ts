import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figuresConflict, keyFigures } from './figures.js';

describe('keyFigures', () => {
  it("should read a quake's magnitude however it is written", () => {
    assert.deepEqual(keyFigures('Strong 5.9-magnitude quake jolts southern Iran', ''), ['mag:5.9']);
    assert.deepEqual(keyFigures('', 'A quake of magnitude 5.6 hit the island. It measured 5.6 on the Richter scale.'), ['mag:5.6']);
    assert.deepEqual(keyFigures('', 'An earthquake with a magnitude of 6.1 struck.'), ['mag:6.1']);
  });

  it('should read sums in millions of their currency, and leave prices out', () => {
    assert.deepEqual(keyFigures('Thieves in $2.6 million smash-and-grab raid', 'Robbers took jewels worth 2 million euros. Entry cost $5.'), ['eur:2', 'usd:2.6']);
    assert.deepEqual(keyFigures('Hackers stole US$1.5 billion in crypto', 'The £300,000 fine'), ['gbp:0.3', 'usd:1500']);
  });

  it('should read the millions of people or records a breach reached', () => {
    assert.deepEqual(keyFigures('LuzTel confirms ransomware attack; data of 1.2M subscribers exposed', ''), ['reached:1.2']);
    assert.deepEqual(keyFigures("Kimsuky behind breach affecting 2.3 mln subscribers: gov't", 'The data of about 3.4 million current and former subscribers was exposed.'), ['reached:2.3', 'reached:3.4']);
    assert.deepEqual(keyFigures('Hackers demand $4.5 million', 'Four people were hurt.'), ['usd:4.5']);
  });

  it('should read the headline and the lead only', () => {
    assert.deepEqual(keyFigures('Quake hits', `${'Words. '.repeat(300)}A 7.1-magnitude quake hit Japan in 2011.`), []);
  });
});

describe('blocks', () => {
  it("should read a crime report's block as its number and street, and tell two blocks apart", () => {
    const gresham = keyFigures('Girl shot in Gresham', 'She was sitting in a van in the 7500 block of South Union when two men fired.');
    const riverdale = keyFigures('Boy shot in Riverdale', 'He was walking in the 200 block of East 132nd Street when he was shot.');
    assert.deepEqual(gresham, ['blk:7500 union']);
    assert.equal(figuresConflict(gresham, riverdale), true);
    // A roundup naming this block too, and a report naming no block, agree with it.
    assert.equal(figuresConflict(gresham, ['blk:200 132nd', 'blk:7500 union']), false);
    assert.equal(figuresConflict(gresham, []), false);
    assert.deepEqual(keyFigures('', 'Police were called to the 7500 block of S. Union Ave. at midnight.'), ['blk:7500 union']);
  });
});

describe('figuresConflict', () => {
  it('should compare figures of one kind, with room for outlets that round apart', () => {
    assert.equal(figuresConflict(['mag:5.6'], ['mag:5.9', 'mag:6']), true);
    assert.equal(figuresConflict(['mag:5.9'], ['mag:6']), false);
    assert.equal(figuresConflict(['usd:2.6'], ['eur:2']), false);
    assert.equal(figuresConflict(['usd:1500'], ['usd:600']), true);
    assert.equal(figuresConflict(['usd:1500'], []), false);
  });
});
