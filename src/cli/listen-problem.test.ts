import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, it } from 'node:test';
import { listenProblem } from './listen-problem.js';

/** The error a real listen on `host` gives, to check the words against what Node throws. */
function listenError(host: string): Promise<unknown> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', resolve);
    server.listen(0, host, () => server.close(() => resolve(null)));
  });
}

describe('listenProblem', () => {
  it('should say that a --host is not an address of this machine', async () => {
    // 192.0.2.0/24 is reserved for documentation: never an address of the machine running the tests.
    const error = await listenError('192.0.2.7');
    assert.match(listenProblem('192.0.2.7', 7420, error), /^cannot listen on 192\.0\.2\.7: it is not an address of this machine/);
  });

  it('should say that a --host name does not resolve', async () => {
    const error = await listenError('no-such-host.invalid');
    assert.match(listenProblem('no-such-host.invalid', 7420, error), /no such host name/);
  });
});
