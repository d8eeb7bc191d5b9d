import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundedFigure, figuresDisagree } from './bounded-figure.js';

describe('boundedFigure', () => {
  it('should let figures disagree only where no value fits both wordings', () => {
    const fig = (bound: string, raw: string) => boundedFigure(bound, raw)!;
    assert.equal(figuresDisagree(fig('about ', '200'), fig('more than ', '300')), true);
    assert.equal(figuresDisagree(fig('about ', 'thirty'), fig('about ', '50')), true);
    assert.equal(figuresDisagree(fig('', '40'), fig('', '38')), true);
    assert.equal(figuresDisagree(fig('about ', '30'), fig('', '32')), false);
    assert.equal(figuresDisagree(fig('at least ', 'six'), fig('', 'nine')), false);
    assert.equal(figuresDisagree(fig('nearly ', 'forty-two'), fig('', '40')), false);
  });
});
