import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setApartCorrections } from './correction-note.js';

describe('setApartCorrections', () => {
  it('should set a correction note apart from the text and read the name it puts right', () => {
    const found = setApartCorrections([
      'The ferry ran aground off Skerry Point on Sunday, the coastguard said.',
      'Harbour master Ines Varga said no one was hurt.',
      'Correction: An earlier version of this story gave the harbour master\'s name wrongly. She is Ines Varga, not Ines Farga.',
    ]);
    assert.equal(found.kept.length, 2);
    assert.equal(found.notes.length, 1);
    assert.deepEqual(found.names, [{ right: 'Ines Varga', wrong: 'Ines Farga' }]);
  });

  it('should set apart a note that opens "This article has been amended"', () => {
    assert.equal(setApartCorrections(['The ferry ran aground on Sunday.', 'This article has been amended to correct the date of the grounding.']).notes.length, 1);
  });

  it('should leave a story about a correction, or a text that is all notes, as it is', () => {
    const story = ['The prison service made a correction to its figures on Monday.', 'Officials said the error was clerical.'];
    assert.deepEqual(setApartCorrections(story), { kept: story, notes: [], names: [] });
    assert.equal(setApartCorrections(['Correction: the date was wrong.']).kept.length, 1);
  });
});
