import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupEntities } from './entity-groups.js';
import type { EntitySummary } from './entities.js';

const body = (id: string, name: string, events: number, aliases?: string[]): EntitySummary => ({ id, kind: 'organization', name, events, country: 'US', ...(aliases ? { aliases } : {}) });

describe('initials tied to a name also tie it with its country before it', () => {
  it('should make one entry of the initials, the spelled-out name and that name after its country', () => {
    const groups = groupEntities([body('a', 'FBI', 3), body('b', 'Federal Bureau of Investigation', 1, ['FBI']), body('c', 'US Federal Bureau of Investigation', 1)]);
    assert.equal(groups.length, 1);
    assert.deepEqual([groups[0]!.summary.name, ...(groups[0]!.summary.aliases ?? [])].sort(), ['FBI', 'Federal Bureau of Investigation', 'US Federal Bureau of Investigation']);
  });

  it('should leave initials apart from a name no event tied them to', () => {
    const groups = groupEntities([body('a', 'FBI', 3), body('c', 'US Federal Bureau of Investigation', 1)]);
    assert.equal(groups.length, 2);
  });
});

describe('a firm listed with and without its legal form or trade word', () => {
  it('should make one entry of the firm named with "Labs" and without it', () => {
    const firm = (id: string, name: string, events: number): EntitySummary => ({ id, kind: 'organization', name, events });
    const groups = groupEntities([firm('a', 'Quartzline Labs', 2), firm('b', 'Quartzline', 1)]);
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.summary.name, 'Quartzline Labs');
  });
});
