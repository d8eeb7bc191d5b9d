/**
 * `npm run bench:api`: requests per second and latency percentiles of the HTTP API on a store filled
 * with generated articles, beside a plain node:http server that answers the same URLs with the same
 * bytes from memory (bench/static-json-server.ts: the ceiling, no database or serialisation). Both run
 * in their own process on 127.0.0.1 and are loaded in turn by autocannon from this one, with a fixed
 * number of connections for a fixed time. Options: --articles N (default 1000), --seconds S (default 5),
 * --connections C (default 10).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { runIngest } from '../src/cli/commands/ingest.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { formatTable, row, type BenchRow } from './table.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

const SYLLABLES = ['bar', 'cal', 'den', 'fol', 'gar', 'hel', 'kin', 'lor', 'mar', 'nor', 'pel', 'ros', 'sal', 'tor', 'val', 'wen'];
const FIRST = ['Aoife', 'Brian', 'Chloe', 'Deepak', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Liam', 'Maya', 'Nils', 'Olga', 'Pavel'];
const KINDS = [
  ['crane collapse', 'A crane collapsed at the container port of {town} on Monday, injuring {k} dock workers, harbour master {person} said in a statement.'],
  ['warehouse fire', 'A fire destroyed a grain warehouse in {town} on Monday, and {k} firefighters were treated for smoke inhalation, fire chief {person} said.'],
  ['ransomware attack', 'A ransomware attack on the municipal council of {town} on Monday shut down {k} online services, council spokesperson {person} said.'],
  ['bridge closure', 'The old river bridge in {town} was closed on Monday after engineers found {k} cracked girders, transport official {person} said.'],
];

/** A made-up place name, different for every incident, so that incidents stay apart. */
function town(n: number): string {
  const name = `${SYLLABLES[n % 16]}${SYLLABLES[Math.floor(n / 16) % 16]}${n >= 256 ? SYLLABLES[Math.floor(n / 256) % 16] : ''}ton`;
  return name[0]!.toUpperCase() + name.slice(1);
}

/** Two outlets' reports of each of articles/2 generated incidents, as scraped text pages, spread over two years. */
function generate(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  for (let i = 0; i < count; i++) {
    const incident = Math.floor(i / 2);
    const [kind, lead] = KINDS[incident % KINDS.length]!;
    const place = town(incident);
    const person = `${FIRST[incident % 16]} ${town(incident * 7 + 3).replace(/ton$/, 'son')}`;
    const date = `${months[incident % 12]} ${(incident % 27) + 1}, ${2024 + (Math.floor(incident / 12) % 2)}`;
    const text = lead!.replace('{town}', place).replace('{k}', String((incident % 5) + 2)).replace('{person}', person);
    const outlet = i % 2 ? 'Harbour Times' : 'Coastal Wire';
    writeFileSync(
      join(folder, `a${i}.txt`),
      [`${kind[0]!.toUpperCase()}${kind.slice(1)} in ${place} ${i % 2 ? 'disrupts the town' : 'leaves residents shaken'}`, `By ${outlet} staff`, `Published: ${date} 09:00`, text, `${person} said the ${kind} in ${place} was under investigation and that the cause was not yet known.`].join('\n'),
    );
  }
}

function startProcess(args: string[], ready: RegExp): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolvePromise({ child, port: Number(m[1]) });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before it listened: ${out}`)));
  });
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, seconds: number, connections: number): Promise<Load> {
  const result = await autocannon({ url, connections, duration: seconds });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main(): Promise<void> {
  const articles = option('articles', 1000);
  const seconds = option('seconds', 5);
  const connections = option('connections', 10);
  const work = mkdtempSync(join(tmpdir(), 'triangulate-bench-api-'));
  const children: ChildProcess[] = [];
  try {
    const db = join(work, 'bench.db');
    generate(join(work, 'articles'), articles);
    const store = new SqliteStore(db);
    const started = performance.now();
    const report = await runIngest([join(work, 'articles'), join(ROOT, 'examples')], store);
    const counts = await store.counts();
    await store.close();
    process.stderr.write(`store: ${report.stored} articles, ${counts.events} events, ingested in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

    const ours = await startProcess([join(ROOT, 'bin', 'triangulate.js'), 'serve', '--db', db, '--port', '0', '--quiet'], /http:\/\/127\.0\.0\.1:(\d+)\//);
    children.push(ours.child);
    const paths = ['/api/events?limit=20', '/api/events?country=IE&sort=sources&limit=20', '/api/search?q=crane%20harbour&limit=20'];
    const bodies: Record<string, string> = {};
    for (const path of paths) {
      const res = await fetch(`http://127.0.0.1:${ours.port}${path}`);
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      bodies[path] = await res.text();
    }
    const file = join(work, 'responses.json');
    writeFileSync(file, JSON.stringify(bodies));
    const peer = await startProcess([join(ROOT, 'dist', 'bench', 'static-json-server.js'), file], /listening (\d+)/);
    children.push(peer.child);

    const rows: BenchRow[] = [];
    for (const path of paths) {
      const a = await load(`http://127.0.0.1:${ours.port}${path}`, seconds, connections);
      const b = await load(`http://127.0.0.1:${peer.port}${path}`, seconds, connections);
      if (a.errors || b.errors) throw new Error(`${path}: ${a.errors} errors from the API, ${b.errors} from the peer`);
      const name = `GET ${path} (${(Buffer.byteLength(bodies[path]!) / 1024).toFixed(0)} KB)`;
      rows.push(row(name, 'requests/s', a.rps, b.rps, (x) => x.toFixed(0)));
      rows.push(row(name, 'latency p50 (ms)', a.p50, b.p50, (x) => x.toFixed(1)));
      rows.push(row(name, 'latency p99 (ms)', a.p99, b.p99, (x) => x.toFixed(1)));
    }
    process.stdout.write(
      `${formatTable(
        `API on ${counts.events} events / ${counts.articles} articles; ${connections} connections, ${seconds} s per URL (autocannon), Node ${process.version}`,
        'triangulate serve',
        'static node:http, same bytes (ceiling)',
        rows,
      )}\n`,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
