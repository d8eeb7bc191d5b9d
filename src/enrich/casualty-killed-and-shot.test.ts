import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { killedAndShotApart } from './casualty-killed-and-shot.js';
import { findCasualties } from './casualties.js';

describe('one killed and another shot by the same hand', () => {
  it('should find a death and a wounding told with two objects, in either order', () => {
    assert.ok(killedAndShotApart('Woman kills ex-husband, shoots teen son before taking her own life'));
    assert.ok(killedAndShotApart('Police said he shot his 12-year-old son and killed the boy’s mother in the kitchen.'));
    assert.ok(killedAndShotApart('Gunman kills clerk, wounds customer at gas station'));
    assert.ok(killedAndShotApart('He killed his girlfriend and then injured her brother, police said.'));
  });

  it('should not take one person told with two verbs, or the killer\'s own death, for two', () => {
    assert.ok(!killedAndShotApart('He shot and killed his wife on Tuesday.'));
    assert.ok(!killedAndShotApart('Man shoots wife, kills self'));
    assert.ok(!killedAndShotApart('The deputy shot the intruder, who died on the porch.'));
  });

  it('should count the one killed and the one shot, who lived', () => {
    assert.deepEqual(findCasualties('Man kills wife, wounds son in Elm Street home'), { killed: 1, injured: 1 });
    const text = 'Man kills mother-in-law, shoots stepson before killing himself.\n\nA man shot his 9-year-old stepson and killed the boy\'s grandmother before turning a rifle on himself, deputies said. The grandmother died in the driveway. He was found dead in a shed.';
    assert.equal(findCasualties(text)?.injured, 1);
  });
});
