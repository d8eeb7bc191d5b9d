import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { joinNobleStyles } from './noble-titles.js';

function spans(body: string, found: readonly (readonly [string, Entity['type']])[]): string[] {
  const entities: Entity[] = found.map(([text, type]) => ({ text, type, start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  joinNobleStyles(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe("a peer's or a knight's style", () => {
  it("should be part of the person's name after it", () => {
    assert.deepEqual(spans('Governors-General include Lord Casey and Sir John Kerr.', [['Casey', 'person'], ['John Kerr', 'person']]), ['person:Lord Casey', 'person:Sir John Kerr']);
  });

  it('should not join a place, nor a name that only ends in the letters', () => {
    assert.deepEqual(spans('He sailed from Lord Howe Island with AbuSir Tom.', [['Howe Island', 'location'], ['Tom', 'person']]), ['location:Howe Island', 'person:Tom']);
  });
});
