import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entrySpans, isBloggerAside, type PageTimes, readLiveBlog } from './live-blog.js';

const at = (publishedAt: string | null, modifiedAt: string | null = null, fetchedAt: string | null = null): PageTimes => ({ publishedAt, modifiedAt, fetchedAt });

describe('readLiveBlog', () => {
  it('should leave a page with no live headline and fewer than two stamps alone', () => {
    assert.equal(readLiveBlog('Council approves budget', ['Good morning.', 'The council approved its budget on Monday.'], at('2026-03-02T10:00:00Z')), null);
  });

  it('should leave a report\'s timeline alone: times opening its paragraphs, under no live headline, are its text', () => {
    const paragraphs = [
      'Police gave this account of the morning at Lakeside High School:',
      '8:10 a.m. A man with a rifle entered the school by a side door.',
      '8:14 a.m. A teacher called 911 from a locked classroom.',
      '8:31 a.m. Officers arrested the man in the gym.',
    ];
    assert.equal(readLiveBlog('Gunman held after Lakeside school siege', paragraphs, at('2026-03-02T18:00:00-05:00')), null);
    // Under a live headline the same paragraphs are entries.
    assert.deepEqual(readLiveBlog('Live: Lakeside school siege', paragraphs, at('2026-03-02T08:00:00-05:00'))?.entries.map((e) => e.stamp), ['8:10 a.m.', '8:14 a.m.', '8:31 a.m.']);
  });

  it('should take the stamps and the blogger\'s asides out, and place entries newest first on the calendar', () => {
    const live = readLiveBlog(
      'Live: floods across the valley',
      ['23:40 GMT', 'Rescuers reached the last village.', '21:05 GMT', 'Good evening. The river burst its banks at Millford.', 'That\'s all from us for now.'],
      at('2026-03-02T21:00:00Z', '2026-03-03T00:10:00Z'),
    )!;
    assert.deepEqual(live.paragraphs, ['Rescuers reached the last village.', 'The river burst its banks at Millford.']);
    assert.deepEqual(live.entries, [
      { paragraph: 0, stamp: '23:40 GMT', time: '2026-03-02T23:40:00Z' },
      { paragraph: 1, stamp: '21:05 GMT', time: '2026-03-02T21:05:00Z' },
    ]);
    assert.deepEqual(live.dropped, ['Good evening.', "That's all from us for now."]);
  });

  it('should put entries stamped with an offset zone on the calendar at that offset, the stamps out of the text', () => {
    const live = readLiveBlog(
      'Live: harvest festival in the valley',
      ['07:30 GMT+6', 'Stalls opened on the main square.', '09:15 GMT+6', 'The mayor cut the ribbon at the market hall.'],
      at('2026-09-12T07:00:00+06:00'),
    )!;
    assert.deepEqual(live.paragraphs, ['Stalls opened on the main square.', 'The mayor cut the ribbon at the market hall.']);
    assert.deepEqual(live.entries.map((e) => [e.stamp, e.time]), [['07:30 GMT+6', '2026-09-12T07:30:00+06:00'], ['09:15 GMT+6', '2026-09-12T09:15:00+06:00']]);
  });

  it('should move to the next day when the clock runs back, and keep the stated zone', () => {
    const live = readLiveBlog('Election night - live', ['22:30 EST - Polls closed in the last counties.', '00:15 EST - The governor conceded.'], at('2026-11-03T20:00:00-05:00'))!;
    assert.deepEqual(live.entries.map((e) => e.time), ['2026-11-03T22:30:00-05:00', '2026-11-04T00:15:00-05:00']);
    assert.deepEqual(live.paragraphs, ['Polls closed in the last counties.', 'The governor conceded.']);
  });

  it('should keep a greeting or sign-off that someone quoted says, inside or at the end of the quotation', () => {
    const live = readLiveBlog(
      'Live: floods across the valley',
      [
        '23:40 CEST',
        'The police chief told reporters: "The search is over for tonight. We\'ll resume tomorrow at first light with helicopters. Thanks for your patience."',
        '23:55 CEST',
        'The mayor opened the briefing: “Thank you all for coming. Good evening. Three people are still missing,” she said. Good evening.',
      ],
      at('2026-10-03T22:10:00+02:00', null),
    )!;
    assert.deepEqual(live.paragraphs, [
      'The police chief told reporters: "The search is over for tonight. We\'ll resume tomorrow at first light with helicopters. Thanks for your patience."',
      'The mayor opened the briefing: “Thank you all for coming. Good evening. Three people are still missing,” she said.',
    ]);
    // The blogger's own greeting, after the quotation closed, still goes.
    assert.deepEqual(live.dropped, ['Good evening.']);
  });

  it('should put the entries on the day that places the first or the last nearest the page\'s date', () => {
    // Opened at 23:50, first entry at 00:05: the next day, not 23 hours before the page existed.
    const opened = readLiveBlog('Live: election night in Vienna', ['00:05 CET', 'Polls closed in the last district.', '00:40 CET', 'The chancellor conceded.'], at('2026-10-03T23:50:00+01:00'))!;
    assert.deepEqual(opened.entries.map((e) => e.time), ['2026-10-04T00:05:00+01:00', '2026-10-04T00:40:00+01:00']);
    // Dated by its last update at 01:15, newest first, begun at 22:15 the evening before.
    const updated = readLiveBlog('Live: storm over Sydney', ['01:10 AEDT', 'Power returned to Manly.', '23:40 AEDT', 'Winds eased along the coast.', '22:15 AEDT', 'A tree fell on the Pacific Highway.'], at('2026-10-04T01:15:00+11:00'))!;
    assert.deepEqual(updated.entries.map((e) => e.time), ['2026-10-04T01:10:00+11:00', '2026-10-03T23:40:00+11:00', '2026-10-03T22:15:00+11:00']);
    // Dated by its last update late in the day, begun early that morning: that day.
    const allDay = readLiveBlog('Live: port strike', ['23:00 GMT', 'Talks ended for the night.', '17:30 GMT', 'Talks began at the ministry.', '11:00 GMT', 'The union called a rally.', '03:10 GMT', 'Pickets formed at the gates.'], at('2026-05-01T23:05:00Z'))!;
    assert.deepEqual(allDay.entries.map((e) => e.time), ['2026-05-01T23:00:00Z', '2026-05-01T17:30:00Z', '2026-05-01T11:00:00Z', '2026-05-01T03:10:00Z']);
  });

  it('should read a page\'s clock as 12-hour where no stamp has am/pm, an hour past 12 or a leading zero', () => {
    // 12:10 then 1:05 was read as 13 hours on (the next morning): it is 55 minutes on, in the afternoon.
    const entries = ['11:50 - The chancellor rose to speak.', '12:10 - She announced a cut in fuel duty.', '1:05 - The opposition leader replied.', '2:30 - MPs began the debate.'];
    const times = ['2026-03-04T11:50:00Z', '2026-03-04T12:10:00Z', '2026-03-04T13:05:00Z', '2026-03-04T14:30:00Z'];
    assert.deepEqual(readLiveBlog('Live: budget day', entries, at('2026-03-04T11:30:00Z'))!.entries.map((e) => e.time), times);
    assert.deepEqual(readLiveBlog('Live: budget day', [...entries].reverse(), at('2026-03-04T11:30:00Z'))!.entries.map((e) => e.time), [...times].reverse());
    // An evening page on a 12-hour clock starts in the afternoon.
    assert.deepEqual(readLiveBlog('Live: election night', ['9:05 - Polls closed.', '10:40 - The first result came in.'], at('2026-03-04T21:00:00Z'))!.entries.map((e) => e.time), ['2026-03-04T21:05:00Z', '2026-03-04T22:40:00Z']);
  });

  it('should count "minutes ago" back from the time the page was fetched, and make spans of the body', () => {
    const live = readLiveBlog('Live updates: port strike', ['Updated 10 minutes ago', 'Dock workers voted to end the strike.', 'Updated 2 hours ago', 'Talks resumed at the port.'], at('2026-05-01T08:00:00Z', '2026-05-01T14:55:00Z', '2026-05-01T15:00:00Z'))!;
    assert.deepEqual(live.entries.map((e) => e.time), ['2026-05-01T14:50:00Z', '2026-05-01T13:00:00Z']);
    assert.equal(live.agoUnplaced, 0);
    assert.deepEqual(entrySpans(live.paragraphs, live.entries), [
      { start: 0, end: 37, stamp: 'Updated 10 minutes ago', time: '2026-05-01T14:50:00Z' },
      { start: 39, end: 65, stamp: 'Updated 2 hours ago', time: '2026-05-01T13:00:00Z' },
    ]);
  });

  it('should give "minutes ago" no time when the input says not when the page was fetched, and count them', () => {
    // The publication (08:00) or the update is not when "10 minutes ago" was written.
    const live = readLiveBlog('Live updates: port strike', ['Updated 10 minutes ago', 'Dock workers voted to end the strike.', 'Updated 2 hours ago', 'Talks resumed at the port.'], at('2026-05-01T08:00:00Z', '2026-05-01T14:55:00Z'))!;
    assert.deepEqual(live.entries.map((e) => [e.stamp, e.time]), [['Updated 10 minutes ago', null], ['Updated 2 hours ago', null]]);
    assert.equal(live.agoUnplaced, 2);
  });

  it('should take a list of other stories\' headlines with their times for no live page', () => {
    // A "latest news" list: a title (or nothing the layout kept) under each time, no entry's text.
    const list = ['Council approves the harbour budget after a long debate on Monday, the mayor said.', '10:42', 'Storm closes Cork bridge', '10:30', 'Rail strike called off', '09:55', 'Will rates rise again?'];
    assert.equal(readLiveBlog('Council approves harbour budget', list, at('2026-03-02T11:00:00Z')), null);
    assert.equal(readLiveBlog('Council approves harbour budget', ['The council approved its budget on Monday.', '10:42', '10:30', '09:55'], at('2026-03-02T11:00:00Z')), null);
    // Stamps opening headlines, not sentences, on a live page are no entries and are kept as written.
    const live = readLiveBlog('Live: storm over Cork', ['11:05 GMT', 'The river burst its banks at Blackpool.', '10:42 GMT Storm closes Cork bridge', '10:30 GMT Rail strike called off'], at('2026-03-02T11:10:00Z'))!;
    assert.deepEqual(live.entries.map((e) => e.stamp), ['11:05 GMT']);
    assert.deepEqual(live.paragraphs, ['The river burst its banks at Blackpool.', '10:42 GMT Storm closes Cork bridge', '10:30 GMT Rail strike called off']);
  });

  it('should keep a live page whose entries have a title over their text', () => {
    const live = readLiveBlog('Storm over Cork', ['11:05', 'Flooding in Blackpool', 'The river burst its banks at Blackpool.', '10:42', 'Bridge shut', 'Gardaí closed the bridge to traffic.'], at('2026-03-02T11:10:00Z'))!;
    assert.deepEqual(live.entries.map((e) => e.time), ['2026-03-02T11:05:00Z', '2026-03-02T10:42:00Z']);
  });
});

describe('isBloggerAside', () => {
  it('should know greetings, welcomes and sign-offs, and not news that uses the same words', () => {
    for (const s of ['Good morning.', 'Hello and welcome to our live coverage of the floods.', "I'm Dana Royce, and I'll be bringing you the latest.", "We're pausing our live coverage here.", 'Thanks for following.', 'This live blog is now closed.']) assert.ok(isBloggerAside(s), s);
    for (const s of ['Welcome to Millford, the sign at the flooded bridge reads.', 'The mayor said good morning to the rescuers.', 'Thanks to the volunteers, 40 homes were saved.']) assert.ok(!isBloggerAside(s), s);
  });
});

describe('readLiveBlog with named zones outside Europe and America', () => {
  it('should place entries stamped in Indochina time at +07:00', () => {
    const live = readLiveBlog('Live: flood waters rise in the delta', ['09:20 ICT', 'Boats began moving families from the lowest villages.', '11:05 ICT', 'The river gauge passed its record mark.'], at('2026-09-12T12:00:00+07:00'))!;
    assert.deepEqual(live.entries.map((e) => e.time), ['2026-09-12T09:20:00+07:00', '2026-09-12T11:05:00+07:00']);
  });

  it('should read "IST" as Irish time on a page written at +01:00', () => {
    const live = readLiveBlog('Live: storm reaches the west coast', ['08:10 IST', 'Ferries to the islands were cancelled.', '09:30 IST', 'Power was cut to several thousand homes.'], at('2026-06-20T10:00:00+01:00'))!;
    assert.deepEqual(live.entries.map((e) => e.time), ['2026-06-20T08:10:00+01:00', '2026-06-20T09:30:00+01:00']);
  });
});

describe('readLiveBlog with stamps in African zones, and stamps whose zone is not known', () => {
  it('should place entries stamped in Central, East, West and South African time at their offsets', () => {
    const cat = readLiveBlog('Live: water supply restored in the capital', ['06:40 CAT', 'Tankers were sent to the eastern suburbs.', '10:15 CAT', 'Pumping resumed at the main works.'], at('2026-05-04T11:00:00+02:00'))!;
    assert.deepEqual(cat.entries.map((e) => e.time), ['2026-05-04T06:40:00+02:00', '2026-05-04T10:15:00+02:00']);
    const eat = readLiveBlog('Live: the marathon through the city', ['07:00 EAT', 'The elite runners set off from the stadium.'], at('2026-05-04T09:00:00+03:00'))!;
    assert.deepEqual(eat.entries.map((e) => e.time), ['2026-05-04T07:00:00+03:00']);
    const wat = readLiveBlog('Live: port strike enters second day', ['08:30 WAT', 'Dock workers gathered at the main gate.'], at('2026-05-04T09:00:00+01:00'))!;
    assert.deepEqual(wat.entries.map((e) => e.time), ['2026-05-04T08:30:00+01:00']);
    const sast = readLiveBlog('Live: load shedding schedule changes', ['12:05 SAST', 'The utility moved the evening cuts an hour later.'], at('2026-05-04T13:00:00+02:00'))!;
    assert.deepEqual(sast.entries.map((e) => e.time), ['2026-05-04T12:05:00+02:00']);
  });

  it('should take out stamps in a zone it does not know and name that zone', () => {
    const live = readLiveBlog('Live: ferry service suspended', ['08:15 QXT', 'The first crossing of the day was cancelled.', '10:40 QXT', 'Passengers were offered places on buses.'], at('2026-05-04T11:00:00+02:00'))!;
    assert.deepEqual(live.entries, []);
    assert.deepEqual(live.unreadZones, ['QXT', 'QXT']);
    assert.deepEqual(live.paragraphs, ['The first crossing of the day was cancelled.', 'Passengers were offered places on buses.']);
  });

  it('should know a page as live by such stamps alone, with no live headline', () => {
    const live = readLiveBlog('Ferry service suspended', ['08:15 QXT', 'The first crossing of the day was cancelled.', '10:40 QXT', 'Passengers were offered places on buses.'], at('2026-05-04T11:00:00+02:00'));
    assert.deepEqual(live?.unreadZones, ['QXT', 'QXT']);
  });
});
