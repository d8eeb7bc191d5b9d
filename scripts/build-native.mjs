/**
 * Compiles native/fts-rank.c (rank_bm25, the search ranking function: see src/store/sqlite/ranking.ts)
 * and native/fts-hit.c (hit_offset, where a long column's snippet lies: see topHits in
 * src/store/sqlite/sqlite-store.ts) into one library in dist/native/, against the SQLite headers better-sqlite3 ships. Run by `npm run build`.
 *
 * Without a C compiler the build goes on and says so: search then ranks with SQLite's own bm25(),
 * which gives the same order at about twice the cost. Set TRIANGULATE_NO_NATIVE=1 to build that way
 * on purpose, CC to choose the compiler.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = ['fts-rank.c', 'fts-hit.c'].map((name) => join(root, 'native', name));
const suffix = process.platform === 'darwin' ? 'dylib' : process.platform === 'win32' ? 'dll' : 'so';
const output = join(root, 'dist', 'native', `fts-rank.${suffix}`);

function skip(why) {
  rmSync(output, { force: true });
  process.stderr.write(`build-native: ${why}; search will rank with SQLite's bm25() (same order, slower)\n`);
}

function headers() {
  const candidates = [];
  try {
    candidates.push(join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'deps', 'sqlite3'));
  } catch {
    // better-sqlite3 not installed: the system's headers, if any.
  }
  candidates.push('/usr/include', '/usr/local/include');
  return candidates.find((dir) => existsSync(join(dir, 'sqlite3ext.h')));
}

if (process.env.TRIANGULATE_NO_NATIVE === '1') skip('TRIANGULATE_NO_NATIVE=1');
else if (existsSync(output) && sources.every((source) => statSync(output).mtimeMs >= statSync(source).mtimeMs)) {
  // Up to date.
} else {
  const include = headers();
  if (!include) skip('no sqlite3ext.h found');
  else {
    mkdirSync(dirname(output), { recursive: true });
    const cc = process.env.CC || 'cc';
    const args = ['-O2', '-fPIC', '-shared', '-I', include, '-o', output, ...sources, '-lm'];
    if (process.platform === 'darwin') args.splice(2, 1, '-dynamiclib', '-undefined', 'dynamic_lookup');
    const run = spawnSync(cc, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    if (run.error) skip(`no C compiler (${cc}: ${run.error.message})`);
    else if (run.status !== 0) skip(`${cc} failed:\n${run.stderr}`);
  }
}
