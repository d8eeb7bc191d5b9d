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

  it('should keep a paper the text names as such that shares the outlet\'s last word', () => {
    const body = 'Canadian newspaper the Gazette reported that the port would close.';
    assert.deepEqual(withoutOwnOutlet(body, given(body, [['Gazette', 'organization']]), 'Lakeland Gazette').map((e) => e.text), ['Gazette']);
    const later = 'The port will close, according to the Gazette, a Montreal daily.';
    assert.deepEqual(withoutOwnOutlet(later, given(later, [['Gazette', 'organization']]), 'Lakeland Gazette').map((e) => e.text), ['Gazette']);
  });

  it('should still leave out the outlet named in full or by its last two words', () => {
    const body = 'A memo seen by the Lakeland Evening Gazette shows the council was warned, the paper the Evening Gazette found.';
    assert.deepEqual(withoutOwnOutlet(body, given(body, [['Lakeland Evening Gazette', 'organization'], ['Evening Gazette', 'organization']]), 'Lakeland Evening Gazette'), []);
  });
});
