import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { diskFull, failingStore } from '../../../test/failing-store.js';
import { createHttpServer } from '../app.js';

describe('POST /api/articles on a full disk', () => {
  const { store } = failingStore(() => diskFull());
  const server = createHttpServer({ store, cache: false });
  let url = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  });

  it('should answer 507 with the report saying why, not 422 as though the article were at fault, and go on serving', async () => {
    const record = { title: 'Ferry service resumes', body: 'The ferry service between the two islands resumed on Monday after the storm, the operator said in a statement to passengers.' };
    const res = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(record) });
    assert.equal(res.status, 507);
    const answer = (await res.json()) as { stopped?: string; stored: number; errors: { problem: string }[] };
    assert.equal(answer.stopped, 'the disk is full');
    assert.equal(answer.stored, 0);
    assert.match(answer.errors[0]!.problem, /the disk is full/);
    const health = await fetch(`${url}/api/health`);
    assert.equal(health.status, 200);
  });
});
