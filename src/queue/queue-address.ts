/**
 * Which Redis queue a command uses: --queue, else $TRIANGULATE_QUEUE. The address is a redis:// (or,
 * with TLS, rediss://) URL, `redis://[user:password@]host[:port][/db]`; a queue name other than the
 * default goes in --queue-name. Messages print it through labelQueue, never with its password.
 */
import { displayAddress } from '../store/postgres/address-label.js';

/** The queue's name inside Redis when none is given: one Redis may hold several named queues. */
export const DEFAULT_QUEUE_NAME = 'triangulate';

export interface QueueOptions {
  queue?: string;
  queueName?: string;
}

/** Whether text is a Redis address this program takes. */
export function isRedisUrl(text: string): boolean {
  return /^rediss?:\/\//i.test(text);
}

/** The queue's address as given, or null when neither --queue nor $TRIANGULATE_QUEUE is set. */
export function queueAddress(options: QueueOptions): string | null {
  const given = options.queue || process.env.TRIANGULATE_QUEUE || '';
  if (given === '') return null;
  if (!isRedisUrl(given)) throw new Error(`the queue must be a redis:// or rediss:// address, got ${labelQueue(given)}`);
  return given;
}

/** The queue's name (letters, digits, `-`, `_`, `.`: BullMQ builds its Redis keys from it, `:` separating them). */
export function queueName(options: QueueOptions): string {
  const name = options.queueName ?? DEFAULT_QUEUE_NAME;
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(name)) throw new Error(`--queue-name must be 1 to 100 letters, digits, '.', '_' or '-', got '${name}'`);
  return name;
}

/** A Redis address fit to print: its password (in the user part or a `password=` parameter) never shown. */
export function labelQueue(url: string): string {
  return displayAddress(url, 'redis');
}

/** The queue as messages name it: address and, when not the default, name. */
export function queueLabel(url: string, name: string): string {
  return name === DEFAULT_QUEUE_NAME ? labelQueue(url) : `${labelQueue(url)} (queue ${name})`;
}
