#!/usr/bin/env node
// Runs every compiled test file with Node's test runner. Node 20's --test neither expands globs nor
// finds .ts files, so the list is built here from dist/ (tsc compiles src/, test/, train/ and bench/ there).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.test.js')) files.push(relative(root, full));
  }
}
for (const dir of ['dist/src', 'dist/test', 'dist/train', 'dist/bench']) {
  try {
    walk(join(root, dir));
  } catch {
    // a folder with no tests yet
  }
}
files.sort();
if (files.length === 0) {
  console.error('no test files found under dist/; run `npm run build` first');
  process.exit(1);
}
const filter = process.argv.slice(2);
const selected = filter.length ? files.filter((f) => filter.some((w) => f.includes(w))) : files;
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...selected], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
