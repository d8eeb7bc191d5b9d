import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { sitesBeforeKindWords } from './site-before-kind.js';

function org(body: string, text: string): Entity {
  return { text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length };
}

describe('a site named before its kind read as a body', () => {
  it('should make the name before a naval base or a border crossing a place', () => {
    const body = 'The crew were taken to the Keldan naval base and later driven to the Orvik border crossing.';
    const entities = [org(body, 'Keldan'), org(body, 'Orvik')];
    sitesBeforeKindWords(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['location', 'location']);
  });

  it('should keep a body that runs the site, and an acronym, as bodies', () => {
    const body = 'Rescuers from the Coast Guard station met officers of the NATO base at dawn.';
    const entities = [org(body, 'Coast Guard'), org(body, 'NATO')];
    sitesBeforeKindWords(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['organization', 'organization']);
  });

  it('should leave a body followed by another word alone', () => {
    const body = 'Keldan Shipping said the cargo was safe.';
    const entities = [org(body, 'Keldan Shipping')];
    sitesBeforeKindWords(body, entities);
    assert.equal(entities[0]!.type, 'organization');
  });
});

describe('a village or an island named in a local language read as a body', () => {
  it('should make a name opening with a word for village or island a place, whatever follows it', () => {
    const body = 'Rockets fell near the Ban Nong Saeng post at dawn, and boats left Koh Lanta Noi for the mainland.';
    const entities = [org(body, 'Ban Nong Saeng'), org(body, 'Koh Lanta Noi')];
    sitesBeforeKindWords(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['location', 'location']);
  });

  it('should keep a body with a head word, and a Korean name opening with Ban, as they were', () => {
    const body = 'The Kampung Baru Residents Association wrote to the Ban Ki-moon Foundation on Friday.';
    const entities = [org(body, 'Kampung Baru Residents Association'), org(body, 'Ban Ki-moon Foundation')];
    sitesBeforeKindWords(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['organization', 'organization']);
  });
});
