import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedDateline, isLoneWireDateline } from './dated-dateline.js';

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

describe('datedDateline, a wire or desk dateline with its year after the place', () => {
  it('should read the month-day-year and day-month-year forms, with or without an agency credit', () => {
    assert.equal(datedDateline(['OSLO, Feb. 3, 2027 (NWA) - The harbour board raised its fees.']), '2027-02-03');
    assert.equal(datedDateline(['LISBON, Mar 9, 2027 - Dock workers ended a two-day stoppage.']), '2027-03-09');
    assert.equal(datedDateline(['VIENNA, 11 January 2027 - The rail operator cut its timetable.']), '2027-01-11');
  });

  it('should read nothing from a dateline without a year or a sentence that opens with a date', () => {
    assert.equal(datedDateline(['OSLO, Feb. 3 (NWA) - The harbour board raised its fees.']), null);
    assert.equal(datedDateline(['The board met on Feb. 3, 2027 - and raised its fees.']), null);
  });
});

describe('a wire dateline on a line of its own (review ux77a)', () => {
  it('should date a paragraph that is the dateline alone, with no dash', () => {
    assert.equal(datedDateline(['OSLO, April 7, 2026 (HW)']), '2026-04-07');
    assert.equal(datedDateline(['TROMSØ, 7 April 2026']), '2026-04-07');
    assert.equal(isLoneWireDateline('OSLO, April 7, 2026 (HW)'), true);
  });

  it('should not take a sentence that names a date, or a dateline that opens its lead, for a lone dateline', () => {
    assert.equal(datedDateline(['The fishery board said its quota for April 7, 2026 (HW) stands.']), null);
    assert.equal(isLoneWireDateline('Fishery Board Chair, April 7, 2026 (HW) said the quota stands'), false);
    assert.equal(isLoneWireDateline('OSLO, April 7, 2026 (HW) - The fishery board cut the cod quota.'), false);
    assert.equal(isLoneWireDateline('OSLO (HW)'), false);
  });
});
