import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsOfText } from './facts.js';

// ux74a fault 3: "took down 14 servers" was read as servers stolen, so 14 and "seizing 17 servers" were never compared.
describe('countsOfText, things taken down', () => {
  it('should not read "took down" as a theft of the things counted', () => {
    const [count] = countsOfText('The operation took down 22 servers in Latvia on Tuesday.');
    assert.equal(count?.noun, 'server');
  });

  it('should still read "took" alone as a theft', () => {
    const [count] = countsOfText('The gang took 300 gigabytes of patient files, the hospital said.');
    assert.match(count?.noun ?? '', /stolen$/);
  });
});
