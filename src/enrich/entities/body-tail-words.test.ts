import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { joinTailWordsToBodies } from './body-tail-words.js';

/** The bodies named in `body` as the tagger found them, after the tail words are joined. */
function joined(body: string, names: readonly string[]): string[] {
  const entities: Entity[] = names.map((text) => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  joinTailWordsToBodies(body, entities);
  return entities.map((e) => e.text);
}

describe('the last words of a body the tagger left out', () => {
  it('should join capitalised words nobody took right after a body', () => {
    const body = 'The Harbour Workers Accord and the National Council Against Noisy Traffic met.';
    assert.deepEqual(joined(body, ['Harbour Workers', 'National Council Against Noisy']), ['Harbour Workers Accord', 'National Council Against Noisy Traffic']);
  });

  it('should join "for" and capitalised words after a head word alone or a name without a head word at its end', () => {
    const body = 'She left the Party for the Hedgehogs, then the Civic Rally for Liberty, funded by the Lena Moss Foundation for the Fine Arts.';
    assert.deepEqual(joined(body, ['Party', 'Civic Rally', 'Lena Moss Foundation']), ['Party for the Hedgehogs', 'Civic Rally for Liberty', 'Lena Moss Foundation']);
  });

  it('should not join capitals after a name of one word, nor an event named after the body', () => {
    const body = 'She used Google Maps at the Harbour Workers Science Fair.';
    assert.deepEqual(joined(body, ['Google', 'Harbour Workers']), ['Google', 'Harbour Workers']);
  });

  it('should not join members, titles, places, common nouns with a dash, words on the next line or written in lower case', () => {
    const body = 'An NDP Member of Parliament wore a NASA T-shirt in the Green Union Paris office.\nESA Administrator\n\nFile photo. Labour Wins, as labour wins.';
    assert.deepEqual(joined(body, ['NDP', 'NASA', 'Green Union', 'ESA', 'Labour']), ['NDP', 'NASA', 'Green Union', 'ESA', 'Labour']);
  });
});
