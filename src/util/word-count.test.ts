import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordCount } from './word-count.js';

describe('wordCount', () => {
  it('should count as splitting on runs of white space does', () => {
    const texts = ['', 'one', 'two words', '  leading and trailing  ', 'tabs\tand\nnew\r\nlines', 'a\u00a0no-break space', 'em\u2003space and\u3000ideographic', 'line\u2028separator', 'bom\ufeffinside', 'vertical\vtab\fform feed', '\u1680ogham', 'narrow\u202fno-break', 'zero\u200bwidth is no space', ' ', '\n\n'];
    for (const text of texts) assert.equal(wordCount(text), text.split(/\s+/).length, JSON.stringify(text));
  });

  it('should agree with the split on every character that is or is not white space', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      assert.equal(wordCount(text), text.split(/\s+/).length, `U+${c.toString(16)}`);
    }
  });
});
