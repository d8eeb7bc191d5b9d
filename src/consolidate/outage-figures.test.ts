import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outageMeasuresIn } from './outage-figures.js';

/** Each figure read as [kind, thing, written, value in the kind's unit]. */
function read(text: string, eventDay: string | null = '2026-03-02'): [string, string, string, number][] {
  return outageMeasuresIn(text, text, eventDay).map((m) => [m.kind, m.thing, m.written, Math.round(m.reading!.value * 10) / 10]);
}

describe('outageMeasuresIn', () => {
  it("should read a damage's length, not a cable's own length nor a range", () => {
    assert.deepEqual(read('Divers found a gouge about 40 kilometres long on the seabed.'), [['damage length', '', 'about 40 kilometres', 40]]);
    assert.deepEqual(read('The trench on the sea floor is about 12 miles long, the navy said.'), [['damage length', '', 'about 12 miles', 19.3]]);
    assert.deepEqual(read('The interconnector, a cable 210 km long, was damaged.'), []);
    assert.deepEqual(read('Divers found a gouge between 30 and 45 km long.'), []);
  });

  it('should read a repair estimate of one named object, in days, not a vague one, a past outage nor a planned stop', () => {
    assert.deepEqual(read('The operator said repairs to the cable would take about six weeks.'), [['repair time', 'cable', 'about six weeks', 42]]);
    const two = outageMeasuresIn('Fixing the pipeline will take two months, far longer than the three weeks suggested by the regulator Vestgas.', undefined, '2026-03-02');
    assert.deepEqual(two.map((m) => [m.written, m.teller ?? null]), [['two months', null], ['three weeks', 'the regulator Vestgas']]);
    assert.deepEqual(read('The operator expects the cable to stay out of service for "several months".'), []);
    assert.deepEqual(read('The cable was out of service for three weeks in 2019 before it was repaired.'), []);
    assert.deepEqual(read('The terminal will be shut for two weeks of planned maintenance.'), []);
    assert.deepEqual(read('Repairs to the cable and the pipeline will take about four months.'), []);
  });

  it("should read 'until' a month as the days from the event's day, bounded where it says 'at least'", () => {
    const [until] = outageMeasuresIn('She said the cable would be out of service at least until mid-May.', undefined, '2026-03-02');
    assert.equal(until!.written, 'at least until mid-May');
    assert.deepEqual([until!.reading!.bound, until!.reading!.value], ['over', 69]);
    assert.deepEqual(read('She said the cable would be out of service until mid-May.', null), []);
  });

  it("should read a share of capacity lost, or a part of the plant's whole, not a share running again nor a planned cut", () => {
    assert.deepEqual(read('The smelter has halted about 40% of its production capacity, its owner said.'), [['capacity lost', '', 'about 40%', 40]]);
    assert.deepEqual(read('Analysts put the loss at about a third of the mill\'s output.'), [['capacity lost', '', 'about a third', 33.3]]);
    assert.deepEqual(read('The fire knocked out 2 million tonnes a year of the plant\'s 8 million tonnes of capacity.'), [['capacity lost', '', '2 million of 8 million tonnes (25%)', 25]]);
    assert.deepEqual(read('The plant was running at about 60% of its capacity on Friday.'), []);
    // review75: a country's share is another quantity than the plant's.
    assert.deepEqual(read("The strike knocked out about 5% of Russia's refining capacity."), [['capacity lost', "of Russia's", 'about 5%', 5]]);
    assert.deepEqual(read('The owner plans to cut output by 10% next year.'), []);
  });

  it('should read how many customers or people were cut off, not those still without power or restored', () => {
    assert.deepEqual(read('The storm cut power to about 120,000 homes, the utility said.'), [['cut off', 'customers', 'about 120,000 homes', 120000]]);
    assert.deepEqual(read('The operator put the number of customers cut off at 96,500.'), [['cut off', 'customers', '96,500 customers', 96500]]);
    assert.deepEqual(read('The blackout hit 1.2 million people across the province.'), [['cut off', 'people', '1.2 million people', 1200000]]);
    assert.deepEqual(read('About 4,000 homes remained without power on Tuesday.'), []);
    assert.deepEqual(read('Power was restored to all but 2,000 customers, which the fault had cut off.'), []);
  });
});
