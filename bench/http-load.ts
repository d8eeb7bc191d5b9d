/**
 * The load bench:api puts on a server: a fixed number of connections for a fixed time, each request
 * drawn at random (fixed seed) from a list of paths, by one of two tools. wrk (Debian's `wrk`, written
 * in C) when it is installed, else autocannon (JavaScript, in the bench's own process). The machine
 * has two cores and the load runs on it beside the server, so the tool's own CPU is taken from the
 * server: under the search mix autocannon used about 0.26 ms of CPU a request (docs/benchmarks.md),
 * a sixth of the machine, and wrk measured 9-12% more requests a second from the same server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

export interface Load {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers and connection errors other than timeouts: the run is void if there are any. */
  errors: number;
  /**
   * Requests not answered within 10 s: counted, and missing from the percentiles. wrk (4.1) counts one
   * only when its late answer comes: a request never answered shows as fewer requests a second.
   */
  timeouts: number;
}

export type LoadTool = 'wrk' | 'autocannon';

/** wrk when it runs here, else autocannon. */
export function defaultLoadTool(): LoadTool {
  return spawnSync('wrk', ['--version'], { stdio: 'ignore' }).error ? 'autocannon' : 'wrk';
}

/** A small seeded generator (mulberry32), so every run draws the same events and queries. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `work`: a folder for the tool's files (wrk's script). */
export function load(tool: LoadTool, base: string, paths: readonly string[], seconds: number, connections: number, work: string): Promise<Load> {
  return tool === 'wrk' ? wrkLoad(base, paths, seconds, connections, work) : autocannonLoad(base, paths, seconds, connections);
}

function autocannonLoad(base: string, paths: readonly string[], seconds: number, connections: number): Promise<Load> {
  const pick = random(20261129);
  return new Promise((resolvePromise, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      // Each request drawn at random from the mix as it is sent (a fixed seed). Walking a list, the
      // connections keep in step: through the mix's own list all 50 asked its costliest block of
      // queries at once, and the 95th percentile measured that block (server-side, a search waited 2.4
      // times as long there as elsewhere); through a long shuffled list all 50 asked the same query at
      // once, and one slow query set the 99th percentile.
      { url: base, connections, duration: seconds, requests: [{ method: 'GET', path: paths[0], setupRequest: (request) => Object.assign(request, { path: paths[Math.floor(pick() * paths.length)] }) }] },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolvePromise({ rps: result.requests.average, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors: result.errors - result.timeouts + result.non2xx, timeouts: result.timeouts });
      },
    );
    // autocannon's own histogram has no 95th percentile: every response time is kept here instead.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => void latencies.push(responseTime));
  });
}

/** The Lua script wrk runs: a random path per request (a fixed seed), and the figures as one JSON line at the end. */
function wrkScript(paths: readonly string[]): string {
  for (const path of paths) if (!/^[\x21-\x7e]+$/.test(path) || path.includes('\\')) throw new Error(`wrk: a path must be printable ASCII without backslashes, got ${JSON.stringify(path)}`);
  // wrk's own error count holds statuses of 400 and up only: every answer outside 2xx is counted here,
  // as autocannon counts them, in each thread's state and summed at the end.
  return `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
local threads = {}
setup = function(thread) table.insert(threads, thread) end
init = function(args) not2xx = 0; math.randomseed(20261129) end
request = function() return wrk.format('GET', paths[math.random(#paths)]) end
response = function(status, headers, body) if status < 200 or status > 299 then not2xx = not2xx + 1 end end
done = function(summary, latency, requests)
  local e = summary.errors
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get('not2xx') end
  io.write(string.format('{"requests":%d,"us":%d,"not2xx":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50":%d,"p95":%d,"p99":%d}\\n',
    summary.requests, summary.duration, bad, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;
}

let scripts = 0;

function wrkLoad(base: string, paths: readonly string[], seconds: number, connections: number, work: string): Promise<Load> {
  const script = join(work, `wrk-${scripts++}.lua`);
  writeFileSync(script, wrkScript(paths));
  // One thread is enough (it drives over 20,000 requests a second here) and leaves the server the rest.
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, base];
  return new Promise((resolvePromise, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{"requests"'));
      if (code !== 0 || !line) return reject(new Error(`wrk ${args.join(' ')} exited with ${code}: ${err || out}`));
      const r = JSON.parse(line) as Record<'requests' | 'us' | 'not2xx' | 'connect' | 'read' | 'write' | 'timeout' | 'p50' | 'p95' | 'p99', number>;
      resolvePromise({ rps: r.requests / (r.us / 1e6), p50: r.p50 / 1000, p95: r.p95 / 1000, p99: r.p99 / 1000, errors: r.not2xx + r.connect + r.read + r.write, timeouts: r.timeout });
    });
  });
}
