/**
 * What the scale run's process keeps, captured for a look afterwards (issue 5): `cluster-scale --heap
 * DIR` writes, at the first tenth and at the end, a V8 heap snapshot (open it in Chrome's DevTools, or
 * summarise it with heap-summary.ts) and the sampling heap profiler's live objects by the call stack
 * that allocated them. The two answer different questions: the snapshot says who holds the memory now,
 * the profile which code made it; together they tell a cache that fills up from a table that grows.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

/** Bytes between samples: finer than V8's 32 KB default, so a structure of a few MB shows clearly. */
const SAMPLING_BYTES = 16_384;

export class HeapCapture {
  private readonly session = new Session();

  constructor(private readonly dir: string) {
    this.session.connect();
    this.post('HeapProfiler.startSampling', { samplingInterval: SAMPLING_BYTES });
  }

  /** Writes `<label>.heapsnapshot` and `<label>.heapprofile` (live sampled objects by allocation stack). */
  capture(label: string): void {
    const profile = this.post('HeapProfiler.getSamplingProfile', {});
    writeFileSync(join(this.dir, `${label}.heapprofile`), JSON.stringify(profile));
    writeHeapSnapshot(join(this.dir, `${label}.heapsnapshot`));
  }

  close(): void {
    this.post('HeapProfiler.stopSampling', {});
    this.session.disconnect();
  }

  /** The in-process inspector answers before post returns: a missing answer is a fault, not a wait. */
  private post(method: string, params: object): unknown {
    let answer: { error: Error | null; result: unknown } | undefined;
    this.session.post(method, params, (error, result) => (answer = { error, result }));
    if (!answer) throw new Error(`${method}: the inspector did not answer at once`);
    if (answer.error) throw answer.error;
    return answer.result;
  }
}
