import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutOwnOutlet } from './own-outlet.js';
import { givenEntities as given } from '../../test/entities.js';

describe('withoutOwnOutlet', () => {
  it('should leave out the outlet writing of itself by its last word', () => {
    const body = 'The council was warned, a memo seen by the Gazette shows.';
    assert.deepEqual(withoutOwnOutlet(body, given(body, [['Gazette', 'organization']]), 'Lakeland Gazette'), []);
  });

  it('should keep another outlet the page cites', () => {
    const body = 'The council was warned, the Courier reported.';
    assert.deepEqual(withoutOwnOutlet(body, given(body, [['Courier', 'organization']]), 'Lakeland Gazette').map((e) => e.text), ['Courier']);
  });
});
