import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Span } from '../model/types.js';
import { isCredited } from './credited-people.js';

/** Every mention of `name` in `body`. */
function mentions(body: string, name: string): Span[] {
  const out: Span[] = [];
  for (let i = body.indexOf(name); i !== -1; i = body.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length });
  return out;
}

const credited = (body: string, name: string): boolean => isCredited(body, { mentions: mentions(body, name) });

describe('people a page names only in its credits', () => {
  it("should credit a photo's maker, before and after the name", () => {
    assert.equal(credited('Flowers were left outside the home on Sunday. ( Lena Brooks / Valley Courier ) Photo: Lena Brooks, Staff', 'Lena Brooks'), true);
    assert.equal(credited('Neighbours gathered at the vigil.\nPhoto by Omar Haddad\nTwo men were hurt.', 'Omar Haddad'), true);
  });

  it("should credit the signature of an embedded post and a byline line left in the text", () => {
    assert.equal(credited('Police are at the scene. — Rita Moss (@RitaMossTV) May 2, 2016\n\nOfficers said two men fled.', 'Rita Moss'), true);
    assert.equal(credited('Man shot on Elm Street\nBy Carl Ruiz\nA man was shot on Elm Street on Friday.', 'Carl Ruiz'), true);
  });

  it("should credit a newsroom's reporter in a teaser", () => {
    assert.equal(credited("Channel 7's Ivy Tran has the details on the arrest.\n\nA teenager was arrested on Monday.", 'Ivy Tran'), true);
    assert.equal(credited('Courier reporter Ivy Tran answers your questions on local courts.', 'Ivy Tran'), true);
    assert.equal(credited('A man was shot on Friday.\nIvy Tran reports from the scene.', 'Ivy Tran'), true);
  });

  it('should not credit a reporter who was shot, nor anyone the story also names as one of its people', () => {
    assert.equal(credited('Station reporter Ana Cole was killed by gunfire during a live broadcast on Wednesday.', 'Ana Cole'), false);
    assert.equal(credited('Photo: Ben Ames\nBen Ames, 31, was found in his car with a gunshot wound.', 'Ben Ames'), false);
  });

  it('should not credit a witness who spoke, or someone "by" whom something was done', () => {
    assert.equal(credited('A neighbour, Joe Park, said he heard six shots.', 'Joe Park'), false);
    assert.equal(credited('The man was shot by Leo Grant after an argument.', 'Leo Grant'), false);
    assert.equal(credited('Joe Park talked to police for an hour.', 'Joe Park'), false);
  });
});

describe('isCredited, counsel for a side of a case', () => {
  it('should not read counsel named for the Government or for the accused as a credit to an outlet', () => {
    assert.equal(credited('Ms. Ines Roal, for the Government, said the money left the country in May.', 'Ines Roal'), false);
    assert.equal(credited('Mr. Piet Dunmore, for the accused, asked the judge for bail.', 'Piet Dunmore'), false);
    assert.equal(credited('Ines Roal, for the Valley Courier, reported from the court.', 'Ines Roal'), true);
  });
});

describe('credits to outlets whose names open with a side of a case', () => {
  it('should read a reporter credited to an outlet named after a state or a people as credited', () => {
    assert.equal(credited('Noor Halvey, for the State Journal-Register, filed this report from the statehouse.', 'Noor Halvey'), true);
    assert.equal(credited("Tam Wexler, for the People's Daily, sent the pictures.", 'Tam Wexler'), true);
  });

  it("should credit the staff a wire's closing credit names, in every form it lists them", () => {
    const body = 'The crew of a tanker held off the coast were released on Monday. The ship will sail on Wednesday. Reporting by Ana Ruiz and Omar Fadel in Aden; Additional reporting by Nadia Selim in Cairo; Writing by Tom Verhoef; Editing by Clare Moreton and Hugh Rennard\nOur Standards: The Trust Principles.';
    for (const name of ['Ana Ruiz', 'Omar Fadel', 'Nadia Selim', 'Tom Verhoef', 'Clare Moreton', 'Hugh Rennard']) assert.equal(credited(body, name), true, name);
    const lines = 'The ship will sail on Wednesday.\n\nReporting by Ana Ruiz, Omar Fadel and Lila Haddad in Aden; Writing by Tom Verhoef\n\nEditing by Clare Moreton\n\nCompiled by Sunniva Aalto & Ben J. Oduya';
    for (const name of ['Lila Haddad', 'Clare Moreton', 'Sunniva Aalto', 'Ben J. Oduya']) assert.equal(credited(lines, name), true, name);
    assert.equal(credited('Talks resume on Friday. (Reporting by Ana Ruiz; Editing by Clare Moreton)', 'Clare Moreton'), true);
  });

  it("should not credit a name after 'reporting by' inside a sentence of the story, nor one a credit is followed by", () => {
    assert.equal(credited('The minister criticised the reporting by Ana Ruiz on the talks.', 'Ana Ruiz'), false);
    assert.equal(credited('The ship sailed. Reporting by Ana Ruiz. Omar Fadel, the captain, said the crew were safe.', 'Omar Fadel'), false);
    assert.equal(credited('Research by Ana Ruiz found that the port had been closed twice.', 'Ana Ruiz'), false);
  });
});
