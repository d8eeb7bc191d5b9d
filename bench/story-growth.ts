/**
 * `npm run bench:story`: the cost of one more article as a single story grows. Analysts follow
 * continuing stories that gather hundreds or thousands of reports; every report that joins one makes
 * the store rebuild and rewrite the event, so its cost must not grow with the event. Generates N
 * reports (default 3,000) of one made-up story, written here (a theft from a crypto exchange told by
 * eight outlets in their own words, forty reports a day, each with its own figures), streams them through the real pipeline
 * into a fresh store on one thread, and prints the milliseconds per article of each tenth, the first
 * tenth (an event of up to N/10 articles) standing as the peer of the last.
 * Options: --articles N.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../src/ingest/batch.js';
import { createStages } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { formatTable, row } from './table.js';

const OUTLETS = ['Harbour Wire', 'Coastal Times', 'Metro Daily', 'Valley Herald', 'Northern Post', 'City Ledger', 'River Gazette', 'Bay Courier'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Each outlet tells the story in its own words, so the outlets count as eight sources, not as copies. */
const LEADS: ((day: string, i: number) => string)[] = [
  (day, i) => `Investigators blamed the Lazarus Group on ${day} for the continuing theft from the Zephyr crypto exchange in Seoul, now put at ${100 + i} million dollars.`,
  (day, i) => `North Korean hackers are behind the Zephyr exchange heist, South Korean officials said ${day}, as estimated losses climbed to $${100 + i} million.`,
  (day, i) => `Seoul police widened their inquiry into the Zephyr breach on ${day}; the exchange says ${100 + i} million dollars in tokens are gone.`,
  (day, i) => `A ${day} statement from the Zephyr exchange raised the tally of stolen crypto to ${100 + i} million dollars and pointed at Lazarus.`,
  (day, i) => `Japan joined the hunt for the Zephyr thieves on ${day}, with officers tracing wallets linked to ${100 + i} million dollars of stolen coins.`,
  (day, i) => `Sanctions may follow the Zephyr hack, diplomats in Seoul warned ${day}, after the losses reached ${100 + i} million dollars.`,
  (day, i) => `Blockchain analysts on ${day} followed ${100 + i} million dollars in stolen funds from Zephyr through mixers used before by Pyongyang's hackers.`,
  (day, i) => `Customers of Zephyr, the Seoul exchange robbed by hackers, were told on ${day} that ${100 + i} million dollars would take months to recover.`,
];

function report(i: number): string {
  const k = i % OUTLETS.length;
  const publishedAt = new Date(Date.UTC(2026, 2, 2) + Math.floor(i / 40) * 86_400_000 + (i % 40) * 600_000).toISOString();
  const text = `${LEADS[k]!(WEEKDAYS[i % WEEKDAYS.length]!, i)} Kumagai Naoki of Japan's National Police Agency said ${i % 7 === 0 ? 'two' : 'several'} wallets had been traced (report ${i}).`;
  return JSON.stringify({ id: `story-${i}`, title: `Zephyr exchange theft, report ${i}`, outlet: OUTLETS[k], publishedAt, text });
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--articles');
  const n = at >= 0 ? Number(process.argv[at + 1]) : 3000;
  if (!Number.isInteger(n) || n < 10) throw new Error('--articles must be a whole number of at least 10');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-story-'));
  try {
    const file = join(dir, 'story.jsonl');
    writeFileSync(file, `${Array.from({ length: n }, (_, i) => report(i)).join('\n')}\n`);
    const store = new SqliteStore(join(dir, 'story.db'));
    const tenth = Math.floor(n / 10);
    const marks: number[] = [];
    let done = 0;
    let last = performance.now();
    try {
      await ingestPaths([file], createStages(), { store, now: () => '2026-11-29T12:00:00.000Z' }, {
        onDocument: () => {
          if (++done % tenth !== 0 || marks.length >= 10) return;
          const now = performance.now();
          marks.push((now - last) / tenth);
          last = now;
        },
      });
      const largest = (await store.queryEvents({ sort: 'sources', limit: 1 }))[0];
      const rows = marks.map((ms, k) => row(`one story, ${n} reports`, `ms per article, articles ${k * tenth + 1}-${(k + 1) * tenth}`, ms, marks[0]!, (x) => x.toFixed(1)));
      process.stdout.write(
        `${formatTable(`One growing story (largest event: ${largest?.articles.length ?? 0} articles, ${largest?.outlets ?? 0} sources), Node ${process.version}`, 'this tenth', 'first tenth', rows)}\n`,
      );
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:story: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
