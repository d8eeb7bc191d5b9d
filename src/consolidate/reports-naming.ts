/**
 * How many of an event's reports write a town's name (headline or text), as a tie between towns is
 * broken (build-event.ts): accents and case folded on both sides, and a letter or digit on either side
 * of the name makes it part of another word. The tie is broken again at every report the event gains,
 * so each report's answer for each name is kept, and each report's folded text while it is asked.
 */
import type { Article } from '../model/types.js';
import { Lru } from '../util/lru.js';
import { escapeRegExp } from '../util/regexp.js';

/** A name or a text with its accents taken off and in lower case. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a report (id and content hash) writes a folded name, by both. */
const answers = new Lru<string, boolean>(16_384);
/** Reports' folded headline and text: copies of the text, so only a few hundred. */
const folded = new Lru<string, string>(512);

function foldedText(article: Article, key: string): string {
  let text = folded.get(key);
  if (text === undefined) folded.set(key, (text = foldName(`${article.headline ?? ''}\n${article.body}`)));
  return text;
}

/** The number of the reports that write `name` ("Washington, D.C." as "Washington": the part before a comma). */
export function reportsNaming(articles: readonly Article[], name: string): number {
  const wanted = foldName(name.split(',')[0]!.trim());
  let pattern: RegExp | undefined;
  let n = 0;
  for (const article of articles) {
    const report = `${article.id} ${article.contentHash}`;
    const key = `${report}\u0000${wanted}`;
    let writes = answers.get(key);
    if (writes === undefined) {
      // \b knows ASCII letters only and never ended a name in "á".
      pattern ??= new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted)}(?![\\p{L}\\p{N}])`, 'u');
      answers.set(key, (writes = pattern.test(foldedText(article, report))));
    }
    if (writes) n++;
  }
  return n;
}
