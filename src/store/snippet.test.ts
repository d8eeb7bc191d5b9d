import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MATCH_CLOSE as C, MATCH_OPEN as O, snippetFromMarked } from './snippet.js';

describe('snippetFromMarked', () => {
  it('should strip the markers and give the matched words as ranges', () => {
    const s = snippetFromMarked(`…the ${O}crane${C} fell onto the ${O}harbour${C} wall…`);
    assert.equal(s.text, '…the crane fell onto the harbour wall…');
    assert.deepEqual(s.highlights.map(([a, b]) => s.text.slice(a, b)), ['crane', 'harbour']);
  });

  it('should join matches one space apart into one range', () => {
    const s = snippetFromMarked(`the ${O}Lazarus${C} ${O}Group${C} said`);
    assert.deepEqual(s.highlights.map(([a, b]) => s.text.slice(a, b)), ['Lazarus Group']);
  });

  it('should collapse line breaks and keep the ranges on their words', () => {
    const s = snippetFromMarked(`Headline\n\n  the ${O}ministry${C}\nsaid`);
    assert.equal(s.text, 'Headline the ministry said');
    assert.deepEqual(s.highlights.map(([a, b]) => s.text.slice(a, b)), ['ministry']);
  });

  it('should give no range for a marker pair around nothing, or an unclosed one', () => {
    assert.deepEqual(snippetFromMarked(`a ${O}${C}b ${O}c`).highlights, []);
  });
});
