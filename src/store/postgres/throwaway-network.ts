/**
 * What a throw-away server needs to listen like a real one (throwaway-server.ts): a free TCP port and a
 * certificate for TLS. Both for tests and benchmarks only.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A TCP port on 127.0.0.1 free at the time of asking. The server is started synchronously, so the
 * asking runs in a child process (a socket bound to port 0 and closed); another program could take the
 * port in between, which only makes the server's start fail.
 */
export function freePort(): number {
  const script = "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });";
  const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  if (!Number.isInteger(port) || port <= 0) throw new Error(`no free TCP port found (got '${port}')`);
  return port;
}

/**
 * A self-signed certificate for 127.0.0.1 (an elliptic-curve key: made in milliseconds) in `dir`, the
 * key readable only by the server's user, as PostgreSQL demands. The certificate is its own authority:
 * a client that is given it as sslrootcert can verify the server in full.
 */
export function selfSignedCertificate(dir: string, owner: { uid: number; gid: number } | null): { cert: string; key: string } {
  const cert = join(dir, 'server.crt');
  const key = join(dir, 'server.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  chmodSync(key, 0o600);
  if (owner) for (const file of [cert, key]) chownSync(file, owner.uid, owner.gid);
  return { cert, key };
}
