import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { endQuietlyOnClosedOutput } from './closed-output.js';

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`write ${code}`), { code, syscall: 'write' });

describe('endQuietlyOnClosedOutput', () => {
  it('should stop with success and print nothing when the reader closed the pipe', () => {
    const out = new EventEmitter();
    const exits: number[] = [];
    const lines: string[] = [];
    endQuietlyOnClosedOutput(out, (code) => exits.push(code), (line) => lines.push(line));
    out.emit('error', failure('EPIPE'));
    assert.deepEqual([exits, lines], [[0], []]);
  });

  it('should say in one line why the output failed otherwise, and stop with failure', () => {
    const out = new EventEmitter();
    const exits: number[] = [];
    const lines: string[] = [];
    endQuietlyOnClosedOutput(out, (code) => exits.push(code), (line) => lines.push(line));
    out.emit('error', failure('ENOSPC'));
    assert.deepEqual(exits, [1]);
    assert.match(lines.join(''), /^triangulate: cannot write standard output: the disk is full\n$/);
  });

  it('should leave a failure other than a closed pipe to a command that listens for it', () => {
    const out = new EventEmitter();
    const exits: number[] = [];
    endQuietlyOnClosedOutput(out, (code) => exits.push(code), () => undefined);
    out.on('error', () => undefined);
    out.emit('error', failure('ENOSPC'));
    assert.deepEqual(exits, []);
  });

  it('should watch a stream once however often it is asked to', () => {
    const out = new EventEmitter();
    endQuietlyOnClosedOutput(out, () => undefined, () => undefined);
    endQuietlyOnClosedOutput(out, () => undefined, () => undefined);
    assert.equal(out.listenerCount('error'), 1);
  });
});
