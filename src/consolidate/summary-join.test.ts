import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinSummary } from './summary-join.js';

describe('joinSummary', () => {
  it('should end a clause with no stop when another sentence follows it, and leave whole sentences and the last one as they are', () => {
    const clause = 'Nora Flint, 61, was held at her home on suspicion of manslaughter';
    assert.equal(joinSummary([clause, 'The inquiry goes on.']), `${clause}. The inquiry goes on.`);
    assert.equal(joinSummary(['"We will rebuild," the mayor said.', 'Crews left at dawn.']), '"We will rebuild," the mayor said. Crews left at dawn.');
    assert.equal(joinSummary(['She asked: "Who knew?"', clause]), `She asked: "Who knew?" ${clause}`);
  });

  it('should not stop a piece of a run-together sentence that the next piece carries on in lower case', () => {
    assert.equal(joinSummary(['Paramedics declared the rider', 'dead on arrival.']), 'Paramedics declared the rider dead on arrival.');
    // A piece that wants its next word, whatever case that word is in.
    assert.equal(joinSummary(['Anyone with', 'Police said no one was hurt.']), 'Anyone with Police said no one was hurt.');
    assert.equal(joinSummary(['Twenty-one-year-old', 'Ann Lee was hurt.']), 'Twenty-one-year-old Ann Lee was hurt.');
    assert.equal(joinSummary(['The crash happened on Sunday evening.The', 'Police said two were hurt.']), 'The crash happened on Sunday evening.The Police said two were hurt.');
  });
});
