import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countPeriod } from './count-period.js';
import { countsIn } from './facts.js';

const at = (text: string, figure: string): ReturnType<typeof countPeriod> => countPeriod(text, text.indexOf(figure));

describe('countPeriod', () => {
  it('should read the nearest marker before a count, else the first after it', () => {
    const text = 'Over the last 24 hours, 16 new infections and two deaths were logged, the agency said, taking the total to 940 infections and 31 deaths.';
    assert.equal(at(text, '16'), 'daily');
    assert.equal(at(text, 'two'), 'daily');
    assert.equal(at(text, '940'), 'running');
    assert.equal(at(text, '31'), 'running');
    assert.equal(at('The region has logged 940 infections since the first one in March.', '940'), 'running');
    assert.equal(at('The region logged 17 infections on Sunday alone.', '17'), 'daily');
  });

  it('should say nothing of a count whose sentence names no period', () => {
    assert.equal(at('The agency logged 940 infections, a spokeswoman said.', '940'), '');
  });
});

describe('countsIn: qualified nouns, rates and periods (ux67b #3, #5, D)', () => {
  it('should count the noun after a participle or "new", labelled in English, "new" ones as one day\'s', () => {
    const [suspected, fresh] = [...countsIn('Clinics logged 420 suspected measles infections by Friday and 35 new infections on Saturday.')];
    assert.deepEqual([suspected?.noun, suspected?.label, suspected?.value], ['suspect infection', 'suspected infections', 420]);
    assert.deepEqual([fresh?.label, fresh?.period], ['new infections', 'daily']);
  });

  it('should keep people counted as before, whatever qualifies them', () => {
    const [people] = [...countsIn('About 300 displaced people slept in the gym.')];
    assert.equal(people?.noun.startsWith('people') || people?.noun === 'displac', true, JSON.stringify(people));
  });

  it('should mark a count for each one of something as a rate', () => {
    const counts = [...countsIn('The drive will give 80,000 children two drops of vaccine each, and staff three meals a day.')];
    assert.equal(counts.find((c) => c.value === 2)?.rate, true, JSON.stringify(counts));
    assert.equal(counts.find((c) => c.value === 3)?.rate, true, JSON.stringify(counts));
    assert.equal(counts.find((c) => c.value === 80000)?.rate, undefined, JSON.stringify(counts));
  });
});

describe('countPeriod: a count told in the present perfect', () => {
  it('should read a count in the present perfect, with no marker, as a running total', () => {
    assert.equal(at('Over 52,000 residents of the valley have received a first jab, the board said.', '52,000'), 'running');
    assert.equal(at('Some 3,400 pupils have been vaccinated in the two districts.', '3,400'), 'running');
    assert.equal(at('Field clinics have treated more than 2,300 patients, the charity said.', '2,300'), 'running');
    assert.equal(at('The district has had 88 suspected cases.', '88'), 'running');
  });

  it('should let a marker of one day outweigh the perfect', () => {
    assert.equal(at('In the past 24 hours 64 patients have been admitted.', '64'), 'daily');
    assert.equal(at('Nine patients have been admitted overnight.', 'Nine'), 'daily');
  });

  it('should read no period from a past tense, or from a perfect in another clause', () => {
    assert.equal(at('Mobile teams vaccinated 4,000 people on the island.', '4,000'), '');
    assert.equal(at('The ferry carried 300 passengers, and the crew have complained about the delays.', '300'), '');
  });
});
