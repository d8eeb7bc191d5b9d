import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { redisBinary } from './test-servers.js';
import { startThrowawayRedis } from './throwaway-redis.js';

function redisFolders(): Set<string> {
  return new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('triangulate-redis-')));
}

describe('a throw-away Redis server', () => {
  it('should answer PING on its port, and leave neither a process nor a folder behind when stopped', { skip: redisBinary ? false : 'no redis-server on this machine' }, async () => {
    const before = redisFolders();
    const redis = await startThrowawayRedis(redisBinary!);
    const mine = [...redisFolders()].filter((name) => !before.has(name));
    assert.equal(mine.length, 1);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = createConnection({ port: redis.port, host: '127.0.0.1' }, () => socket.write('PING\r\n'));
      socket.on('data', (data: Buffer) => {
        socket.end();
        resolve(data.toString());
      });
      socket.on('error', reject);
    });
    assert.equal(answer, '+PONG\r\n');
    await redis.stop();
    assert.equal(existsSync(join(tmpdir(), mine[0]!)), false);
    await assert.rejects(
      new Promise((resolve, reject) => {
        const socket = createConnection({ port: redis.port, host: '127.0.0.1' }, () => resolve(socket.end()));
        socket.on('error', reject);
      }),
      /ECONNREFUSED/,
    );
  });
});
