import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toldAsSeat } from './seat-place.js';

/** Whether `name`'s first mention in `text` is read as a seat or a flag. */
function read(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return toldAsSeat(text, start, start + name.length);
}

describe('toldAsSeat', () => {
  it("should read an owner's registry, a firm's seat and a ship's flag as no scene (review ux73a fault 5)", () => {
    assert.ok(read('The freighter Grey Petrel had been sold twice and was registered to a company in the Seychelles, the coastguard said.', 'Seychelles'));
    assert.ok(read('The bloc listed nine ships and a Muscat-based trading company on Friday.', 'Muscat'));
    assert.ok(read('The network is run through a front company based in Hunchun, a border town.', 'Hunchun'));
    assert.ok(read('The network is named after a shell company in the border city of Hunchun.', 'Hunchun'));
    assert.ok(read('The vessel, which sails under a Palau flag, was anchored nearby.', 'Palau'));
    assert.ok(read('Ministers blacklisted tankers and Muscat shipping firm', 'Muscat'));
    assert.ok(read('The bloc listed nine tankers and the Muscat company Qaran Sea Lines.', 'Muscat'));
  });

  it('should leave a place the act happened in, and one in another sentence', () => {
    assert.ok(!read('A fire broke out at a chemical works in Ravensfeld on Sunday.', 'Ravensfeld'));
    assert.ok(!read('The firm is based in Oslo. Police in Bergen said two men were held.', 'Bergen'));
    assert.ok(!read('Two men were shot in Ravensfeld late on Friday, police said.', 'Ravensfeld'));
    // review75: a trade's firm where the act happened, and its premises in a headline.
    assert.ok(!read('A fire broke out at a shipping company in Rotterdam on Sunday.', 'Rotterdam'));
    assert.ok(!read('Fire guts Rotterdam shipping firm offices', 'Rotterdam'));
    assert.ok(read('The tanker is owned by a shipping company based in Limassol.', 'Limassol'));
  });
});
