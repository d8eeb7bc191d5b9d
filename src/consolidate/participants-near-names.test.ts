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

/** A report naming one person with the body the person speaks for. */
function reportWithBody(body: string, outlet: string, name: string, organization: string | null, country: string | null) {
  const article = reportNaming(body, outlet, [[name, country]]);
  article.people = article.people.map((p) => ({ ...p, organization }));
  return article;
}

describe('consolidateParticipants, surnames a letter apart', () => {
  it("should keep apart two people whose given names differ, or whose reports tie them to two bodies ('Erik Hansen' / 'Mark Hanson')", () => {
    const cases = [
      ['Erik Hansen', 'Harbour Authority', 'Mark Hanson', 'Dockworkers Union'],
      ['Maria Hansen', 'Harbour Authority', 'Marie Hanson', 'Harbour Authority'],
      ['Karin Hansen', null, 'Karen Hanson', null],
      ['Mark Hansen', 'Harbour Authority', 'Mark Hanson', 'Dockworkers Union'],
      ['Ion Rusnac', 'Harbour Authority', 'Ion Rusnak', 'Dockworkers Union'],
    ] as const;
    for (const [a, bodyA, b, bodyB] of cases) {
      const one = reportWithBody(`${a} said on Monday the crane had passed inspection.`, 'City Post', a, bodyA, 'NO');
      const two = reportWithBody(`${b} said the crane was unsafe.`, 'Harbour Times', b, bodyB, 'NO');
      assert.equal(consolidated(one, two).participants.length, 2, `${a} / ${b}`);
    }
  });

  it('should still join one given name with its surname a letter apart, of one body or none, and a romanisation of one name whatever the bodies', () => {
    const cases = [
      ['Mark Hansen', 'Harbour Authority', 'Mark Hanson', 'Rotterdam Port Authority'],
      ['Ion Rusnac', null, 'Ion Rusnak', null],
      ['Johan Hansen', null, 'Johann Hanson', null],
      ['Yoon Jae-hyuk', 'Harbour Authority', 'Yun Jae-hyeok', 'Dockworkers Union'],
    ] as const;
    for (const [a, bodyA, b, bodyB] of cases) {
      const one = reportWithBody(`${a} said on Monday the crane had passed inspection.`, 'City Post', a, bodyA, 'NO');
      const two = reportWithBody(`${b} said the crane was unsafe.`, 'Harbour Times', b, bodyB, 'NO');
      assert.equal(consolidated(one, two).participants.length, 1, `${a} / ${b}`);
    }
  });
});
