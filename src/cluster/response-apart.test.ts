import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupsInOrder } from '../../test/groups-in-order.js';
import type { ArticleFeatures } from './features.js';
import type { EventProfile } from '../store/store.js';
import { responseApart } from './response-apart.js';

function article(act: string | null, date: string, more: Partial<ArticleFeatures> = {}): ArticleFeatures {
  return { terms: new Map(), names: [], date, figures: [], scene: null, earlier: [], act, datedInText: true, ...more };
}

function event(acts: string[], dates: string[], more: Partial<EventProfile> = {}): EventProfile {
  return { terms: {}, names: [], dates, size: 2, acts, ...more };
}

describe('responseApart', () => {
  it('should set a response told a day after the launch apart from the launch, either way round', () => {
    assert.equal(responseApart(article('statement:AU+NZ>IR', '2025-03-04'), event(['launch:IR'], ['2025-03-03'])), true);
    assert.equal(responseApart(article('launch:IR', '2025-03-03'), event(['statement:AU+NZ>IR'], ['2025-03-04'])), true);
  });

  it('should keep a response told on the launch\'s own day, and a police statement after a shooting, with their act', () => {
    assert.equal(responseApart(article('statement:AU>IR', '2025-03-03'), event(['launch:IR'], ['2025-03-03'])), false);
    assert.equal(responseApart(article('statement:US', '2025-03-04'), event(['crime:'], ['2025-03-03'])), false);
    assert.equal(responseApart(article('statement:AU>IR', '2025-03-04', { datedInText: false }), event(['launch:IR'], ['2025-03-03'])), false);
  });

  it('should never set a report of no state act apart (an incident told the day before a government attributes it)', () => {
    assert.equal(responseApart(article(null, '2025-03-03'), event(['statement:AU+NZ>IR'], ['2025-03-04'])), false);
    assert.equal(responseApart(article(null, '2025-03-04'), event(['statement:AU+NZ>IR'], ['2025-03-04'])), false);
    assert.equal(responseApart(article(null, '2025-03-03'), event(['launch:IR', 'statement:AU>IR'], ['2025-03-04'])), false);
  });

  it('should set responses told on other days apart, but not an event one of whose reports gives the same day', () => {
    assert.equal(responseApart(article('statement:AU+NZ>IR', '2025-03-04'), event(['statement:UN>IR'], ['2025-03-05'])), true);
    assert.equal(responseApart(article('statement:AU>IR', '2025-03-04'), event(['statement:AU+NZ>IR'], ['2025-03-04', '2025-03-05'])), false);
  });
});

const FILES: Record<string, string> = {
  launch: [
    'Iran fires ballistic missile from Semnan',
    'By Tomas Reyes, Gulf Courier',
    'Published: March 3, 2025 14:10 GMT',
    'TEHRAN (Gulf Courier) - Iran fired a medium-range ballistic missile from the Semnan area into the sea on Monday, state television said.',
    'Australia protested the launch on Monday through its embassy in Tehran, Foreign Minister Claire Whitby said.',
  ].join('\n'),
  protest: [
    'Australia protests Iranian missile launch',
    'By Ana Ruiz, Levant Ledger',
    'Published: March 3, 2025 18:40 GMT',
    'CANBERRA - Australia protested to Iran on Monday after Tehran fired a medium-range ballistic missile, Foreign Minister Claire Whitby said.',
    'Whitby said the launch threatened shipping.',
  ].join('\n'),
  call: [
    'Australian, New Zealand ministers condemn Iranian launch in joint call',
    'By Peter Hale, Southern Post',
    'Published: March 4, 2025 09:00 GMT',
    "The foreign ministers of Australia and New Zealand condemned Iran's ballistic missile launch in a phone call on Tuesday, Canberra's foreign ministry said.",
    'Claire Whitby and Rangi Tamaki agreed to press for a debate at the UN, the ministry said. The call came a day after the missile was fired.',
  ].join('\n'),
};

function eventsOf(order: readonly string[]): Promise<string[][]> {
  return groupsInOrder(FILES, order, '2025-03-20T00:00:00Z');
}

/** A state media account of the launch, whose lead names no state's act, published the day after. */
const STATE_MEDIA = [
  'Iranian leader watched new missile test, state TV says',
  'By Lena Moritz, Gulf Courier',
  'Published: March 4, 2025 08:15 GMT',
  "Iran's supreme leader personally watched Monday's test of a new medium-range ballistic missile from the Semnan area, state television said on Tuesday.",
  'The broadcast said the missile hit its target in the sea and called the launch a warning to the country\'s enemies.',
].join('\n');

describe('cluster: ministers\' call the day after a launch', () => {
  it('should be an event of its own while the same day\'s protest joins the launch, in either order', async () => {
    const expected = [['call'], ['launch', 'protest']];
    assert.deepEqual(await eventsOf(['launch', 'protest', 'call']), expected);
    assert.deepEqual(await eventsOf(['call', 'protest', 'launch']), expected);
    assert.deepEqual(await eventsOf(['protest', 'call', 'launch']), expected);
  });

  it('should keep the call apart when it arrives before a state media account of the launch', async () => {
    const groups = await groupsInOrder({ ...FILES, media: STATE_MEDIA }, ['call', 'media', 'protest', 'launch'], '2025-03-20T00:00:00Z');
    assert.deepEqual(groups, [['call'], ['launch', 'media', 'protest']]);
    assert.deepEqual(await groupsInOrder({ ...FILES, media: STATE_MEDIA }, ['media', 'call', 'launch', 'protest'], '2025-03-20T00:00:00Z'), [['call'], ['launch', 'media', 'protest']]);
  });
});
