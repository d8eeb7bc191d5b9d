import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { datedCopies, WIRE_LEAD } from '../../test/dated-copies.js';

// The same wire text, filed a year apart: "last year" is 2026 in the first filing and 2027 in the second.
const EARLIER = '2027-03-04T09:00:00Z';
const LATER = '2028-03-02T09:00:00Z';
const EARLIER_PAPER = WIRE_LEAD.replace('Starting in May, Ostria will stop', 'Ostria is to stop, starting in May,');
const LATER_PAPER = WIRE_LEAD.replace('Starting in May, Ostria will stop', 'Ostria will halt, from May,');

/** The later filing's facts as a process that has read nothing else groups them. */
function freshLater(): string[] {
  const helper = new URL('../../test/dated-copies.js', import.meta.url).href;
  const script = `import { datedCopies } from ${JSON.stringify(helper)}; console.log(JSON.stringify(datedCopies(${JSON.stringify(LATER)}, ${JSON.stringify(LATER_PAPER)})));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
}

describe('facts do not depend on what the process read before', () => {
  it('should group a wire text filed again a year later as a fresh process does, after the earlier filing was grouped', () => {
    const earlier = datedCopies(EARLIER, EARLIER_PAPER);
    assert.ok(earlier.some((f) => f.startsWith('2 ') && f.includes('$3.4 billion')), JSON.stringify(earlier));
    const later = datedCopies(LATER, LATER_PAPER);
    // Both copies of the later filing count last year's sales as 2027's, so the figure is one fact of both.
    assert.ok(later.some((f) => f.startsWith('2 ') && f.includes('$3.4 billion')), JSON.stringify(later));
    assert.deepEqual(later, freshLater());
  });
});
