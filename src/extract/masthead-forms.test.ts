import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from './block.js';
import { bodyMasthead, datedMasthead, mastheadOutlet } from './masthead.js';
import { nativeOutletWord, postOffice, pressReleaseIssuer, readsAsTagline, servedDistrict } from './masthead-forms.js';

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text, tag: 'p', linkDensity: 0, inArticle: false }));

describe('masthead forms: a name and its tagline', () => {
  it('should read a sentence-case phrase or an edition as a tagline, and a capitalised section as none', () => {
    assert.equal(readsAsTagline('Harbour courts, reported every weekday'), true);
    assert.equal(readsAsTagline('English edition'), true);
    assert.equal(readsAsTagline('National Security'), false);
    assert.equal(readsAsTagline('World'), false);
  });

  it("should take the outlet's name before its tagline in a bar of two items, a one-word name in capitals too", () => {
    assert.equal(mastheadOutlet(blocks('BENCHNOTE | State courts, covered weekly', 'Judge refuses bail for former mayor'), 1), 'Benchnote');
    assert.equal(mastheadOutlet(blocks('BRNĚNSKÝ KURÝR | English edition', 'Tram drivers strike over pay'), 1), 'Brněnský Kurýr');
  });

  it('should take no section bar of two items nor a section before a tagline', () => {
    assert.equal(mastheadOutlet(blocks('Politics | National Security', 'Judge refuses bail for former mayor'), 1), null);
    assert.equal(mastheadOutlet(blocks('WORLD | Latest stories from the region', 'Judge refuses bail for former mayor'), 1), null);
  });
});

describe("masthead forms: outlets' words in other languages", () => {
  it('should know the head word of an outlet named in Czech, German or Spanish', () => {
    for (const name of ['Ostravský Kurýr', 'Lindauer Zeitung', 'Diario del Valle']) assert.equal(nativeOutletWord(name), true, name);
    assert.equal(nativeOutletWord('Lindau Harbour'), false);
  });

  it('should read such a masthead alone above a headline, and in a dated brief', () => {
    assert.equal(mastheadOutlet(blocks('LINDAUER ZEITUNG', 'Ferry service cut after storm damage'), 1), 'Lindauer Zeitung');
    assert.deepEqual(datedMasthead('Ostravský Kurýr -- 4 May 2027'), { outlet: 'Ostravský Kurýr', iso: '2027-05-04' });
  });
});

describe("masthead forms: an office named by its holder's post", () => {
  it("should read a prosecutor's office and the district it serves", () => {
    assert.equal(postOffice("UNITED STATES ATTORNEY'S OFFICE"), true);
    assert.equal(postOffice("Marlow County District Attorney's Office"), true);
    assert.equal(postOffice("Jane Doe's Office"), false);
    assert.equal(servedDistrict('EASTERN DISTRICT OF OREGON'), true);
    assert.equal(servedDistrict('Oregon'), false);
  });

  it("should take such an office's masthead as the issuer of its release, and not as the release's headline", () => {
    assert.equal(bodyMasthead("UNITED STATES ATTORNEY'S OFFICE - EASTERN DISTRICT OF OREGON"), "United States Attorney's Office, Eastern District of Oregon");
    assert.equal(bodyMasthead("DISTRICT ATTORNEY'S OFFICE"), "District Attorney's Office");
    assert.equal(bodyMasthead("The mayor's office said the road would reopen"), null);
  });
});

describe('masthead forms: a press release\'s label beside its issuer', () => {
  it('should give the issuer on either side of the label', () => {
    assert.equal(pressReleaseIssuer('MERIDIAN AIR - PRESS RELEASE'), 'MERIDIAN AIR');
    assert.equal(pressReleaseIssuer('News release | Harbour Board of Vigo'), 'Harbour Board of Vigo');
    assert.equal(pressReleaseIssuer('Communiqué de presse - Aéroports de Lyon'), 'Aéroports de Lyon');
  });

  it('should give none for a headline after the label, a label alone or a line with no label', () => {
    assert.equal(pressReleaseIssuer('Press release: Council approves harbour budget'), null);
    assert.equal(pressReleaseIssuer('PRESS RELEASE'), null);
    assert.equal(pressReleaseIssuer('NORDWIND AIR - NEWS'), null);
  });

  it('should give none for a Title Case headline after the label (review72 fault 7)', () => {
    assert.equal(pressReleaseIssuer('Press Release: Governor Signs Flood Relief Bill'), null);
    assert.equal(pressReleaseIssuer('News Release - Mayor Announces New Budget'), null);
    assert.equal(pressReleaseIssuer('PRESS RELEASE: CITY COUNCIL APPROVES BUDGET'), null);
  });
});
