/**
 * A PostgreSQL server of its own for tests and benchmarks: initdb into a fresh temporary folder, started
 * on a socket in that folder (by default no TCP port, so helpers and test runs on one machine never
 * meet), stopped and removed afterwards. As root the server runs as the `postgres` user (PostgreSQL
 * refuses root).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { endWithProcess } from '../../util/end-with-process.js';
import { freePort, selfSignedCertificate } from './throwaway-network.js';

export interface ThrowawayServer {
  /** A connection string for the server's first database, over its socket (trusted: no password). */
  url: string;
  /** With `tcp`: the port it also listens on at 127.0.0.1, where roles sign in with a password; else null. */
  port: number | null;
  /** With `tls`: the server's self-signed certificate (a PEM file), for a client's sslrootcert; else null. */
  certificate: string | null;
  /** Stops the server and removes its folder; safe to call twice. */
  stop(): void;
}

export interface ThrowawayOptions {
  /**
   * Also listen on 127.0.0.1 at a free port, where pg_hba.conf lets a role in only with its SCRAM
   * password, as a server on another machine would: the address and password path the socket skips.
   */
  tcp?: boolean;
  /** With `tcp`: TLS on that port too, with a certificate made for 127.0.0.1 (`certificate`). */
  tls?: boolean;
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
export function startThrowawayServer(bin: string, options: ThrowawayOptions = {}): ThrowawayServer {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-pg-'));
  const data = join(dir, 'data');
  const user = serverUser();
  const run = (program: string, args: string[]): void => {
    const command = user ? ['runuser', ['-u', user.name!, '--', join(bin, program), ...args]] as const : [join(bin, program), args] as const;
    execFileSync(command[0], [...command[1]], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  let started = false;
  // The server is a daemon (pg_ctl), stopped however this process ends (end-with-process.ts).
  let forget = (): void => undefined;
  const stop = (): void => {
    forget();
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
    const port = options.tcp ? freePort() : null;
    const certificate = options.tcp && options.tls ? selfSignedCertificate(dir, user) : null;
    let network = '-c listen_addresses=';
    if (port !== null) {
      // initdb's file trusts TCP as well: replaced by one that trusts only the socket.
      const hba = join(data, 'pg_hba.conf');
      writeFileSync(hba, 'local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n');
      if (user) chownSync(hba, user.uid, user.gid);
      network = `-c listen_addresses=127.0.0.1 -p ${port} -c password_encryption=scram-sha-256`;
      if (certificate) network += ` -c ssl=on -c ssl_cert_file=${certificate.cert} -c ssl_key_file=${certificate.key}`;
    }
    const settings = `-k ${dir} ${network} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', settings]);
    started = true;
    forget = endWithProcess(stop);
    // The socket's name carries the port, so a server on a port of its own is reached with it.
    return { url: `postgresql://${role}@/postgres?host=${encodeURIComponent(dir)}${port === null ? '' : `&port=${port}`}`, port, certificate: certificate?.cert ?? null, stop };
  } catch (error) {
    stop();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`cannot start a throw-away PostgreSQL server: ${stderr || (error as Error).message}`);
  }
}
