/**
 * Writes text chunks to a stream as fast as it takes them: waiting for 'drain' when the stream's buffer
 * is full keeps a slow disk or a slow reader of stdout from piling the whole output up in memory. The
 * stream's first error (a full disk, a closed pipe) ends the writing with that error.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function writeChunks(chunks: AsyncIterable<string>, stream: Writable): Promise<void> {
  let failed: Error | null = null;
  const onError = (error: Error): void => {
    failed ??= error;
  };
  stream.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (failed) throw failed;
      // once() rejects on an 'error' that comes while it waits.
      if (chunk !== '' && !stream.write(chunk)) await once(stream, 'drain');
    }
    if (failed) throw failed;
  } finally {
    stream.off('error', onError);
  }
}
