import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import type { Entity } from '../model/types.js';
import { organizationsOf } from './organizations.js';
import { possessiveTail, titledPerson } from './person-not-body.js';

const person = (text: string): Entity => ({ text, type: 'person', start: 0, end: text.length });

describe('titledPerson and possessiveTail', () => {
  it('should read a title and the surname of a person the article names as that person', () => {
    assert.equal(titledPerson('U.S. Attorney Halvorsen', [person('Greta Halvorsen')]), true);
    assert.equal(titledPerson('District Judge Ostby', [person('Mara Ostby')]), true);
  });

  it('should keep a name whose last word is no surname the article gives', () => {
    assert.equal(titledPerson('U.S. Attorney Halvorsen', [person('Mara Ostby')]), false);
    assert.equal(titledPerson('Office of the Attorney General', [person('Greta General')]), false);
  });

  it("should read a name opened by a kind of body's possessive as a fragment, and keep a post's possessive", () => {
    assert.equal(possessiveTail("Office's Complex Cases Unit"), true);
    assert.equal(possessiveTail("Department's Tax Division"), true);
    assert.equal(possessiveTail("Governor's Office of Emergency Services"), false);
    assert.equal(possessiveTail('Office of Foreign Assets Control'), false);
  });
});

describe('organizationsOf without a titled person or a possessive tail', () => {
  it("should list neither a prosecutor by title nor the tail of the Office's possessive", () => {
    const one = enrichedArticle(
      "Greta Halvorsen, the U.S. Attorney, announced the sentence on Friday. The case was handled by the Office's Market Frauds Unit. U.S. Attorney Halvorsen thanked the Kestria Border Police for their help.",
      { title: 'Trader sentenced', outlet: 'Bench Report', publishedAt: '2026-05-08T18:00:00Z' },
    );
    const names = organizationsOf([one]).map((o) => o.name);
    assert.ok(!names.some((n) => /Halvorsen|Office['’]s/.test(n)), JSON.stringify(names));
  });
});
