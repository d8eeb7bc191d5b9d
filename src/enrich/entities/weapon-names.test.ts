import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function entities(text: string): string[] {
  return recognizeEntities(text, splitSentences(text)).entities.map((e) => `${e.type}:${e.text}`);
}

describe('withoutWeaponNames', () => {
  it('should list no weapon class or model as an entity ("an ICBM", "two SRBMs", "a KN-25", "the Hwasong-12")', () => {
    const found = entities('The army said Pyongyang fired an ICBM and two SRBMs into the sea on Monday. Analysts said one was a KN-25 and the other a Hwasong-12, and that the IRBM test was delayed.');
    assert.ok(!found.some((e) => /ICBM|SRBM|IRBM|KN-25|Hwasong/.test(e)), found.join(' | '));
  });

  it('should keep a body in capitals that is no weapon, and a family word that names no model', () => {
    const found = entities('NATO officials met IAEA inspectors at the Hwasong plant on Monday.');
    assert.ok(found.includes('organization:NATO') && found.includes('organization:IAEA'), found.join(' | '));
  });
});
