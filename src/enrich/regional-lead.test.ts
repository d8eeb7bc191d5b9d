import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadInPartOfState } from './regional-lead.js';

/** Whether the text, read after its dateline (up to the first dash), opens in a part of a state. */
function regional(text: string): boolean {
  return leadInPartOfState(text, text.indexOf('—') + 1);
}

describe('leadInPartOfState', () => {
  it('should read a wire lead that sets the event in a part of a state', () => {
    assert.equal(regional('DENVER (AP) — Two hunters were shot on a ranch in rural southern Colorado on Saturday.'), true);
    assert.equal(regional('OMAHA, Neb. (AP) — A northeastern Nebraska man shot his neighbour during an argument, deputies said.'), true);
  });

  it('should leave a lead that names no part of a state, or a state whose name has a point of the compass', () => {
    assert.equal(regional('DENVER (AP) — Two men were shot outside a bar on Saturday, police said.'), false);
    assert.equal(regional('CHARLESTON, W.Va. (AP) — A man was shot in West Virginia on Saturday, police said.'), false);
  });

  it('should look only at the first sentence, and only under an agency’s credit', () => {
    assert.equal(regional('DENVER (AP) — Two men were shot outside a bar on Saturday. One of them grew up in rural eastern Colorado.'), false);
    assert.equal(regional('DENVER — Two hunters were shot on a ranch in rural southern Colorado on Saturday.'), false);
  });
});
