import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

const placed = (body: string, title: string) => enrichedArticle(body, { title, outlet: 'Border Desk', publishedAt: '2026-11-24T06:00:00Z' }).place;

// ux71a fault 8: reports about a quake on the Iran-Iraq border placed by a town named for relief work, by
// the capital a wire filed from, and a conference in Geneva placed in the quake's province.
describe('choosePlace: the scene a lead names over asides, datelines and the countries told about', () => {
  it("should place a quake report at the town its epicentre is given by, not a town named for relief work", () => {
    const body = 'The death toll from the earthquake has risen to 296.\n\nA convoy was attacked near Zalm. Road deliveries in the Halabja area are suspended.\n\nThe magnitude 6.3 earthquake struck at 04:52 local time with its epicentre south of Sarpol-e Zahab. Damage is heaviest in Sarpol-e Zahab and in Halabja district.';
    assert.equal(placed(body, 'Earthquake - Situation Report No. 3')?.name, 'Sarpol-e Zahab');
    // Without the epicentre, the town the report names first and most stays.
    assert.equal(placed(body.replace('with its epicentre south of Sarpol-e Zahab', 'in the night'), 'Earthquake - Situation Report No. 3')?.name, 'Halabja');
  });

  it("should keep the province of the first sentence over another country's town a later paragraph names", () => {
    const body = "The number of people killed by Tuesday's earthquake in Kermanshah province has risen to 318, the Interior Ministry said on Saturday.\n\nThe Red Crescent said its teams had recorded 341 deaths. Governor Bahman Karimi said 4,100 people had been injured.\n\nAid deliveries on the Iraqi side were slowed after a convoy was attacked on Thursday on the road to Halabja. Halabja hospital is full.";
    assert.equal(placed(body, 'Quake toll rises to 318')?.country, 'IR');
  });

  it("should place a wire's story at the province of its lead, after a country's possessive, not the capital it filed from", () => {
    const wire = "TEHRAN (Meridian) -- A 5.6-magnitude aftershock killed six people and injured 85 in Iran's Kermanshah province on Monday, state media said.\n\nMost of the dead were in buildings weakened by last week's quake.";
    assert.equal(placed(wire, 'Aftershock kills six in western Iran')?.name, 'Kermanshah');
    const told = "TEHRAN (Meridian) -- Iran's foreign ministry summoned the Iraqi ambassador on Monday, state media said.\n\nThe ministry gave no reason.";
    assert.equal(placed(told, 'Iran summons envoy')?.name, 'Tehran');
  });

  it('should place a conference at the town the first sentence holds it in, not the province the money is for', () => {
    const body = "A donors' conference in Geneva on Friday raised $412 million for people hit by the earthquake in Iran's Kermanshah province and Iraq's Halabja district.\n\nIran and Iraq will each receive about half.";
    assert.equal(placed(body, 'Quake pledges fall short of appeal')?.country, 'CH');
    // A town only a later sentence names a meeting in does not outrank the story's countries.
    const later = "Rescuers pulled two survivors from a collapsed school in Iran's Kermanshah province on Friday. Donors will meet in Geneva next month.\n\nIran and Iraq have asked for help.";
    assert.equal(placed(later, 'Two pulled alive')?.country, 'IR');
  });
});
