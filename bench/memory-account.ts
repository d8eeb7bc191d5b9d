/**
 * Where a process's resident memory goes (issue 5: the scale run's peak RSS is about three times its
 * live heap). `cluster-scale --memory` prints one line of this at each tenth of a run. The parts:
 * V8's heap as committed (heapTotal, what the heap takes from the OS) against what live and dead
 * objects fill of it, split by space (the young generation, old objects, compiled code, large
 * objects); buffers outside the heap (model tables, Buffers); the C library's main heap (glibc's
 * brk arena: SQLite's page cache and statements, the other native allocations of the main thread);
 * file-backed pages (the node binary and shared libraries). Linux only: /proc is read for the rest.
 */
import { readFileSync } from 'node:fs';
import { getHeapCodeStatistics, getHeapSpaceStatistics } from 'node:v8';

export interface MemoryAccount {
  /** Resident set, and its anonymous and file-backed parts, MB. */
  rss: number;
  anon: number;
  file: number;
  /** V8's heap: committed (heapTotal) and used, MB. */
  heapCommitted: number;
  heapUsed: number;
  /** Committed MB by space: new (two semi-spaces), old, code (with code's large objects), large objects. */
  newSpace: number;
  oldSpace: number;
  codeSpace: number;
  largeObjects: number;
  /** Compiled code and its metadata (machine code of functions and of patterns), MB. */
  code: number;
  /** Memory outside the heap that V8 knows of (ArrayBuffers, Buffers), MB. */
  external: number;
  /** Resident MB of the C library's main heap ([heap] in smaps): native allocations of the main thread. */
  mallocHeap: number;
  /** Resident anonymous MB that is neither V8's heap, its external memory nor the main malloc heap. */
  otherAnon: number;
}

const MB = 1048576;

/** kB fields of /proc/self/status, in MB (0 where missing: not Linux). */
function statusMb(text: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) / 1024 : 0;
}

/** Resident MB of the mappings named `[heap]` in an smaps text. */
export function mallocHeapMb(smaps: string): number {
  let inHeap = false;
  let kb = 0;
  for (const line of smaps.split('\n')) {
    // A mapping's first line: address range, permissions, offset, device, inode, then its name if any.
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) inHeap = line.trimEnd().endsWith('[heap]');
    else if (inHeap && line.startsWith('Rss:')) kb += Number(/\d+/.exec(line)![0]);
  }
  return kb / 1024;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export function memoryAccount(): MemoryAccount {
  const status = read('/proc/self/status');
  const usage = process.memoryUsage();
  const spaces = new Map(getHeapSpaceStatistics().map((s) => [s.space_name, s.physical_space_size / MB]));
  const space = (...names: string[]): number => names.reduce((sum, name) => sum + (spaces.get(name) ?? 0), 0);
  const anon = statusMb(status, 'RssAnon');
  const mallocHeap = mallocHeapMb(read('/proc/self/smaps'));
  const heapCommitted = usage.heapTotal / MB;
  const external = usage.external / MB;
  return {
    rss: statusMb(status, 'VmRSS') || usage.rss / MB,
    anon,
    file: statusMb(status, 'RssFile'),
    heapCommitted,
    heapUsed: usage.heapUsed / MB,
    newSpace: space('new_space', 'new_large_object_space'),
    oldSpace: space('old_space'),
    codeSpace: space('code_space', 'code_large_object_space'),
    largeObjects: space('large_object_space'),
    code: getHeapCodeStatistics().code_and_metadata_size / MB,
    external,
    mallocHeap,
    otherAnon: Math.max(0, anon - heapCommitted - external - mallocHeap),
  };
}

/** One line: every part in whole MB. */
export function formatAccount(a: MemoryAccount): string {
  const n = (x: number): string => x.toFixed(0);
  return `RSS ${n(a.rss)} MB (anon ${n(a.anon)}, files ${n(a.file)}): V8 heap ${n(a.heapCommitted)} committed / ${n(a.heapUsed)} used (new ${n(a.newSpace)}, old ${n(a.oldSpace)}, code ${n(a.codeSpace)}, large ${n(a.largeObjects)}; code objects ${n(a.code)}), external ${n(a.external)}, malloc heap ${n(a.mallocHeap)}, other anon ${n(a.otherAnon)}`;
}
