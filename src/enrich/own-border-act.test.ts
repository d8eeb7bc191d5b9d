import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownBorderAct } from './own-border-act.js';
import { choosePlace } from './place.js';

const act = (lead: string, dateline: string | null) => {
  const found = ownBorderAct(lead, 0, dateline);
  return found ? [found.name, found.country, found.lat === null] : null;
};

describe('ownBorderAct', () => {
  it("should place a government's act at its own border in its country, under another country's dateline", () => {
    assert.deepEqual(act("Malawi's health ministry ordered screening at its border crossings with Mozambique on Thursday, as cholera spread in the port.", 'MZ'), ['Malawi', 'MW', false]);
    assert.deepEqual(act('Zambian authorities stepped up checks along their border with Congo after the outbreak, officials said.', 'CD'), ['Zambia', 'ZM', false]);
    assert.deepEqual(act('South Africa on Monday deployed soldiers to its northern border as refugees fled the fighting.', 'ZW'), ['South Africa', 'ZA', false]);
  });

  it('should take the named post of its border, with a point where the gazetteer puts it in that country', () => {
    assert.deepEqual(act("Malawi's health ministry ordered screening of travellers at the Mwanza border post on Thursday.", 'MZ'), ['Mwanza', 'MW', false]);
    assert.deepEqual(act("Malawi's health ministry ordered screening at the Kembeni border post on Thursday.", 'MZ'), ['Kembeni', 'MW', true]);
  });

  it("should keep the dateline where the country acts at home, another's border is meant, or the act is only reported", () => {
    // The dateline is the acting country's: act-site.ts and the dateline place it.
    assert.equal(act("Malawi's health ministry ordered screening at its border crossings with Mozambique on Thursday.", 'MW'), null);
    assert.equal(act('The Welsh government ordered checks at its border with England on Friday.', 'GB'), null);
    // No "its": the border is another country's.
    assert.equal(act("Malawi's health minister praised screening at Mozambique's border crossings on Thursday.", 'MZ'), null);
    // An act away from any border.
    assert.equal(act("Malawi's health ministry sent 20 nurses to the port on Thursday to help treat cholera patients.", 'MZ'), null);
    // Reported by the subject of another country: "its" is not the subject's.
    assert.equal(act("Mozambique's health ministry said Malawi had ordered screening at its border crossings.", 'MZ'), null);
    // No country opens the lead.
    assert.equal(act('Kestrel Airlines suspended flights to its border towns after the outbreak.', 'MZ'), null);
    assert.equal(act("Malawi's health ministry ordered screening at its border crossings.", null), null);
  });
});

describe('choosePlace, an act at its own border', () => {
  it("should place the lead's act at Malawi's border in Malawi, not in the dateline's town of another country", () => {
    const body = "BEIRA, Mozambique (Wire) - Malawi's health ministry ordered screening at its border crossings with Mozambique on Thursday, as a cholera outbreak in Beira spread.\n\nMozambique said 300 cases had been recorded in Beira.";
    assert.equal(choosePlace(body, [], () => false)?.country, 'MW');
  });

  it("should keep an ordinary dateline: a town's own story, and a country's act at home", () => {
    const local = 'PONTYPRIDD, Wales (Wire) - Police closed a road in Pontypridd on Thursday after a lorry overturned near the border of the county.\n\nNo one was hurt.';
    assert.equal(choosePlace(local, [], () => false)?.name, 'Pontypridd');
    const home = "BEIRA, Mozambique (Wire) - Mozambique's health ministry ordered screening at its border crossings with Malawi on Thursday as cholera spread in Beira.\n\nOfficials said 300 cases had been recorded.";
    assert.equal(choosePlace(home, [], () => false)?.name, 'Beira');
  });
});
