/**
 * Whether an export streams (issue 5): one format of a store's every event, exported as the CLI does
 * (export/stream.ts) into a sink that only counts bytes, with the live heap after a full collection
 * before the first event, after each quarter of the events and before the tail, and the process's
 * peak RSS. A format that streams keeps the heap flat; one that holds what it wrote grows by the quarter.
 *
 *   node --expose-gc dist/bench/export-memory.js --db DB --format stix
 *
 * A store of 10,000 events and more: bench/export-store.ts.
 */
import Database from 'better-sqlite3';
import { type ExportWriter, exportWriter, isExportFormat } from '../src/export/index.js';
import { exportChunks } from '../src/export/stream.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const gc = (globalThis as { gc?: () => void }).gc;

function liveMb(): number {
  gc!();
  return process.memoryUsage().heapUsed / 1048576;
}

async function measure(db: string, format: string): Promise<void> {
  if (!isExportFormat(format)) throw new Error(`unknown format ${format}`);
  // Counted apart, not by reading every event: that would be the very load this measures.
  const counter = new Database(db, { readonly: true });
  const total = Number(counter.prepare('SELECT count(*) FROM events').pluck().get());
  counter.close();
  const store = new SqliteStore(db, { mustExist: true });
  try {
    const writer = exportWriter(format);
    // The chunks are pages: the quarters are read from the events written so far.
    let written = 0;
    const counted: ExportWriter = {
      head: writer.head,
      item: (event, index) => {
        written++;
        return writer.item(event, index);
      },
      tail: (count) => writer.tail(count),
    };
    const marks: string[] = [`start ${liveMb().toFixed(0)}`];
    let quarter = 1;
    let bytes = 0;
    const started = process.cpuUsage();
    for await (const chunk of exportChunks(store, counted)) {
      bytes += Buffer.byteLength(chunk);
      if (quarter <= 4 && written >= (total * quarter) / 4 && written > 0) {
        marks.push(`${written} events ${liveMb().toFixed(0)}`);
        quarter++;
      }
    }
    const used = process.cpuUsage(started);
    console.log(`${format}: ${total} events, ${(bytes / 1048576).toFixed(1)} MB written, ${((used.user + used.system) / 1e6).toFixed(1)} CPU s; live heap MB: ${marks.join(', ')}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    await store.close();
  }
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [db, format] = [option('--db'), option('--format') ?? 'json'];
if (!db || !gc) {
  console.error('usage: node --expose-gc export-memory.js --db DB [--format json|jsonl|csv|stix|geojson]');
  process.exit(2);
}
await measure(db, format);
