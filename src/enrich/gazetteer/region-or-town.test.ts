import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cityCandidates } from './cities.js';
import { lookupPlace, placeHints } from './places.js';
import { regionOverTown } from './region-or-town.js';

const village = (): NonNullable<ReturnType<typeof cityCandidates>[number]> => cityCandidates('Hampshire').find((c) => c.country === 'US')!;

describe('regionOverTown', () => {
  it('should take the county abroad when the other towns named lie in its country', () => {
    const text = 'Crews from Winchester and Southampton were sent after a barn caught fire in rural Hampshire overnight.';
    assert.equal(regionOverTown('Hampshire', village(), text, placeHints(text))?.code, 'GB-HAM');
  });

  it('should count an institution only one country has', () => {
    const text = 'A lorry overturned in Hampshire and the driver was taken to A&E.';
    assert.equal(regionOverTown('Hampshire', village(), text, placeHints(text))?.country, 'GB');
    const named = 'A lorry overturned in Hampshire, Hampshire Constabulary said.';
    assert.equal(regionOverTown('Hampshire', village(), named, placeHints(named))?.country, 'GB');
  });

  it('should read an Irish county over a namesake town when the text is Irish', () => {
    assert.equal(lookupPlace('Mayo', 'Roads were flooded across Mayo overnight, gardaí said.')?.country, 'IE');
    assert.equal(lookupPlace('Clare', 'A farmer was injured in Clare on Sunday; the Taoiseach sent his sympathy.')?.country, 'IE');
    assert.equal(lookupPlace('Mayo', 'Roads were flooded in Mayo overnight, deputies said.')?.country, 'US');
  });

  it('should keep the town on a tie, when the text names its state, or when its towns are American', () => {
    const bare = 'Two people were hurt in a crash in Hampshire on Friday.';
    assert.equal(regionOverTown('Hampshire', village(), bare, placeHints(bare)), null);
    const state = 'Deputies in Hampshire, Ill., closed the road; Southampton and Portsmouth crews were not needed.';
    assert.equal(regionOverTown('Hampshire', village(), state, placeHints(state)), null);
    const american = 'A crash near Hampshire closed the road, and drivers went round by Elgin and Rockford.';
    assert.equal(regionOverTown('Hampshire', village(), american, placeHints(american)), null);
  });

  it('should not read New Hampshire as support for the English county', () => {
    const text = 'Snow fell on Hampshire and across New Hampshire, where Manchester schools closed.';
    assert.equal(lookupPlace('Hampshire', text)?.country, 'US');
  });

  it('should place the name through lookupPlace', () => {
    const text = 'Hampshire fire and rescue service said trees fell on cars in Portsmouth and Southampton.';
    assert.deepEqual([lookupPlace('Hampshire', text)?.kind, lookupPlace('Hampshire', text)?.country], ['region', 'GB']);
  });
});
