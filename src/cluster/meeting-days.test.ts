import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupsInOrder } from '../../test/groups-in-order.js';
import type { ArticleFeatures } from './features.js';
import type { EventProfile } from '../store/store.js';
import { meetingDaysApart } from './meeting-days.js';

function article(meeting: boolean, more: Partial<ArticleFeatures> = {}): ArticleFeatures {
  return { terms: new Map(), names: [], date: '2027-03-09', figures: [], scene: null, earlier: [], act: null, datedInText: true, meeting, ...more };
}

function event(meetings: number, size = 2): EventProfile {
  return { terms: {}, names: [], dates: ['2027-03-05'], size, meetings };
}

describe('meetingDaysApart', () => {
  it('should set a meeting days from a story of no meeting apart from it, either way round', () => {
    assert.equal(meetingDaysApart(article(true), event(0), 4), true);
    assert.equal(meetingDaysApart(article(false), event(2), 2), true);
  });

  it('should leave a day either way, a day not in the text and a story led both ways to the model', () => {
    assert.equal(meetingDaysApart(article(true), event(0), 1), false);
    assert.equal(meetingDaysApart(article(true, { datedInText: false }), event(0), 4), false);
    assert.equal(meetingDaysApart(article(false), event(1, 3), 4), false);
  });
});

const FILES: Record<string, string> = {
  fire: [
    'Fire shuts Sava gas compressor, cutting flows to Croatia',
    'By Luka Horvat, Adriatic Energy Post',
    'Published: March 5, 2027 15:20 GMT',
    'LJUBLJANA - A fire broke out at the Sava gas compressor station near Krsko on Friday, halting gas flows from Slovenia to Croatia, the operator Plinovod said.',
    'Plinovod said the blaze had been put out by noon and that nobody was hurt. Police said they were looking into whether it had been set deliberately.',
  ].join('\n'),
  fireFollow: [
    'Slovenian compressor blaze may have been arson, police say',
    'By Mira Zupan, Balkan Grid Report',
    'Published: March 6, 2027 10:05 GMT',
    'The fire at the Sava gas compressor station near Krsko on Friday may have been started deliberately, Slovenian police said on Saturday.',
    'The operator Plinovod said gas flows to Croatia would resume within a week.',
  ].join('\n'),
  meeting: [
    'Adriatic energy ministers hold crisis talks in Zagreb',
    'By Ivana Kovac, Southeast Desk',
    'Published: March 9, 2027 17:45 GMT',
    "Energy ministers of six Adriatic and Balkan states met in Zagreb on Tuesday for crisis talks on guarding gas lines and power plants, after Friday's compressor fire near Krsko and a string of cable thefts.",
    'Croatian Economy Minister Davor Maric, who hosted the meeting, said the states would pool guards and spare parts.',
    'Slovenian Infrastructure Minister Ana Vidmar urged the bloc to act against the firms behind the fire.',
  ].join('\n'),
  meetingWire: [
    'Ministers agree to share guards for gas network',
    'By Goran Babic, Danube Wire',
    'Published: March 9, 2027 20:30 GMT',
    'ZAGREB -- Energy ministers from six countries agreed on Tuesday to share guards and spare parts for gas lines, at an emergency meeting called after the Krsko compressor fire.',
    'Croatian Economy Minister Davor Maric chaired the talks. Slovenian Infrastructure Minister Ana Vidmar said the fire had been a warning.',
  ].join('\n'),
  sanctions: [
    'EU freezes assets of three gas traders',
    'By Ivana Kovac, Southeast Desk',
    'Published: March 11, 2027 16:00 GMT',
    'The European Union on Thursday froze the assets of three gas trading firms it accused of breaking its embargo, two days after energy ministers met in Zagreb on guarding the gas network.',
    'The listed firms may no longer do business in the EU. Slovenian Infrastructure Minister Ana Vidmar welcomed the listing.',
  ].join('\n'),
  sanctionsWire: [
    'EU lists gas traders accused of dodging embargo',
    'By Goran Babic, Danube Wire',
    'Published: March 11, 2027 19:15 GMT',
    'BRUSSELS -- The European Union imposed sanctions on Thursday on three gas trading firms it says broke its embargo through ports on the Adriatic.',
    'Energy ministers who met in Zagreb on Tuesday had asked for the listing. Ana Vidmar welcomed it.',
  ].join('\n'),
};

function eventsOf(order: readonly string[]): Promise<string[][]> {
  return groupsInOrder(FILES, order, '2027-03-20T00:00:00Z');
}

describe("cluster: ministers' meeting between an incident and the sanctions it asked for", () => {
  it('should be an event of its own, apart from both, in either order', async () => {
    const expected = [['fire', 'fireFollow'], ['meeting', 'meetingWire'], ['sanctions', 'sanctionsWire']];
    const forward = ['fire', 'fireFollow', 'meeting', 'meetingWire', 'sanctions', 'sanctionsWire'];
    assert.deepEqual(await eventsOf(forward), expected);
    assert.deepEqual(await eventsOf([...forward].reverse()), expected);
  });
});

describe('meetingDaysApart: a meeting and its own outcome days later', () => {
  it("should not set a report apart from a meeting whose lead announces a span covering the report's day", () => {
    const summit = article(true, { date: '2027-03-01', meetingUntil: '2027-03-03' });
    assert.equal(meetingDaysApart(summit, { ...event(0, 1), dates: ['2027-03-03'] }, 2), false);
    assert.equal(meetingDaysApart(article(false, { date: '2027-03-03' }), { ...event(1, 1), dates: ['2027-03-01'], meetingUntil: '2027-03-03' }, 2), false);
  });

  it("should not set a lead telling a meeting's declaration with its body and place apart from the meeting, either way", () => {
    const names = ['l:tromso'];
    const outcome = article(false, { date: '2027-03-03', meetingOutcome: true, meetingKeys: ['arctic council', 'tromso'], names });
    assert.equal(meetingDaysApart(outcome, { ...event(1, 1), dates: ['2027-03-01'], meetingKeys: ['arctic council', 'tromso'], names }, 2), false);
    // Another body's statement in the same town is still another event.
    assert.equal(meetingDaysApart({ ...outcome, meetingKeys: ['nordic council', 'tromso'] }, { ...event(1, 1), dates: ['2027-03-01'], meetingKeys: ['arctic council', 'tromso'], names }, 2), true);
  });
});

const SUMMIT: Record<string, string> = {
  open: [
    'Arctic Council leaders open Tromso summit',
    'By Siri Dahl, Polar Wire',
    'Published: June 1, 2026 18:00 GMT',
    'TROMSO - Leaders of the Arctic Council met in Tromso on Monday for a three-day summit dominated by shipping lanes and melting sea ice.',
    'Norwegian Prime Minister Eirik Vang opened the meeting with a call for a fund to clean up oil spills.',
  ].join('\n'),
  close: [
    'Arctic Council backs spill fund in Tromso declaration',
    'By Pekka Aho, Boreal Times',
    'Published: June 3, 2026 19:00 GMT',
    'The Arctic Council on Wednesday adopted a joint declaration in Tromso calling for a shared fund to clean up oil spills and tighter rules for ships crossing the polar route.',
    'Norwegian Prime Minister Eirik Vang said the text showed the council could still agree despite tensions.',
  ].join('\n'),
};

describe("cluster: a summit's closing declaration two days after it opened", () => {
  it('should be one event with the summit, in either order', async () => {
    assert.deepEqual(await groupsInOrder(SUMMIT, ['open', 'close'], '2026-06-10T00:00:00Z'), [['close', 'open']]);
    assert.deepEqual(await groupsInOrder(SUMMIT, ['close', 'open'], '2026-06-10T00:00:00Z'), [['close', 'open']]);
  });
});
