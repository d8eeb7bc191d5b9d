import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../model/types.js';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { firstCopyTimes } from './copy-time.js';

const WIRE = 'A tanker overturned and caught fire on the ring road outside Marlow on Monday afternoon, killing two drivers, the fire brigade said. Traffic was diverted for several hours while crews cooled the wreck, and the road reopened late in the evening after the fuel had been pumped out.';

/** The same story reposted by another site later: its own id, outlet and time (an article's id here follows its text). */
const repostOf = (a: Article, outlet: string, publishedAt: string): Article => ({ ...a, id: `${a.id}0`, outlet, publishedAt });

describe('firstCopyTimes', () => {
  it('should time a later word-for-word copy by the first one, and leave a report of its own alone', () => {
    const first = enrichedArticle(WIRE, { title: 'Tanker fire kills two', outlet: 'Shire Wire', publishedAt: '2026-05-04T15:00:00Z' });
    const repost = repostOf(first, 'Valley Echo', '2026-05-04T19:00:00Z');
    const own = enrichedArticle('The toll from the tanker fire near Marlow has risen to three, the brigade said.', { title: 'Toll rises', outlet: 'Marlow Post', publishedAt: '2026-05-04T18:00:00Z' });
    const times = firstCopyTimes([first, repost, own]);
    assert.equal(times.get(repost.id), Date.parse('2026-05-04T15:00:00Z'));
    assert.equal(times.has(first.id), false);
    assert.equal(times.has(own.id), false);
  });
});

describe('buildEvent: a late repost of the first wire story', () => {
  it('should show a toll that rose as revised when a site reposts the first story after the update', async () => {
    const wire = enrichedArticle(WIRE, { title: 'Tanker fire kills two', outlet: 'Shire Wire', publishedAt: '2026-05-04T15:00:00Z' });
    const update = enrichedArticle('The death toll from the tanker fire on the ring road outside Marlow has risen to three after a passer-by died in hospital, the brigade said on Monday evening.', { title: 'Marlow tanker fire toll rises to three', outlet: 'Marlow Post', publishedAt: '2026-05-04T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [wire, update, repostOf(wire, 'Valley Echo', '2026-05-04T21:00:00Z')], null, '2026-05-06T00:00:00Z');
    const killed = event.discrepancies.find((d) => d.about === 'killed');
    assert.equal(killed?.revised, true);
    assert.equal(killed?.variants[0]?.lastReported, '2026-05-04T15:00:00Z');
  });
});
