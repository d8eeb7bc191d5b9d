import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GUNNED_DOWN, gunnedDownLived } from './casualty-gunned-down.js';
import { findCasualties } from './casualties.js';

describe('gunned down', () => {
  it('should know the verb that starts a count', () => {
    assert.ok(GUNNED_DOWN.test('gunned down three neighbours'));
    assert.ok(GUNNED_DOWN.test('gunning down 2 men'));
    assert.ok(!GUNNED_DOWN.test('killing three neighbours'));
  });

  it('should read the shot as alive only where the text tells they lived and names no death', () => {
    assert.ok(gunnedDownLived('A gunman gunned down three neighbours on Elm Street. All three are listed in stable condition.'));
    assert.ok(!gunnedDownLived('A gunman gunned down three neighbours on Elm Street. Two of them died at the scene; one is in stable condition.'));
    assert.ok(!gunnedDownLived('Two brothers were charged with gunning down 3 men outside a bar.'));
  });

  it('should count those gunned down who lived as wounded, and those of a killing as dead', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Deputies are hunting a man who gunned down three neighbours on Elm Street on Friday night. Two were hit in the thighs and one in the shoulder; all three are in fair condition.'), [null, 3]);
    assert.deepEqual(read('Deputies are hunting a man who gunned down three neighbours on Elm Street on Friday night. Their families are planning a joint funeral for the victims of the slaying.'), [3, null]);
  });
});
