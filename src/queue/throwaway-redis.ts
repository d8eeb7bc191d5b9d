/**
 * A Redis server of its own for tests and benchmarks: redis-server started in a fresh temporary folder
 * on a free port of 127.0.0.1, with nothing saved to disk (`--save "" --appendonly no`), stopped and
 * its folder removed afterwards, on the process's exit and on SIGINT/SIGTERM too, so that an
 * interrupted test run leaves no server behind.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../store/postgres/throwaway-network.js';
import { endWithProcess } from '../util/end-with-process.js';

export interface ThrowawayRedis {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Stops the server (SIGKILL when `abrupt`: as a machine that went away) and removes its folder; safe to call twice. */
  stop(abrupt?: boolean): Promise<void>;
}

/** The redis-server program on this machine, or null (the tests then skip, unless $TRIANGULATE_REQUIRE_REDIS=1). */
export function redisServerBinary(): string | null {
  for (const candidate of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) if (existsSync(candidate)) return candidate;
  try {
    const found = execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
    return found === '' ? null : found;
  } catch {
    return null;
  }
}

/** Waits until the server answers on its port (it starts in a few milliseconds), else fails with its own output. */
async function answering(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const { createConnection } = await import('node:net');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}): ${output().trim()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s: ${output().trim()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startThrowawayRedis(binary: string, port = freePort()): Promise<ThrowawayRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-redis-'));
  let log = '';
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  // The child would keep this process's event loop alive: a test file ends when its tests do.
  child.unref();
  (child.stdout as { unref?: () => void } | null)?.unref?.();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  const kill = (): void => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const forget = endWithProcess(kill);
  try {
    await answering(port, child, () => log);
  } catch (error) {
    forget();
    kill();
    throw new Error(`cannot start a throw-away Redis server: ${(error as Error).message}`);
  }
  let stopped = false;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop(abrupt = false) {
      if (stopped) return;
      stopped = true;
      forget();
      if (child.exitCode === null) {
        // Held again while it ends: unreferenced, the process could end first and leave the folder behind.
        child.ref();
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill(abrupt ? 'SIGKILL' : 'SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
