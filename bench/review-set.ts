/**
 * A user-review set (test/reviews/<set>/, test/reviews/README.md): reports the team invented, a01..aNN
 * (.html or .txt), and truth.json, the event each report tells. Read and checked here, so that a set
 * with a report left out of its truth, or a truth naming a report that is not there, fails loudly
 * instead of being scored on what happens to match.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { discoverInputs } from '../src/ingest/discover.js';

/** The label of a report that tells no event of its own (an explainer, an analysis). */
export const EXPLAINER = 'E0';

export interface TruthParticipant {
  name: string;
  role: string | null;
  country: string | null;
}

export interface TruthEvent {
  title: string;
  /** YYYY-MM-DD; null where the truth gives none (not scored). */
  date: string | null;
  /** The town, or the country where the truth names no town; null: not scored. */
  place: string | null;
  /** ISO 3166-1 alpha-2; null: not scored. */
  country: string | null;
  killed: number | null;
  injured: number | null;
  participants: TruthParticipant[];
  discrepancies: string[];
  /** Earlier events of the set this one's reports recall. */
  refersTo: string[];
}

export interface ReviewTruth {
  subject: string;
  /** Report file name (no folder) to its event id, or EXPLAINER. */
  articles: Record<string, string>;
  events: Record<string, TruthEvent>;
}

export interface ReviewSet {
  name: string;
  dir: string;
  /** The reports' paths in file-name order, as `triangulate ingest` reads a folder (ingest/discover.ts). */
  files: string[];
  truth: ReviewTruth;
}

/** The sets under `root` (folders holding a truth.json), by name; `only`: just these names. */
export function reviewSets(root: string, only: readonly string[] = []): ReviewSet[] {
  const names = readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory() && existsSync(join(root, name, 'truth.json')))
    .sort();
  for (const name of only) if (!names.includes(name)) throw new Error(`no review set '${name}' in ${root} (have: ${names.join(', ') || 'none'})`);
  return names.filter((name) => only.length === 0 || only.includes(name)).map((name) => readReviewSet(join(root, name)));
}

export function readReviewSet(dir: string): ReviewSet {
  const name = basename(dir);
  const truth = parseTruth(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as unknown, `${name}/truth.json`);
  const found = discoverInputs([dir]);
  if (found.errors.length > 0) throw new Error(`${name}: ${found.errors.map((e) => `${e.input}: ${e.problem}`).join('; ')}`);
  const files = found.files;
  const names = new Set(files.map((f) => basename(f)));
  const unlabelled = [...names].filter((f) => !(f in truth.articles));
  const missing = Object.keys(truth.articles).filter((f) => !names.has(f));
  if (unlabelled.length > 0) throw new Error(`${name}: reports with no event in truth.json: ${unlabelled.join(', ')}`);
  if (missing.length > 0) throw new Error(`${name}: truth.json names reports that are not in the folder: ${missing.join(', ')}`);
  return { name, dir, files, truth };
}

/** truth.json checked field by field; `where` names it in the errors. */
export function parseTruth(value: unknown, where: string): ReviewTruth {
  const fail = (problem: string): never => {
    throw new Error(`${where}: ${problem}`);
  };
  const obj = (v: unknown, what: string): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(`${what} must be an object`));
  const text = (v: unknown, what: string): string => (typeof v === 'string' && v.trim() !== '' ? v : fail(`${what} must be a non-empty string`));
  const textOrNull = (v: unknown, what: string): string | null => (v === null || v === undefined || v === '' ? null : text(v, what));
  const count = (v: unknown, what: string): number | null => (v === null || v === undefined ? null : Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(`${what} must be a whole number or null`));
  const list = (v: unknown, what: string): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : fail(`${what} must be a list`));
  const top = obj(value, 'the file');
  const events: Record<string, TruthEvent> = {};
  for (const [id, raw] of Object.entries(obj(top.events, 'events'))) {
    // Some sets describe their explainers under E0 too: no event, so not scored.
    if (id === EXPLAINER) continue;
    const e = obj(raw, `events.${id}`);
    const date = textOrNull(e.date, `events.${id}.date`);
    if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`events.${id}.date must be YYYY-MM-DD`);
    const country = textOrNull(e.country, `events.${id}.country`);
    if (country !== null && !/^[A-Z]{2}$/.test(country)) fail(`events.${id}.country must be an ISO 3166-1 alpha-2 code`);
    events[id] = {
      title: text(e.title, `events.${id}.title`),
      date,
      place: textOrNull(e.place, `events.${id}.place`),
      country,
      killed: count(e.killed, `events.${id}.killed`),
      injured: count(e.injured, `events.${id}.injured`),
      participants: list(e.participants, `events.${id}.participants`).map((p, i) => {
        const o = obj(p, `events.${id}.participants[${i}]`);
        return { name: text(o.name, `events.${id}.participants[${i}].name`), role: textOrNull(o.role, `events.${id}.participants[${i}].role`), country: textOrNull(o.country, `events.${id}.participants[${i}].country`) };
      }),
      discrepancies: list(e.discrepancies, `events.${id}.discrepancies`).map((d, i) => text(d, `events.${id}.discrepancies[${i}]`)),
      refersTo: list(e.refersTo, `events.${id}.refersTo`).map((r, i) => text(r, `events.${id}.refersTo[${i}]`)),
    };
  }
  const articles: Record<string, string> = {};
  for (const [file, label] of Object.entries(obj(top.articles, 'articles'))) {
    const id = text(label, `articles.${file}`);
    if (id !== EXPLAINER && !(id in events)) fail(`articles.${file} names event ${id}, which events does not hold`);
    articles[file] = id;
  }
  for (const [id, e] of Object.entries(events)) {
    for (const r of e.refersTo) if (!(r in events) || r === id) fail(`events.${id}.refersTo names ${r}, which is no other event`);
    if (!Object.values(articles).includes(id)) fail(`events.${id} has no report`);
  }
  return { subject: text(top.subject, 'subject'), articles, events };
}
