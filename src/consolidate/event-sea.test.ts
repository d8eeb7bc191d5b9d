import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withSea } from './event-sea.js';
import type { Article, EventLocation } from '../model/types.js';

const report = (seaArea?: Article['seaArea']): Article => ({ id: String(Math.random()), ...(seaArea ? { seaArea } : {}) }) as unknown as Article;
const town: EventLocation = { name: 'Norrvik', country: 'SE', lat: 57.1, lon: 18.3 };

describe('withSea', () => {
  it("should give an event its reports' sea beside the town they name, the first distance off with it", () => {
    const placed = withSea(town, [report({ name: 'Gulf of Riga' }), report(), report({ name: null, off: 'Norrvik', km: 30 }), report({ name: 'Gulf of Riga' })]);
    assert.deepEqual(placed, { ...town, sea: { name: 'Gulf of Riga', off: 'Norrvik', km: 30 } });
  });

  it('should leave an event on land as it is', () => {
    assert.deepEqual(withSea(town, [report(), report()]), town);
  });
});
