import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tellerFiguresIn, tellerOf } from './teller-figures.js';

/** Each figure read as [kind, thing, written, own teller]. */
function read(text: string): [string, string, string, string | null][] {
  return tellerFiguresIn(text).map((f) => [f.kind, f.thing, f.written, f.teller ?? null]);
}

describe('tellerFiguresIn', () => {
  it("should read a turnout and the rival body's turnout it is set against", () => {
    assert.deepEqual(read("Monitors from the Fair Count network said turnout in Sunday's vote was 41.2 percent, far short of the 55.6 percent announced by the National Election Board."), [
      ['turnout', '', '41.2%', null],
      ['turnout', '', '55.6%', 'the National Election Board'],
    ]);
    assert.deepEqual(read("The monitors rejected the board's turnout figure of 55.6 percent."), [['turnout', '', '55.6%', 'the board']]);
  });

  it('should leave a turnout by the hour and an earlier vote\'s turnout alone', () => {
    assert.deepEqual(read('Turnout by 3 p.m. was 30 percent, the board said.'), []);
    assert.deepEqual(read('Turnout at the last election was 48 percent.'), []);
    assert.deepEqual(read('Turnout had reached 55.6 percent when polls closed at 8 p.m., up from 48 percent in 2022.'), [['turnout', '', '55.6%', null]]);
  });

  it('should read how many people were held, and not suspects held for a crime', () => {
    assert.deepEqual(read('The Morvian interior ministry said 41 people had been detained. Police detained at least 90 protesters, a lawyers\' group said.'), [
      ['number detained', '', '41 detained', null],
      ['number detained', '', 'at least 90 detained', null],
    ]);
    assert.deepEqual(read('Police said two suspects were arrested on Friday.'), []);
  });

  it("should read a quake's magnitude as the main shock's or the aftershock's, never a time or a toll put at a figure", () => {
    assert.deepEqual(read('The Tarsin Seismic Institute put the magnitude at 6.4, above the 6.2 reported by EMSC.'), [
      ['magnitude', 'quake', 'magnitude 6.4', 'The Tarsin Seismic Institute'],
      ['magnitude', 'quake', 'magnitude 6.2', 'EMSC'],
    ]);
    assert.deepEqual(read('The institute measured the aftershock at magnitude 5.1.'), [['magnitude', 'aftershock', 'magnitude 5.1', null]]);
    assert.deepEqual(read('A magnitude 6.2 earthquake hit the valley; the governor put the toll at 5 on Tuesday.'), [['magnitude', 'quake', 'magnitude 6.2', null]]);
  });

  it("should read an epicentre's distance from a town with its direction", () => {
    assert.deepEqual(read('Its epicentre lay about 18 kilometres south-east of the town of Varsa, the institute said.'), [
      ['epicentre distance', 'quake south-east of Varsa', 'about 18 kilometres south-east of Varsa', null],
    ]);
    assert.deepEqual(read('Rescue teams reached Varsa, 18 km south-east of the capital, on foot.'), []);
  });

  it("should keep as a magnitude's teller a seismic body or initials in capitals, not a police force", () => {
    const magnitude = { kind: 'magnitude', thing: 'quake', written: '6.1', start: 0, end: 3, reading: { value: 6.1, decimals: 1, bound: 'exact', slack: 0.05 } } as const;
    assert.equal(tellerOf(magnitude, 'USGS'), 'USGS');
    assert.equal(tellerOf(magnitude, 'the Marlow Seismic Institute'), 'the Marlow Seismic Institute');
    assert.equal(tellerOf(magnitude, 'Police'), null);
    assert.equal(tellerOf(magnitude, 'the army'), null);
  });
});
