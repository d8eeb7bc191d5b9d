/** One stage's run with the CPU time it took handed to `add` (in ms), whether the run succeeds or throws. */
import type { NewsDocument } from '../src/model/document.js';
import type { Stage } from '../src/pipeline.js';

export async function runCountingCpu(stage: Stage, doc: NewsDocument, context: Parameters<Stage['run']>[1], add: (cpuMs: number) => void): Promise<void> {
  const before = process.cpuUsage();
  try {
    await stage.run(doc, context);
  } finally {
    const used = process.cpuUsage(before);
    add((used.user + used.system) / 1000);
  }
}
