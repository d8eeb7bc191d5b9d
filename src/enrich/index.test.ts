import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

describe('the enrich stage', () => {
  it('should take the event date from the headline when the text gives no day', () => {
    // Published on Monday 2013-10-14; the text names no day, the headline says Sunday.
    const article = enrichedArticle('Several people were wounded outside the community center, police said. Officers are asking witnesses to come forward.', {
      title: 'Police: Multiple people shot Sunday outside Harrisburg community center',
      publishedAt: '2013-10-14',
    });
    assert.equal(article.eventDate?.value, '2013-10-13');
    assert.equal(article.eventDate?.fallback, false);
    assert.equal(article.eventDate?.sentence, 'Police: Multiple people shot Sunday outside Harrisburg community center');
  });

  it("should take the headline's day before an earlier incident the text states", () => {
    // Published on Monday 2014-07-14: the headline's shooting was on Sunday; the text's March 2013 killing is the suspect's past.
    const article = enrichedArticle('The suspect was arrested on Saturday. He was once charged with killing a man on March 4, 2013.', {
      title: 'Man hurt in Sunday shooting on Elm Street',
      publishedAt: '2014-07-14',
    });
    assert.equal(article.eventDate?.value, '2014-07-13');
  });
});
