import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesStateCounty, usStatesIn } from './us-states.js';

describe('usStatesIn', () => {
  it('should find a state by its name and by its abbreviation after a comma', () => {
    assert.deepEqual([...usStatesIn('The fair opened in Ohio on Monday.')], ['OH']);
    assert.deepEqual([...usStatesIn('She grew up in Reading, Pa., and moved away.')], ['PA']);
  });

  it('should not read a county named after a state as the state', () => {
    assert.deepEqual([...usStatesIn('A spokesman for the Indiana County district attorney said the boy was hurt.')], []);
    assert.deepEqual([...usStatesIn('Deputies from the Delaware Co. sheriff office came.')], []);
  });

  it('should still read the state where the text names it apart from the county', () => {
    assert.deepEqual([...usStatesIn('The Indiana County coroner, the only one in western Pennsylvania to answer, said Indiana was not involved.')].sort(), ['IN', 'PA']);
  });
});

describe('namesStateCounty', () => {
  it('should tell a county named after a state', () => {
    assert.equal(namesStateCounty('The Indiana County coroner said the boy was hurt.'), true);
    assert.equal(namesStateCounty('The Marion County coroner said the boy was hurt in Indiana.'), false);
  });
});
