import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDatelineFiler } from './lead-dateline.js';

function filer(body: string, name: string): boolean {
  const start = body.indexOf(name);
  return isDatelineFiler(body, start, start + name.length);
}

describe('isDatelineFiler', () => {
  it("should find the outlet a later line's dateline credits", () => {
    assert.ok(filer('An earlier story ends here.\n\nMAPLETON, Ore. (KXYZ) – Police said a man was shot.', 'KXYZ'));
    assert.ok(filer('A caption. (Credit: Channel 9)\n\nRIVERTON (WABC/WXYZ) - Two men were hurt.', 'WABC'));
    assert.ok(filer('Watch the video.\n(KQRS) - Three people were shot on Friday.', 'KQRS'));
  });

  it('should leave a body in brackets inside a sentence, the acronym of a name', () => {
    assert.ok(!filer('Officers of the Kentucky State Police (KSP) said the man was shot.', 'KSP'));
    assert.ok(!filer('The shooting was reported to police (KXYZ learned) on Friday.', 'KXYZ'));
    // A line that opens with an acronym and its expansion, or a bracketed name, goes on in lower case (review 62).
    assert.ok(!filer('Earlier text.\nIAEA (International Atomic Energy Agency) inspectors left the site.', 'International Atomic Energy Agency'));
    assert.ok(!filer('Earlier text.\n(Hamas) fighters fired rockets on Friday.', 'Hamas'));
  });
});
