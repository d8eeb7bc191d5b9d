/**
 * A performer's stage name that opens with a real title ("King Von", "Queen Latifah", "Dr. Dre", "Prince
 * Royce"): the tagger reads the title apart and the word after it as a one-word name, which is then
 * dropped ("Dre") or listed as a title and a surname. The title joins the name where the story calls
 * that name a performer at one of its mentions ("the rapper King Von", "Dr. Dre, the producer,", "Queen
 * Latifah's new album"), and no mention gives the word a given name of its own ("Dr. Ann Dre"): a doctor
 * or a monarch named with the title is not called a rapper, and one named in full keeps the title as a title.
 */
import type { Entity } from '../model/types.js';
import { escapeRegExp } from '../util/regexp.js';
import { PERFORMER_AFTER, PERFORMER_BEFORE } from './chief-name.js';

/** The title just before a name, after a blank or the text's start: "King ", "Dr. ", "Queen ". */
const TITLE_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(King|Queen|Prince|Princess|Lady|Dr\.|Doctor)[ \t]$/u;
/** The titles as the name check reads a word before the name (without the full stop). */
const TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Lady', 'Dr', 'Doctor']);
/** A cheap test of the whole text before each name is looked at. */
const ANY_TITLE = /\b(?:King|Queen|Prince|Princess|Lady|Dr\.|Doctor)[ \t]\p{Lu}/u;

/** People the tagger read as one word after a title that is their stage name's first word: the name takes the title in. */
export function withTitledStageNames(body: string, entities: readonly Entity[]): void {
  if (!ANY_TITLE.test(body)) return;
  for (const e of entities) {
    if (e.type !== 'person' || /\s/.test(e.text)) continue;
    const m = TITLE_BEFORE.exec(body.slice(Math.max(0, e.start - 10), e.start));
    if (!m || !performerNamed(body, m[1]!, e.text)) continue;
    const title = `${m[1]!} `;
    e.start -= title.length;
    e.text = body.slice(e.start, e.end);
    if (e.canonical !== undefined) e.canonical = `${title}${e.canonical}`;
  }
}

/** Answers for a story's title and name, so each mention of "Dr. Dre" is not read again. */
let lastBody = '';
const answers = new Map<string, boolean>();

/** Whether a mention of the title and the name is called a performer's, and no other word before the name makes it a given name's surname. */
function performerNamed(body: string, title: string, name: string): boolean {
  if (body !== lastBody) {
    lastBody = body;
    answers.clear();
  }
  const key = `${title} ${name}`;
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = readPerformer(body, title, name)));
  return answer;
}

function readPerformer(body: string, title: string, name: string): boolean {
  // "Dr. Ann Dre" or "Ann Dre" elsewhere: the name is a surname and the title is hers.
  for (const m of body.matchAll(new RegExp(`(\\p{Lu}[\\p{L}'’-]*)\\.?\\s+${escapeRegExp(name)}\\b`, 'gu'))) {
    if (TITLES.has(m[1]!)) continue;
    // A sentence's first word before the name ("When Dre arrived") gives it no given name.
    if (/(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(body.slice(Math.max(0, m.index - 4), m.index))) continue;
    return false;
  }
  const written = `${title} ${name}`;
  for (let at = body.indexOf(written); at >= 0; at = body.indexOf(written, at + written.length)) {
    const after = body.slice(at + written.length, at + written.length + 80);
    if (/^[\p{L}-]/u.test(after)) continue;
    if (PERFORMER_BEFORE.test(body.slice(Math.max(0, at - 40), at)) || PERFORMER_AFTER.test(after)) return true;
  }
  return false;
}
