import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { postgresBinaries } from './throwaway-server.js';

const bin = postgresBinaries();

/**
 * A process that starts a throw-away server, prints its folder, then either waits (to be signalled)
 * or exits at once without calling stop(): its exit code or signal, and the folder.
 */
async function serverProcess(then: 'wait' | 'exit', signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; folder: string }> {
  const module = new URL('./throwaway-server.js', import.meta.url).href;
  const script = `import { startThrowawayServer } from ${JSON.stringify(module)};
const server = startThrowawayServer(${JSON.stringify(bin)});
console.log(decodeURIComponent(server.url.split('host=')[1].split('&')[0]));
${then === 'wait' ? 'setInterval(() => undefined, 1000);' : 'process.exit(0);'}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let folder = '';
  child.stdout.on('data', (chunk: Buffer) => {
    folder += chunk.toString();
    if (signal && folder.includes('\n')) child.kill(signal);
  });
  const [code, gotSignal] = (await new Promise((resolve) => child.on('exit', (...args) => resolve(args)))) as [number | null, NodeJS.Signals | null];
  return { code, signal: gotSignal, folder: folder.trim() };
}

describe('a throw-away server left by its process', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  it('should be stopped and its folder removed when the process is signalled, the signal still ending it', async () => {
    const ended = await serverProcess('wait', 'SIGTERM');
    assert.equal(ended.signal, 'SIGTERM');
    assert.match(ended.folder, /triangulate-pg-/);
    assert.equal(existsSync(ended.folder), false);
  });

  it('should be stopped and its folder removed when the process exits without stopping it', async () => {
    const ended = await serverProcess('exit');
    assert.equal(ended.code, 0);
    assert.match(ended.folder, /triangulate-pg-/);
    assert.equal(existsSync(ended.folder), false);
  });
});

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
