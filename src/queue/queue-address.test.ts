import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_QUEUE_NAME, isRedisUrl, labelQueue, queueAddress, queueLabel, queueName } from './queue-address.js';

describe('queue addresses', () => {
  it('should never print the password of a redis:// address', () => {
    assert.equal(labelQueue('redis://:hunter2@cache.example:6380/2'), 'redis://:***@cache.example:6380/2');
    assert.equal(labelQueue('rediss://ops:p@ss%2Fword@cache.example/0'), 'rediss://ops:***@cache.example/0');
    assert.equal(labelQueue('redis://cache.example:6379?password=hunter2'), 'redis://cache.example:6379?password=***');
    assert.ok(!labelQueue('redis://a b:hunter2@@').includes('hunter2'));
  });

  it('should take --queue before $TRIANGULATE_QUEUE, and neither when both are missing', () => {
    const saved = process.env.TRIANGULATE_QUEUE;
    try {
      process.env.TRIANGULATE_QUEUE = 'redis://env-host:6379';
      assert.equal(queueAddress({ queue: 'redis://flag-host:6379' }), 'redis://flag-host:6379');
      assert.equal(queueAddress({}), 'redis://env-host:6379');
      delete process.env.TRIANGULATE_QUEUE;
      assert.equal(queueAddress({}), null);
    } finally {
      if (saved === undefined) delete process.env.TRIANGULATE_QUEUE;
      else process.env.TRIANGULATE_QUEUE = saved;
    }
  });

  it('should refuse an address that is not redis://, without printing its password', () => {
    assert.throws(() => queueAddress({ queue: 'http://ops:hunter2@cache.example' }), (error: Error) => /redis:\/\//.test(error.message) && !error.message.includes('hunter2'));
    assert.equal(isRedisUrl('REDIS://host'), true);
    assert.equal(isRedisUrl('postgresql://host/db'), false);
  });

  it('should name the default queue by its address alone, another by its name too', () => {
    assert.equal(queueName({}), DEFAULT_QUEUE_NAME);
    assert.throws(() => queueName({ queueName: 'a:b' }), /--queue-name/);
    assert.equal(queueLabel('redis://h:1', DEFAULT_QUEUE_NAME), 'redis://h:1');
    assert.equal(queueLabel('redis://h:1', 'night'), 'redis://h:1 (queue night)');
  });
});
