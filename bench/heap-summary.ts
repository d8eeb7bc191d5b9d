/**
 * What holds a V8 heap snapshot's memory (issue 5), without a browser: self size by constructor, and
 * the objects that retain the most (by the snapshot's dominator tree, weak references left out), each
 * with a shortest path from the roots, so a cache shows as `context.sentenceCache` and a model as
 * `context.shipped`. Reads snapshots of any size (the file is parsed as bytes, not as one JSON string,
 * which V8 caps at 512 MB).
 *
 *   node --max-old-space-size=8000 dist/bench/heap-summary.js FILE.heapsnapshot [MIN_MB] [ROWS]
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

interface SnapshotMeta {
  meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  node_count: number;
  edge_count: number;
}

export interface HeapGraph {
  /** Per node: its type's and name's strings, self size, and its edges' range in `edgeTo`. */
  type: string[];
  name: string[];
  selfSize: Float64Array;
  firstEdge: Uint32Array;
  edgeTo: Uint32Array;
  edgeName: string[];
  edgeWeak: Uint8Array;
}

function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(size);
    for (let at = 0; at < size; ) at += readSync(fd, buffer, at, size - at, at);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** The unsigned integers of a JSON array that starts at `from` (after its '['), up to its ']'. */
function integers(buffer: Buffer, from: number, count: number): { values: Float64Array; end: number } {
  const values = new Float64Array(count);
  let k = 0;
  let value = 0;
  let inNumber = false;
  let i = from;
  for (; ; i++) {
    const c = buffer[i]!;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
    } else {
      if (inNumber) values[k++] = value;
      value = 0;
      inNumber = false;
      if (c === 93) break;
    }
  }
  if (k !== count) throw new Error(`expected ${count} numbers, read ${k}`);
  return { values, end: i };
}

function after(buffer: Buffer, text: string, from = 0): number {
  const at = buffer.indexOf(text, from, 'latin1');
  if (at < 0) throw new Error(`not a heap snapshot: no ${text}`);
  return at + text.length;
}

export function parseSnapshot(buffer: Buffer): HeapGraph {
  const nodesAt = after(buffer, '"nodes":[');
  const head = `${buffer.toString('utf8', 0, nodesAt - '"nodes":['.length).replace(/,\s*$/, '')}}`;
  const meta = (JSON.parse(head) as { snapshot: SnapshotMeta }).snapshot;
  const nodeFields = meta.meta.node_fields;
  const edgeFields = meta.meta.edge_fields;
  const nodes = integers(buffer, nodesAt, meta.node_count * nodeFields.length);
  const edges = integers(buffer, after(buffer, '"edges":[', nodes.end), meta.edge_count * edgeFields.length);
  const stringsAt = after(buffer, '"strings":[', edges.end) - 1;
  const strings = JSON.parse(buffer.toString('utf8', stringsAt, buffer.lastIndexOf(']') + 1)) as string[];
  const [NF, EF] = [nodeFields.length, edgeFields.length];
  const [nType, nName, nSize, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nodeFields.indexOf(f)) as [number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f)) as [number, number, number];
  const nodeTypes = meta.meta.node_types[0];
  const edgeTypes = meta.meta.edge_types[0];
  const n = meta.node_count;
  const graph: HeapGraph = {
    type: new Array<string>(n),
    name: new Array<string>(n),
    selfSize: new Float64Array(n),
    firstEdge: new Uint32Array(n + 1),
    edgeTo: new Uint32Array(meta.edge_count),
    edgeName: new Array<string>(meta.edge_count),
    edgeWeak: new Uint8Array(meta.edge_count),
  };
  for (let i = 0; i < n; i++) {
    const v = nodes.values;
    graph.type[i] = nodeTypes[v[i * NF + nType]!]!;
    graph.name[i] = strings[v[i * NF + nName]!]!;
    graph.selfSize[i] = v[i * NF + nSize]!;
    graph.firstEdge[i + 1] = graph.firstEdge[i]! + v[i * NF + nEdges]!;
  }
  for (let e = 0; e < meta.edge_count; e++) {
    const v = edges.values;
    const type = edgeTypes[v[e * EF + eType]!]!;
    const nameOrIndex = v[e * EF + eName]!;
    graph.edgeTo[e] = v[e * EF + eTo]! / NF;
    graph.edgeName[e] = type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : strings[nameOrIndex]!;
    graph.edgeWeak[e] = type === 'weak' ? 1 : 0;
  }
  return graph;
}

export interface Retention {
  /** Nodes reachable from the root (node 0), in depth-first post-order. */
  order: Uint32Array;
  /** Per node: its immediate dominator, -1 when unreachable (the root's own is itself). */
  dominator: Int32Array;
  retained: Float64Array;
  /** A shortest path's previous node and edge, -1 when unreachable. */
  parent: Int32Array;
  parentEdge: Int32Array;
}

/** Dominators by Cooper, Harvey and Kennedy's iteration over the reverse post-order; weak edges left out. */
export function retention(g: HeapGraph): Retention {
  const n = g.selfSize.length;
  const strong = (e: number): boolean => g.edgeWeak[e] === 0;
  const post = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const next = new Uint32Array(n);
  const stack: number[] = [0];
  const seen = new Uint8Array(n);
  seen[0] = 1;
  next[0] = g.firstEdge[0]!;
  while (stack.length > 0) {
    const v = stack[stack.length - 1]!;
    if (next[v]! < g.firstEdge[v + 1]!) {
      const e = next[v]!++;
      const to = g.edgeTo[e]!;
      if (strong(e) && !seen[to]) {
        seen[to] = 1;
        next[to] = g.firstEdge[to]!;
        stack.push(to);
      }
    } else {
      stack.pop();
      post[v] = order.length;
      order.push(v);
    }
  }
  // Predecessors, by post-order number.
  const predStart = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) if (post[v]! >= 0) for (let e = g.firstEdge[v]!; e < g.firstEdge[v + 1]!; e++) if (strong(e)) predStart[g.edgeTo[e]! + 1]!++;
  for (let v = 0; v < n; v++) predStart[v + 1]! += predStart[v]!;
  const preds = new Uint32Array(predStart[n]!);
  const fill = predStart.slice();
  for (let v = 0; v < n; v++) if (post[v]! >= 0) for (let e = g.firstEdge[v]!; e < g.firstEdge[v + 1]!; e++) if (strong(e)) preds[fill[g.edgeTo[e]!]!++] = v;
  const reach = order.length;
  const idom = new Int32Array(reach).fill(-1);
  const root = post[0]!;
  idom[root] = root;
  for (let changed = true; changed; ) {
    changed = false;
    for (let b = reach - 1; b >= 0; b--) {
      if (b === root) continue;
      const v = order[b]!;
      let found = -1;
      for (let k = predStart[v]!; k < predStart[v + 1]!; k++) {
        const p = post[preds[k]!]!;
        if (p < 0 || idom[p]! < 0) continue;
        if (found < 0) {
          found = p;
          continue;
        }
        let [a, c] = [p, found];
        while (a !== c) {
          while (a < c) a = idom[a]!;
          while (c < a) c = idom[c]!;
        }
        found = a;
      }
      if (idom[b] !== found) {
        idom[b] = found;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(n);
  const dominator = new Int32Array(n).fill(-1);
  for (let b = 0; b < reach; b++) retained[order[b]!] = g.selfSize[order[b]!]!;
  // A node's dominator comes later in post-order: adding up in post-order sums each subtree once.
  for (let b = 0; b < reach; b++) {
    const v = order[b]!;
    dominator[v] = order[idom[b]!]!;
    if (b !== root) retained[dominator[v]!]! += retained[v]!;
  }
  const parent = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  let [headAt, tailAt] = [0, 0];
  queue[tailAt++] = 0;
  parent[0] = 0;
  while (headAt < tailAt) {
    const v = queue[headAt++]!;
    for (let e = g.firstEdge[v]!; e < g.firstEdge[v + 1]!; e++) {
      const to = g.edgeTo[e]!;
      if (!strong(e) || parent[to]! >= 0) continue;
      parent[to] = v;
      parentEdge[to] = e;
      queue[tailAt++] = to;
    }
  }
  return { order: Uint32Array.from(order), dominator, retained, parent, parentEdge };
}

/** A node as DevTools' summary names it: objects by constructor, the rest by kind. */
export function label(g: HeapGraph, v: number): string {
  const type = g.type[v]!;
  if (type === 'object' || type === 'native') return g.name[v]!;
  if (type === 'closure') return `${g.name[v]!}()`;
  if (type.includes('string')) return `(${type})`;
  return `(${type}) ${g.name[v]!.slice(0, 40)}`;
}

export function pathTo(g: HeapGraph, r: Retention, v: number, steps = 14): string {
  const parts: string[] = [];
  for (let at = v; at !== 0 && parts.length < steps && r.parentEdge[at]! >= 0; at = r.parent[at]!) parts.push(g.edgeName[r.parentEdge[at]!]!);
  return parts.reverse().join('.');
}

function main(file: string, minMb: number, rows: number): void {
  const g = parseSnapshot(readWhole(file));
  const r = retention(g);
  const mb = (bytes: number): string => (bytes / 1048576).toFixed(1).padStart(8);
  let total = 0;
  const byLabel = new Map<string, { bytes: number; count: number }>();
  for (const v of r.order) {
    total += g.selfSize[v]!;
    const key = label(g, v).slice(0, 60);
    const entry = byLabel.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += g.selfSize[v]!;
    entry.count++;
    byLabel.set(key, entry);
  }
  console.log(`${file}: ${g.selfSize.length} nodes, ${r.order.length} reachable, ${mb(total).trim()} MB reachable`);
  console.log('\nSelf size by constructor:');
  for (const [key, { bytes, count }] of [...byLabel].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25)) console.log(`${mb(bytes)} MB ${String(count).padStart(9)}  ${key}`);
  console.log(`\nRetaining ${minMb} MB or more (share of what retains it), with a shortest path from the roots:`);
  // A node that is nearly all of what its dominator retains (a Map's table, a promise's chain) says nothing new.
  const big = [...r.order]
    .filter((v) => v !== 0 && r.retained[v]! >= minMb * 1048576 && r.retained[v]! < 0.99 * r.retained[r.dominator[v]!]!)
    .sort((a, b) => r.retained[b]! - r.retained[a]!);
  for (const v of big.slice(0, rows)) {
    const share = r.retained[v]! / r.retained[r.dominator[v]!]!;
    console.log(`${mb(r.retained[v]!)} MB ${(share * 100).toFixed(0).padStart(3)}%  ${label(g, v).slice(0, 40).padEnd(40)}  ${pathTo(g, r, v).slice(-160)}`);
  }
}

if (process.argv[1]?.endsWith('heap-summary.js')) {
  const [file, minMb, rows] = process.argv.slice(2);
  if (!file) {
    console.error('usage: heap-summary FILE.heapsnapshot [MIN_MB] [ROWS]');
    process.exit(2);
  }
  main(file, Number(minMb ?? 2), Number(rows ?? 60));
}
