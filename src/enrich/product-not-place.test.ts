import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { productNotPlace } from './product-not-place.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

/** `name` as the tagger's place where `body` first writes it. */
function placeIn(body: string, name: string, subtype?: Entity['subtype']): Entity {
  const start = body.indexOf(name);
  return { text: name, type: 'location', start, end: start + name.length, ...(subtype ? { subtype } : {}) };
}

describe('productNotPlace', () => {
  it('reads a name after a flaw and "in", or before a firm\'s word, as no place', () => {
    const flaw = 'Intruders used a flaw in Quillby Sync to get in.';
    assert.equal(productNotPlace(flaw, placeIn(flaw, 'Quillby Sync')), true);
    const firm = 'Tokens were taken from the Marrow exchange overnight.';
    assert.equal(productNotPlace(firm, placeIn(firm, 'Marrow')), true);
  });

  it('reads a name after a CVE identifier and "in" as a product, and a town after "in" alone as a place', () => {
    const cve = 'Intruders exploited CVE-2026-10442 in Tarnwick Gate and stole data.';
    assert.equal(productNotPlace(cve, placeIn(cve, 'Tarnwick Gate')), true);
    const town = 'Intruders broke into a clinic in Tarnwick Gate and stole data.';
    assert.equal(productNotPlace(town, placeIn(town, 'Tarnwick Gate')), false);
  });

  it('keeps a place the gazetteer knows, and a place named plainly', () => {
    const city = 'Tokens were taken from the Dubai exchange overnight.';
    assert.equal(productNotPlace(city, placeIn(city, 'Dubai', 'city')), false);
    const town = 'A storm hit Brackwell Dale on Sunday.';
    assert.equal(productNotPlace(town, placeIn(town, 'Brackwell Dale')), false);
  });

  it('leaves a product out of an earlier event\'s description', () => {
    const body = 'Officials blamed the crew for an attack that abused a flaw in Quillby Sync in March and warned firms again.';
    const sentences = splitSentences(body);
    const timexes = findTimexes(body, sentences, referenceFrom('2026-05-20T09:00:00Z'));
    const found = findRelated(body, sentences, timexes, '2026-05-19', [placeIn(body, 'Quillby Sync')]).filter((r) => !r.near);
    assert.deepEqual(found.map((r) => [r.date, r.description]), [['2026-03', 'Attack']]);
  });
});
