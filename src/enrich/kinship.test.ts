import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { kinAfter, kinBefore, kinFromSentenceBefore } from './kinship.js';
import { splitSentences } from './sentences.js';

function person(body: string, name: string): Entity {
  const start = body.lastIndexOf(name);
  return { text: name, type: 'person', start, end: start + name.length };
}

describe('kinAfter', () => {
  it('should read the kinship an apposition gives, with the relative it names', () => {
    const body = 'Kim Yo Jong, the powerful younger sister of Kim Jong Un, warned Seoul.';
    const found = kinAfter(body, 'Kim Yo Jong'.length, [person(body, 'Kim Yo Jong'), person(body, 'Kim Jong Un')]);
    assert.equal(found?.role, 'sister of Kim Jong Un');
    assert.equal(found?.relative.text, 'Kim Jong Un');
  });

  it("should read past the relative's title to the relative's name", () => {
    const body = 'Ri Su Gyong, the younger sister of leader Pak Chol Nam, warned Seoul. Tom Hale Jr., the son of former President Tom Hale, spoke.';
    const all = [person(body, 'Ri Su Gyong'), person(body, 'Pak Chol Nam'), person(body, 'Tom Hale Jr.'), person(body, 'Tom Hale')];
    all[3] = { ...all[3]!, start: body.indexOf('Tom Hale,'), end: body.indexOf('Tom Hale,') + 8 };
    assert.equal(kinAfter(body, all[0]!.end, all)?.role, 'sister of Pak Chol Nam');
    assert.equal(kinAfter(body, all[2]!.end, all)?.role, 'son of Tom Hale');
  });

  it('should take no kinship from a list of names or a relative named elsewhere in the sentence', () => {
    const body = 'Kim Yo Jong, Choe Son Hui and Kim Jong Un attended.';
    assert.equal(kinAfter(body, 'Kim Yo Jong'.length, [person(body, 'Kim Yo Jong'), person(body, 'Choe Son Hui'), person(body, 'Kim Jong Un')]), null);
  });
});

describe('kinBefore', () => {
  it("should read the kinship a relative's possessive before a name gives", () => {
    const body = "Mira Olsen's younger brother Tor Olsen testified on Friday.";
    const found = kinBefore(body, body.indexOf('Tor Olsen'), [person(body, 'Mira Olsen'), person(body, 'Tor Olsen')]);
    assert.equal(found?.role, 'brother of Mira Olsen');
    assert.equal(found?.relative.text, 'Mira Olsen');
  });

  it('should read the kinship "and his brother," gives the name after a relative, with or without an age between', () => {
    const body = 'Tom Vale and his brother, Eric Vale, were sentenced. Rita Moss, 41, and her son, Leo Moss, 9, were hurt.';
    const all = [person(body, 'Tom Vale'), person(body, 'Eric Vale'), person(body, 'Rita Moss'), person(body, 'Leo Moss')];
    assert.equal(kinBefore(body, body.indexOf('Eric Vale'), all)?.role, 'brother of Tom Vale');
    assert.equal(kinBefore(body, body.indexOf('Leo Moss'), all)?.role, 'son of Rita Moss');
  });

  it('should take no kinship from "and" without a possessive ("Tom Vale and a brother")', () => {
    const body = 'Tom Vale and a brother, Eric Vale, were sentenced.';
    assert.equal(kinBefore(body, body.indexOf('Eric Vale'), [person(body, 'Tom Vale'), person(body, 'Eric Vale')]), null);
  });

  it('should take no kinship from a possessive before anything but a kin word', () => {
    const body = "Mira Olsen's lawyer Tor Dahl spoke.";
    assert.equal(kinBefore(body, body.indexOf('Tor Dahl'), [person(body, 'Mira Olsen'), person(body, 'Tor Dahl')]), null);
  });
});

describe('kinship on long pages', () => {
  it('should not walk the page\'s people for a name with no kin word beside it', () => {
    const body = 'Mara Quist, the mayor of Ashford, said the bridge would reopen.';
    // A list that fails the test if read: a page of thousands of names must not be walked once per name.
    const untouchable = new Proxy([] as Entity[], { get: (_target, key) => (key === 'length' ? 0 : assert.fail(`people read (${String(key)})`)) });
    assert.equal(kinAfter(body, 'Mara Quist'.length, untouchable), null);
    assert.equal(kinBefore(body, 0, untouchable), null);
  });
});

describe('kinFromSentenceBefore', () => {
  it('should read "His son, X" as the son of the one person the sentence before names', () => {
    const body = 'Aron Pell, 67, was found dead on Thursday. His son, Dario Pell, 29, was arrested at the scene.';
    const all = [person(body, 'Aron Pell'), person(body, 'Dario Pell')];
    const found = kinFromSentenceBefore(body, all[1]!, splitSentences(body), all);
    assert.equal(found?.role, 'son of Aron Pell');
  });

  it('should look past a sentence that names no one', () => {
    const body = 'Aron Pell is accused of bribery. Prosecutors said the scheme ran for years. His son, Dario Pell, was also charged.';
    const all = [person(body, 'Aron Pell'), person(body, 'Dario Pell')];
    assert.equal(kinFromSentenceBefore(body, all[1]!, splitSentences(body), all)?.role, 'son of Aron Pell');
  });

  it('should take the one sharing the surname where the sentence before names several people', () => {
    const body = 'Judge Ina Roe heard Aron Pell on Monday. Her daughter, Mia Roe, testified.';
    const all = [person(body, 'Ina Roe'), person(body, 'Aron Pell'), person(body, 'Mia Roe')];
    assert.equal(kinFromSentenceBefore(body, all[2]!, splitSentences(body), all)?.role, 'daughter of Ina Roe');
  });

  it('should give no kinship where the relative is unclear or the sentence opens otherwise', () => {
    const body = 'Ina Roe met Aron Pell on Monday. His son, Leo Burr, spoke. Eva Tan arrived. A son, Kim Tan, left.';
    const all = [person(body, 'Ina Roe'), person(body, 'Aron Pell'), person(body, 'Leo Burr'), person(body, 'Eva Tan'), person(body, 'Kim Tan')];
    assert.equal(kinFromSentenceBefore(body, all[2]!, splitSentences(body), all), null);
    assert.equal(kinFromSentenceBefore(body, all[4]!, splitSentences(body), all), null);
  });

  it('should read grandchildren after "and her grandson,"', () => {
    const body = 'Rita Moss, 71, and her grandson, Leo Park, 9, died.';
    const all = [person(body, 'Rita Moss'), person(body, 'Leo Park')];
    assert.equal(kinBefore(body, body.indexOf('Leo Park'), all)?.role, 'grandson of Rita Moss');
  });
});

describe('kin of the person named before who shares the surname', () => {
  it("should prefer the one earlier person of the name's surname to the one person of the sentence before", () => {
    const body = 'The victim, Jory Brack, was 15. District Attorney Dana Colt said justice was done. His mother, Tessa Brack, wept in court.';
    const all = [person(body, 'Jory Brack'), person(body, 'Dana Colt'), person(body, 'Tessa Brack')];
    assert.equal(kinFromSentenceBefore(body, all[2]!, splitSentences(body), all)?.role, 'mother of Jory Brack');
  });
});

describe('kin in the plural before a list of names', () => {
  it('should give each name of "His parents, A and B" the kin in the singular, of the one person the sentence before names', () => {
    const body = 'The victim was named as Rory Quinlan. His parents, Maeve Quinlan and Dermot Quinlan, said he was kind.';
    const all = [person(body, 'Rory Quinlan'), person(body, 'Maeve Quinlan'), person(body, 'Dermot Quinlan')];
    const sentences = splitSentences(body);
    assert.equal(kinFromSentenceBefore(body, all[1]!, sentences, all)?.role, 'parent of Rory Quinlan');
    assert.equal(kinFromSentenceBefore(body, all[2]!, sentences, all)?.role, 'parent of Rory Quinlan');
  });

  it("should read a relative's possessive before the list, over three names", () => {
    const body = "Ines Varga's children, Tomas Varga, Lili Varga and Bence Varga, sued.";
    const all = [person(body, 'Ines Varga'), person(body, 'Tomas Varga'), person(body, 'Lili Varga'), person(body, 'Bence Varga')];
    assert.deepEqual(all.slice(1).map((p) => kinBefore(body, p.start, all)?.role), ['child of Ines Varga', 'child of Ines Varga', 'child of Ines Varga']);
  });

  it('should give kin in the singular to the first name of a list only', () => {
    const body = 'Police named Rory Quinlan. His son, Cian Quinlan and Aoife Byrne, a neighbour, were hurt.';
    const all = [person(body, 'Rory Quinlan'), person(body, 'Cian Quinlan'), person(body, 'Aoife Byrne')];
    const sentences = splitSentences(body);
    assert.equal(kinFromSentenceBefore(body, all[1]!, sentences, all)?.role, 'son of Rory Quinlan');
    assert.equal(kinFromSentenceBefore(body, all[2]!, sentences, all), null);
  });
});
