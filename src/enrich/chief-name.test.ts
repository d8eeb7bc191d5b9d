import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { splitSentences } from './sentences.js';
import { chiefBeginsName } from './chief-name.js';
import { resolvePeople } from './people.js';

const people = (body: string): string[] => recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type === 'person').map((e) => e.text);
/** The people the story is resolved to, by the name each is listed under. */
const listed = (body: string): string[] => {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => p.name);
};
const at = (body: string): boolean => chiefBeginsName(body, body.indexOf('Chief'));

describe('chiefBeginsName', () => {
  it('should keep "Chief" in a name no force or department stands about', () => {
    assert.equal(at('The rapper Chief Keef was detained on Friday in Chicago, his lawyer said.'), true);
    assert.deepEqual(people('The rapper Chief Keef was detained on Friday in Chicago, his lawyer said.'), ['Chief Keef']);
  });

  it('should read "Chief" as a post beside a force, a department, a title or a post word', () => {
    assert.equal(at('Police Chief Ann Lee said the man had fled.'), false);
    assert.equal(at('Chief Lee of the Springfield Fire Department said no one was hurt.'), false);
    assert.equal(at('Chief Lee said officers found the man on the porch.'), false);
    assert.equal(at('Chief Justice Roberts wrote for the court.'), false);
  });

  it('should read "Chief" as a post in a story of authorities, a crime, a fire or a band', () => {
    assert.equal(at('A man was shot outside a convenience store on Friday night. Chief Johnson said the suspect fled on foot and was caught two blocks away. Authorities have not released the man\'s name.'), false);
    assert.equal(at('Chief Littlechild said the band would go to court to stop the pipeline from crossing its land.'), false);
    assert.equal(at('A house on Elm Street was destroyed in a blaze on Friday. Chief Moss said it started in the kitchen.'), false);
  });

  it('should keep "Chief" in a performer\'s name in a crime story, where the story calls him one', () => {
    const story = 'Chief Keef was arrested by police in Chicago on Friday after a traffic stop. The rapper Chief Keef was held overnight, officers said.';
    assert.equal(at(story), true);
    assert.deepEqual(people(story), ['Chief Keef', 'Chief Keef']);
    assert.equal(at('Officers said Chief Keef, the Chicago drill rapper, was stopped for speeding on Friday.'), true);
  });

  it('should keep "Chief" in the name of one the story has arrested or charged, not a chief it quotes', () => {
    assert.equal(at('Chief Keef was arrested on Friday on a warrant, police said.'), true);
    assert.equal(at('Chief Keef was charged with possession on Friday, police said.'), true);
    // A force's chief who speaks of a shooting is still its chief.
    assert.equal(at('A man was shot on Friday night. Chief Johnson said the suspect was arrested two blocks away.'), false);
  });

  it('should read "Chief" as the rank of a police chief who is arrested, charged or sued', () => {
    assert.deepEqual(listed('Police Chief Moss was arrested Tuesday after an audit of the department. Chief Moss had led the force since 2015, the mayor said.'), ['Moss']);
    assert.deepEqual(listed('The former police chief was charged on Tuesday. Chief Moss was charged with theft after an audit, prosecutors said. Moss resigned in May.'), ['Moss']);
    assert.deepEqual(listed('Officers said Chief Ray was sued by two officers in federal court. Chief Ray said the suit had no merit.'), ['Ray']);
    assert.equal(at('Deputy Chief Hale was indicted on Monday. Chief Hale has been on leave since March.'), false);
    assert.equal(at('Chief Keef was charged with possession after officers searched his car.'), false);
  });

  it('should keep "Chief" in a performer\'s name where a force acted on him and the story calls him a performer', () => {
    assert.equal(at('Chief Keef was charged with possession after officers searched his car. The rapper Chief Keef was released on bond.'), true);
  });

  it('should read "Chief" as a rank before a body named after the name, whoever is arrested', () => {
    assert.equal(at('Chief Moss of the Fairview Police Department was arrested on Friday.'), false);
  });

  it('should read "Chief" as a rank where the story names the chief in full elsewhere', () => {
    assert.equal(at('Chief Lee said the man was found on the porch. Dana Lee has led the town for a decade.'), false);
  });
});
