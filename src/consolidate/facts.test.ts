import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../enrich/sentences.js';
import { quoteUnits } from './facts.js';

function units(body: string): string[] {
  return quoteUnits(body, splitSentences(body)).map((s) => body.slice(s.start, s.end));
}

describe('quoteUnits', () => {
  it('should keep a quotation of several sentences whole with who said it', () => {
    assert.deepEqual(units('"Our teams walked for ten hours to get there. We found entire families under the rubble," Quispe said. The toll rose.'), [
      '"Our teams walked for ten hours to get there. We found entire families under the rubble," Quispe said.',
      'The toll rose.',
    ]);
    assert.deepEqual(units('“It was chaos. People ran,” she said. Police came.'), ['“It was chaos. People ran,” she said.', 'Police came.']);
  });

  it("should end a quotation left open at its paragraph's end there", () => {
    assert.deepEqual(units('"We are still counting.\n\nThe next paragraph starts here. It ends.'), ['"We are still counting.', 'The next paragraph starts here.', 'It ends.']);
  });

  it('should leave sentences without quotation marks, or with closed ones, as they are', () => {
    assert.deepEqual(units('The quake struck at dawn. "It was long," he said. Rescuers arrived.'), ['The quake struck at dawn.', '"It was long," he said.', 'Rescuers arrived.']);
  });
});
