import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths } from '../ingest/batch.js';
import type { DateEvidence } from '../model/types.js';
import { createStages } from '../pipeline.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { tempDir } from '../../test/helpers.js';
import { recalledEvents } from './recalled-event.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

const own = (value: string): DateEvidence => ({ value, anchoring: 'stated', fallback: false, text: 'on Monday', sentence: '' });

function mentions(body: string, publishedAt: string, eventDay: string): [string, string, boolean][] {
  const sentences = splitSentences(body);
  const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
  return recalledEvents(body, sentences, timexes, own(eventDay)).map((r) => [r.description, r.date, r.near === true]);
}

describe('recalledEvents', () => {
  it('should read the blast a later report names by its dead, in the months of the earlier days it names, as near', () => {
    const body = 'Inspectors said a gas valve had been left open before the explosion that killed three workers at the Harwick Foods factory in Leeds, the regulator said on Monday. The leak began on the morning of May 4, they said.';
    assert.deepEqual(mentions(body, '2027-05-18T08:00:00Z', '2027-05-17'), [['Explosion at the Harwick Foods factory', '2027-05', true]]);
  });

  it('should give the place written before the relative clause, and none where the clause names no place', () => {
    const before = 'A foreman was charged on Friday over the fire at Delby Mill that killed two staff. Police first searched the mill on March 2.';
    assert.deepEqual(mentions(before, '2027-03-20T08:00:00Z', '2027-03-19'), [['Fire at Delby Mill', '2027-03', true]]);
    const bare = 'The families met ministers on Friday to discuss the crash which killed nine people. It happened on March 2.';
    assert.deepEqual(mentions(bare, '2027-03-20T08:00:00Z', '2027-03-19'), [['Crash', '2027-03', true]]);
  });

  it('should read nothing in a report of the event itself, which names no day days before its own', () => {
    const body = 'Detectives are looking into the gunfire that killed two men in front of a tavern in Dayton on Saturday night.';
    assert.deepEqual(mentions(body, '2027-03-07T08:00:00Z', '2027-03-06'), []);
  });

  it('should link a findings report to the stored blast it names by its dead', async () => {
    const dir = tempDir();
    const blast = {
      id: 'blast', title: 'Two killed in explosion at Harwick Foods factory in Leeds', publishedAt: '2027-05-04T18:00:00Z',
      text: 'Two workers were killed and eight hurt when an explosion tore through the Harwick Foods factory in Leeds on Tuesday morning, West Yorkshire Police said. ' +
        'Fire crews from across the city were sent to the site. The cause of the explosion at the Harwick Foods factory is not yet known, police said.',
    };
    const findings = {
      id: 'findings', title: 'Open gas valve behind Leeds factory blast, inspectors find', publishedAt: '2027-05-18T08:00:00Z',
      text: 'A gas valve had been left open for hours before the explosion that killed two workers at the Harwick Foods factory, safety inspectors said on Monday. ' +
        'Their interim report said gas had gathered in a basement store on the morning of May 4. The company said it had changed its procedures.',
    };
    const db = new SqliteStore(':memory:');
    try {
      for (const record of [blast, findings]) {
        const file = join(dir.path, `${record.id}.jsonl`);
        writeFileSync(file, `${JSON.stringify(record)}\n`);
        await ingestPaths([file], createStages(), { store: db, now: () => '2027-05-19T00:00:00.000Z' });
      }
      const events = await db.listEvents();
      const explosion = events.find((e) => e.title.startsWith('Two killed'))!;
      const report = events.find((e) => e.title.startsWith('Open gas valve'))!;
      assert.notEqual(explosion.id, report.id);
      assert.deepEqual(report.related.map((r) => r.eventId), [explosion.id]);
      assert.ok(report.themes.includes('disaster'), report.themes.join(', '));
    } finally {
      await db.close();
      dir.cleanup();
    }
  });
});
