import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postBeforeRank, postOverRank, roleAsHeld, withoutHonorific } from './role-form.js';

describe('an honorific before a role', () => {
  it('should leave the post without the words of address', () => {
    assert.equal(withoutHonorific('Honourable Minister of Works'), 'Minister of Works');
    assert.equal(withoutHonorific('The Hon. Minister for Roads'), 'Minister for Roads');
    assert.equal(withoutHonorific('Rt Hon. Secretary of State'), 'Secretary of State');
    assert.equal(withoutHonorific('Right Honourable Speaker'), 'Speaker');
    assert.equal(withoutHonorific('His Excellency Ambassador'), 'Ambassador');
  });

  it('should give no role where the honorific was all of it, and keep a role without one', () => {
    assert.equal(withoutHonorific('Honourable'), null);
    assert.equal(withoutHonorific('Honorary Consul'), 'Honorary Consul');
    assert.equal(withoutHonorific('Health Minister'), 'Health Minister');
  });
});

describe('a rank after a post', () => {
  it('should keep the post as the role', () => {
    assert.equal(postBeforeRank('Spokesman Lieutenant General'), 'Spokesman');
    assert.equal(postBeforeRank('Army spokeswoman Colonel'), 'Army spokeswoman');
    assert.equal(roleAsHeld('Honourable Spokesman Major General'), 'Spokesman');
  });

  it('should keep a rank alone, a rank of two words and a title ending in General whole', () => {
    assert.equal(postBeforeRank('Lieutenant General'), 'Lieutenant General');
    assert.equal(postBeforeRank('Captain'), 'Captain');
    assert.equal(postBeforeRank('Attorney General'), 'Attorney General');
    assert.equal(postBeforeRank('Inspector General'), 'Inspector General');
  });
});

describe('a post written before a rank and a name', () => {
  it('should replace a rank alone as the role, whatever their lengths', () => {
    assert.equal(postOverRank('ministry spokesman', 'Lieutenant General'), true);
    assert.equal(postOverRank('spokeswoman', 'Colonel'), true);
  });

  it('should not replace a post, nor take a rank for a post', () => {
    assert.equal(postOverRank('ministry spokesman', 'Foreign Minister'), false);
    assert.equal(postOverRank('Lieutenant General', 'Colonel'), false);
    assert.equal(postOverRank('spokesman', null), false);
  });
});
