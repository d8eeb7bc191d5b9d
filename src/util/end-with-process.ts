/**
 * Cleanup that must run however this process ends (a throw-away server's process and folder): on exit,
 * and on SIGINT/SIGTERM. A test run or bench interrupted before its own stop would otherwise leave the
 * server running and its folder behind.
 */

/** Runs `cleanup` once when the process exits or is interrupted; the answer forgets it (after a normal stop). */
export function endWithProcess(cleanup: () => void): () => void {
  const onExit = (): void => cleanup();
  const onSignal = (signal: NodeJS.Signals): void => {
    forget();
    cleanup();
    // Alone, this handler took the signal's default (ending the process) away: raised again without it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const forget = (): void => {
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return forget;
}
