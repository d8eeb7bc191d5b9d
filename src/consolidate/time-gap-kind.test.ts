import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timeKinds } from './time-gap-kind.js';

describe('timeKinds', () => {
  it('should keep the time between two acts apart from how long a state lasted', () => {
    assert.deepEqual(timeKinds('The outage comes six days after a utility in Halsey was hit.', 'day'), ['day/gap']);
    assert.deepEqual(timeKinds('Its billing system was offline for six days.', 'day'), ['day/span']);
    assert.deepEqual(timeKinds('The strike entered its sixth day.', 'day'), ['day']);
    assert.deepEqual(timeKinds('Six days after the blast, 40 homes were still empty.', 'home'), ['home']);
  });
});
