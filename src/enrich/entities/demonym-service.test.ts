import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { resolvePeople } from '../people.js';
import { splitSentences } from '../sentences.js';

describe('servicesWithDemonyms', () => {
  it("should give a spokeswoman of a people's coast guard that body and country", () => {
    const body = 'Danish Coast Guard spokeswoman Ida Holm said no ship had been boarded.';
    const sentences = splitSentences(body);
    const [p] = resolvePeople(body, sentences, recognizeEntities(body, sentences), []);
    assert.deepEqual([p!.role, p!.organization, p!.country], ['spokeswoman', 'Danish Coast Guard', 'DK']);
  });
});

describe("servicesWithDemonyms, a body read with its people's word", () => {
  it("should give the body that people's country, not the country of another body beside it", () => {
    const body = 'The Latvian Navy said it had sent a patrol ship. Danish Coast Guard spokeswoman Ida Holm said no ship had been boarded.';
    const navy = recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === 'Latvian Navy');
    assert.equal(navy?.country, 'LV');
  });
});
