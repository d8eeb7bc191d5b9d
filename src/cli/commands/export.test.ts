import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportCommand } from './export.js';

describe('exportCommand', () => {
  it('should refuse --json with another --format rather than silently write JSON', async () => {
    await assert.rejects(exportCommand({ json: true, format: 'csv', db: '/nonexistent/never.db' } as Parameters<typeof exportCommand>[0]), /--json asks for JSON but --format asks for 'csv'/);
  });
});
