import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { consolidateParticipants } from './participants.js';

/** A report whose people are given by hand: what the rules after the tagger make of them. */
function reportNaming(body: string, outlet: string, people: readonly string[]) {
  const article = enrichedArticle(body, { title: 'Convoy attacked', outlet, publishedAt: '2026-11-19T12:00:00Z', url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/a` });
  article.people = people.map((name) => {
    const start = body.indexOf(name);
    return { name, variants: [], role: null, roleMentions: [], organization: null, country: null, mentions: [{ start, end: start + name.length }], byline: false, inEvent: true };
  });
  return article;
}

const joined = (...articles: ReturnType<typeof reportNaming>[]) => consolidateParticipants(articles).participants.map((p) => [p.name, p.sources.length]).sort();

// ux71a fault 7: romanisations of Persian and Kurdish names two outlets wrote apart stayed two people.
describe('consolidateParticipants, romanisations of Persian and Kurdish names', () => {
  it('should make one person of a surname written joined and hyphenated', () => {
    const one = reportNaming('Interior Ministry spokesman Hossein Rezaeifar said rescuers were searching.', 'Kermanshah Voice', ['Hossein Rezaeifar']);
    const two = reportNaming('Interior Ministry spokesman Hossein Rezaei-Far said the toll rose.', 'Gulf Courier', ['Hossein Rezaei-Far']);
    assert.equal(joined(one, two).length, 1, JSON.stringify(joined(one, two)));
  });

  it('should make one person of a name ending in -ah in one report and -a in another', () => {
    const one = reportNaming('Police spokesman Colonel Sardar Hama Ali said the attackers fled.', 'Halabja Today', ['Sardar Hama Ali']);
    const two = reportNaming('Police Colonel Sardar Hamah Ali said two drivers were killed.', 'Meridian News Agency', ['Sardar Hamah Ali']);
    assert.equal(joined(one, two).length, 1, JSON.stringify(joined(one, two)));
  });

  it('should keep two people apart whose names differ in more than the break or the -h', () => {
    const one = reportNaming('Hossein Rezaei said the roads were open.', 'Kermanshah Voice', ['Hossein Rezaei']);
    const two = reportNaming('Hossein Rezaeifar said the toll rose.', 'Gulf Courier', ['Hossein Rezaeifar']);
    assert.equal(joined(one, two).length, 2);
    const three = reportNaming('Sardar Hama Ali said the attackers fled.', 'Halabja Today', ['Sardar Hama Ali']);
    const four = reportNaming('Sardar Hamid Ali said the road was closed.', 'Gulf Courier', ['Sardar Hamid Ali']);
    assert.equal(joined(three, four).length, 2);
  });
});
