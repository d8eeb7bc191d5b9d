import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vulnerabilitiesOf } from './vulnerabilities.js';

describe('vulnerabilitiesOf', () => {
  it('should attribute each CVE id to the reports naming it and count their independent groups', () => {
    const reports = [
      { id: 'a1', headline: 'Gateway flaw CVE-2025-1010 exploited', body: 'Attackers used the flaw to reach internal networks.' },
      // A copy of a1 on another site: one more report, the same source group.
      { id: 'a2', headline: null, body: 'Attackers exploited cve 2025 1010 to reach internal networks, and also CVE\u20132024\u20139001.' },
      { id: 'a3', headline: 'Vendor patches gateway', body: 'The vendor fixed CVE-2025-1010 on Friday.' },
      { id: 'a4', headline: 'Weather', body: 'No vulnerability is named here.' },
    ];
    const group: Record<string, string> = { a1: 'g1', a2: 'g1', a3: 'g3', a4: 'g4' };
    assert.deepEqual(vulnerabilitiesOf(reports, (id) => group[id]!), [
      { cve: 'CVE-2025-1010', sources: ['a1', 'a2', 'a3'], corroboration: 2 },
      { cve: 'CVE-2024-9001', sources: ['a2'], corroboration: 1 },
    ]);
  });
});
