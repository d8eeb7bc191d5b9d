import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyHomeCountry, agencyName, datelineAgency } from './agencies.js';

describe('agencies', () => {
  it('should name an agency however a byline writes it', () => {
    assert.equal(agencyName('The Associated Press'), 'AP');
    assert.equal(agencyName('Reuters.'), 'Reuters');
    assert.equal(agencyName('Evening Post'), null);
  });

  it("should give a national agency's home country, and none for a world agency", () => {
    assert.equal(agencyHomeCountry('Yonhap'), 'KR');
    assert.equal(agencyHomeCountry('Kyodo'), 'JP');
    assert.equal(agencyHomeCountry('Reuters'), null);
  });

  it("should read the agency a wire story's dateline credits, not a station's call sign", () => {
    assert.equal(datelineAgency('VIENNA (Reuters) - The U.N. nuclear watchdog said on Monday ...'), 'Reuters');
    assert.equal(datelineAgency('SEOUL, June 28 (Yonhap) -- South Korea welcomed the sanctions.'), 'Yonhap');
    assert.equal(datelineAgency('(AP) — A man was hurt.'), 'AP');
    assert.equal(datelineAgency('PORTLAND, Ore. (KOIN) — A man was hurt.'), null);
    // A wire the list does not hold, named as a news service.
    assert.equal(datelineAgency('OSLO (Fjord Wire) - The ministry said on Monday ...'), 'Fjord Wire');
    assert.equal(datelineAgency('RIGA (Baltic Press Agency) -- Three ships were held.'), 'Baltic Press Agency');
    assert.equal(datelineAgency('BOSTON (Harbor Times) - A man was hurt.'), null);
    // Brackets later in the text are no dateline.
    assert.equal(datelineAgency('The watchdog said on Monday that inspectors (from the IAEA) - two of them - had left.'), null);
  });
});
