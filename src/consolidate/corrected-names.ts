/**
 * A name an outlet's correction note puts right ("He is Richard Okafor, not Richard Okoro": kept as the
 * article's `correction-note` message, extract/correction-note.ts) is put right in every report of the
 * event: another outlet that copied the misspelling, or the page's own earlier text, names the same
 * person. Read as written, the event listed the one chief executive twice.
 */
import type { Article } from '../model/types.js';

/** The message's list of names: "(names put right: Ann Lee -> Ann Dee; ...)". */
const PUT_RIGHT = /\(names put right: ([^)]*)\)/;

/** Misspelt name to the right one, from the correction notes of the event's reports. */
export function correctedNames(articles: readonly Pick<Article, 'warnings'>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of articles) {
    for (const w of a.warnings) {
      if (w.rule !== 'correction-note') continue;
      const list = PUT_RIGHT.exec(w.message)?.[1];
      for (const pair of list?.split('; ') ?? []) {
        const [wrong, right] = pair.split(' -> ');
        if (wrong && right && wrong !== right) out.set(wrong, right);
      }
    }
  }
  return out;
}

/** The articles with each misspelt person renamed as the note puts it, the misspelling kept as a variant. */
export function withCorrectedNames<T extends Pick<Article, 'warnings' | 'people'>>(articles: readonly T[]): T[] {
  const names = correctedNames(articles);
  if (names.size === 0) return [...articles];
  return articles.map((a) => {
    if (!a.people.some((p) => names.has(p.name))) return a;
    const people = a.people.map((p) => {
      const right = names.get(p.name);
      return right ? { ...p, name: right, variants: [...new Set([...p.variants, p.name])] } : p;
    });
    return { ...a, people };
  });
}
