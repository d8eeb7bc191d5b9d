import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { mentionScore } from './related.js';

describe('mentionScore, an earthquake named by a title that says "quake"', () => {
  it('should let "the November 17 earthquake" answer the event of that day titled for the quake', () => {
    const title = 'UN: quake killed 360';
    assert.ok(mentionScore(`${title} At least 360 people were killed in the earthquake.`, ['earthquake'], [], '2025-11-17', new Set(), title) > 0);
  });

  it('should not let a mention dated only by its month answer by the title alone', () => {
    const title = 'UN: quake killed 360';
    assert.equal(mentionScore(`${title} At least 360 people were killed in the earthquake.`, ['earthquake'], [], '2025-11', new Set(), title), 0);
  });
});

describe('enrich related, an aftershock named by its day', () => {
  it('should list "the aftershock of November 24" as an earlier event of a report a week on', () => {
    const article = enrichedArticle('GENEVA — Donors pledged $450 million on Monday. Thousands have lived in tents since the November 17 earthquake and the aftershock of November 24, OCHA said.', { title: 'Donors pledge aid', outlet: 'Alpine Wire', publishedAt: '2025-12-01T16:00:00Z' });
    assert.deepEqual(article.related.map((r) => [r.description, r.date]).sort(), [['Aftershock', '2025-11-24'], ['Earthquake', '2025-11-17']], JSON.stringify(article.related));
  });
});
