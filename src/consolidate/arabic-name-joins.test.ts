import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { consolidateParticipants } from './participants.js';

/** A report whose people are given by hand: what the rules after the tagger make of them. */
function reportNaming(body: string, outlet: string, people: readonly string[]) {
  const article = enrichedArticle(body, { title: 'Quake survivors wait for tents', outlet, publishedAt: '2025-11-19T12:00:00Z', url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/a` });
  article.people = people.map((name) => {
    const start = body.indexOf(name);
    return { name, variants: [], role: null, roleMentions: [], organization: null, country: null, mentions: [{ start, end: start + name.length }], byline: false, inEvent: true };
  });
  return article;
}

const joined = (...articles: ReturnType<typeof reportNaming>[]) => consolidateParticipants(articles).participants.map((p) => p.name).sort();

// Review ux71a: one farmer written "Omer" by a Baghdad outlet and "Omar" by a Halabja one stood as two people.
describe('consolidateParticipants, spellings of Arabic, Persian and Kurdish names (util/arabic-names.ts)', () => {
  it('should make one person of a given name spelt two ways beside the same family name', () => {
    const one = reportNaming('"We lost everything," said Nawzad Omer, a farmer.', 'Tigris Herald', ['Nawzad Omer']);
    const two = reportNaming('Nawzad Omar said his house collapsed in seconds.', 'Kurdistan Voice', ['Nawzad Omar']);
    assert.equal(joined(one, two).length, 1, JSON.stringify(joined(one, two)));
  });

  it('should make one person of "Abd al-" and "Abdul"', () => {
    const one = reportNaming('Governor Abd al-Karim Rashid visited the camp.', 'Tigris Herald', ['Abd al-Karim Rashid']);
    const two = reportNaming('Governor Abdul Karim Rashid said tents would come.', 'Kurdistan Voice', ['Abdul Karim Rashid']);
    assert.equal(joined(one, two).length, 1, JSON.stringify(joined(one, two)));
  });

  it('should keep two people apart whose given names are spellings of one name but whose family names differ', () => {
    const one = reportNaming('Omar Khan, a doctor, treated the wounded.', 'Tigris Herald', ['Omar Khan']);
    const two = reportNaming('Omer Farooq, a doctor, treated the wounded.', 'Kurdistan Voice', ['Omer Farooq']);
    assert.deepEqual(joined(one, two), ['Omar Khan', 'Omer Farooq']);
  });

  it('should not join on the table\'s spelling alone, with no other word the same', () => {
    const one = reportNaming('Omar Ali said the road was open.', 'Tigris Herald', ['Omar Ali']);
    const two = reportNaming('Umar Ali said the road was closed.', 'Kurdistan Voice', ['Umar Ali']);
    assert.deepEqual(joined(one, two), ['Omar Ali', 'Umar Ali']);
  });
});
