import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../test/helpers.js';
import { usageErrorLine } from './usage-error.js';

describe('usageErrorLine', () => {
  it('should give a parser error the same "triangulate:" start as any other failure, on one line', () => {
    assert.equal(usageErrorLine("error: unknown option '--colour'\n"), "triangulate: unknown option '--colour' (run with --help for usage)\n");
    assert.equal(usageErrorLine('a message without a prefix'), 'triangulate: a message without a prefix (run with --help for usage)\n');
  });
});

describe('triangulate: usage errors and command failures in one shape', () => {
  it('should start a refused choice and a refused value alike with "triangulate:"', async () => {
    const choice = await runCli(['export', '--format', 'kml', '--db', '/nonexistent/none.db']);
    assert.equal(choice.code, 1);
    assert.match(choice.stderr, /^triangulate: option '--format <format>' argument 'kml' is invalid\..* \(run with --help for usage\)\n$/);
    const missing = await runCli(['events', '--db', '/nonexistent/none.db']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^triangulate: /);
  });
});
