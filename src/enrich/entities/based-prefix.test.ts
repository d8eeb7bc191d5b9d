import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { withoutBasedSeats } from './based-prefix.js';

const body = (text: string, type: Entity['type'], at = 0): Entity => ({ text, type, start: at, end: at + text.length });

describe("a body's seat before its name", () => {
  it('should start the name after "<place>-based", of one word or more', () => {
    const [a, b] = withoutBasedSeats([body('Vilnius-based Amber Security Institute', 'organization', 10), body('New York-based Halden Capital', 'organization', 80)]);
    assert.deepEqual([a!.text, a!.start, a!.end], ['Amber Security Institute', 24, 48]);
    assert.equal(b!.text, 'Halden Capital');
  });

  it("should leave a person's name and a body that is named by its seat alone", () => {
    const kept = withoutBasedSeats([body('Oslo-based Hilde Berg', 'person'), body('Gulf-based investors', 'organization')]);
    assert.deepEqual(kept.map((e) => e.text), ['Oslo-based Hilde Berg', 'Gulf-based investors']);
  });
});
