/**
 * "The Treasury Department said", "The Home Office announced": at a sentence's start the tagger takes
 * the capitalised article into a body's name, so the same body is "Treasury Department" in one sentence
 * and "The Treasury Department" in the next (two organisations to an analyst, and a person's employer
 * that matches neither). The article is no part of a body's name where the name ends in a body's head
 * word, or where the text writes "the" before it in lower case; a paper's title keeps it ("The New
 * York Times", "The Guardian").
 */
import type { Entity } from '../../model/types.js';
import { BODY_HEADS } from './lexicon.js';

/** Head words of papers and agencies whose titles take "The". */
const PRESS_HEADS = new Set(['times', 'post', 'news', 'herald', 'journal', 'tribune', 'press', 'guardian', 'economist', 'telegraph', 'independent', 'observer', 'gazette', 'chronicle', 'star', 'sun', 'mail', 'express', 'mirror', 'globe', 'review', 'magazine', 'daily', 'weekly', 'monitor', 'record', 'register', 'standard', 'examiner', 'inquirer', 'dispatch', 'bulletin', 'courier', 'readable', 'atlantic', 'hill', 'intercept', 'verge']);

export function withoutLeadingThe(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    const m = /^The\s+(?=\p{Lu})/u.exec(e.text);
    if (!m) continue;
    const rest = e.text.slice(m[0].length);
    const words = rest.split(/\s+/);
    if (words.some((w) => PRESS_HEADS.has(w.toLowerCase()))) continue;
    // The head ends the name or stands before its "of" ("The Monetary Authority of Singapore").
    const tail = words.findIndex((w) => /^(?:of|for|on|in)$/.test(w));
    const named = tail < 0 ? words : words.slice(0, tail);
    const head = (named.at(-1) ?? '').toLowerCase().replace(/['’]s$/, '');
    // A head word alone is the body's name only with its "of" ("The Bank of England"; "The Bank" is no name).
    if (!((named.length >= 2 || tail > 0) && BODY_HEADS.has(head)) && !body.includes(`the ${rest}`)) continue;
    e.start += m[0].length;
    e.text = rest;
  }
}
