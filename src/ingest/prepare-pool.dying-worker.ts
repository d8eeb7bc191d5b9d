/**
 * A preparing thread for prepare-pool.test.ts: the real one (prepare-worker.ts), except that it dies
 * with a batch in hand, unanswered, when the batch holds a document of the id below, as a thread that
 * runs out of memory or crashes in native code would.
 */
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../model/types.js';
import './prepare-worker.js';

/** The id of the document that kills its thread (prepare-pool.test.ts writes it too: this module runs only in a thread). */
const KILLER_ID = 'kills-its-thread';

// After the real thread's listener, which only queues the batch: the thread ends before it is prepared.
parentPort?.on('message', (message: { body?: unknown }) => {
  if (Array.isArray(message.body) && (message.body as RawDocument[]).some((raw) => raw.source.id === KILLER_ID)) process.exit(1);
});
