import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withKnownBodies } from './known-bodies.js';
import { entityLabels as entities, givenEntities as given } from '../../../test/entities.js';

describe('known bodies', () => {
  it("should read Europe's police and justice agencies as bodies, not people or places", () => {
    assert.deepEqual(entities('Belgian police and Europol said on Tuesday that nine suspects were held.'), ['organization:Europol']);
    assert.deepEqual(entities('The raids were coordinated by Eurojust, and Interpol issued a red notice for the man.'), ['organization:Eurojust', 'organization:Interpol']);
  });

  it('should read retail chains as firms, whole where the name holds "and"', () => {
    assert.deepEqual(entities('Crowds gathered outside Harrods before the doors opened.'), ['organization:Harrods']);
    assert.deepEqual(entities('Marks and Spencer said its food sales rose in the spring.'), ['organization:Marks and Spencer']);
    assert.deepEqual(entities('Prices at Sainsbury’s rose again in March.'), ['organization:Sainsbury’s']);
  });

  it('should read a public body the tagger cuts short whole, without a sentence\'s capital "The"', () => {
    assert.deepEqual(entities('Inspectors from the Health and Safety Executive and the county council visited the mill in Bolton.').filter((e) => e.startsWith('organization')), ['organization:Health and Safety Executive']);
    const opening = 'The Health and Safety Executive fined the mill.';
    assert.deepEqual(withKnownBodies(opening, given(opening, [['The Health and Safety Executive', 'organization']])).map((e) => e.text), ['Health and Safety Executive']);
  });

  it('should read a listed body typed without its accents, and whole where the tagger cut it at a small word', () => {
    assert.ok(entities("The GPIAAF is helped by France's Bureau d'Enquetes et d'Analyses and the maker.").includes("organization:Bureau d'Enquetes et d'Analyses"));
    const cut = 'The Gabinete de Prevenção e Investigação de Acidentes com Aeronaves e de Acidentes Ferroviários opened an investigation.';
    assert.ok(entities(cut).includes('organization:Gabinete de Prevenção e Investigação de Acidentes com Aeronaves e de Acidentes Ferroviários'));
    assert.ok(!entities('Investigators from the Bureau in Paris met.').some((e) => e.includes('Enquetes')));
  });

  it('should read two capitalised names joined by "&" as one firm where the tagger read a person', () => {
    const body = 'Shares of Hallam & Crewe fell after the recall.';
    const found = withKnownBodies(body, given(body, [['Hallam', 'person'], ['Crewe', 'location']]));
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ['organization:Hallam & Crewe']);
  });

  it('should leave "&" alone where no person was read, and a longer body that holds a known name', () => {
    const service = 'Calderdale Fire & Rescue said the blaze was out.';
    assert.deepEqual(withKnownBodies(service, given(service, [['Calderdale', 'location']])).map((e) => e.text), ['Calderdale']);
    const unit = 'The Interpol Global Complex for Innovation said so.';
    assert.deepEqual(withKnownBodies(unit, given(unit, [['Interpol Global Complex for Innovation', 'organization']])).map((e) => e.text), ['Interpol Global Complex for Innovation']);
  });

  it('should not take a word that only holds a known name', () => {
    const body = 'The Europolitics newsletter and Tescott Smith said so.';
    assert.deepEqual(withKnownBodies(body, given(body, [['Tescott Smith', 'person']])).map((e) => `${e.type}:${e.text}`), ['person:Tescott Smith']);
  });
});
