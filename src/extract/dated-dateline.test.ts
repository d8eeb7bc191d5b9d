import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedDateline } from './dated-dateline.js';

describe('datedDateline', () => {
  it("should read the date in brackets after an opening dateline's place", () => {
    assert.equal(datedDateline(['MILLBROOK, Ala. (March 3, 2019): Deputies are looking into gunfire at a gas station.']), '2019-03-03');
    assert.equal(datedDateline(['GRANT COUNTY, Ind. (Oct. 12, 2018)— A man was hurt when his rifle went off.']), '2018-10-12');
    assert.equal(datedDateline(['(10/12/18) - A man was hurt when his rifle went off while he cleaned it.']), '2018-10-12');
  });

  it('should look only at the first paragraphs, past a line or two of page clutter', () => {
    assert.equal(datedDateline(['Share this story', 'MILLBROOK, Ala. (March 3, 2019): Deputies are investigating.']), '2019-03-03');
    assert.equal(datedDateline(['One.', 'Two.', 'Three.', 'MILLBROOK, Ala. (March 3, 2019): Deputies are investigating.']), null);
  });

  it("should read nothing from a station's name in brackets or a bracketed day inside a sentence", () => {
    assert.equal(datedDateline(['NASHVILLE, Tenn. (WKRN) - Two people were shot on Sunday.']), null);
    assert.equal(datedDateline(['Two men were shot (Sunday, May 4) - one of them died.']), null);
  });
});
