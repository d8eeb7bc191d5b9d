import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as Pg from 'pg';
import { answeredWithin, noAnswer } from './deadline.js';

/** A client whose statement is answered only when told, and fails as pg's does when the client is ended first. */
function slowClient() {
  let fail: (error: Error) => void = () => undefined;
  let ended = 0;
  const client = {
    end: async () => {
      ended++;
      fail(new Error('Connection terminated'));
    },
  } as unknown as Pg.ClientBase;
  const statement = (): Promise<string> => new Promise<string>((_resolve, reject) => (fail = reject));
  return { client, statement, ended: () => ended };
}

describe('a deadline on the answer to a statement', () => {
  it('should end the connection and fail in words naming the store once the deadline passes', async () => {
    const { client, statement, ended } = slowClient();
    await assert.rejects(answeredWithin(client, 30, 'postgresql://ana:***@db/news', statement), (error: unknown) => {
      assert.ok(noAnswer(error));
      assert.match(error.message, /^the PostgreSQL server of postgresql:\/\/ana:\*\*\*@db\/news did not answer a statement within 0\.03 s /);
      return true;
    });
    assert.equal(ended(), 1);
  });

  it('should pass an answer or a failure of its own through untouched, and set no timer for 0 or a wait too long for one', async () => {
    const { client, ended } = slowClient();
    assert.equal(await answeredWithin(client, 1000, 'db', async () => 'rows'), 'rows');
    await assert.rejects(answeredWithin(client, 1000, 'db', async () => Promise.reject(new Error('syntax error at or near "SELEC"'))), /^Error: syntax error/);
    assert.equal(await answeredWithin(client, 0, 'db', () => new Promise((resolve) => setTimeout(() => resolve('late'), 20))), 'late');
    assert.equal(await answeredWithin(client, 3_000_000_000, 'db', () => new Promise((resolve) => setTimeout(() => resolve('late'), 20))), 'late');
    assert.equal(ended(), 0);
  });
});
