import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, runCli, tempDir } from '../../../test/helpers.js';

/** A page of scraped text about a made-up event in a made-up town, different for each n. */
function page(n: number): string {
  return [
    `Storm floods the main street of Larchford ${n}`,
    '',
    `Heavy rain flooded the main street of the town of Larchford ${n} on Tuesday, and ${n + 2} shops were closed while pumps cleared the water, the county council said.`,
    `Council workers said the drains had been cleared in the spring and that the river had risen faster than at any time in ${n + 10} years.`,
  ].join('\n');
}

/** Enough pages that the run is still storing when it is interrupted. */
const PAGES = 150;

describe('triangulate ingest interrupted', () => {
  const dir = tempDir();
  const pages = join(dir.path, 'pages');
  const db = join(dir.path, 'store.db');
  before(() => {
    mkdirSync(pages);
    for (let n = 0; n < PAGES; n++) writeFileSync(join(pages, `page-${String(n).padStart(3, '0')}.txt`), page(n));
  });
  after(() => dir.cleanup());

  it('should say on Ctrl-C what it stored and how to go on, and a second run should store the rest', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'ingest', pages, '--db', db, '--threads', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Interrupted once it has begun to store (the log exists from the first commit).
    while (!existsSync(`${db}-wal`) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGINT');
    assert.equal(await closed, 130, stderr);
    const said = /^triangulate: interrupted \(SIGINT\): the (\d+) article\(s\) this run stored stay; run the same command again to store the rest \(what is stored is skipped\)\n$/.exec(stderr);
    assert.ok(said, stderr);
    const again = await runCli(['ingest', pages, '--db', db, '--json', '--threads', '0']);
    assert.equal(again.code, 0, again.stderr);
    const report = JSON.parse(again.stdout) as { stored: number; duplicates: number };
    // What the first run said it stored is what the second found stored; together, every page.
    assert.equal(report.duplicates, Number(said[1]));
    assert.equal(report.stored + report.duplicates, PAGES);
  });
});
