import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function bodies(body: string): [string, string | null][] {
  return recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type === 'organization').map((e) => [e.text, e.country ?? null]);
}

// ux75b fault 10: the FCDO was kept as "Commonwealth and Development Office", and the Foreign Office
// took the Kyrgyz foreign ministry's country.
describe('bodies of Britain named in a report on another country', () => {
  it("should keep the remit before a body's comma and give Britain's foreign ministry its country", () => {
    const body = "LONDON -- Britain on Monday froze the assets of three Moldovan judges. The Foreign, Commonwealth and Development Office named them. Foreign Office minister Ruth Alder spoke after Moldova's foreign ministry protested.";
    const found = bodies(body);
    assert.ok(found.some(([name, country]) => name === 'Foreign, Commonwealth and Development Office' && country === 'GB'), JSON.stringify(found));
    assert.ok(found.some(([name, country]) => name === 'Foreign Office' && country === 'GB'), JSON.stringify(found));
  });

  it('should keep a town before a comma out of the body and a bare foreign ministry with its owner', () => {
    const body = "In Paris, Trade and Industry Ministry officials met on Monday. The Foreign Ministry said talks would go on, Moldova's foreign ministry added.";
    const found = bodies(body);
    assert.ok(!found.some(([name]) => name.startsWith('Paris')), JSON.stringify(found));
    assert.ok(found.some(([name, country]) => name === 'Foreign Ministry' && country === 'MD'), JSON.stringify(found));
  });
});
