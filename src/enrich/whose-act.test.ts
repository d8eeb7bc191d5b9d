import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeWhoseAct, isWhoseSubject } from './whose-act.js';

describe('whose-act', () => {
  it('labels an act a "whose" clause tells by the name the clause hangs on', () => {
    assert.equal(isWhoseSubject('whose pumping stations in Albi '), true);
    assert.equal(describeWhoseAct('The crew hit several utilities, among them the Tarn Valley Water Board, ', 'hit'), 'Attack on Tarn Valley Water Board');
  });

  it('gives no label where no name precedes the clause or the verb tells no act done to it', () => {
    assert.equal(describeWhoseAct('It hit several utilities, most of them small ones, ', 'hit'), null);
    assert.equal(describeWhoseAct('The Tarn Valley Water Board, ', 'elected'), null);
  });

  it('keeps a sentence\'s opening preposition and a day out of the name (review75)', () => {
    assert.equal(describeWhoseAct('In Gloucester, ', 'hit'), 'Attack on Gloucester');
    assert.equal(describeWhoseAct('The gang claimed two attacks on Monday, ', 'hit'), null);
    assert.equal(describeWhoseAct('Officials in The Hague, ', 'hit'), 'Attack on The Hague');
  });
});
