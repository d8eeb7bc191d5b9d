/**
 * How much of ingest's event building a later article undoes (issue 5): every stored article rebuilds
 * its event's record and writes it, and when another article of the same event follows soon after,
 * that record is overwritten inside the same commit group, before another connection could read it
 * (the pipeline's own lookups of earlier events, and the links of waiting mentions, do read it). This
 * counts, for windows of the next N stored articles, the builds whose event is built again (or merged
 * away) within the window, and the CPU their articles' consolidate and store stages took: a bound on
 * what building each event once per group of N articles could save (the article's own rows are
 * written either way, and its sentences, first read at its build, would be read at the later one).
 * A commit group holds half a second of articles (src/store/sqlite/commit-group.ts), so N grows with
 * the ingest rate: about 10 at 20 articles a second, 250 at the issue's 500.
 *
 * That bound counts the whole build, but a build left out saves less: what it reads first (its new
 * article's sentences, their tolls, names and bodies, cached by article or by text) is read by the
 * next build of the event instead. With `repeat`, each article's consolidate stage is run a second time
 * at once (its records unchanged: nothing is written between the two runs), and that run's CPU, a build
 * whose readings are all made, is what leaving the build out saves of consolidate (the record's write
 * in the store stage aside). On the 2,000-article scale stream (fifty-second session) the second runs
 * took 9.1 CPU s against 27.1 for the first runs and the store; those of the records the next article
 * overwrote 4.9 s (18%): the builds rewritten soonest are those of the largest events, the dearest.
 */
import type { NewsDocument } from '../src/model/document.js';
import type { Stage } from '../src/pipeline.js';
import { runCountingCpu } from './stage-cpu.js';

/** One stored article's build: the event it wrote, the events it merged into it, and the CPU its consolidate and store stages took. */
export interface EventBuild {
  eventId: string;
  mergedEventIds: readonly string[];
  cpuMs: number;
  /** The CPU of the article's consolidate stage run again at once (recordingBuilds' `repeat`; 0 without). */
  repeatMs: number;
}

export interface Superseded {
  window: number;
  /** Builds whose event was built again or merged away within the next `window` stored articles. */
  builds: number;
  cpuMs: number;
  /** Their repeatMs: what leaving them unbuilt would save of consolidate. */
  repeatMs: number;
}

/** For each window, the builds (and their CPU) undone within it; `builds` in the order stored. */
export function supersededWithin(builds: readonly EventBuild[], windows: readonly number[]): Superseded[] {
  // The distance to the next build that rewrites or removes each build's event (Infinity: none).
  const next: number[] = new Array<number>(builds.length).fill(Number.POSITIVE_INFINITY);
  const lastAt = new Map<string, number>();
  builds.forEach((b, i) => {
    for (const id of [b.eventId, ...b.mergedEventIds]) {
      const at = lastAt.get(id);
      if (at !== undefined && next[at] === Number.POSITIVE_INFINITY) next[at] = i - at;
      // A merged event is gone: nothing after can rewrite the build that wrote it.
      lastAt.delete(id);
    }
    lastAt.set(b.eventId, i);
  });
  return windows.map((window) => {
    let count = 0;
    let cpuMs = 0;
    let repeatMs = 0;
    builds.forEach((b, i) => {
      if (next[i]! > window) return;
      count++;
      cpuMs += b.cpuMs;
      repeatMs += b.repeatMs;
    });
    return { window, builds: count, cpuMs, repeatMs };
  });
}

/** Windows (in stored articles) over which the benches count builds overwritten. */
export const SUPERSEDED_WINDOWS: readonly number[] = [1, 8, 64, 256];

/**
 * The stages with each stored article's build added to `builds`: the consolidate and store stages'
 * CPU of the article, kept once its store stage has written it (a failed or duplicate article builds
 * nothing that stays). A split's new event is left out: nobody rewrites it at once.
 * `repeat`: the consolidate stage is run a second time on each article right after the first, and
 * that run's CPU kept as the build's repeatMs (not in cpuMs). The second run reads the store and the
 * document as the first did and sets the same fields to equal values; an article whose first run split
 * its event (it may have moved the article to the new event) is not run again. The stages' own CPU, as
 * a bench prints it, then includes the repeats.
 */
export function recordingBuilds(stages: readonly Stage[], builds: EventBuild[], options: { repeat?: boolean } = {}): Stage[] {
  const cpuOf = new WeakMap<NewsDocument, number>();
  const repeatOf = new WeakMap<NewsDocument, number>();
  return stages.map((stage): Stage => {
    if (stage.name !== 'consolidate' && stage.name !== 'store') return stage;
    return {
      name: stage.name,
      run: async (doc, context) => {
        await runCountingCpu(stage, doc, context, (ms) => cpuOf.set(doc, (cpuOf.get(doc) ?? 0) + ms));
        if (stage.name === 'consolidate' && options.repeat && !doc.splitOff) await runCountingCpu(stage, doc, context, (ms) => repeatOf.set(doc, ms));
        if (stage.name === 'store' && doc.event) builds.push({ eventId: doc.event.id, mergedEventIds: doc.mergedEventIds, cpuMs: cpuOf.get(doc) ?? 0, repeatMs: repeatOf.get(doc) ?? 0 });
      },
    };
  });
}

/** What `supersededWithin` finds, one line a window, for a bench to print. */
export function supersededLines(builds: readonly EventBuild[]): string[] {
  const all = builds.reduce((sum, b) => sum + b.cpuMs, 0);
  const repeats = builds.reduce((sum, b) => sum + b.repeatMs, 0);
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  return [
    `consolidate and store of ${builds.length} stored articles: ${seconds(all)} CPU s${repeats > 0 ? `; their consolidate run again at once: ${seconds(repeats)} CPU s` : ''}`,
    ...supersededWithin(builds, SUPERSEDED_WINDOWS).map(
      (r) =>
        `  overwritten within the next ${r.window} stored articles: ${r.builds} records (${((100 * r.builds) / Math.max(1, builds.length)).toFixed(1)}%), ${seconds(r.cpuMs)} CPU s (${((100 * r.cpuMs) / Math.max(1, all)).toFixed(1)}%)` +
        (repeats > 0 ? `; run again at once ${seconds(r.repeatMs)} CPU s (${((100 * r.repeatMs) / Math.max(1, all)).toFixed(1)}%)` : ''),
    ),
  ];
}
