import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { writeChunks } from './write-chunks.js';

async function* chunks(n: number): AsyncGenerator<string> {
  for (let i = 0; i < n; i++) yield `line ${i}\n`;
}

describe('writeChunks', () => {
  it('should wait for a slow stream to drain rather than buffer everything, and write every chunk in order', async () => {
    let written = '';
    let mostBuffered = 0;
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        setImmediate(done);
      },
    });
    const watching = (async function* () {
      for await (const chunk of chunks(50)) {
        mostBuffered = Math.max(mostBuffered, slow.writableLength);
        yield chunk;
      }
    })();
    await writeChunks(watching, slow);
    assert.equal(written, [...Array(50).keys()].map((i) => `line ${i}\n`).join(''));
    assert.ok(mostBuffered <= 16 + 'line 49\n'.length, `buffered ${mostBuffered} bytes`);
  });

  it("should end with the stream's error (a full disk, a closed pipe)", async () => {
    const failing = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      },
    });
    await assert.rejects(writeChunks(chunks(50), failing), /no space left/);
  });
});
