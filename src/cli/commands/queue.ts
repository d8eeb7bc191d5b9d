/**
 * `triangulate queue --queue redis://...`: the queue's counts and its failed jobs with their messages;
 * --retry-failed puts them back to be tried again, --clear-failed drops them.
 */
import { RedisConnections } from '../../queue/connections.js';
import { queueAddress, queueLabel, queueName, type QueueOptions } from '../../queue/queue-address.js';
import { clearFailed, queueStatus, retryFailed } from '../../queue/queue-status.js';
import { CliError } from '../context.js';
import { json, table } from '../format.js';

export interface QueueCommandOptions extends QueueOptions {
  json?: boolean;
  limit?: string;
  retryFailed?: boolean;
  clearFailed?: boolean;
}

export async function queueCommand(options: QueueCommandOptions): Promise<number> {
  const url = queueAddress(options);
  if (!url) throw new CliError('no queue: give --queue redis://host:port[/db] (or set $TRIANGULATE_QUEUE)');
  if (options.retryFailed && options.clearFailed) throw new CliError('--retry-failed and --clear-failed cannot go together');
  const name = queueName(options);
  const label = queueLabel(url, name);
  const limit = options.limit === undefined ? 50 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new CliError(`--limit must be a whole number, got '${options.limit}'`);
  const connections = new RedisConnections(url);
  try {
    if (options.retryFailed || options.clearFailed) {
      const n = options.retryFailed ? await retryFailed(connections, name) : await clearFailed(connections, name);
      const done = options.retryFailed ? 'retried' : 'cleared';
      if (options.json) process.stdout.write(`${json({ queue: label, [done]: n })}\n`);
      else process.stdout.write(`${n} failed job(s) ${options.retryFailed ? 'back in the queue, to be tried again' : 'cleared (their articles are not stored)'} in ${label}\n`);
      return 0;
    }
    const status = await queueStatus(connections, name, label, limit);
    if (options.json) {
      process.stdout.write(`${json(status)}\n`);
      return 0;
    }
    const c = status.counts;
    process.stdout.write(`${label}: ${c.waiting} waiting, ${c.active} active, ${c.delayed} delayed, ${c.completed} done (kept), ${c.failed} failed\n`);
    if (status.failed.length > 0) {
      process.stdout.write(`${table(['job', 'input', 'tries', 'failed at', 'message'], status.failed.map((f) => [f.id, f.input, String(f.attempts), f.failedAt ?? '-', f.message]))}\n`);
      if (c.failed > status.failed.length) process.stdout.write(`(${c.failed - status.failed.length} more failed job(s); --limit shows more)\n`);
      process.stdout.write('fix what failed, then `triangulate queue --retry-failed`, or `--clear-failed` to drop them\n');
    }
    return 0;
  } catch (error) {
    throw new CliError((error as Error).message);
  } finally {
    await connections.close();
  }
}
