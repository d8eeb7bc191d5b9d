import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { passiveLaunch } from './passive-launch.js';

describe('passiveLaunch', () => {
  it('should read the firing country from a people-word or "by", and none from a bare participle', () => {
    assert.equal(passiveLaunch('An Iranian cruise missile test-fired on Monday flew 300 km, state media said.')?.country, 'IR');
    assert.equal(passiveLaunch('Two short-range rockets, which were fired by North Korea before dawn, fell into the sea.')?.country, 'KP');
    const bare = passiveLaunch('The rocket, launched from the coast at noon, fell into the sea.');
    assert.deepEqual([bare === null, bare?.country], [false, null]);
  });
  it('should not read an active lead, a missile that struck something or a missile not launched', () => {
    assert.equal(passiveLaunch('North Korea fired a missile on Monday.'), null);
    assert.equal(passiveLaunch('A Russian missile fired overnight hit a school, officials said.'), null);
    assert.equal(passiveLaunch('The missile programme was discussed at length.'), null);
  });
});
