import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { articleFeatures } from '../cluster/features.js';
import { ingestPaths } from '../ingest/batch.js';
import { createStages, type Stage } from '../pipeline.js';
import type { PipelineContext } from '../pipeline-context.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createConsolidate } from './index.js';
import { reviewEvents } from './review.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-review-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MIXED = 'evt_00000000000000a1';

/**
 * The stages with clustering forced to one event and consolidation reading two articles at a time, so
 * no join-time question splits it: what an event mixed early looks like when the batch ends.
 */
function mixingStages(route: () => { eventId: string; merged?: string[] } = () => ({ eventId: MIXED })): Stage[] {
  return createStages().map((stage) => {
    if (stage.name === 'cluster') {
      return {
        name: 'cluster',
        run: (doc) => {
          doc.features = articleFeatures(doc.article);
          const { eventId, merged = [] } = route();
          doc.article.eventId = eventId;
          doc.mergedEventIds = merged;
        },
      } satisfies Stage;
    }
    return stage.name === 'consolidate' ? { name: 'consolidate', run: createConsolidate({ sample: 2 }) } : stage;
  });
}

const crane = (i: number): string =>
  `A harbour crane collapsed in Galway on Tuesday, injuring ${i + 2} dock workers. Harbour master Siobhan Quinlan said the crane's jib buckled in gusting wind while a container was lifted. ` +
  `Inspectors from the Health and Safety Authority examined the quay. Report ${i} of the crane collapse adds that cargo ships were diverted to Foynes.`;
const wildfire = (i: number): string =>
  `A wildfire near Flagstaff forced ${i + 3} hundred families to evacuate on Tuesday. Fire chief Marcus Delgado said dry lightning started the blaze in ponderosa pine forest. ` +
  `Air tankers dropped retardant over the canyon. Report ${i} of the wildfire adds that Interstate 17 was closed north of Camp Verde.`;

const flood = (i: number): string =>
  `Flash floods swept through Valencia on Tuesday, stranding ${i + 4} dozen motorists. Mayor Carmen Ortiz said the river Turia burst its banks after torrential rain. ` +
  `Rescue boats ferried residents from flooded streets. Report ${i} of the flood adds that the metro was shut across the city.`;

/** A JSON Lines batch, published a minute apart from `hour`:00 on. */
function writeBatch(name: string, texts: readonly string[], hour = 10): string {
  const file = join(dir, name);
  writeFileSync(file, texts.map((text, i) => JSON.stringify({ id: `${name}-${i}`, title: text.slice(0, 60), publishedAt: `2026-06-02T${String(hour).padStart(2, '0')}:${String(i).padStart(2, '0')}:00Z`, text })).join('\n') + '\n');
  return file;
}

/** Events whose record does not list exactly the articles the store puts in them. */
async function inconsistentEvents(store: SqliteStore): Promise<string[]> {
  const bad: string[] = [];
  for (const event of await store.listEvents()) {
    const members = (await store.eventMembers(event.id)).map((m) => m.id).sort();
    if (JSON.stringify(members) !== JSON.stringify([...event.articles].sort())) bad.push(event.id);
  }
  return bad;
}

describe('reviewEvents', () => {
  it('should split an event that two stories share into two, after the batch, each story whole', async () => {
    const store = new SqliteStore(':memory:');
    const context: PipelineContext = { store, now: () => '2026-06-10T00:00:00.000Z' };
    const texts = Array.from({ length: 9 }, (_, i) => [crane(i), wildfire(i)]).flat();
    const report = await ingestPaths([writeBatch('mixed.jsonl', texts)], mixingStages(), context);
    assert.equal(report.stored, 18);
    assert.equal(report.splits.length, 1);
    const split = report.splits[0]!;
    assert.equal(split.eventId, MIXED);
    assert.notEqual(split.newEventId, MIXED);
    assert.equal(split.moved, 9);
    const kept = await store.getEvent(MIXED);
    const other = await store.getEvent(split.newEventId);
    const bodies = async (ids: readonly string[]) => Promise.all(ids.map(async (id) => (await store.getArticle(id))!.body));
    // The first story keeps the event's id; each event's record lists exactly its own articles.
    assert.ok((await bodies(kept!.articles)).every((b) => b.includes('crane')));
    assert.ok((await bodies(other!.articles)).every((b) => b.includes('wildfire')));
    assert.equal(kept!.articles.length + other!.articles.length, 18);
    assert.deepEqual((await store.eventMembers(split.newEventId)).map((m) => m.id).sort(), [...other!.articles].sort());
    assert.match(other!.title, /wildfire|Flagstaff/i);
    // Asked again, neither half splits.
    assert.deepEqual(await reviewEvents([MIXED, split.newEventId], context), { splits: [], failures: [] });
    await store.close();
  });

  it('should take a section only for an event large enough to be asked, telling the others from a read outside it', async () => {
    const store = new SqliteStore(':memory:');
    const small = 'evt_00000000000000a3';
    const texts = [...Array.from({ length: 9 }, (_, i) => [crane(i), wildfire(i)]).flat(), flood(0), flood(1)];
    let n = 0;
    const context: PipelineContext = { store, now: () => '2026-06-10T00:00:00.000Z' };
    await ingestPaths([writeBatch('sections.jsonl', texts)], mixingStages(() => ({ eventId: n++ < 18 ? MIXED : small })), context, { review: false });
    const sections: number[] = [];
    const plain = store.exclusive.bind(store);
    store.exclusive = <T>(work: () => Promise<T>): Promise<T> => {
      sections.push(1);
      return plain(work);
    };
    const review = await reviewEvents([small, MIXED], context);
    assert.equal(review.splits.length, 1);
    assert.equal(sections.length, 1, 'the two-article event took no section');
    await store.close();
  });

  it('should report an event whose split cannot be written, leave it whole and review the rest', async () => {
    const store = new SqliteStore(':memory:');
    const texts = Array.from({ length: 9 }, (_, i) => [crane(i), wildfire(i)]).flat();
    let eventId = MIXED;
    const stages = mixingStages(() => ({ eventId }));
    await ingestPaths([writeBatch('failing.jsonl', texts)], stages, { store, now: () => '2026-06-10T00:00:00.000Z' }, { review: false });
    eventId = 'evt_00000000000000a2';
    await ingestPaths([writeBatch('other.jsonl', Array.from({ length: 9 }, (_, i) => [crane(i + 40), flood(i)]).flat())], stages, { store, now: () => '2026-06-10T00:00:00.000Z' }, { review: false });
    const failing = Object.create(store) as SqliteStore;
    failing.splitEvent = (change) => (change.event.id === MIXED ? Promise.reject(new Error('disk full')) : store.splitEvent(change));
    const review = await reviewEvents(['evt_00000000000000ff', MIXED, 'evt_00000000000000a2'], { store: failing, now: () => '2026-06-10T00:00:00.000Z' });
    assert.deepEqual(review.failures, [{ eventId: MIXED, problem: 'disk full' }]);
    assert.deepEqual(review.splits.map((x) => [x.eventId, x.moved]), [['evt_00000000000000a2', 9]]);
    assert.equal((await store.getEvent(MIXED))!.articles.length, 18);
    assert.deepEqual(await inconsistentEvents(store), []);
    await store.close();
  });

  it('should name a failed review in the batch report, keeping what the batch stored', async () => {
    const store = new SqliteStore(':memory:');
    const failing = Object.create(store) as SqliteStore;
    failing.splitEvent = () => Promise.reject(new Error('disk full'));
    const texts = Array.from({ length: 9 }, (_, i) => [crane(i), wildfire(i)]).flat();
    const report = await ingestPaths([writeBatch('report.jsonl', texts)], mixingStages(), { store: failing, now: () => '2026-06-10T00:00:00.000Z' });
    assert.equal(report.stored, 18);
    assert.deepEqual(report.splits, []);
    assert.deepEqual(report.errors, [{ input: `review of event ${MIXED}`, problem: 'disk full' }]);
    assert.equal((await store.getEvent(MIXED))!.articles.length, 18);
    await store.close();
  });

  it('should review during a batch once enough events were touched, and again at its end', async () => {
    const store = new SqliteStore(':memory:');
    const texts = Array.from({ length: 9 }, (_, i) => [crane(i), wildfire(i)]).flat();
    const report = await ingestPaths([writeBatch('every.jsonl', texts)], mixingStages(), { store, now: () => '2026-06-10T00:00:00.000Z' }, { reviewEvery: 1 });
    // Reviewed after every article: the split comes as soon as both stories are large enough, and the
    // later articles of the second story then go where the cluster stage sends them (the first event).
    assert.equal(report.splits.length >= 1, true);
    assert.equal(report.splits[0]!.eventId, MIXED);
    assert.deepEqual(await inconsistentEvents(store), []);
    await store.close();
  });

  it('should give a split-off story a new id even where its first choice now names another live event', async () => {
    // A story split off to X; an earlier report joins X and X's other story splits off again; that
    // group is merged back into the first event, whose next split has X's first article first again.
    const store = new SqliteStore(':memory:');
    const context: PipelineContext = { store, now: () => '2026-06-10T00:00:00.000Z' };
    let route: { eventId: string; merged?: string[] } = { eventId: MIXED };
    const stages = mixingStages(() => route);
    const first = await ingestPaths([writeBatch('x1.jsonl', [...Array.from({ length: 9 }, (_, i) => crane(i)), ...Array.from({ length: 9 }, (_, i) => wildfire(i))])], stages, context);
    const x = first.splits[0]!.newEventId;
    route = { eventId: x };
    const second = await ingestPaths([writeBatch('x2.jsonl', Array.from({ length: 9 }, (_, i) => flood(i)), 9)], stages, context);
    assert.equal(second.splits.length, 1);
    route = { eventId: MIXED, merged: [second.splits[0]!.newEventId] };
    const third = await ingestPaths([writeBatch('x3.jsonl', [wildfire(30)], 11)], stages, context);
    assert.deepEqual(third.errors, []);
    assert.equal(third.splits.length, 1);
    assert.notEqual(third.splits[0]!.newEventId, x);
    assert.ok((await store.getEvent(x))!.title.includes('Flash floods'));
    assert.deepEqual(await inconsistentEvents(store), []);
    await store.close();
  });

  it('should report a split made as an article joined, as it reports the review\'s', async () => {
    const store = new SqliteStore(':memory:');
    // The stock consolidate stage asks on every join: the mixed event splits before the batch ends.
    const stages = mixingStages().map((stage) => (stage.name === 'consolidate' ? { name: 'consolidate' as const, run: createConsolidate() } : stage));
    const texts = Array.from({ length: 9 }, (_, i) => [crane(i), wildfire(i)]).flat();
    const report = await ingestPaths([writeBatch('join.jsonl', texts)], stages, { store, now: () => '2026-06-10T00:00:00.000Z' }, { review: false });
    assert.equal(report.splits.length >= 1, true);
    assert.equal(report.splits[0]!.eventId, MIXED);
    assert.deepEqual(await inconsistentEvents(store), []);
    await store.close();
  });

  it('should keep an event of one story whole, and review nothing when told not to', async () => {
    const store = new SqliteStore(':memory:');
    const context: PipelineContext = { store, now: () => '2026-06-10T00:00:00.000Z' };
    const one = await ingestPaths([writeBatch('one.jsonl', Array.from({ length: 18 }, (_, i) => crane(i)))], mixingStages(), context);
    assert.deepEqual(one.splits, []);
    assert.equal((await store.getEvent(MIXED))!.articles.length, 18);
    const texts = Array.from({ length: 9 }, (_, i) => [crane(i + 20), wildfire(i)]).flat();
    const off = await ingestPaths([writeBatch('off.jsonl', texts)], mixingStages(), context, { review: false });
    assert.deepEqual(off.splits, []);
    assert.equal((await store.getEvent(MIXED))!.articles.length, 36);
    await store.close();
  });
});
