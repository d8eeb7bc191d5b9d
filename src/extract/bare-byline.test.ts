import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bareNameByline } from './bare-byline.js';

describe('bareNameByline', () => {
  it('should read a name alone under the headline and over the date line as the byline', () => {
    assert.deepEqual(bareNameByline('Anna Lindqvist', true, true), { authors: ['Anna Lindqvist'], agency: null, outlet: null });
  });

  it('should read no place, section, outlet or line in capitals, nor a name out of that place', () => {
    for (const line of ['New York', 'World News', 'Harbour Times', 'ANNA LINDQVIST', 'Anna']) assert.equal(bareNameByline(line, true, true), null, line);
    assert.equal(bareNameByline('Anna Lindqvist', false, true), null);
    assert.equal(bareNameByline('Anna Lindqvist', true, false), null);
  });
});
