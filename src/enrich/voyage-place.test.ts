import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { voyageOrOwnerPlace } from './voyage-place.js';

/** Whether `name`'s first mention in `text` is read as the voyage's port or the owner's seat. */
function read(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return voyageOrOwnerPlace(text, start, start + name.length);
}

describe('voyageOrOwnerPlace', () => {
  it("should read a cargo's ports and a manager's or owner's city as no scene", () => {
    const lead = 'The carrier, managed by a Piraeus-based firm and carrying grain from Odesa to Alexandria, was hit.';
    assert.ok(read(lead, 'Piraeus'));
    assert.ok(read(lead, 'Odesa'));
    assert.ok(read(lead, 'Alexandria'));
    assert.ok(read('The tanker, owned by a Hamburg company and bound for Rotterdam, caught fire.', 'Hamburg'));
    assert.ok(read('The tanker, owned by a Hamburg company and bound for Rotterdam, caught fire.', 'Rotterdam'));
    assert.ok(read('The ship had left Basra two days earlier.', 'Basra'));
  });

  it('should not take the town an attack is told off or from, nor a place of an ordinary sentence', () => {
    assert.ok(!read('Pirates fired on the tanker 40 nautical miles off Hodeidah.', 'Hodeidah'));
    assert.ok(!read('The ship was boarded 12 nautical miles east from Eyl on Monday.', 'Eyl'));
    assert.ok(!read('The ship was boarded 12 km from Eyl on Monday.', 'Eyl'));
    assert.ok(!read('Gunmen attacked the freighter near Aden, the navy said.', 'Aden'));
    assert.ok(!read('A Hamburg court heard the case.', 'Hamburg'));
  });

  it('should not take a place the scene lies close to or next to for a port (review72 fault 6)', () => {
    assert.ok(!read('A fishing boat capsized close to Mokha on Monday.', 'Mokha'));
    assert.ok(!read('Pirates boarded a tanker in waters close to Bonny on Tuesday.', 'Bonny'));
    assert.ok(!read('A dhow sank next to Socotra on Sunday.', 'Socotra'));
  });
});

describe('voyageOrOwnerPlace of a manager told by its seat', () => {
  it('should read "the ship\'s manager in" a town as the owner\'s seat', () => {
    const body = 'Gunmen seized the freighter Amber Tern off the coast. Halcyon Marine, the ship\'s manager in Valletta, said the crew were safe.';
    const at = body.indexOf('Valletta');
    assert.equal(voyageOrOwnerPlace(body, at, at + 8), true);
  });

  it('should leave a manager who spoke in a town that is the scene', () => {
    const body = 'Gunmen seized the freighter Amber Tern in the port of Valletta, its manager said.';
    const at = body.indexOf('Valletta');
    assert.equal(voyageOrOwnerPlace(body, at, at + 8), false);
  });
});
