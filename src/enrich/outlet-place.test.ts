import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceMention } from '../model/types.js';
import { cityOf, mentionOf } from '../../test/places.js';
import { placeNearOutlet } from './outlet-place.js';

const mention = (name: string, admin1: string): PlaceMention => mentionOf(name, admin1, 40);

const philadelphia = () => cityOf('Philadelphia', 'PA');
const chicago = () => cityOf('Chicago', 'IL');

describe('placeNearOutlet', () => {
  it("should read a namesake far from a local outlet's city, with no state named, as a part of that city", () => {
    const p = placeNearOutlet(mention('Overbrook', 'KS'), philadelphia(), 'Gunfire outside Overbrook corner store wounds four\nFour men were wounded outside a corner store in Overbrook on Sunday.');
    assert.equal(p?.name, 'Philadelphia');
    assert.equal(p?.text, 'Overbrook');
    assert.equal(p?.inferred, true);
    assert.ok(p && p.lat !== null && Math.abs(p.lat - 39.95) < 0.1);
    // A section the gazetteer lists of the city (gazetteer/us-city-sections.ts) is the city, known, not a guess.
    const germantown = placeNearOutlet(mention('Germantown', 'MD'), philadelphia(), 'Three wounded near a laundromat in East Germantown\nThree men were wounded near a laundromat in Germantown on Sunday.');
    assert.equal(germantown?.name, 'Philadelphia');
    assert.equal(germantown?.text, 'Germantown');
    assert.equal(germantown?.inferred, undefined);
  });

  it('should take the namesake near the outlet, or in its state, when the gazetteer has one', () => {
    const englewood = placeNearOutlet(mention('Englewood', 'CO'), chicago(), 'A teen died in a drive-by in Englewood on Monday.');
    assert.equal(englewood?.name, 'Chicago');
    assert.equal(englewood?.inferred, undefined);
    assert.ok(englewood && englewood.lat !== null && Math.abs(englewood.lat - 41.78) < 0.1);
    const peoria = placeHere('Peoria', 'AZ');
    assert.equal(peoria?.name, 'Peoria');
    assert.ok(peoria && peoria.lat !== null && Math.abs(peoria.lat - 40.69) < 0.2, 'Peoria, Illinois');
  });

  it('should leave alone a place whose state the text names, a name only one place has, a large city and an outlet of no city', () => {
    const named = mention('Germantown', 'MD');
    assert.deepEqual(placeNearOutlet(named, philadelphia(), 'A man was shot in Germantown, Maryland, on Sunday.'), named);
    const unique = mention('Tuscaloosa', 'AL');
    assert.deepEqual(placeNearOutlet(unique, chicago(), 'A student was shot in Tuscaloosa on Sunday.'), unique);
    const houston = mention('Houston', 'TX');
    assert.deepEqual(placeNearOutlet(houston, chicago(), 'Two were shot in Houston on Sunday.'), houston);
    assert.deepEqual(placeNearOutlet(named, null, 'A man was shot in Germantown on Sunday.'), named);
  });

  it("should read a name only one place has, far off, as a part of the outlet's city where the text names that city", () => {
    // Brainerd, Minnesota is the gazetteer's only Brainerd; a Chicago story naming Chicago means its own.
    const p = placeNearOutlet(mention('Brainerd', 'MN'), chicago(), 'A teenager was wounded in Brainerd late Friday, Chicago police said.');
    assert.equal(p?.name, 'Chicago');
    assert.equal(p?.text, 'Brainerd');
    assert.equal(p?.inferred, true);
    // Its state named, it stays where it is.
    const named = mention('Brainerd', 'MN');
    assert.deepEqual(placeNearOutlet(named, chicago(), 'A teenager was wounded in Brainerd, Minn., late Friday, a Chicago paper learned.'), named);
  });

  it("should read a place the text calls a neighbourhood as the outlet's city, where it lies near it or has no point", () => {
    // South Chicago is a town of Illinois to the gazetteer, by Chicago: here a neighbourhood of it.
    const south = placeNearOutlet(mention('South Chicago', 'IL'), chicago(), 'Gunfire wounded two men early Sunday in the South Chicago neighborhood, officers said.');
    assert.equal(south?.name, 'Chicago');
    assert.equal(south?.text, 'South Chicago');
    assert.equal(south?.inferred, undefined);
    // A neighbourhood the gazetteer lacks: the outlet's city, a guess.
    const unknown: PlaceMention = { name: 'Park Manor', country: 'US', lat: null, lon: null, text: 'Park Manor', start: 40 };
    const manor = placeNearOutlet(unknown, chicago(), 'A woman was hurt by gunfire in the Park Manor neighborhood late Friday.');
    assert.equal(manor?.name, 'Chicago');
    assert.equal(manor?.inferred, true);
    // Not called a neighbourhood: left alone.
    assert.deepEqual(placeNearOutlet(unknown, chicago(), 'A woman was wounded in Park Manor on Friday.'), unknown);
  });

  it("should read a neighbourhood named like a far-off town as the outlet's city, unless the text places it there", () => {
    // The gazetteer's Lawndale is in California; a Chicago paper's "Lawndale neighborhood" is Chicago's.
    const lawndale = placeNearOutlet(mention('Lawndale', 'CA'), chicago(), 'Girl, 9, wounded in Lawndale neighborhood\nThe girl was hit on West 15th Street, police said.');
    assert.equal(lawndale?.name, 'Chicago');
    assert.equal(lawndale?.text, 'Lawndale');
    assert.equal(lawndale?.inferred, undefined);
    assert.ok(lawndale && lawndale.lat !== null && Math.abs(lawndale.lat - 41.85) < 0.2);
    // Its state named, it is the town the gazetteer has.
    const named = mention('Lawndale', 'CA');
    assert.deepEqual(placeNearOutlet(named, chicago(), 'A man was wounded in the Lawndale neighborhood, California police said.'), named);
  });

  it("should give a story that names no place the outlet's city, as a guess", () => {
    const p = placeNearOutlet(null, chicago(), 'Prosecutors on Tuesday charged two teenagers with killing a boy, 15.');
    assert.equal(p?.name, 'Chicago');
    assert.equal(p?.inferred, true);
    assert.equal(placeNearOutlet(null, null, 'No place here.'), null);
  });
});

function placeHere(name: string, admin1: string): PlaceMention | null {
  return placeNearOutlet(mention(name, admin1), chicago(), `A boy was killed in ${name} on Sunday.`);
}
