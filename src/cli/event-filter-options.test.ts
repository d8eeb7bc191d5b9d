import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import { CliError } from './context.js';
import { describeFilters, eventFilters, filterOptions, hasFilters } from './event-filter-options.js';

const refused = (fn: () => unknown, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof CliError && e.exitCode === 1 && message.test(e.message));
};

describe('event filter options', () => {
  it('should check and normalise the filters given, leaving out the others', () => {
    const filters = eventFilters({ country: ' nz ', theme: 'DISASTER', from: '2025-11-01', entity: 'Anika Tane' });
    assert.deepEqual(filters, { entity: 'Anika Tane', country: 'NZ', theme: 'disaster', from: '2025-11-01' });
    assert.equal(hasFilters(filters), true);
    assert.deepEqual(eventFilters({}), {});
    assert.equal(hasFilters(eventFilters({})), false);
  });

  it('should refuse a bad filter naming the option and the problem', () => {
    refused(() => eventFilters({ country: 'XX' }), /^--country: 'XX' is not an ISO 3166-1 alpha-2 country code/);
    refused(() => eventFilters({ from: '2025-02-30' }), /^--from: the date '2025-02-30' does not exist \(February 2025 has 28 days\)$/);
    refused(() => eventFilters({ from: '2025-06-01', to: '2025-05-01' }), /^--from \(2025-06-01\) is after --to \(2025-05-01\)$/);
    refused(() => eventFilters({ theme: 'weather' }), /^--theme must be one of /);
    refused(() => eventFilters({ cve: 'CVE-24' }), /^--cve must be a CVE id/);
    refused(() => eventFilters({ entity: '   ' }), /^--entity is empty$/);
  });

  it('should say in words what the filters select', () => {
    assert.equal(describeFilters({ country: 'IE', theme: 'cyber', from: '2025-01-01' }), 'in or about IE, of theme cyber, from 2025-01-01');
  });

  it('should give a command every filter the API takes', () => {
    assert.deepEqual(filterOptions(new Command('events')).options.map((o) => o.long), ['--entity', '--country', '--theme', '--cve', '--from', '--to']);
  });
});
