import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stateSpeaker } from './state-speaker.js';

/** A few states for the tests: what lead-act.ts asks the gazetteer. */
const STATES = new Set(['Norway', 'Peru', 'Lima', 'United States', 'U.S', 'EU']);
const isState = (phrase: string): boolean => STATES.has(phrase);

describe('the speaker of a state', () => {
  it('should accept an office of the state at the head of the subject', () => {
    assert.equal(stateSpeaker("Peru's deputy trade minister", isState), true);
    assert.equal(stateSpeaker('Senior U.S. officials', isState), true);
    assert.equal(stateSpeaker('The Peruvian foreign ministry on Monday', isState), true);
  });

  it('should accept a state named as the subject itself', () => {
    assert.equal(stateSpeaker('Norway', isState), true);
    assert.equal(stateSpeaker('Lima', isState), true);
    assert.equal(stateSpeaker('The United States', isState), true);
  });

  it('should accept a name after its title, and an office with a name set off by commas', () => {
    assert.equal(stateSpeaker('Foreign Minister Rosa Quispe', isState), true);
    assert.equal(stateSpeaker("Norway's finance minister, Lars Eide,", isState), true);
  });

  it('should refuse a private speaker whatever nationality word stands before it', () => {
    assert.equal(stateSpeaker('A Peruvian mining engineer', isState), false);
    assert.equal(stateSpeaker('Norwegian fishermen', isState), false);
    assert.equal(stateSpeaker('The Peruvian bank', isState), false);
  });

  it('should refuse a verb inside a relative clause', () => {
    assert.equal(stateSpeaker('A cargo ship that Norway', isState), false);
  });
});
