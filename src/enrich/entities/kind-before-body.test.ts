import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { bodiesAfterKindWords } from './kind-before-body.js';

/** Each mention's type after the kind words are read; `found` is what the tagger gave, in order of first mention. */
function typed(body: string, found: readonly (readonly [string, Entity['type'], string?])[]): string[] {
  const entities: Entity[] = [];
  for (const [text, type, country] of found) {
    for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) entities.push({ text, type, start: at, end: at + text.length, ...(country ? { country } : {}) });
  }
  bodiesAfterKindWords(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe("a body's kind before its name", () => {
  it('should make a name between "the" and a newsroom job a body (ux72b fault 7)', () => {
    const body = 'A court remanded Yuri Malakhov, the Volga Echo reporter held since May.';
    assert.deepEqual(typed(body, [['Yuri Malakhov', 'person'], ['Volga Echo', 'person']]), ['person:Yuri Malakhov', 'organization:Volga Echo']);
  });

  it('should make a newsroom named after its kind a body, the reporter beside it a person (ux72b fault 7)', () => {
    const body = 'Lucía Ferrer Solís, a reporter for the news site Eco del Bajío, was shot dead. Eco del Bajío said she had been threatened.';
    assert.deepEqual(typed(body, [['Lucía Ferrer Solís', 'person'], ['Eco del Bajío', 'person']]), [
      'person:Lucía Ferrer Solís',
      'organization:Eco del Bajío',
      'organization:Eco del Bajío',
    ]);
  });

  it('should make a person or an unknown place after a kind word a body, at every mention', () => {
    const body = 'He left Civic Passion. On Monday the investment bank Lehman Brothers was sued by localist group Civic Passion, and by the coalition Auzolan.';
    assert.deepEqual(typed(body, [['Civic Passion', 'location'], ['Lehman Brothers', 'person'], ['Auzolan', 'location']]), [
      'organization:Civic Passion',
      'organization:Civic Passion',
      'organization:Lehman Brothers',
      'organization:Auzolan',
    ]);
  });

  it('should make a name after a trade that only firms ply a body, before "said" too', () => {
    const body = 'Funds left the exchange Quorbit, and analytics firm Tessavel said they moved.';
    assert.deepEqual(typed(body, [['Quorbit', 'location'], ['Tessavel', 'person']]), ['organization:Quorbit', 'organization:Tessavel']);
  });

  it('should make a name after a kind with its own label a body before a verb too, but not after "the company"', () => {
    const body = 'Cybersecurity firm Quorrex was hired to investigate. He said the company Hale was running had failed.';
    assert.deepEqual(typed(body, [['Quorrex', 'person'], ['Hale', 'person']]), ['organization:Quorrex', 'person:Hale']);
  });

  it("should make a name after a grid's or a pipeline's operator or a utility a body, not after a crane's operator (ux73a fault 7)", () => {
    const body = 'Homes went dark, the regional grid operator Netzwerk Spree said. The utility Oderwerk said repairs would take days. The crane operator Tom Reilly said the mast fell.';
    assert.deepEqual(typed(body, [['Netzwerk Spree', 'person'], ['Oderwerk', 'person'], ['Tom Reilly', 'person']]), ['organization:Netzwerk Spree', 'organization:Oderwerk', 'person:Tom Reilly']);
  });

  it("should make a name after a party's place in government a body", () => {
    const body = 'Among them were the ruling United Russia, and in Taiwan the opposition Kuomintang.';
    assert.deepEqual(typed(body, [['United Russia', 'location'], ['Kuomintang', 'person']]), ['organization:United Russia', 'organization:Kuomintang']);
  });

  it('should make the other mentions of a name the article calls a party by the word after it a body', () => {
    const body = 'The Likud party won. Later Likud formed a government, not the Georgia party.';
    assert.deepEqual(typed(body, [['Likud', 'location'], ['Georgia', 'location', 'GE']]), ['organization:Likud', 'organization:Likud', 'location:Georgia']);
  });

  it("should leave the first name of a paragraph after a line that ends in a kind word", () => {
    const body = 'Residents said they were afraid of the militia\n\nMaria Lopez, 52, said her son was taken.';
    assert.deepEqual(typed(body, [['Maria Lopez', 'person']]), ['person:Maria Lopez']);
  });

  it('should leave a name that goes on to act on the body, and a place the gazetteer knows', () => {
    const body = 'The company Elon Musk founded grew. The alliance Moscow leads met, and the party Kuwait hosted.';
    assert.deepEqual(typed(body, [['Elon Musk', 'person'], ['Moscow', 'location', 'RU'], ['Kuwait', 'location', 'KW']]), ['person:Elon Musk', 'location:Moscow', 'location:Kuwait']);
  });

  it('should make a name right after a journalist\'s job and "for" a body, not a person', () => {
    const body = 'Belyakov, a reporter for Kama Vesti, was charged on Friday. Kama Vesti said it would appeal.';
    assert.deepEqual(typed(body, [['Kama Vesti', 'person']]), ['organization:Kama Vesti', 'organization:Kama Vesti']);
  });
});
