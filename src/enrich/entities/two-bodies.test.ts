import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitJoinedBodies } from './two-bodies.js';

function split(body: string, name: string): string[] {
  const start = body.indexOf(name);
  const entity: Entity = { text: name, type: 'organization', start, end: start + name.length };
  return splitJoinedBodies([entity]).map((e) => {
    assert.equal(e.text, body.slice(e.start, e.end));
    return `${e.type}:${e.text}`;
  });
}

describe('two bodies run together', () => {
  it('should cut after a whole name ending in a head word', () => {
    assert.deepEqual(split('The bank offered loans to VTB Group and Gazprombank on Monday.', 'VTB Group and Gazprombank'), ['organization:VTB Group', 'organization:Gazprombank']);
    assert.deepEqual(split('Talks between the European Union and the Arab League stalled.', 'European Union and the Arab League'), ['organization:European Union', 'organization:Arab League']);
  });

  it('should cut after a head "of" a place, and at a slash', () => {
    assert.deepEqual(split('The Country Party of Canada and Greens ran a joint list in 2011.', 'Country Party of Canada and Greens'), ['organization:Country Party of Canada', 'organization:Greens']);
    assert.deepEqual(split('The Christian Democratic Union / Christian Social Union bloc won.', 'Christian Democratic Union / Christian Social Union'), ['organization:Christian Democratic Union', 'organization:Christian Social Union']);
  });

  it('should keep whole the names with "and" inside', () => {
    for (const name of ['Securities and Exchange Commission', 'Department of Health and Human Services', 'Ministry of Trade and Industry', 'Food and Drug Administration', 'Federation of Bosnia and Herzegovina']) {
      assert.deepEqual(split(`A letter from the ${name} came.`, name), [`organization:${name}`]);
    }
  });

  it('should keep whole a name with a dash', () => {
    const name = "Croatian People's Party - Liberal Democrats";
    assert.deepEqual(split(`She joined the ${name} in 2005.`, name), [`organization:${name}`]);
  });
});
