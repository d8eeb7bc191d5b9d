import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figuresConflict, keyFigures } from './figures.js';

describe('keyFigures', () => {
  it("should read a quake's magnitude however it is written", () => {
    assert.deepEqual(keyFigures('Strong 5.9-magnitude quake jolts southern Iran', ''), ['mag:5.9']);
    assert.deepEqual(keyFigures('', 'A quake of magnitude 5.6 hit the island. Seismologists put it at 5.6 on the Richter scale.'), ['mag:5.6']);
    assert.deepEqual(keyFigures('', 'The tremor, a magnitude of 6.1 by the survey’s reading, shook the valley.'), ['mag:6.1']);
  });

  it('should read sums in millions of their currency, and leave prices out', () => {
    assert.deepEqual(keyFigures('Jewel raiders escape with $2.6 million haul', 'Robbers took jewels worth 2 million euros. Entry cost $5.'), ['eur:2', 'usd:2.6']);
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
    const gresham = keyFigures('Woman hurt in Gresham', 'Two men fired at her car as she parked it in the 6400 block of South Laurel late on Friday.');
    const riverdale = keyFigures('Teen hurt in Riverdale', 'A bullet hit him near a bus stop in the 300 block of East 118th Street, police said.');
    assert.deepEqual(gresham, ['blk:6400 laurel']);
    assert.equal(figuresConflict(gresham, riverdale), true);
    // A roundup naming this block too, and a report naming no block, agree with it.
    assert.equal(figuresConflict(gresham, ['blk:300 118th', 'blk:6400 laurel']), false);
    assert.equal(figuresConflict(gresham, []), false);
    assert.deepEqual(keyFigures('', 'Officers went to the 6400 block of S. Laurel Ave. at midnight.'), ['blk:6400 laurel']);
  });
});

describe('scores', () => {
  it("should read a game's final score however a report words it, the winner's figure first", () => {
    assert.deepEqual(keyFigures('Harbourside Herons clinch title with 31-24 victory', ''), ['score:31-24']);
    assert.deepEqual(keyFigures('', 'The Herons beat the Millford Otters 20-13 on Sunday.'), ['score:20-13']);
    assert.deepEqual(keyFigures('HERONS TOP OTTERS , 20 - 13', ''), ['score:20-13']);
    assert.deepEqual(keyFigures('Otters lose 13-20 to Herons', 'It was a 20-13 overtime loss for the Otters.'), ['score:20-13']);
    assert.deepEqual(keyFigures('', 'Top-seeded Kestrel State defeated Drummond, 65-53, in the semifinal.'), ['score:65-53']);
  });

  it("should leave a season's record, a fighter's record and an age band alone", () => {
    assert.deepEqual(keyFigures('', 'The Otters have opened 9-14 and were beaten in their last three games.'), []);
    assert.deepEqual(keyFigures('', 'The challenger, who fell to 36-3, said he would fight on.'), []);
    assert.deepEqual(keyFigures('', 'The show was top rated among adults 18-49 this week.'), []);
  });

  it('should tell two games apart by their scores and join reports of one game', () => {
    const first = keyFigures('Herons beat Otters 31-24 to clinch playoff berth', '');
    const second = keyFigures('Herons seal a playoff place with 20-13 win against Otters', '');
    assert.equal(figuresConflict(first, second), true);
    assert.equal(figuresConflict(first, keyFigures('', 'their 31-24 win against the Otters')), false);
    assert.equal(figuresConflict(first, ['blk:200 main']), false);
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
