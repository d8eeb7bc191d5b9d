import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latestVersions } from './latest-versions.js';

const page = (id: string, url: string | undefined, at: string, body: string) => ({ id, source: url ? { url } : {}, publishedAt: at, modifiedAt: null, body });
const story = 'The ferry ran aground off Skerry Point on Sunday and harbour master Ines Farga said no one was hurt.';

describe('latestVersions', () => {
  it('should keep only the latest version of a page stored twice at one address', () => {
    const first = page('a', 'https://paper.example/ferry', '2026-02-01T10:00:00Z', story);
    const fixed = page('b', 'https://paper.example/ferry', '2026-02-02T10:00:00Z', story.replace('Farga', 'Varga'));
    const other = page('c', 'https://wire.example/ferry', '2026-02-01T12:00:00Z', story);
    assert.deepEqual(latestVersions([first, other, fixed]).map((a) => a.id), ['c', 'b']);
  });

  it('should keep two different stories that share an address, and pages with no address', () => {
    const one = page('a', 'https://paper.example/live', '2026-02-01T10:00:00Z', story);
    const two = page('b', 'https://paper.example/live', '2026-02-02T10:00:00Z', 'Council votes to close the library on Elm Street after a budget shortfall of two million.');
    const none = page('c', undefined, '2026-02-01T10:00:00Z', story);
    assert.deepEqual(latestVersions([one, two, none]).map((a) => a.id), ['a', 'b', 'c']);
  });
});
