import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

describe("buildEvent's title beside a press release", () => {
  it("should take a news report's headline over an earlier press release's", async () => {
    const release = enrichedArticle('Press Release No. 12/2027\n\nThe Ministry of Fisheries announces that trawling in the northern bay is prohibited from 1 May 2027 to let cod stocks recover.', { title: 'Ministry Safeguards Northern Bay Fish Stocks', outlet: 'Ministry of Fisheries', publishedAt: '2027-03-02T07:00:00Z' });
    const report = enrichedArticle('The fisheries ministry on Tuesday banned trawling in the northern bay from May 1, saying cod stocks needed time to recover.\n\nTrawler owners said the ban would cost hundreds of jobs.', { title: 'Trawling banned in northern bay from May', outlet: 'Coastal Courier', publishedAt: '2027-03-02T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000071', [release, report], null, '2027-03-03T00:00:00Z');
    assert.equal(event.title, 'Trawling banned in northern bay from May');
  });

  it("should keep a press release's headline where no news report has one", async () => {
    const release = enrichedArticle('Press Release No. 12/2027\n\nThe Ministry of Fisheries announces that trawling in the northern bay is prohibited from 1 May 2027 to let cod stocks recover.', { title: 'Ministry Safeguards Northern Bay Fish Stocks', outlet: 'Ministry of Fisheries', publishedAt: '2027-03-02T07:00:00Z' });
    const event = await buildEvent('evt_0000000000000072', [release], null, '2027-03-03T00:00:00Z');
    assert.equal(event.title, 'Ministry Safeguards Northern Bay Fish Stocks');
  });
});
