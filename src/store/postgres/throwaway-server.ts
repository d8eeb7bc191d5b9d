/**
 * A PostgreSQL server of its own for tests and benchmarks: initdb into a fresh temporary folder, started
 * on a socket in that folder (no TCP port, so helpers and test runs on one machine never meet), stopped
 * and removed afterwards. As root the server runs as the `postgres` user (PostgreSQL refuses root).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayServer {
  /** A connection string for the server's only database, over its socket. */
  url: string;
  /** Stops the server and removes its folder; safe to call twice. */
  stop(): void;
}

/** The folder holding initdb and pg_ctl, the newest version first; null when PostgreSQL is not installed. */
export function postgresBinaries(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0]!, 'bin') : null;
}

/** The user the server runs as: `postgres` when this process is root, else this process's own. */
function serverUser(): { name: string | null; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' }).trim();
  const [name, , uid, gid] = line.split(':');
  if (!name || uid === undefined || gid === undefined) throw new Error('running as root, and there is no postgres user to run the server as');
  return { name, uid: Number(uid), gid: Number(gid) };
}

/** Starts a server (a few seconds: initdb is most of it). Durability is off: the data is thrown away. */
export function startThrowawayServer(bin: string): ThrowawayServer {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-pg-'));
  const data = join(dir, 'data');
  const user = serverUser();
  const run = (program: string, args: string[]): void => {
    const command = user ? ['runuser', ['-u', user.name!, '--', join(bin, program), ...args]] as const : [join(bin, program), args] as const;
    execFileSync(command[0], [...command[1]], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  let started = false;
  const stop = (): void => {
    if (started) {
      started = false;
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      } catch {
        // Already gone: the folder is removed all the same.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (user) chownSync(dir, user.uid, user.gid);
    // The role the tests connect as, trusted on the socket only (the server listens on nothing else).
    const role = 'triangulate';
    run('initdb', ['-D', data, '-U', role, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
    const options = `-k ${dir} -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', options]);
    started = true;
    return { url: `postgresql://${role}@/postgres?host=${encodeURIComponent(dir)}`, stop };
  } catch (error) {
    stop();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`cannot start a throw-away PostgreSQL server: ${stderr || (error as Error).message}`);
  }
}
