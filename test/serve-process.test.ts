/**
 * `triangulate serve` as a process: it starts again with the pipeline's V8 flags (src/util/v8-flags.ts)
 * and, on a machine of two cores or fewer, V8's single-threaded collector (bin/triangulate.js), answers,
 * and stops, both processes, on one signal.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { childrenOf, ROOT, tempDir } from './helpers.js';

/** Running: there, and not a zombie left for a parent to reap (an orphan's new parent may never reap it). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('triangulate serve, the process', () => {
  const dir = tempDir('triangulate-serve-');
  after(() => dir.cleanup());

  it('should stop the restarted server when the first process is killed outright (SIGKILL)', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.TRIANGULATE_PARALLEL_GC;
    delete env.TRIANGULATE_V8_DEFAULTS;
    const server = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'serve', '--db', join(dir.path, 'k.db'), '--port', '0', '--quiet'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    server.stdout!.on('data', (d: Buffer) => void (out += d.toString()));
    for (let waited = 0; !out.includes('http://') && waited < 15_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const servers = childrenOf(server.pid!).filter((c) => c.args.includes(' serve '));
    assert.equal(servers.length, 1, JSON.stringify(servers));
    server.kill('SIGKILL');
    for (let waited = 0; alive(servers[0]!.pid) && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    assert.ok(!alive(servers[0]!.pid), 'the server stopped with it');
  });

  for (const parallel of [false, true]) {
    it(`should serve and stop on SIGTERM${parallel ? ', in one process when TRIANGULATE_PARALLEL_GC and TRIANGULATE_V8_DEFAULTS are set' : ', restarted with the pipeline flags and the single-threaded collector on two cores or fewer'}`, async () => {
      const env: NodeJS.ProcessEnv = { ...process.env };
      if (parallel) Object.assign(env, { TRIANGULATE_PARALLEL_GC: '1', TRIANGULATE_V8_DEFAULTS: '1' });
      else {
        delete env.TRIANGULATE_PARALLEL_GC;
        delete env.TRIANGULATE_V8_DEFAULTS;
      }
      const server = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'serve', '--db', join(dir.path, `s${parallel ? 1 : 0}.db`), '--port', '0', '--quiet'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      server.stdout!.on('data', (d: Buffer) => void (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
      for (let waited = 0; !/http:\/\/127\.0\.0\.1:\d+\//.test(out) && waited < 15_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
      assert.ok(port, `the server said where it listens: ${out}`);
      assert.equal((await fetch(`http://127.0.0.1:${port}/api/events`)).status, 200);
      const servers = childrenOf(server.pid!).filter((c) => c.args.includes(' serve '));
      if (!parallel) assert.ok(servers.length === 1 && servers[0]!.args.includes('--no-regexp-tier-up') && (availableParallelism() > 2 || servers[0]!.args.includes('--single-threaded-gc')), JSON.stringify(servers));
      else assert.deepEqual(servers, []);
      server.kill('SIGTERM');
      assert.equal(await exited, 0);
      for (let waited = 0; servers.some((c) => alive(c.pid)) && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      assert.ok(!servers.some((c) => alive(c.pid)), 'no process is left behind');
    });
  }
});
