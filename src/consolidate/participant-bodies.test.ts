import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OrganizationRef, Participant } from '../model/types.js';
import { withBodyNames } from './participant-bodies.js';

const person = (name: string, organization: string | null): Participant => ({ name, aliases: [], role: 'envoy', organization, country: null, sources: ['a'], roleSources: ['a'] });
const body = (name: string, aliases: string[]): OrganizationRef => ({ name, aliases, country: null, sources: ['a'], corroboration: 1 });

describe('withBodyNames', () => {
  it("should name a participant's organisation as the event's bodies name it, by an alias or without accents", () => {
    const bodies = [body('African Union', ['AU']), body('Võru Water Board', [])];
    const out = withBodyNames([person('Nadia Bell', 'AU'), person('Tarmo Kukk', 'Voru Water Board'), person('Ann Lee', 'Harbour Club'), person('Ed Pike', null)], bodies);
    assert.deepEqual(out.map((p) => p.organization), ['African Union', 'Võru Water Board', 'Harbour Club', null]);
  });
});
