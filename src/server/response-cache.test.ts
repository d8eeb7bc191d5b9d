import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseCache } from './response-cache.js';

const answer = (text: string) => ({ body: Buffer.from(text), type: 'application/json', etag: `"${text}"` });

describe('ResponseCache', () => {
  it('should give an answer back only while the store is unchanged', () => {
    const cache = new ResponseCache();
    cache.set('/api/events', '1:0', answer('a'));
    assert.equal(cache.get('/api/events', '1:0')?.body.toString(), 'a');
    assert.equal(cache.get('/api/events', '1:1'), undefined);
    assert.equal(cache.get('/api/events', '1:0'), undefined, 'a stale answer is dropped, not kept for later');
  });

  it('should let the least recently used answers go first when full', () => {
    const cache = new ResponseCache(2);
    cache.set('a', 'm', answer('a'));
    cache.set('b', 'm', answer('b'));
    cache.get('a', 'm');
    cache.set('c', 'm', answer('c'));
    assert.equal(cache.size, 2);
    assert.ok(cache.get('a', 'm') && cache.get('c', 'm'));
    assert.equal(cache.get('b', 'm'), undefined);
  });

  it('should bound the bytes it holds and not keep an answer too large for it', () => {
    const cache = new ResponseCache(100, 160);
    cache.set('big', 'm', answer('x'.repeat(11)));
    assert.equal(cache.get('big', 'm'), undefined);
    for (let i = 0; i < 30; i++) cache.set(`k${i}`, 'm', answer('y'.repeat(10)));
    assert.ok(cache.size <= 16);
  });
});
