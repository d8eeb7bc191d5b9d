import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldAccents } from './fold.js';

describe('foldAccents', () => {
  it('should take the marks off accented letters', () => {
    assert.equal(foldAccents('São Paulo'), 'Sao Paulo');
    assert.equal(foldAccents('Québécois'), 'Quebecois');
  });

  it('should write letters with no mark to split off as their plain letters', () => {
    assert.equal(foldAccents('Wrocław'), 'Wroclaw');
    assert.equal(foldAccents('Søren Straße'), 'Soren Strasse');
  });

  it('should leave plain text and other scripts as they are', () => {
    assert.equal(foldAccents('Kenji Sato'), 'Kenji Sato');
    assert.equal(foldAccents('김정은'), '김정은');
    assert.equal(foldAccents('Ким Чен Ын'), 'Ким Чен Ын');
  });
});
