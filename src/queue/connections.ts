/**
 * Redis connections for one command: made from the queue's address, checked once before use (a Redis
 * that cannot be reached fails the command with one line, not a retry loop printing forever), and all
 * closed at the end (BullMQ leaves connections it was given open, and an open one keeps the process).
 */
import { Redis } from 'ioredis';
import { labelQueue } from './queue-address.js';

export class RedisConnections {
  private readonly made: Redis[] = [];
  /** The last connection problem each connection reported, so that an outage is said once, not at every retry. */
  private said = '';

  /** `onProblem`: told when Redis becomes unreachable after the start (BullMQ retries meanwhile). */
  constructor(
    readonly url: string,
    private readonly onProblem: (message: string) => void = () => undefined,
  ) {}

  /** A connection for BullMQ (which needs commands to wait, not fail, while Redis reconnects). */
  connection(): Redis {
    const redis = new Redis(this.url, { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 200, 5000) });
    redis.on('error', (error: Error) => {
      const message = `the Redis queue at ${labelQueue(this.url)} cannot be reached (${error.message}); retrying`;
      if (message === this.said) return;
      this.said = message;
      this.onProblem(message);
    });
    redis.on('ready', () => {
      this.said = '';
    });
    this.made.push(redis);
    return redis;
  }

  /** Fails with one clear message when Redis does not answer within `timeoutMs`. */
  async check(timeoutMs = 5000): Promise<void> {
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs, enableOfflineQueue: false });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
    } catch (error) {
      throw new Error(`cannot reach the Redis queue at ${labelQueue(this.url)}: ${redact((error as Error).message, this.url)}`);
    } finally {
      probe.disconnect();
    }
  }

  async close(): Promise<void> {
    // QUIT lets Redis finish what was sent; a Redis that is gone would never answer it: cut after a second.
    await Promise.all(
      this.made.map(async (redis) => {
        const timer = setTimeout(() => redis.disconnect(), 1000);
        try {
          await redis.quit();
        } catch {
          redis.disconnect();
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }
}

/** A driver's message with the address's password taken out, should the driver quote the address. */
export function redact(message: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // An address the URL parser cannot read was refused before a connection was made.
  }
  return password === '' ? message : message.split(password).join('***');
}

/** Whether an error is a connection to Redis failing or cut (said once by RedisConnections, then retried). */
export function isConnectionError(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return (code !== undefined && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE'].includes(code)) || /^Connection is closed/.test(error.message);
}
