import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { consolidateParticipants } from './participants.js';

/** A report whose people are given by hand, each with the country the tagger gave them. */
function reportNaming(body: string, outlet: string, people: readonly (readonly [string, string | null])[]) {
  const article = enrichedArticle(body, { title: 'Two held in botnet raid', outlet, publishedAt: '2027-05-12T12:00:00Z', url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/a` });
  article.people = people.map(([name, country]) => {
    const start = body.indexOf(name);
    return { name, variants: [], role: null, roleMentions: [], organization: null, country, mentions: [{ start, end: start + name.length }], byline: false, inEvent: true };
  });
  return article;
}

const consolidated = (...articles: ReturnType<typeof reportNaming>[]) => consolidateParticipants(articles);

// ux74a fault 3: "Artem Volodin" / "Artyom Volodin" and "Ion Rusnac" / "Ion Rusnak" were four suspects where there are two.
describe('consolidateParticipants, one suspect written two ways', () => {
  it('should make one person of a Russian given name romanised with e and yo, and list both spellings', () => {
    const one = reportNaming('Police arrested Fyodor Galkin, 41, in Porto.', 'Harbour Wire', [['Fyodor Galkin', 'RU']]);
    const two = reportNaming('Police arrested Fedor Galkin, 41, in Porto.', 'Lusitania Post', [['Fedor Galkin', 'RU']]);
    const { participants, discrepancies } = consolidated(one, two);
    assert.equal(participants.length, 1, JSON.stringify(participants));
    assert.ok(discrepancies.some((d) => d.about.startsWith('name of') && d.variants.length === 2), JSON.stringify(discrepancies));
  });

  it('should make one person of a long surname a letter apart after the same short given name', () => {
    const one = reportNaming('Officers detained Dan Cojocar in Iasi.', 'Harbour Wire', [['Dan Cojocar', null]]);
    const two = reportNaming('Officers detained Dan Cojokar in Iasi.', 'Lusitania Post', [['Dan Cojokar', null]]);
    assert.equal(consolidated(one, two).participants.length, 1);
  });

  it('should keep apart people of one surname whose given names differ', () => {
    for (const [a, b] of [['Ivan Petrov', 'Ilya Petrov'], ['Mark Jensen', 'Mike Jensen'], ['Jon Smith', 'Jan Smith']] as const) {
      const one = reportNaming(`Police arrested ${a} in Porto.`, 'Harbour Wire', [[a, null]]);
      const two = reportNaming(`Police arrested ${b} in Porto.`, 'Lusitania Post', [[b, null]]);
      assert.equal(consolidated(one, two).participants.length, 2, `${a} / ${b}`);
    }
  });

  it('should keep apart two near names that one report gives side by side', () => {
    const one = reportNaming('Police arrested Dan Cojocar and Dan Cojokar in Iasi.', 'Harbour Wire', [['Dan Cojocar', null], ['Dan Cojokar', null]]);
    const two = reportNaming('Police arrested Dan Cojokar in Iasi.', 'Lusitania Post', [['Dan Cojokar', null]]);
    assert.equal(consolidated(one, two).participants.length, 2);
  });

  it('should list an age set before a people\'s word and a noun as a discrepancy against another report\'s age', () => {
    const one = reportNaming('A 34-year-old Russian national, Fyodor Galkin, was arrested.', 'Harbour Wire', [['Fyodor Galkin', 'RU']]);
    const two = reportNaming('Police arrested Fyodor Galkin, a 35-year-old Russian, in Porto.', 'Lusitania Post', [['Fyodor Galkin', 'RU']]);
    const age = consolidated(one, two).discrepancies.find((d) => d.about.startsWith('age of'));
    assert.deepEqual(age?.variants.map((v) => v.value).sort(), ['34', '35']);
  });
});
