import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agencyHomeCountry, agencyName, creditAgency, datelineAgency, wireCredit } from './agencies.js';

describe('agencies', () => {
  it('should name an agency however a byline writes it', () => {
    assert.equal(agencyName('The Associated Press'), 'AP');
    assert.equal(agencyName('Reuters.'), 'Reuters');
    assert.equal(agencyName('Evening Post'), null);
  });

  it("should know Britain's, Australia's and Canada's national wires by their names and datelines", () => {
    assert.equal(agencyName('Press Association'), 'PA Media');
    assert.equal(agencyName('PA Media'), 'PA Media');
    assert.equal(agencyName('Australian Associated Press'), 'AAP');
    assert.equal(agencyName('The Canadian Press'), 'The Canadian Press');
    assert.equal(datelineAgency('SYDNEY (AAP) - Two surfers were rescued.'), 'AAP');
    assert.equal(datelineAgency('OTTAWA (CP) - The minister resigned.'), 'The Canadian Press');
    assert.equal(agencyHomeCountry('PA Media'), 'GB');
  });

  it("should take a credit ending in a wire's words for a wire, not a paper's name", () => {
    assert.equal(wireCredit('Moorland Press Agency'), 'Moorland Press Agency');
    assert.equal(wireCredit('Fjord Newswire'), 'Fjord Newswire');
    assert.equal(wireCredit('Moorland Free Press'), null);
    // Sites and outlets that report for themselves end their names so too.
    assert.equal(wireCredit('The Wire'), null);
    assert.equal(wireCredit('Harbour Court News Service'), null);
    assert.equal(wireCredit('Moorland News Agency'), 'Moorland News Agency');
    assert.equal(wireCredit('Kyodo News'), 'Kyodo');
    // Britain's wire by its initials after a byline's comma, but no "(PA)" photo credit closing a page.
    assert.equal(wireCredit('PA'), 'PA Media');
    assert.equal(agencyName('PA'), null);
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

  it("should read a regional wire's initials from a dated dateline or the credit naming them, not a call sign or a body's initials", () => {
    assert.equal(datelineAgency('TASHKENT, March 3 (UZWA) -- The dam project was approved.'), 'UZWA');
    assert.equal(datelineAgency('TASHKENT, 3 March (UZWA) -- The dam project was approved.'), 'UZWA');
    assert.equal(datelineAgency('TASHKENT (UZWA) -- The dam project was approved.', '(Reporting by UZWA; editing by Valley Times)'), 'UZWA');
    // Undated and uncredited, initials after a town are a station's call sign; a body's initials are no wire.
    assert.equal(datelineAgency('TASHKENT (UZWA) -- The dam project was approved.'), null);
    assert.equal(datelineAgency('NEW YORK, March 3 (UN) -- The council met.'), null);
    assert.equal(datelineAgency('The council met on March 3 (UN) -- and adjourned.'), null);
    assert.equal(datelineAgency('On March 3 the Central Election Commission (CEC) -- the body that counts -- met.'), null);
  });

  it("should read the wire a closing credit names as reporter, not a reporter's name", () => {
    assert.equal(creditAgency('(Reporting by UZWA; editing by Valley Times)'), 'UZWA');
    assert.equal(creditAgency('(Reporting by Reuters; Editing by Mark Heinrich)'), 'Reuters');
    assert.equal(creditAgency('(Reporting by Jane Doe; Editing by Mark Heinrich)'), null);
    assert.equal(creditAgency('(Reporting by NATO)'), null);
  });
});

describe('datelineAgency, a wire the page names by its initials (review ux77a)', () => {
  it("should take initials the page's named wire has, by the wire's full name", () => {
    assert.equal(datelineAgency('OSLO (NPW) — Norway cut the cod quota on Tuesday.', null, ['Nordic Press Wire']), 'Nordic Press Wire');
    assert.equal(datelineAgency('OSLO (NPW) — Norway cut the cod quota on Tuesday.'), null);
  });

  it('should read a dated dateline alone on its line, and not a paragraph closing on a credit', () => {
    assert.equal(datelineAgency('OSLO, April 7, 2026 (NPW)\n\nNorway cut the cod quota on Tuesday.'), 'NPW');
    assert.equal(datelineAgency('OSLO (NPW)\n\nNorway cut the cod quota on Tuesday.'), null);
    assert.equal(datelineAgency('HARBOUR NOTES (HN)\n\nNorway cut the cod quota on Tuesday.', null, ['Fjordland Business Post']), null);
  });
});
