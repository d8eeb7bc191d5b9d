import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NewsDocument } from '../src/model/document.js';
import type { PipelineContext } from '../src/pipeline-context.js';
import type { Stage } from '../src/pipeline.js';
import { type EventBuild, recordingBuilds, supersededLines, supersededWithin } from './superseded-builds.js';

const build = (eventId: string, cpuMs: number, mergedEventIds: string[] = [], repeatMs = 0): EventBuild => ({ eventId, cpuMs, mergedEventIds, repeatMs });

describe('supersededWithin', () => {
  it('should count a build that the same event\'s next build follows within the window, with its CPU', () => {
    // e1 is built at 0, 1 and 4; e2 at 2 and 3.
    const builds = [build('e1', 10), build('e1', 20), build('e2', 5), build('e2', 7), build('e1', 40)];
    const [one, three] = supersededWithin(builds, [1, 3]);
    // Next builds at distance 1: e1@0 and e2@2.
    assert.deepEqual(one, { window: 1, builds: 2, cpuMs: 15, repeatMs: 0 });
    // e1@1 is built again three articles on.
    assert.deepEqual(three, { window: 3, builds: 3, cpuMs: 35, repeatMs: 0 });
  });

  it('should count a build whose event a later article merges away, and no build after the merge', () => {
    const builds = [build('e2', 8), build('e1', 3, ['e2']), build('e2', 6)];
    const [result] = supersededWithin(builds, [5]);
    // e2@0 merged away by the next article; e2@2 is an event of that id made again, rewritten by nobody.
    assert.deepEqual(result, { window: 5, builds: 1, cpuMs: 8, repeatMs: 0 });
  });

  it('should add up the repeated runs of the builds it counts, apart from their CPU', () => {
    const builds = [build('e1', 10, [], 4), build('e1', 20, [], 6), build('e2', 5, [], 2)];
    assert.deepEqual(supersededWithin(builds, [1]), [{ window: 1, builds: 1, cpuMs: 10, repeatMs: 4 }]);
  });

  it('should count nothing for builds of distinct events', () => {
    assert.deepEqual(supersededWithin([build('a', 1), build('b', 1)], [10]), [{ window: 10, builds: 0, cpuMs: 0, repeatMs: 0 }]);
  });
});

describe('recordingBuilds', () => {
  // Only what the wrapper reads of a document: its event, its merges, and (here) whether its store fails.
  const doc = (eventId: string, failStore = false): NewsDocument => ({ event: { id: eventId }, mergedEventIds: [], failStore }) as unknown as NewsDocument;
  const stages: Stage[] = [
    { name: 'consolidate', run: () => undefined },
    {
      name: 'store',
      run: (d) => {
        if ((d as unknown as { failStore: boolean }).failStore) throw new Error('disk full');
      },
    },
  ];
  const context = {} as PipelineContext;

  it('should record a build once its store stage has written it, and none for an article that failed', async () => {
    const builds: EventBuild[] = [];
    const wrapped = recordingBuilds(stages, builds);
    for (const d of [doc('e1'), doc('e2', true), doc('e1')]) {
      for (const stage of wrapped) {
        try {
          await stage.run(d, context);
        } catch {
          break;
        }
      }
    }
    assert.deepEqual(builds.map((b) => b.eventId), ['e1', 'e1']);
    assert.ok(builds.every((b) => b.cpuMs >= 0));
    const lines = supersededLines(builds);
    assert.match(lines[0]!, /of 2 stored articles/);
    assert.match(lines[1]!, /within the next 1 stored articles: 1 records \(50\.0%\)/);
    // No repeats asked for: none run, none said.
    assert.ok(builds.every((b) => b.repeatMs === 0));
    assert.doesNotMatch(lines.join('\n'), /again/);
  });

  it('should run the consolidate stage again at once with `repeat`, unless the first run split the event', async () => {
    const runs: string[] = [];
    const counting: Stage[] = [
      {
        name: 'consolidate',
        run: (d) => {
          runs.push(d.event!.id);
          // Work a clock can see, so the repeat's CPU is above zero.
          let x = 0;
          for (let i = 0; i < 2e6; i++) x += i % 7;
          (d as unknown as { work: number }).work = x;
        },
      },
      { name: 'store', run: () => undefined },
    ];
    const split = { ...doc('e2'), splitOff: { event: { id: 'e3' } } } as unknown as NewsDocument;
    const builds: EventBuild[] = [];
    for (const d of [doc('e1'), split]) for (const stage of recordingBuilds(counting, builds, { repeat: true })) await stage.run(d, context);
    assert.deepEqual(runs, ['e1', 'e1', 'e2']);
    assert.ok(builds[0]!.repeatMs > 0);
    assert.equal(builds[1]!.repeatMs, 0);
    assert.match(supersededLines(builds)[0]!, /their consolidate run again at once: \d+\.\d\d CPU s/);
  });
});
