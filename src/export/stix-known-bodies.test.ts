import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { EXPORTERS } from './index.js';

type Obj = { type: string; id: string; name?: string; identity_class?: string };
const identities = (names: readonly string[]): Obj[] => {
  const events = names.map((name, i) => sampleEvent(`evt_${i}`, [sampleArticle(40 + i)], { organizations: [{ name, aliases: [], country: null, sources: [], corroboration: 1 }] }));
  return (JSON.parse(EXPORTERS.stix(events)) as { objects: Obj[] }).objects.filter((o) => o.type === 'identity' && o.identity_class === 'organization');
};

// ux71a fault 7: three events named the World Food Programme three ways, and STIX had three identities.
describe('STIX export: a listed body under its other names', () => {
  it('should write one identity for WFP, World Food Program and World Food Programme', () => {
    const bodies = identities(['WFP', 'World Food Program', 'World Food Programme']);
    assert.equal(bodies.length, 1);
    assert.equal(bodies[0]!.name, 'World Food Programme');
  });

  it('should keep bodies no list holds apart, however alike their names', () => {
    assert.equal(identities(['Harbour Food Bank', 'Harbour Food Banks']).length, 2);
  });
});
