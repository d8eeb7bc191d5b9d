import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { postgresBinaries } from './throwaway-server.js';

describe('finding PostgreSQL to start a throw-away server with', () => {
  it('should take the newest version that has both initdb and pg_ctl, and none where there is none', () => {
    const root = mkdtempSync(join(tmpdir(), 'pg-bins-'));
    try {
      assert.equal(postgresBinaries(join(root, 'absent')), null);
      assert.equal(postgresBinaries(root), null);
      for (const [version, programs] of [['9', ['initdb', 'pg_ctl']], ['15', ['initdb', 'pg_ctl']], ['16', ['initdb']]] as const) {
        mkdirSync(join(root, version, 'bin'), { recursive: true });
        for (const program of programs) writeFileSync(join(root, version, 'bin', program), '');
      }
      assert.equal(postgresBinaries(root), join(root, '15', 'bin'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
