import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

describe('outbreakUpdateDay (through enrich)', () => {
  it("should date an outbreak's update by its lead's telling, not by a later paragraph's campaign end", async () => {
    const a = enrichedArticle('New typhoid cases in Dunmarsh have fallen to about ten a day, the regional health board said on Tuesday.\n\nThe count reached 640 cases and 21 deaths, the board said.\n\nThe vaccination drive launched two weeks ago reached 80,000 people before it ended on Sunday, the board said.', { title: 'Dunmarsh typhoid cases slow', outlet: 'Valley Times', publishedAt: '2026-04-28T16:00:00Z' });
    assert.equal(a.eventDate?.value, '2026-04-28');
  });

  it("should leave a story whose lead is another act, dated by that act's day", async () => {
    const a = enrichedArticle('Nurses in Dunmarsh began a typhoid vaccination drive on Monday, the regional health board said on Tuesday.\n\nThe drive ended a first round on Sunday, the board said.', { title: 'Typhoid vaccination drive opens in Dunmarsh', outlet: 'Valley Times', publishedAt: '2026-04-28T16:00:00Z' });
    assert.equal(a.eventDate?.value, '2026-04-27');
  });
});
