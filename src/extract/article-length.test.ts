import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import { MIN_ARTICLE_WORDS, tooShortProblem } from './article-length.js';
import { createExtract } from './index.js';

/** The extracted body, or the problem that refused the input. */
function outcome(content: string, kind: 'text' | 'body' | 'html', hints: Parameters<typeof rawDocument>[3] = {}): { body: string; headline: string | null } | { refused: string } {
  const doc = new NewsDocument(rawDocument(content, kind, { file: 'input' }, hints));
  try {
    createExtract()(doc);
  } catch (error) {
    return { refused: (error as Error).message };
  }
  return { body: doc.article.body, headline: doc.article.headline };
}

describe('how little text is an article', () => {
  it('should say how many words there are and how many are needed', () => {
    assert.equal(tooShortProblem('x'), `too little text for an article (1 word; at least ${MIN_ARTICLE_WORDS} are needed)`);
    assert.equal(tooShortProblem('Police said.'), `too little text for an article (2 words; at least ${MIN_ARTICLE_WORDS} are needed)`);
    assert.equal(tooShortProblem('Three people were hurt when a bus overturned in Galway.'), null);
  });

  it('should say why a page in a script without spaces (Chinese, Japanese) counts so few words', () => {
    // "On Monday firefighters fought a large warehouse fire in the port district; three workers were hurt."
    const chinese = '周一，消防员在港口区扑救一场大型仓库火灾。三名工人受伤。';
    assert.equal(tooShortProblem(chinese), `too little text for an article (3 words; at least ${MIN_ARTICLE_WORDS} are needed; the text is in a script written without spaces between words, such as Chinese or Japanese, and Triangulate reads English only)`);
    // A short English text naming a place in its own script is only short.
    assert.equal(tooShortProblem('Fire in 北京.'), `too little text for an article (3 words; at least ${MIN_ARTICLE_WORDS} are needed)`);
  });

  it('should refuse a too short record body as it refuses the same text in a file', () => {
    for (const text of ['x', 'Police said.', 'Police said three people died.']) {
      const body = outcome(text, 'body');
      assert.ok('refused' in body, `body ${text}`);
      assert.match(body.refused, /too little text for an article/);
      assert.deepEqual(outcome(text, 'text'), body, `text ${text}`);
    }
  });

  it('should refuse a scraped line that reads as no sentence, which a record body declares to be the story', () => {
    // Alone on a saved page such a line is a headline or the site's own line; given as a body it is the story.
    const line = 'Sign up for our morning briefing delivered to you free';
    assert.deepEqual(outcome(line, 'text'), { refused: 'no article text found on the page' });
    assert.deepEqual(outcome(line, 'body'), { body: line, headline: null });
    // A one-line sentence is an article either way.
    const sentence = 'Police said a shooting in Dublin on Friday left three people dead.';
    assert.deepEqual(outcome(sentence, 'text'), { body: sentence, headline: null });
    assert.deepEqual(outcome(sentence, 'body'), { body: sentence, headline: null });
  });

  it('should hold test fixtures of one sentence to no length when told so', () => {
    const doc = new NewsDocument(rawDocument('Police said.', 'body', { file: 'input' }, {}));
    createExtract({ minWords: 0 })(doc);
    assert.equal(doc.article.body, 'Police said.');
  });

  it('should leave a page with a headline and paragraphs as the layout reads it', () => {
    const page = 'Bus overturns near Galway\n\nThree people were hurt when a bus overturned near Galway on Monday, gardaí said.\n';
    assert.deepEqual(outcome(page, 'text'), { body: 'Three people were hurt when a bus overturned near Galway on Monday, gardaí said.', headline: 'Bus overturns near Galway' });
  });
});
