import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { consolidateParticipants } from './participants.js';

/** A report whose one person is given by hand, with the country the tagger gave them. */
function reportNaming(body: string, outlet: string, name: string, country: string | null) {
  const article = enrichedArticle(body, { title: 'Reporter attacked', outlet, publishedAt: '2031-04-03T12:00:00Z', url: `https://${outlet.toLowerCase().replace(/\W/g, '')}.example/a` });
  const start = body.indexOf(name);
  article.people = [{ name, variants: [], role: null, roleMentions: [], organization: null, country, mentions: [{ start, end: start + name.length }], byline: false, inEvent: true }];
  return article;
}

const count = (...articles: ReturnType<typeof reportNaming>[]) => consolidateParticipants(articles).participants.length;

// ux72b fault 6: a Russian "Ye-" / "E-", a Spanish second family name and a Hong Kong Chinese given name kept one person as two.
describe('consolidateParticipants, Latin-script writings of one name', () => {
  it('should make one person of Yevgeny and Evgenii with the same surname', () => {
    const one = reportNaming('Blogger Yevgeny Malakhov was held in Moscow.', 'Volga Wire', 'Yevgeny Malakhov', 'RU');
    const two = reportNaming('Blogger Evgenii Malakhov was held in Moscow.', 'Steppe Post', 'Evgenii Malakhov', 'RU');
    assert.equal(count(one, two), 1);
  });

  it('should make one person of two romanisations whose ages are a year apart', () => {
    const one = reportNaming('Blogger Yevgeny Malakhov, 44, was held in Moscow.', 'Volga Wire', 'Yevgeny Malakhov', 'RU');
    const two = reportNaming('Blogger Evgenii Malakhov, 45, was held in Moscow.', 'Steppe Post', 'Evgenii Malakhov', 'RU');
    assert.equal(count(one, two), 1);
  });

  it('should make one person of a Mexican name with both family names and with the first only, in either order', () => {
    const one = reportNaming('Reporter Lucía Ferrer Solís was shot in Irapuato.', 'Bajio Daily', 'Lucía Ferrer Solís', 'MX');
    const two = reportNaming('Reporter Lucia Ferrer was shot in Irapuato.', 'Central Wire', 'Lucia Ferrer', 'MX');
    assert.equal(count(one, two), 1);
    assert.equal(count(two, one), 1);
  });

  it('should keep apart a name and its longer form where the person is of a one-surname country', () => {
    const one = reportNaming('Councillor Lucy Ferrer Sollis spoke in Leeds.', 'Leeds Wire', 'Lucy Ferrer Sollis', 'GB');
    const two = reportNaming('Councillor Lucy Ferrer spoke in Leeds.', 'Yorkshire Post', 'Lucy Ferrer', 'GB');
    assert.equal(count(one, two), 2);
  });

  it('should make one person of a Hong Kong name with and without its Chinese given name', () => {
    const one = reportNaming('Publisher Peter Ho Ka-lok was arrested.', 'Harbour Daily', 'Peter Ho Ka-lok', null);
    const two = reportNaming('Publisher Peter Ho was arrested.', 'Asia Wire', 'Peter Ho', null);
    assert.equal(count(one, two), 1);
  });
});

// ux75a fault 9, ux75b fault 7: Arabic and Kurdish romanisations, and a Central Asian Zh written J, kept one person as two.
describe('consolidateParticipants, Arabic and Central Asian romanisations', () => {
  it('should make one person of Tofiq and Tawfiq with the same given name and surname', () => {
    const one = reportNaming('Governor Azad Tofiq Karim said 40 people died.', 'Levant Wire', 'Azad Tofiq Karim', 'IQ');
    const two = reportNaming('Governor Azad Tawfiq Karim said 41 people died.', 'Kurdistan Daily', 'Azad Tawfiq Karim', 'IQ');
    assert.equal(count(one, two), 1);
  });

  it('should make one person of a Kyrgyz surname written Zh and J, with or without the y', () => {
    const one = reportNaming('Police detained Nurbek Zhumabaev at home.', 'Steppe Wire', 'Nurbek Zhumabaev', 'KG');
    const two = reportNaming('Police detained Nurbek Jumabayev at home.', 'Tien Post', 'Nurbek Jumabayev', 'KG');
    assert.equal(count(one, two), 1);
  });

  it('should keep apart a Zh- given name and the Arabic name it resembles', () => {
    const one = reportNaming('Teacher Zhamal Saidova was fined.', 'Steppe Wire', 'Zhamal Saidova', 'KG');
    const two = reportNaming('Teacher Jamal Saidova was fined.', 'Tien Post', 'Jamal Saidova', 'KG');
    assert.equal(count(one, two), 2);
  });

  it('should keep apart a Zh- surname and a J- surname whose given names differ', () => {
    const one = reportNaming('Police detained Nurbek Zhumabaev at home.', 'Steppe Wire', 'Nurbek Zhumabaev', 'KG');
    const two = reportNaming('Police detained Azamat Jumabaev at home.', 'Tien Post', 'Azamat Jumabaev', 'KG');
    assert.equal(count(one, two), 2);
  });
});
