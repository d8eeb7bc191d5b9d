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

describe('foldAccents on texts of several lines', () => {
  it('should return a plain text with tabs and line breaks as it is', () => {
    const text = 'First line\n\tsecond line\r\n';
    assert.equal(foldAccents(text), text);
  });

  it('should still fold accents in a text of several lines', () => {
    assert.equal(foldAccents('Thiès\nSão Paulo'), 'Thies\nSao Paulo');
  });
});
