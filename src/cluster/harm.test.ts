import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { ingestPaths } from '../ingest/batch.js';
import { createStages } from '../pipeline.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { harmOf, harmsConflict, harmsOf } from './harm.js';

const killed = enrichedArticle(
  'Police said a Brookfield man, 27, was shot dead late Saturday outside the Quick Stop market on Alder Street. He lay on the sidewalk with several gunshot wounds when officers reached him and was dead within minutes.',
  { title: 'Man shot dead outside Brookfield store', publishedAt: '2024-09-15T10:00:00Z' },
);
const wounded = enrichedArticle(
  'Gunfire wounded two teenagers outside the Quick Stop market on Alder Street in Brookfield on Monday evening, police said. Mercy General Hospital is treating both, and doctors expect them to recover.',
  { title: 'Two teens wounded in Brookfield shooting', publishedAt: '2024-09-17T10:00:00Z' },
);
const diedLater = enrichedArticle(
  'Police said Thursday that a Brookfield boy, 17, shot outside the Quick Stop market on Alder Street on Monday, has died of his injuries. He was one of two teenagers hit that evening.',
  { title: 'Teen wounded in Brookfield shooting dies', publishedAt: '2024-09-19T10:00:00Z' },
);

describe('harmOf', () => {
  it('should read a death, wounded alone, and nothing where no harm is counted', () => {
    assert.equal(harmOf({ killed: 1, injured: 3 }, 'Officers said a man died on the pavement.'), 'dead');
    assert.equal(harmOf({ killed: null, injured: 2 }, ''), 'hurt');
    assert.equal(harmOf({ killed: 0, injured: 0 }, ''), null);
    assert.equal(harmOf(null, ''), null);
  });

  it('should read the harm of reports as outlets write them', () => {
    assert.equal(harmOf(killed.casualties, killed.body), 'dead');
    assert.equal(harmOf(wounded.casualties, wounded.body), 'hurt');
  });

  it('should read a death that came after the wounds as both harms, not as a death against the wounded', () => {
    assert.equal(harmOf(diedLater.casualties, diedLater.body), 'both');
    for (const text of ['The woman later died at a hospital.', 'He succumbed to his wounds on Sunday.', 'The victim has since died.', 'She died two days later.', 'He died from the gunshot wounds at the hospital.', 'The family took him off life support on Friday.']) {
      assert.equal(harmOf({ killed: 1, injured: null }, text), 'both', text);
    }
    // Wounds named, but no death after them.
    assert.equal(harmOf({ killed: 1, injured: null }, 'A round struck his chest, and medics pronounced him dead where he lay.'), 'dead');
  });
});

describe('harmsConflict', () => {
  it('should mark an article whose harm no report of the event counts', () => {
    assert.equal(harmsConflict('hurt', ['dead']), true);
    assert.equal(harmsConflict('dead', ['hurt']), true);
    assert.equal(harmsConflict('dead', ['dead', 'hurt']), false);
    assert.equal(harmsConflict('hurt', ['hurt']), false);
  });

  it('should find no conflict in a death after wounds, on either side', () => {
    // The report of the later death against the wounding's event ...
    assert.equal(harmsConflict('both', ['hurt']), false);
    assert.equal(harmsConflict('both', ['dead']), false);
    // ... and a late copy of the first report against an event that has taken the later death.
    assert.equal(harmsConflict('hurt', harmsOf('both')), false);
    assert.equal(harmsConflict('dead', harmsOf('both')), false);
  });

  it('should say nothing where a side counts no harm', () => {
    assert.equal(harmsConflict(null, ['dead']), false);
    assert.equal(harmsConflict('dead', []), false);
    assert.deepEqual(harmsOf(null), []);
  });
});

describe('cluster: a killing and a wounding in one town two days apart', () => {
  it('should keep the two shootings apart, and join the report of the wounded teenager\'s death to the wounding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-harm-'));
    const store = new SqliteStore(':memory:');
    try {
      // Without harmConflict the wounding joined the killing (probability 0.46 against the threshold 0.21).
      writeFileSync(join(dir, 'a-saturday.txt'), ['Man shot dead outside Brookfield store', 'By Dana Whitlock, Brookfield Ledger', 'Published: September 15, 2024 10:00 EDT', 'BROOKFIELD - Police said a man of 27 was shot dead late Saturday outside the Quick Stop market on Alder Street.', 'He died on the sidewalk, and detectives are going through the market’s camera footage.'].join('\n'));
      writeFileSync(join(dir, 'b-monday.txt'), ['Two teens wounded in Brookfield park shooting', 'By Marcus Bell, Brookfield Ledger', 'Published: September 17, 2024 10:00 EDT', 'BROOKFIELD - Two teenagers were shot and wounded near a basketball court in Linden Park on Monday evening, police said.', 'Mercy General Hospital is treating both, and doctors expect them to recover.', 'A neighbour said she heard at least five shots.'].join('\n'));
      writeFileSync(join(dir, 'c-thursday.txt'), ['Teen wounded in Linden Park shooting dies', 'By Marcus Bell, Brookfield Ledger', 'Published: September 19, 2024 10:00 EDT', 'BROOKFIELD - Police said Thursday that a boy, 17, shot near a basketball court in Linden Park on Monday, has died of his injuries.', 'He was one of two teenagers wounded in the shooting.'].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2024-10-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 3);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => e.articles.length).sort(), [1, 2]);
      assert.deepEqual(events.map((e) => e.date).sort(), ['2024-09-14', '2024-09-16']);
      assert.equal(events.find((e) => e.articles.length === 2)?.date, '2024-09-16');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
