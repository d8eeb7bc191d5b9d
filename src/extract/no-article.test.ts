/** Pages that hold no article (test/fixtures/no-article) must be refused, never stored as one. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../test/helpers.js';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import { createExtract } from './index.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'no-article');

describe('pages that must produce no article', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`should refuse ${name}`, () => {
      const doc = new NewsDocument(rawDocument(readFileSync(join(FIXTURES, name), 'utf8'), 'html', { file: name }, {}));
      assert.throws(() => createExtract()(doc), /no article text/);
    });
  }
});
