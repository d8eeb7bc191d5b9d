import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleTownCountry } from './role-town.js';

// ux75b fault 10: "Bishkek police chief" in a report from London was given GB.
describe('roleTownCountry', () => {
  it('should give the country of the town an office is named after', () => {
    assert.equal(roleTownCountry('Chisinau police chief', 'LONDON -- Britain froze the assets of the Chisinau police chief.'), 'MD');
  });

  it('should give none for an office named after no place', () => {
    assert.equal(roleTownCountry('police chief', 'LONDON -- ...'), null);
    assert.equal(roleTownCountry('Foreign Minister', 'LONDON -- ...'), null);
    assert.equal(roleTownCountry('Deputy police chief', 'LONDON -- ...'), null);
  });
});
