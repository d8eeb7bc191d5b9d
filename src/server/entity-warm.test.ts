import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EntityWarmer } from './entity-warm.js';

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Work whose runs are counted and which finishes only when told to. */
function gated(): { work: () => Promise<void>; started: () => number; running: () => number; finish: () => void } {
  let started = 0;
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    work: () => {
      started++;
      running++;
      return new Promise<void>((resolve) =>
        waiting.push(() => {
          running--;
          resolve();
        }),
      );
    },
    started: () => started,
    running: () => running,
    finish: () => waiting.shift()?.(),
  };
}

describe('EntityWarmer', () => {
  it('should work out nothing after changes while nobody has asked for the list', async () => {
    const g = gated();
    const warm = new EntityWarmer(g.work, 10);
    for (let i = 0; i < 5; i++) warm.changed();
    await settle(60);
    assert.equal(g.started(), 0);
    warm.close();
  });

  it('should wait for the changes to pause and then work the list out once for the whole burst', async () => {
    const g = gated();
    const warm = new EntityWarmer(g.work, 40);
    warm.asked();
    for (let i = 0; i < 6; i++) {
      warm.changed();
      await settle(10);
    }
    assert.equal(g.started(), 0, 'changes 10 ms apart are no pause of 40 ms');
    await settle(120);
    assert.equal(g.started(), 1);
    g.finish();
    warm.close();
  });

  it('should want a new request for the list before it works one out ahead again', async () => {
    const g = gated();
    const warm = new EntityWarmer(g.work, 5);
    warm.asked();
    warm.changed();
    await settle(40);
    g.finish();
    await settle(10);
    warm.changed();
    await settle(40);
    assert.equal(g.started(), 1, 'nobody read the list since the last one');
    warm.asked();
    warm.changed();
    await settle(40);
    assert.equal(g.started(), 2);
    g.finish();
    warm.close();
  });

  it('should run one list at a time and keep at most one waiting behind it', async () => {
    const g = gated();
    const warm = new EntityWarmer(g.work, 5);
    warm.now();
    for (let i = 0; i < 4; i++) {
      warm.asked();
      warm.changed();
      await settle(30);
    }
    assert.equal(g.started(), 1, 'the others wait for the running one');
    assert.equal(g.running(), 1);
    g.finish();
    await settle(10);
    assert.equal(g.started(), 2, 'the four changes made one list more, not four');
    g.finish();
    await settle(30);
    assert.equal(g.started(), 2);
    warm.close();
  });

  it('should go on after a list that failed', async () => {
    let runs = 0;
    const warm = new EntityWarmer(() => (runs++, Promise.reject(new Error('store closed'))), 5);
    warm.now();
    await settle(10);
    warm.asked();
    warm.changed();
    await settle(40);
    assert.equal(runs, 2);
    warm.close();
  });

  it('should start nothing once closed, not even a list already waiting for a pause', async () => {
    const g = gated();
    const warm = new EntityWarmer(g.work, 20);
    warm.asked();
    warm.changed();
    warm.close();
    warm.now();
    await settle(60);
    assert.equal(g.started(), 0);
  });
});
