import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditReporters, isCredit, isReporterContact, isSectionLabel, isSiteWidget } from './clutter.js';

describe('isReporterContact', () => {
  it("should know the ways a story gives its reporter's address", () => {
    for (const line of [
      'Contact Taylor Dunmarrow at tdunmarrow@lakepaper.example, or 419-555-6054, or on Twitter @tdunmarrow.',
      "Call The Bee's Hudson Sangrove, (916) 555-1191.",
      'City Editor Victor A. Pemberleigh can be reached at (209) 555-2431.',
      'Contact Katrease Stavenby: kstavenby@freepress.example or 313-555-4759.',
      'Staff writer John Trevallick covers schools, courts and the county board. He can be reached at 248-555-4613.',
      'Jonah R. Tallis: jtallis@ridge-gazette.example, 412-555-1962 or on Twitter @jtallisrg.',
    ]) {
      assert.ok(isReporterContact(line), line);
    }
  });

  it("should leave the police's and tip lines' numbers to the story", () => {
    for (const line of [
      'Anyone who knows more should call Vallejo police at (800) 555-9383.',
      'Call Crime Stoppers at 713-555-TIPS or 713-555-8477.',
      'Contact Detective Bill Quarnby at 909-555-5655.',
      'Detectives want anyone who saw something to call them at (562) 555-7244.',
      'Contact Lt. Bill Quarnby at 909-555-5655.',
      'Call Silent Witness at 480-555-6377.',
      'Crime Stoppers: tips@crimestoppers.example',
      'She can be reached at 909-555-5655.',
      // A name and a number alone: the reporter's only when the article names them as its author.
      'Call Rich Scarrowby at 203-555-5748.',
    ]) {
      assert.ok(!isReporterContact(line), line);
    }
    assert.ok(isReporterContact('Call Rich Scarrowby at 203-555-5748.', ['Rich Scarrowby']));
  });
});

describe('isSiteWidget', () => {
  it('should leave sentences that only speak of e-mail and apps', () => {
    assert.ok(isSiteWidget('Your notification has been saved.'));
    assert.ok(!isSiteWidget('Residents who download the app will get an email when their permit runs out.'));
  });
});

describe('wire credits', () => {
  it('should know a wire credit in brackets and name its reporters, not its editors', () => {
    const credit = '(Reporting by Francois Murphy and Jan Lopatka in Vienna; Additional reporting by Parisa Hafezi; Editing by Mark Heinrich)';
    assert.ok(isCredit(credit));
    assert.deepEqual(creditReporters(credit), ['Francois Murphy', 'Jan Lopatka', 'Parisa Hafezi']);
    assert.ok(!isCredit('Reporters asked the minister about the talks.'));
  });

  it("should know a contributors' line that opens with the newsroom's job and names where each reported from", () => {
    assert.ok(isCredit('Associated Press writer ELENA MARSH contributed to this report from Lisbon.'));
    assert.ok(isCredit('Associated Press writers Jo Ruiz in Madrid and Tom Abel in Rome contributed to this report.'));
    assert.ok(isCredit('Staff writer Dana Reyes contributed to this report.'));
    assert.ok(!isCredit('Associated Press writers said the strike would go on.'));
  });
});

describe('isSectionLabel', () => {
  it("should know the headings of other stories' lists, however a site words them", () => {
    for (const line of [
      'More stories you may like on 9Local',
      'Stories you might also like',
      'You may also be interested in:',
      'Related links',
      'Related coverage:',
      'Related Hamilton County crime stories:',
      'Related AP Stories',
    ]) {
      assert.ok(isSectionLabel(line), line);
    }
  });

  it('should leave sentences that only speak of relations or likes', () => {
    for (const line of [
      'Detectives think the robbery may have been gang-related.',
      'Related to the case, two men were charged with burglary in unrelated stories.',
      'Neighbours said they may like to move away after the shooting.',
      'Neighbours say the two families are related.',
    ]) {
      assert.ok(!isSectionLabel(line), line);
    }
  });
});
