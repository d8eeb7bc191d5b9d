import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { easterSunday } from './timex-holidays.js';
import { findTimexes, referenceFrom } from './timex.js';

function read(text: string, published: string): [string, string][] {
  return findTimexes(text, splitSentences(text), referenceFrom(published)).map((t) => [t.text, t.value]);
}

describe('holidays', () => {
  it('should date Easter by the Gregorian computus', () => {
    assert.deepEqual(easterSunday(2000), { year: 2000, month: 4, day: 23 });
    assert.deepEqual(easterSunday(2024), { year: 2024, month: 3, day: 31 });
    assert.deepEqual(easterSunday(2019), { year: 2019, month: 4, day: 21 });
  });

  it('should read a holiday in a story of the past as the last one, and with a verb of the future as the next', () => {
    assert.deepEqual(read('A lost hiker was found Thanksgiving Day sheltering in a cave.', '2000-01-07'), [['Thanksgiving Day', '1999-11-25']]);
    assert.deepEqual(read('Crime will be a theme of our campaign until Election Day.', '1998-10-26'), [['Election Day', '1998-11-03']]);
    assert.deepEqual(read('Shops will close on Christmas Day.', '2024-01-10'), [['Christmas Day', '2024-12-25']]);
    assert.deepEqual(read('Shops closed on Christmas Day.', '2024-01-10'), [['Christmas Day', '2023-12-25']]);
  });

  it('should take a year written after the name, and "last" and "next"', () => {
    assert.deepEqual(read('The parade on the Fourth of July, 1998 was the largest.', '2000-04-25'), [['the Fourth of July, 1998', '1998-07-04']]);
    assert.deepEqual(read('They married last Christmas.', '2024-12-26'), [['last Christmas', '2024-12-25']]);
    assert.deepEqual(read('The vote is due next Easter.', '2024-03-30'), [['next Easter', '2024-03-31']]);
    assert.deepEqual(read('Memorial Day came early and Labor Day late.', '2024-10-01'), [['Memorial Day', '2024-05-27'], ['Labor Day', '2024-09-02']]);
  });

  it('should read "Easter week", "Christmas week" and "Holy Week" as the ISO week the holiday falls in', () => {
    assert.deepEqual(read('Protesters prayed as Easter week began.', '2000-04-17'), [['Easter week', '2000-W16']]);
    assert.deepEqual(read('Holy Week processions were cancelled.', '2024-04-10'), [['Holy Week', '2024-W13']]);
    assert.deepEqual(read('Shoppers crowded malls during Christmas week.', '2024-01-10'), [['Christmas week', '2023-W52']]);
  });

  it('should leave names that are not the holiday, or another calendar\'s', () => {
    assert.deepEqual(read('They bought a Christmas tree on Easter Island.', '2024-03-30'), []);
    assert.deepEqual(read('On Christmas, 1500 protesters marched.', '2024-03-30'), [['Christmas', '2023-12-25']]);
    assert.deepEqual(read('Independence Day star Will Smith spoke. The theatre staged A Christmas Carol. The Halloween franchise grew.', '2024-03-30'), []);
    assert.deepEqual(read('Sales in the Christmas period rose. Chinese New Year was quiet. Kenya\'s Independence Day passed.', '2024-03-30'), []);
  });
});

describe('days named in news outside the US', () => {
  it('should date Remembrance Day and Sunday, Canada Day, Bastille Day, Anzac Day, May Day and Bonfire Night', () => {
    assert.deepEqual(read('Veterans gathered on Remembrance Day.', '2026-11-25'), [['Remembrance Day', '2026-11-11']]);
    assert.deepEqual(read('Wreaths were laid on Remembrance Sunday.', '2026-11-25'), [['Remembrance Sunday', '2026-11-08']]);
    assert.deepEqual(read('Fireworks lit up Ottawa on Canada Day.', '2026-11-25'), [['Canada Day', '2026-07-01']]);
    assert.deepEqual(read('The attack happened on Bastille Day.', '2026-11-25'), [['Bastille Day', '2026-07-14']]);
    assert.deepEqual(read('The parade will be held on Anzac Day.', '2026-11-25'), [['Anzac Day', '2027-04-25']]);
    assert.deepEqual(read('Protesters marched on May Day.', '2026-11-25'), [['May Day', '2026-05-01']]);
    assert.deepEqual(read('Crowds gathered for Bonfire Night.', '2026-11-25'), [['Bonfire Night', '2026-11-05']]);
  });
});

describe('a holiday with a part of the day, and one a past event happened on', () => {
  it('should read "Christmas morning", "Thanksgiving night" as that part of the day', () => {
    assert.deepEqual(read('A man was shot Christmas night in Dallas.', '2026-12-27'), [['Christmas night', '2026-12-25TNI']]);
    assert.deepEqual(read('Shoppers will crowd stores on Thanksgiving morning.', '2026-11-20'), [['Thanksgiving morning', '2026-11-26TMO']]);
  });

  it('should put a holiday a few days ahead last year after a past verb of happening', () => {
    // Said six days before this year's Thanksgiving, the shooting can only have been last year's.
    assert.deepEqual(read('The shooting happened Thanksgiving night.', '2026-11-20'), [['Thanksgiving night', '2025-11-27TNI']]);
    assert.deepEqual(read('A man was killed on Christmas Eve.', '2026-11-20'), [['Christmas Eve', '2025-12-24']]);
    // Without such a verb, a holiday a few weeks ahead stays this year's.
    assert.deepEqual(read('The family gathered on Thanksgiving.', '2026-11-20'), [['Thanksgiving', '2026-11-26']]);
  });
});

describe('holidays written without their apostrophe', () => {
  it('should read "New Years Eve" and "New Years\' Day"', () => {
    assert.deepEqual(read('Two men were hurt at a party on New Years Eve.', '2024-01-03'), [['New Years Eve', '2023-12-31']]);
    assert.deepEqual(read("The store was closed on New Years' Day.", '2024-01-03'), [["New Years' Day", '2024-01-01']]);
  });
});

describe('a holiday\'s weekend', () => {
  it('should be the weekend before a Monday holiday and the weekend of a Thursday one', () => {
    const ref = referenceFrom('2014-12-03');
    const read = (text: string): string[] => findTimexes(text, splitSentences(text), ref).map((t) => `${t.text}=${t.value}`);
    // Memorial Day 2014 was Monday 26 May; Thanksgiving Thursday 27 November.
    assert.deepEqual(read('Three people were hurt in crashes over the Memorial Day weekend.'), ['Memorial Day weekend=2014-W21-WE']);
    assert.deepEqual(read('Shoppers crowded the malls over the Thanksgiving weekend.'), ['Thanksgiving weekend=2014-W48-WE']);
  });

  it('should give the day itself for a holiday in midweek, which has no weekend of its own', () => {
    // The Fourth of July 2014 was a Friday (a weekend), 2012's a Wednesday.
    const ref = referenceFrom('2012-08-01');
    const read = (text: string): string[] => findTimexes(text, splitSentences(text), ref).map((t) => t.value);
    assert.deepEqual(read('Fireworks were banned over the Fourth of July weekend.'), ['2012-07-04']);
  });
});
