import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outbreakTollAside } from './outbreak-aside-toll.js';

describe('outbreakTollAside', () => {
  it('should take a toll recalled by a story whose lead is a sacking or a campaign for background', () => {
    assert.equal(outbreakTollAside('Harbour minister dismissed amid typhoid crisis', 'The premier dismissed harbour minister Odile Varn on Monday over the failed sewers, which inspectors link to a typhoid outbreak that has killed 14 people.'), true);
    assert.equal(outbreakTollAside('Typhoid vaccination drive opens in Kessport', 'Nurses on Wednesday began vaccinating children in Kessport, where an outbreak has killed more than a dozen people this month.'), true);
  });

  it('should keep a story whose headline or lead is the outbreak toll, its cases or its declaration', () => {
    assert.equal(outbreakTollAside('Kessport typhoid toll reaches 14', 'The regional health board said on Monday that 14 people had died since the outbreak began.'), false);
    assert.equal(outbreakTollAside('Typhoid outbreak declared in Kessport', 'Health officers in Kessport on Friday declared an outbreak of typhoid in the old town.'), false);
    assert.equal(outbreakTollAside('Kessport typhoid cases slow as drive ends', 'New typhoid cases fell to about ten a day, the health board said on Tuesday.'), false);
  });

  it('should keep a story whose headline or lead tells lives claimed, people fallen ill or the spread', () => {
    assert.equal(outbreakTollAside('Cholera claims 30 lives in Kessport', 'Cholera has claimed the lives of 30 people in Kessport since January, health officials said on Tuesday.'), false);
    assert.equal(outbreakTollAside('Hundreds sick as typhoid hits Marlow', 'More than 300 people have fallen ill with typhoid in Marlow, officials said on Monday.'), false);
    assert.equal(outbreakTollAside('Measles outbreak spreads to three more districts', 'Measles has spread to three more districts of Tervo province, the health ministry said.'), false);
    // A sacking over "claims" of a cover-up is still another act's story.
    assert.equal(outbreakTollAside('Minister quits over cover-up claims', 'The water minister resigned on Monday over claims that officials hid the source of the typhoid outbreak that has killed 14 people.'), true);
  });
});
