import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { datelineTownsAsPlaces } from './dateline-town.js';

function at(body: string, text: string, type: Entity['type']): Entity {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
}

describe('datelineTownsAsPlaces', () => {
  it("should make the dateline's town read as a body in capitals that town, with its country", () => {
    const body = 'REDMOND, Wash. (Reuters) - Microsoft said on Friday that hackers had read some emails.';
    const entities = [at(body, 'REDMOND', 'organization'), at(body, 'Reuters', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => [e.type, e.text, e.country ?? null]), [['location', 'REDMOND', 'US'], ['organization', 'Reuters', null]]);
  });

  it('should leave a body in capitals that opens a report with no dateline', () => {
    const body = 'NATO said on Friday that its members would meet in Brussels.';
    const entities = [at(body, 'NATO', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.equal(entities[0]!.type, 'organization');
  });
});
