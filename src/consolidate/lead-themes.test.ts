import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadThemes } from './lead-themes.js';
import type { Article } from '../model/types.js';

function report(headline: string, body: string, themes: string[]): Article {
  const end = body.indexOf('.') + 1;
  return { headline, body, themes, sentences: [{ start: 0, end }] } as unknown as Article;
}

describe('leadThemes', () => {
  it('should give a theme the report has and tells in its headline or first sentence (review ux73a fault 3)', () => {
    const a = report('Subsea cable cut, freighter held', 'A data cable was cut on Tuesday and the coastguard detained a freighter suspected of dragging its anchor. Later the patrol boat Vigil boarded the freighter.', ['maritime', 'infrastructure']);
    assert.ok(leadThemes(a).includes('maritime'));
  });

  it('should not give a theme the report has only from its later paragraphs', () => {
    const a = report('Power prices rise after cable fault', 'Power prices rose on Wednesday after a cable fault. Border guards boarded the tanker Grey Petrel. Navy divers later boarded the tanker again.', ['maritime']);
    assert.deepEqual(leadThemes(a), []);
  });

  it("should not give a theme from a headline's figure of speech the body never tells (review75)", () => {
    const a = report('Mayor weathers storm over bribery arrest', 'Police arrested a city contractor on bribery charges on Monday. The mayor said he had done nothing wrong.', ['crime', 'disaster']);
    assert.deepEqual(leadThemes(a), ['crime']);
  });
});
