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

  it("should read a US state's office as American, and leave a small town's namesake firm or club to the dateline", () => {
    assert.equal(roleTownCountry('Georgia governor', 'WASHINGTON -- The Georgia governor signed the bill on Tuesday.'), 'US');
    // A group named like a small town: no town's office.
    assert.equal(roleTownCountry('Wagner commander', 'KYIV -- A Wagner commander was killed on Tuesday.'), null);
    // A small town the text names as a place keeps its country.
    assert.equal(roleTownCountry('Wagner police chief', 'Two men were arrested in Wagner, South Dakota, the Wagner police chief said.'), 'US');
  });
});
