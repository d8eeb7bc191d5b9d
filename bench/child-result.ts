/**
 * How a bench's child process (cluster-scale's `--one N`) is started and how its one result is told
 * apart from whatever else it prints. The child gets the parent's own Node flags, so a long run can be
 * traced (`node --trace-gc-verbose dist/bench/cluster-scale.js ...`): V8 prints such traces to stdout,
 * where the parent used to expect nothing but the JSON result. The child now writes its result on a
 * line of its own after a marker; the parent takes that line and passes every other line on to its
 * stderr as it comes, so a trace of an hours-long run is neither held in memory nor lost.
 */

/** Starts the child's result line; no V8 trace line starts so. */
export const RESULT_MARK = '@@bench-result ';

/**
 * The Node arguments of a child: the pipeline's flags the parent lacks (v8-flags.ts), then the parent's
 * own flags as given (process.execArgv), then --expose-gc unless the parent had it already (the child
 * collects at each tenth).
 */
export function childNodeArgs(parentExecArgv: readonly string[], missingPipelineFlags: readonly string[]): string[] {
  const args = [...missingPipelineFlags, ...parentExecArgv];
  if (!args.includes('--expose-gc')) args.push('--expose-gc');
  return args;
}

/**
 * The text a child writes for its result. It starts with a line break: V8 writes its traces through
 * C's buffered stdout, which may have flushed half a line just before, and the marker must start a line.
 */
export function resultText(json: string): string {
  return `\n${RESULT_MARK}${json}\n`;
}

/**
 * Reads a child's stdout in chunks as they arrive: lines that are not the result go to `other` (without
 * their line break) as soon as they are whole; the result's JSON is kept (the last one, should there be
 * more than one).
 */
export class ResultLineReader {
  private partial = '';
  private json: string | null = null;

  constructor(private readonly other: (line: string) => void) {}

  push(chunk: string): void {
    const text = this.partial + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      this.line(text.slice(start, end));
      start = end + 1;
    }
    this.partial = text.slice(start);
  }

  /** The stream has ended: a last line without a break is a line too. */
  end(): void {
    if (this.partial !== '') this.line(this.partial);
    this.partial = '';
  }

  /** The result's JSON text, or null when the child wrote none. */
  result(): string | null {
    return this.json;
  }

  private line(line: string): void {
    if (line.startsWith(RESULT_MARK)) this.json = line.slice(RESULT_MARK.length);
    // The empty line the result starts with is the reader's own, not the child's.
    else if (line !== '') this.other(line);
  }
}
