/**
 * A reader that stops early (`triangulate articles --json | head`) closes the pipe under every command
 * that prints. The next write then fails with EPIPE, which Node raises as an unhandled 'error' event:
 * a stack trace on stderr for what is an ordinary way to read output. As `cat` does, the command stops
 * quietly instead, since no one reads the rest. Any other failure of the output (`> /dev/full`) is said
 * in one line, unless the command that writes listens for it itself (export does, with its own words).
 */
import type { EventEmitter } from 'node:events';
import { writeProblem } from './file-problem.js';

/** Streams already watched: main() may run more than once in one process (tests, embedding). */
const watched = new WeakSet<EventEmitter>();

export function endQuietlyOnClosedOutput(stream: EventEmitter, exit: (code: number) => void, warn: (line: string) => void): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  const onError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') {
      exit(0);
      return;
    }
    // Another listener (a command writing its own output) reports the failure in its words.
    if (stream.listenerCount('error') > 1) return;
    warn(`triangulate: ${writeProblem('standard output', error)}\n`);
    exit(1);
  };
  stream.on('error', onError);
}
