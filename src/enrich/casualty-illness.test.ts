import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';
import { dailyCountAt, illnessReport } from './casualty-illness.js';

describe('illnessReport', () => {
  it('should take a report of a named illness with no violence for an illness report', () => {
    assert.equal(illnessReport('Health officers in Dunmarsh counted 40 new typhoid cases this week.'), true);
    assert.equal(illnessReport('An outbreak at the Kelso care home has infected 31 residents.'), true);
  });

  it('should not take an outbreak of fighting, or a shooting at a clinic, for one', () => {
    assert.equal(illnessReport('An outbreak of fighting in the hills left four dead.'), false);
    assert.equal(illnessReport('A gunman opened fire at a measles clinic in Orrin on Monday.'), false);
  });

  it('should not let a vaccine shot make a report violent', () => {
    assert.equal(illnessReport('Nurses gave 900 measles booster shots in the Varrow district.'), true);
  });
});

describe('findCasualties on an illness report', () => {
  it('should read the deaths an illness is the subject of as died, never as killed', () => {
    assert.deepEqual(findCasualties('The typhoid outbreak in Dunmarsh has killed 23 people since August, the regional health board said.'), { killed: null, injured: null, died: 23 });
  });

  it('should read "N people have died", "N deaths" and a toll that rose, taking the highest', () => {
    assert.deepEqual(findCasualties('Officials in Varrow say 31 people have died of measles since the first case.'), { killed: null, injured: null, died: 31 });
    assert.deepEqual(findCasualties('The board has logged 612 suspected dengue cases and eleven deaths since the season began.'), { killed: null, injured: null, died: 11 });
    assert.deepEqual(findCasualties('By Friday the dengue death toll had climbed to 19 across the three valleys.'), { killed: null, injured: null, died: 19 });
  });

  it('should read a toll a charity puts at a figure, though no word of dying is written', () => {
    assert.deepEqual(findCasualties('A relief charity puts the typhoid toll at 48.'), { killed: null, injured: null, died: 48 });
  });

  it('should leave out a count for one day, but keep the running total the same sentence brings in', () => {
    assert.equal(findCasualties('Over the past 24 hours, 80 new dengue cases and four deaths were logged in Varrow.'), null);
    assert.deepEqual(findCasualties('Over the past 24 hours, 80 new dengue cases and four deaths were logged, taking the total to 930 cases and 27 deaths.'), { killed: null, injured: null, died: 27 });
    assert.deepEqual(findCasualties('The measles toll stands at 16, with three deaths in the past 24 hours.'), { killed: null, injured: null, died: 16 });
  });

  it('should not read an earlier outbreak\'s toll, a fatality rate or a count of cases as the deaths', () => {
    assert.deepEqual(findCasualties('A smaller typhoid outbreak in 2019 killed more than 300 people. This year\'s has caused 14 deaths, a fatality rate of 2.2 percent.'), { killed: null, injured: null, died: 14 });
  });

  it('should read no injured from the sick', () => {
    assert.equal(findCasualties('Some 140 patients with dengue were taken to hospital in Varrow.'), null);
  });
});

describe('dailyCountAt', () => {
  it('should tell a figure in a clause of one day from one after "bringing the total to"', () => {
    const text = 'In the last 24 hours two deaths were logged, bringing the total to 40 deaths.';
    assert.equal(dailyCountAt(text, text.indexOf('two'), 'two deaths'), true);
    assert.equal(dailyCountAt(text, text.indexOf('40'), '40 deaths'), false);
  });
});

describe('illnessReport: disasters and drugs', () => {
  it('should leave a fire, a flood or an overdose told beside an illness to the violence rules', () => {
    assert.equal(illnessReport('A house fire in Orrin killed three people, the first deaths in the town since the pandemic.'), false);
    assert.equal(illnessReport('Overdose deaths in the county rose to 60 as the opioid epidemic spread.'), false);
    assert.deepEqual(findCasualties('A house fire in Orrin killed three people, the first deaths in the town since the pandemic.')?.killed, 3);
  });

  it('should still take an outbreak report whose drains flooded for one', () => {
    assert.equal(illnessReport('Typhoid spread fast in the camp, where latrines flooded after the storm.'), true);
  });
});

describe('illnessReport: an illness named only as background (review68)', () => {
  it('should leave a collapse or a storm whose report names a pandemic further down to the accident rules', () => {
    assert.deepEqual(findCasualties('ORAVIA - A four-storey block collapsed in the harbour district on Monday, killing 9 people and injuring 21, the fire service said. The building had been put up during the pandemic without an inspection.'), { killed: 9, injured: 21 });
    assert.deepEqual(findCasualties('A tornado flattened farms outside Millbrook on Saturday, killing three people and injuring eight. Some residents said the town had not seen such loss since the influenza pandemic of their grandparents.'), { killed: 3, injured: 8 });
  });

  it('should still read an outbreak named in its lead as deaths from the illness', () => {
    assert.equal(findCasualties('The dengue outbreak in the coastal districts has killed 14 people, the health ministry said, as fogging teams went house to house.')?.died, 14);
  });
});

describe('findCasualties on a death told as an ordinal', () => {
  it('should read "a third child died" as the running total of three', () => {
    assert.deepEqual(findCasualties('Measles cases in Orrin rose to 70. A third child died on Sunday, the district nurse said.'), { killed: null, injured: null, died: 3 });
  });

  it('should not read "a second wave" or "the third day" of an outbreak as a death', () => {
    assert.equal(findCasualties('Measles cases in Orrin rose to 70 on the third day of a second wave, the district nurse said.'), null);
  });
});

