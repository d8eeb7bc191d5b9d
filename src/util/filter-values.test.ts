import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCountry, checkCve, checkDate, checkDateRange, checkTheme } from './filter-values.js';

class Refusal extends Error {}
const fail = (message: string): Refusal => new Refusal(message);
const refused = (fn: () => unknown, message: RegExp): void => {
  assert.throws(fn, (e: unknown) => e instanceof Refusal && message.test(e.message));
};

describe('filter values', () => {
  it('should return each value in the form the store keeps it', () => {
    assert.equal(checkDate('--from', '2024-02-29', fail), '2024-02-29');
    assert.equal(checkCountry('--country', 'ie', fail), 'IE');
    assert.equal(checkTheme('--theme', 'Cyber.Ransomware', fail), 'cyber.ransomware');
    assert.equal(checkCve('--cve', 'cve 2024 3400', fail), 'CVE-2024-3400');
    checkDateRange({ label: '--from', value: '2025-01-01' }, { label: '--to', value: '2025-01-01' }, fail);
  });

  it("should refuse a bad value with the caller's error, naming the filter as the caller wrote it and the problem", () => {
    refused(() => checkDate('--from', '01/02/2025', fail), /^--from must be a date written YYYY-MM-DD, got '01\/02\/2025'$/);
    refused(() => checkDate("query parameter 'to'", '2023-02-29', fail), /^query parameter 'to': the date '2023-02-29' does not exist \(February 2023 has 28 days\)$/);
    refused(() => checkCountry('--country', 'Ruritania', fail), /^--country must be a two-letter ISO 3166-1 country code such as US or KR, or a country's name or demonym in English such as Thailand or Thai, got 'Ruritania'$/);
    refused(() => checkCountry('--country', 'uk', fail), /^--country: 'uk' is not an ISO 3166-1 alpha-2 country code \(the code for what you mean is GB\)/);
    refused(() => checkTheme('--theme', 'sport', fail), /^--theme must be one of cyber, .*; got 'sport'$/);
    refused(() => checkCve('--cve', '2024-3400', fail), /^--cve must be a CVE id such as CVE-2024-3400; got '2024-3400'$/);
    refused(() => checkDateRange({ label: '--from', value: '2025-03-01' }, { label: '--to', value: '2025-02-01' }, fail), /^--from \(2025-03-01\) is after --to \(2025-02-01\)$/);
  });
});

describe('checkCountry given a country by name', () => {
  it('should take a common or official name or an English demonym, in any case, as the country\'s code', () => {
    assert.equal(checkCountry('--country', 'Thailand', fail), 'TH');
    assert.equal(checkCountry('--country', 'kingdom of thailand', fail), 'TH');
    assert.equal(checkCountry('--country', 'Cambodian', fail), 'KH');
    assert.equal(checkCountry("query parameter 'country'", 'the Netherlands', fail), 'NL');
    // A demonym a territory shares with its state is the state's.
    assert.equal(checkCountry('--country', 'American', fail), 'US');
  });

  it('should ask for the code when a name is two countries\' alike', () => {
    refused(() => checkCountry('--country', 'Dominican', fail), /^--country: 'Dominican' is the name of more than one country \(DM, DO\); give the two-letter code of the one you mean$/);
  });
});

describe("checkTheme's list of themes", () => {
  it('should list each sub-theme right after its top theme', () => {
    const fail = (message: string): Error => new Error(message);
    assert.throws(() => checkTheme('--theme', 'weather', fail), /must be one of cyber, cyber\.it-workers, cyber\.ransomware, cyber\.threat-actor, cyber\.vulnerability, diplomacy, .*; got 'weather'$/);
    assert.throws(() => checkTheme('--theme', 'weather', fail), (error: Error) => !/health, cyber/.test(error.message));
  });
});
