import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message, PersonMention } from '../model/types.js';
import { correctedNames, withCorrectedNames } from './corrected-names.js';

const note = (names: string): Message => ({ stage: 'extract', rule: 'correction-note', message: `a correction note was set apart from the text (names put right: ${names}): Correction: ...`, severity: 'info' });
const person = (name: string): PersonMention => ({ name, variants: [], role: 'harbour master', organization: null, country: null, mentions: [], byline: false, inEvent: true });

describe('correctedNames', () => {
  it('should read the names a correction note puts right', () => {
    assert.deepEqual([...correctedNames([{ warnings: [note('Ines Farga -> Ines Varga; Tom Bale -> Tom Vale')] }])], [['Ines Farga', 'Ines Varga'], ['Tom Bale', 'Tom Vale']]);
  });
});

describe('withCorrectedNames', () => {
  it("should rename the misspelt person in another outlet's report, keeping the misspelling as a variant", () => {
    const corrected = { warnings: [note('Ines Farga -> Ines Varga')], people: [person('Ines Varga')] };
    const copied = { warnings: [], people: [person('Ines Farga'), person('Ali Dorn')] };
    const out = withCorrectedNames([corrected, copied]);
    assert.deepEqual(out[1]!.people.map((p) => [p.name, p.variants]), [['Ines Varga', ['Ines Farga']], ['Ali Dorn', []]]);
    assert.equal(out[0], corrected);
  });

  it('should leave reports alone where no note corrects a name', () => {
    const plain = { warnings: [], people: [person('Ines Farga')] };
    assert.equal(withCorrectedNames([plain])[0], plain);
  });
});
