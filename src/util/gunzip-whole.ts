/**
 * gunzipSync into one buffer of the right size. By default zlib writes its output in 16 KB pieces and
 * then copies them into one buffer: for a model file of 15 MB that is twice the memory at once, in
 * pieces the C library keeps in its heap after they are freed (once a large buffer has been freed it
 * serves later ones from that heap too, and never gives the space back). A gzip file ends with the size
 * of its content (modulo 4 GB): asked for pieces that large, zlib writes it all into one buffer and
 * returns that, with no copy. A file of several members states only the last one's size: it still
 * reads whole, in more pieces.
 */
import { gunzipSync } from 'node:zlib';

/** zlib's smallest piece; below it the option is refused. */
const MIN_CHUNK = 64;
/** Past this a piece would be a large allocation made on the stated size alone: read in default pieces. */
const MAX_CHUNK = 1 << 30;

export function gunzipWhole(bytes: Uint8Array): Buffer {
  const stated = bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.length - 4, true) : 0;
  // One byte more than the content: zlib then finds the end with room to spare, in the first piece.
  const chunkSize = stated > 0 && stated < MAX_CHUNK ? Math.max(MIN_CHUNK, stated + 1) : undefined;
  return chunkSize === undefined ? gunzipSync(bytes) : gunzipSync(bytes, { chunkSize });
}
