/** Shared helpers for tests: paths, a temporary folder, running the CLI, validating against the schemas. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** The repository root (tests run from dist/test or dist/src/...). */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const SHARED = resolve(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const SEED_YONHAP = join(SEEDS, '000_8ab4f45759b91657.txt');
export const SEED_READABLE = join(SEEDS, '001_da465ae2f55f72ee.txt');
export const hasSeeds = existsSync(SEED_YONHAP) && existsSync(SEED_READABLE);

export const EXAMPLES = join(ROOT, 'examples');

/** Every example article file, folder by folder, in a stable order. */
export function exampleFiles(): string[] {
  const out: string[] = [];
  for (const folder of readdirSync(EXAMPLES).sort()) {
    const full = join(EXAMPLES, folder);
    if (statSync(full).isDirectory()) for (const f of readdirSync(full).sort()) out.push(join(full, f));
  }
  return out;
}

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the test file');
    dir = parent;
  }
  return dir;
}

export function tempDir(prefix = 'triangulate-test-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A process's children, each its id and command line (Linux `ps`). */
export function childrenOf(pid: number): { pid: number; args: string }[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => ({ pid: Number(l.trim().split(/\s+/)[0]), args: l.trim().replace(/^\d+\s+/, '') }));
  } catch {
    return [];
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, TRIANGULATE_DB: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (options: object) => {
  addSchema: (schema: object) => void;
  getSchema: (id: string) => Validate | undefined;
};
const ajv = new Ajv2020({ allErrors: true, strict: false });
// Without ajv-formats a schema's "format" (date, date-time) is not checked at all: "2025-02-30" passed.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: object) => void;
addFormats(ajv);
const API_SCHEMAS = ['error', 'moved', 'event-summary', 'event-page', 'article-page', 'event-detail', 'entity-page', 'entity', 'search', 'ingest-result', 'stats', 'world-map'] as const;
for (const name of ['article', 'event', 'event-with-articles', 'ingest-report', 'optimize-report', 'rebuild-report', 'queue-status', 'queue-report', ...API_SCHEMAS.map((n) => `api/${n}`)]) {
  ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as object);
}

export type SchemaName = 'article' | 'event' | 'event-with-articles' | 'ingest-report' | 'optimize-report' | 'rebuild-report' | 'queue-status' | 'queue-report' | `api/${(typeof API_SCHEMAS)[number]}`;

/** Throws with the schema errors when `data` does not match `schemas/<name>.schema.json`. */
export function assertSchema(name: SchemaName, data: unknown): void {
  const validate = ajv.getSchema(`https://triangulate.dev/schemas/${name}.schema.json`);
  if (!validate) throw new Error(`no schema ${name}`);
  if (!validate(data)) throw new Error(`does not match ${name}.schema.json: ${JSON.stringify(validate.errors, null, 2)}`);
}

/** A page of scraped text about a made-up event in a made-up town, different for each n. */
export function floodPage(n: number): string {
  return [
    `Storm floods the main street of Larchford ${n}`,
    '',
    `Heavy rain flooded the main street of the town of Larchford ${n} on Tuesday, and ${n + 2} shops were closed while pumps cleared the water, the county council said.`,
    `Council workers said the drains had been cleared in the spring and that the river had risen faster than at any time in ${n + 10} years.`,
  ].join('\n');
}
