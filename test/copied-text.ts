/**
 * Finds text the repository shares with the data sets in ../shared (a standing rule: their texts never
 * go into the repository; tests and benchmarks read them from there). Every comment and string literal
 * of the code, and the whole text of docs, fixtures and examples, is cut into lowercase word 6-grams;
 * every text file of ../shared/data and ../shared/seeds is read (tags stripped, JSON strings, CoNLL
 * token columns, .gz unpacked) and its 6-grams looked up. Consecutive shared 6-grams make a run: k of
 * them in a row are k + 5 shared words. Runs made mostly of calendar words, numbers, single letters,
 * US states or web boilerplate are lists any text has, not copied prose, and are reported apart.
 *
 * `npm run audit:copied` (`node dist/test/copied-text.js [--min WORDS] [--all]`, 9 words unless told) prints the runs (file:line, words, data file,
 * the run itself): its output quotes the data, so never commit it. copied-text.test.ts fails on any
 * prose run of nine words or more.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const N = 6;
const CODE = /\.(?:ts|tsx|js|mjs|cjs|py|sh)$/;
/** Comments and string literals of a code file; a regex literal may be misread as a string: harmless. */
const PIECE = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|#[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
const WORD = /[a-z0-9]+/g;
const REPO_FOLDERS = ['src', 'test', 'bench', 'train', 'scripts', 'examples', 'docs'];
/** Style sheets are hand-written rules whose tokens every web page in the data also has. */
const SKIP = /\.(?:css|png|jpg|gif|ico|woff2?|db|sqlite|bin|gz|zip|node)$|\/dist\/|\/node_modules\//;

export interface SharedRun {
  file: string;
  line: number;
  words: number;
  text: string;
  dataFile: string;
  /** A list of calendar words, numbers, letters, states or web boilerplate rather than prose. */
  generic: boolean;
}

interface Token {
  word: string;
  file: string;
  line: number;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019']/g, '');
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    if (SKIP.test(full)) continue;
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
}

/** The repository's words in order, each with its file and line; pieces of one file run on. */
export function repositoryTokens(root: string): Token[][] {
  const files: string[] = [];
  for (const folder of REPO_FOLDERS) walk(join(root, folder), files);
  files.push(join(root, 'README.md'));
  const out: Token[][] = [];
  for (const path of files) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const file = relative(root, path);
    const newlines: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
    const lineOf = (offset: number): number => {
      let lo = 0;
      let hi = newlines.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (newlines[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo + 1;
    };
    const pieces: Array<[string, number]> = CODE.test(path) ? [...text.matchAll(PIECE)].map((m) => [m[0], m.index ?? 0]) : [[text, 0]];
    const tokens: Token[] = [];
    for (const [piece, start] of pieces) {
      // Apostrophes go before the words are cut ("o'clock" is one word); offsets move by a few
      // characters at most, which keeps the line right.
      const folded = piece.toLowerCase().replace(/[\u2018\u2019']/g, '');
      for (const m of folded.matchAll(WORD)) tokens.push({ word: m[0], file, line: lineOf(start + (m.index ?? 0)) });
    }
    out.push(tokens);
  }
  return out;
}

function unescapeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n) % 0x110000))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16) % 0x110000))
    .replace(/&(?:amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash);/g, (e) => ENTITY[e] ?? ' ');
}
const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&rsquo;': "'", '&lsquo;': "'" };

function jsonStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
}

/** The texts a data file holds, read the way a person reading it would see them. */
export function dataTexts(path: string): string[] {
  if (path.endsWith('.zip')) return [];
  let raw: string;
  try {
    const bytes = readFileSync(path);
    raw = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch {
    return [];
  }
  const bare = path.replace(/\.gz$/, '');
  if (/\.jsonl?$/.test(bare)) {
    const out: string[] = [];
    for (const line of bare.endsWith('.jsonl') ? raw.split('\n') : [raw]) {
      if (!line.trim()) continue;
      try {
        jsonStrings(JSON.parse(line), out);
      } catch {
        out.push(line);
      }
    }
    return out;
  }
  if (/\.(?:html?|xml|tml)$/.test(bare)) return [unescapeEntities(raw.replace(/<[^>]*>/g, ' '))];
  const lines = raw.split('\n');
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  if (lines.length > 0 && tabbed > lines.length / 2) {
    // CoNLL-style columns: the token is the first column, or the second after a numeric id.
    const words = lines.map((l) => {
      const f = l.split('\t');
      return f.length >= 8 && /^\d+$/.test(f[0]!) ? f[1]! : f[0]!;
    });
    return [words.join(' '), raw];
  }
  return [raw];
}

const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const DAYS = 'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun';
const NUMBERS = 'one two three four five six seven eight nine ten eleven twelve first second third fourth fifth';
const STATES =
  'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada new hampshire jersey mexico york north carolina dakota ohio oklahoma oregon pennsylvania rhode island south tennessee texas utah vermont virginia washington west wisconsin wyoming district of columbia al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy';
const WEB = 'content type application json charset utf 8 text html http https www com org net length x ld script meta name property og twitter width height px context schema graph website newsarticle headline';
const LIST_WORDS = new Set(`${MONTHS} ${DAYS} ${NUMBERS} ${STATES} ${WEB}`.split(' '));

function isList(words: string[]): boolean {
  const listy = words.filter((w) => LIST_WORDS.has(w) || /^\d+$/.test(w) || w.length === 1).length;
  return listy >= 0.7 * words.length;
}

/** Every run of `minWords` or more words the repository shares with a data file. */
export function sharedRuns(root: string, dataRoots: string[], minWords = 10): SharedRun[] {
  const files = repositoryTokens(root);
  const vocab = new Set<string>();
  const grams = new Map<string, number[]>(); // gram -> [file index, token index] pairs, flattened
  files.forEach((tokens, f) => {
    for (const t of tokens) vocab.add(t.word);
    for (let i = 0; i + N <= tokens.length; i++) {
      const key = tokens
        .slice(i, i + N)
        .map((t) => t.word)
        .join(' ');
      const at = grams.get(key);
      if (at) at.push(f, i);
      else grams.set(key, [f, i]);
    }
  });
  // Which repository 6-grams the data has, and one data file for each.
  const hit = new Map<string, string>();
  const dataFiles: string[] = [];
  for (const dir of dataRoots) walk(dir, dataFiles);
  for (const path of dataFiles) {
    for (const text of dataTexts(path)) {
      const words = fold(text).match(WORD) ?? [];
      let run = 0;
      for (let i = 0; i < words.length; i++) {
        if (!vocab.has(words[i]!)) {
          run = 0;
          continue;
        }
        run++;
        if (run < N) continue;
        const key = words.slice(i - N + 1, i + 1).join(' ');
        if (grams.has(key) && !hit.has(key)) hit.set(key, path);
      }
    }
  }
  // Runs of consecutive shared 6-grams in each repository file.
  const out: SharedRun[] = [];
  files.forEach((tokens) => {
    let i = 0;
    while (i + N <= tokens.length) {
      const key = (k: number): string =>
        tokens
          .slice(k, k + N)
          .map((t) => t.word)
          .join(' ');
      if (!hit.has(key(i))) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 + N <= tokens.length && hit.has(key(j + 1))) j++;
      const words = tokens.slice(i, j + N).map((t) => t.word);
      if (words.length >= minWords) {
        const first = tokens[i]!;
        out.push({ file: first.file, line: first.line, words: words.length, text: words.join(' '), dataFile: hit.get(key(i))!, generic: isList(words) });
      }
      i = j + 1;
    }
  });
  return out;
}

export function defaultRoots(): { root: string; data: string[] } {
  const here = fileURLToPath(new URL('.', import.meta.url));
  // Compiled to dist/test/; the repository is two folders up and ../shared beside it.
  const root = join(here, '..', '..');
  const shared = join(root, '..', 'shared');
  return { root, data: [join(shared, 'data'), join(shared, 'seeds')] };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const minAt = args.indexOf('--min');
  const min = minAt >= 0 ? Number(args[minAt + 1]) : 9;
  const { root, data } = defaultRoots();
  const runs = sharedRuns(root, data, min).filter((r) => args.includes('--all') || !r.generic);
  for (const r of runs) console.log(`${r.file}:${r.line}\t${r.words}\t${relative(join(root, '..'), r.dataFile)}\t${r.generic ? 'list\t' : ''}${r.text}`);
  console.error(`${runs.length} runs of ${min}+ words shared with ../shared${args.includes('--all') ? '' : ' (lists left out; --all shows them)'}`);
}
