/**
 * What the queue's tests share: a throw-away Redis (and PostgreSQL) when the machine has them, a
 * skip note when it has not, unless $TRIANGULATE_REQUIRE_REDIS=1 (CI), when a missing redis-server fails.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT } from '../../test/helpers.js';
import { redisServerBinary } from './throwaway-redis.js';

export const redisBinary = redisServerBinary();
if (!redisBinary && process.env.TRIANGULATE_REQUIRE_REDIS === '1') throw new Error('TRIANGULATE_REQUIRE_REDIS=1, and no redis-server is installed (apt-get install redis-server)');

/** A fresh database on a throw-away PostgreSQL server: its connection string. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return serverUrl.replace('/postgres?', `/${name}?`);
}

export interface Running {
  pid: number;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  signal(name: NodeJS.Signals): void;
}

/** The CLI in a process of its own (a worker, as an analyst would start one), its output gathered. */
export function startCli(args: readonly string[]): Running {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), ...args], { cwd: ROOT, env: { ...process.env, TRIANGULATE_DB: '', TRIANGULATE_QUEUE: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // A test that fails midway leaves no worker running.
  const kill = (): void => void child.kill('SIGKILL');
  process.once('exit', kill);
  void exited.then(() => process.removeListener('exit', kill));
  return { pid: child.pid!, stdout: () => out, stderr: () => err, exited, signal: (name) => void child.kill(name) };
}

/** Waits until `test` holds, checking every 50 ms, failing after `ms`. */
export async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
