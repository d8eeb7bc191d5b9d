import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAccount, mallocHeapMb, memoryAccount } from './memory-account.js';

describe('mallocHeapMb', () => {
  it('should add the resident kB of the [heap] mappings only', () => {
    const smaps = [
      '55d0a000-55d0b000 r-xp 00000000 08:01 1234                       /usr/bin/node',
      'Rss:                4096 kB',
      '55d0c000-55d8c000 rw-p 00000000 00:00 0                          [heap]',
      'Size:             524288 kB',
      'Rss:               10240 kB',
      '7f00000-7f10000 rw-p 00000000 00:00 0 ',
      'Rss:                2048 kB',
    ].join('\n');
    assert.equal(mallocHeapMb(smaps), 10);
  });

  it('should be zero without a [heap] mapping', () => {
    assert.equal(mallocHeapMb(''), 0);
  });
});

describe('memoryAccount', () => {
  it('should give parts that fit inside the whole', () => {
    const a = memoryAccount();
    assert.ok(a.heapUsed <= a.heapCommitted);
    assert.ok(a.rss > 0 && a.heapCommitted > 0);
    if (process.platform === 'linux') assert.ok(a.heapCommitted + a.mallocHeap <= a.anon + a.file);
    assert.match(formatAccount(a), /^RSS \d+ MB \(anon \d+, files \d+\): V8 heap \d+ committed/);
  });
});
