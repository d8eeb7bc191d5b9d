import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeHeapSnapshot } from 'node:v8';
import { label, parseSnapshot, pathTo, retention } from './heap-summary.js';

describe('heap-summary', () => {
  it('should find what a global map retains, by its name on the path from the roots', () => {
    const probe = new Map<number, string>();
    for (let i = 0; i < 20_000; i++) probe.set(i, `entry number ${i} of the probe`);
    (globalThis as { heapSummaryProbe?: unknown }).heapSummaryProbe = probe;
    const dir = mkdtempSync(join(tmpdir(), 'heap-summary-'));
    try {
      const g = parseSnapshot(readFileSync(writeHeapSnapshot(join(dir, 'test.heapsnapshot'))));
      const r = retention(g);
      const found = [...r.order].find((v) => label(g, v) === 'Map' && pathTo(g, r, v).endsWith('heapSummaryProbe'));
      assert.ok(found !== undefined, 'the probe map is reachable under its name');
      // 20,000 strings of 30-odd characters and the table that holds them.
      assert.ok(r.retained[found]! > 20_000 * 30, `retained ${r.retained[found]}`);
      assert.ok(r.retained[0]! >= r.retained[found]!, 'the root retains everything');
    } finally {
      delete (globalThis as { heapSummaryProbe?: unknown }).heapSummaryProbe;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
