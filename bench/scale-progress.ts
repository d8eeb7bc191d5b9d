/**
 * The scale run's measurements by tenth of the stream, kept so that a run too long for one sitting
 * (a million articles is hours of one core) can stop and go on later from its store: `cluster-scale
 * --keep DIR` writes this state to DIR/state.json at every progress mark, `--resume DIR` reads it and
 * goes on where it stopped. Each tenth adds up the articles, CPU and wall time of the spans measured
 * in it, in whichever sitting; a span a sitting lost (the articles after its last mark, when it was
 * stopped) is left out of the rates rather than guessed, and is named in the state as a gap.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** What was measured of one tenth of the stream. */
export interface TenthTally {
  articles: number;
  cpuMs: number;
  wallMs: number;
}

/** One sitting of the run: a process from its start (or resume) to its last mark. */
export interface Sitting {
  from: number;
  to: number;
  startedAt: string;
  lastMarkAt: string;
  peakRssMb: number;
  /** Set for a sitting whose figures were taken from its log rather than measured marks. */
  note?: string;
}

export interface ScaleState {
  articles: number;
  /** The stream position the next sitting starts from (the last mark's). */
  next: number;
  /** Per tenth (1-10): the measured spans added up. */
  tenths: Record<string, TenthTally>;
  /** Live heap in MB after a full collection when the run first reached each tenth (0-10). */
  liveHeapMb: Record<string, number>;
  sittings: Sitting[];
  /** Stretches of the stream whose cost no sitting measured: [from, to). */
  gaps: [number, number][];
  refused: number;
}

export function newScaleState(articles: number): ScaleState {
  return { articles, next: 0, tenths: {}, liveHeapMb: {}, sittings: [], gaps: [], refused: 0 };
}

export function readScaleState(file: string): ScaleState | null {
  if (!existsSync(file)) return null;
  const state = JSON.parse(readFileSync(file, 'utf8')) as ScaleState;
  if (typeof state.articles !== 'number' || typeof state.next !== 'number') throw new Error(`${file}: not a scale run's state (no articles or next)`);
  return state;
}

/** Written beside and renamed over, so a process stopped mid-write leaves the previous state whole. */
export function writeScaleState(file: string, state: ScaleState): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** The tenth (1-10) the article at stream position `done` (0-based count of articles before it) falls in. */
export function tenthOf(done: number, articles: number): number {
  return Math.min(10, Math.floor((done * 10) / articles) + 1);
}

/**
 * Adds one measured span, from one mark to the next of the same sitting, to the tenth it starts in
 * (a span is one progress interval, a few hundred articles: splitting it at a tenth's edge would
 * need a rate inside it that was not measured).
 */
export function addSpan(state: ScaleState, from: number, to: number, cpuMs: number, wallMs: number): void {
  const key = String(tenthOf(from, state.articles));
  const t = (state.tenths[key] ??= { articles: 0, cpuMs: 0, wallMs: 0 });
  t.articles += to - from;
  t.cpuMs += cpuMs;
  t.wallMs += wallMs;
}

export interface TenthRates {
  perSecond: number;
  perCpuSecond: number;
}

export function tenthRates(state: ScaleState, tenth: number): TenthRates {
  const t = state.tenths[String(tenth)];
  if (!t || t.articles === 0) return { perSecond: NaN, perCpuSecond: NaN };
  return { perSecond: (t.articles * 1000) / t.wallMs, perCpuSecond: (t.articles * 1000) / t.cpuMs };
}

/** Articles per second of wall time over everything measured. */
export function overallPerSecond(state: ScaleState): number {
  let articles = 0;
  let wallMs = 0;
  for (const t of Object.values(state.tenths)) {
    articles += t.articles;
    wallMs += t.wallMs;
  }
  return wallMs > 0 ? (articles * 1000) / wallMs : NaN;
}
