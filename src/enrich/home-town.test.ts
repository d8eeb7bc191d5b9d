import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedOnlyAsHome } from './home-town.js';

describe('namedOnlyAsHome', () => {
  it('should read a town after a person and "of" as their home', () => {
    assert.equal(namedOnlyAsHome('Carthage', 'Deputies said Dale Roe, 33, of Carthage, was wounded in the thigh while hunting. The Panola County Sheriff’s Office is investigating.'), true);
  });

  it('should read a town before "man" or after "are from" as a home', () => {
    assert.equal(namedOnlyAsHome('Carthage', 'A Carthage man was hurt Sunday. The two boys, who are from Carthage, found the rifle in a barn.'), true);
  });

  it('should keep a town the text also sets the scene in', () => {
    assert.equal(namedOnlyAsHome('Carthage', 'A Carthage man was shot Sunday at a home in Carthage, police said.'), false);
  });

  it('should not let a page menu\'s "Home" stand for a shooting at a home', () => {
    assert.equal(namedOnlyAsHome('Carthage', 'Home | News | Weather\nDale Roe, 33, of Carthage, was wounded in the thigh while hunting, deputies said.'), true);
    assert.equal(namedOnlyAsHome('Carthage', 'Dale Roe, 33, of Carthage, was shot at his home on Elm Road, deputies said.'), false);
  });

  it('should not take "the Town of" for a person', () => {
    assert.equal(namedOnlyAsHome('Shelby', 'A boy was wounded in the Town of Shelby on Friday.'), false);
  });

  it('should say no for a town the text never names', () => {
    assert.equal(namedOnlyAsHome('Carthage', 'A man was hurt Sunday, deputies said.'), false);
  });

  it("should read a town after a person's street address as their home", () => {
    assert.equal(namedOnlyAsHome('Oak Park', 'Lemont Davington, of the 200 block of North Linden Avenue in Oak Park, died, the Cook County medical examiner said.'), true);
    assert.equal(namedOnlyAsHome('Oak Park', 'Davis, 24, of the 1100 block of Elm Street in Oak Park, died at a hospital.'), true);
    assert.equal(namedOnlyAsHome('Oak Park', 'The shooting happened on Elm Street in Oak Park.'), false);
  });
});
