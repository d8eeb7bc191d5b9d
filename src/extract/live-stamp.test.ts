import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readStamp, unreadZoneStamp } from './live-stamp.js';

describe('readStamp', () => {
  it('should read a stamp alone, with its zone, am/pm and a lead word', () => {
    assert.deepEqual(readStamp('10:42 GMT')?.stamp, { kind: 'clock', minutes: 642, zone: 'GMT' });
    assert.deepEqual(readStamp('2.15pm')?.stamp, { kind: 'clock', minutes: 855, zone: null });
    assert.deepEqual(readStamp('Posted at 9:05 a.m. ET')?.stamp, { kind: 'clock', minutes: 545, zone: 'ET' });
    assert.deepEqual(readStamp('Updated 3 minutes ago')?.stamp, { kind: 'ago', minutes: 3 });
    assert.deepEqual(readStamp('an hour ago')?.stamp, { kind: 'ago', minutes: 60 });
  });

  it('should read a stamp that opens an entry only where a dash, a zone or am/pm sets it off', () => {
    assert.deepEqual(readStamp('10:42 - Police closed the bridge.'), { stamp: { kind: 'clock', minutes: 642, zone: null }, text: 'Police closed the bridge.', written: '10:42' });
    assert.equal(readStamp('16:10 BST The minister arrived.')?.text, 'The minister arrived.');
    assert.equal(readStamp('12.50 Police closed the bridge.'), null);
    assert.equal(readStamp('2.50 of every 100 voters stayed home.'), null);
    assert.equal(readStamp('The 10:42 train was cancelled.'), null);
  });

  it('should read a span ago written without a digit, whatever its count word or unit', () => {
    // The quick check before the patterns once looked for "a/an min/hour" only, and lost these.
    assert.deepEqual(readStamp('Updated one hour ago')?.stamp, { kind: 'ago', minutes: 60 });
    assert.deepEqual(readStamp('one minute ago')?.stamp, { kind: 'ago', minutes: 1 });
    assert.deepEqual(readStamp('Updated an hr ago')?.stamp, { kind: 'ago', minutes: 60 });
    assert.deepEqual(readStamp('a\u00a0minute ago')?.stamp, { kind: 'ago', minutes: 1 });
  });

  it('should read a stamp after any amount of leading white space, as the patterns allow', () => {
    assert.deepEqual(readStamp(`${' '.repeat(45)}10:42 GMT`)?.stamp, { kind: 'clock', minutes: 642, zone: 'GMT' });
  });

  it('should read a zone written as an offset from GMT or UTC, and keep it in one form', () => {
    assert.deepEqual(readStamp('07:20 GMT+5')?.stamp, { kind: 'clock', minutes: 440, zone: 'GMT+5' });
    assert.deepEqual(readStamp('18:45 UTC+05:30')?.stamp, { kind: 'clock', minutes: 1125, zone: 'UTC+0530' });
    assert.deepEqual(readStamp('11:10 GMT-3 - The ferry left the harbour.'), { stamp: { kind: 'clock', minutes: 670, zone: 'GMT-3' }, text: 'The ferry left the harbour.', written: '11:10 GMT-3' });
  });

  it('should not read a count after a spaced dash as an offset', () => {
    assert.deepEqual(readStamp('10:42 GMT - 3 fishermen were rescued.')?.stamp, { kind: 'clock', minutes: 642, zone: 'GMT' });
  });
});

describe('readStamp with zone names from every region', () => {
  it('should read Indochina, East Africa and Pakistan time after a clock', () => {
    assert.deepEqual(readStamp('09:20 ICT')?.stamp, { kind: 'clock', minutes: 560, zone: 'ICT' });
    assert.equal(readStamp('14:05 EAT - Rangers reopened the park gate.')?.text, 'Rangers reopened the park gate.');
    assert.deepEqual(readStamp('Updated 6.40pm PKT')?.stamp, { kind: 'clock', minutes: 1120, zone: 'PKT' });
  });

  it('should not take a word in lower case that spells a zone for the zone', () => {
    // "Wat" opens the name of a temple here; with no zone, dash or am/pm the time opens no entry.
    assert.equal(readStamp('10:15 Wat Arun reopened to visitors.'), null);
  });
});

describe('unreadZoneStamp', () => {
  it('should give the zone of a stamp alone whose zone the table lacks', () => {
    assert.equal(unreadZoneStamp('18:45 QXT'), 'QXT');
    assert.equal(unreadZoneStamp('Updated 7.05pm QXT'), 'QXT');
  });

  it('should give nothing for a stamp that is read, a zone not in capitals, or a sentence', () => {
    assert.equal(unreadZoneStamp('18:45 CAT'), null);
    assert.equal(unreadZoneStamp('10:42 Wat'), null);
    assert.equal(unreadZoneStamp('The 18:45 train left late.'), null);
  });
});
