/**
 * The lines an answer of POST /api/articles gives on the Add articles page: each article stored or
 * found already stored, with the warnings the server gave for it right under it (a publication date
 * left out, relative dates left unresolved: without them the user sees "stored" and never learns why
 * the story's dates came out unresolved), then what was refused and why.
 */
import { h } from './dom.js';
import type { IngestResult } from './types.js';

/**
 * `name`: what the user sent (a file's name, "pasted text"). The server names one pasted record
 * "request", a word the user never typed: its lines are named as the user knows the input instead.
 */
export function resultLines(name: string, r: IngestResult): HTMLLIElement[] {
  const label = (input: string): string => (input === 'request' ? name : input);
  const lines: HTMLLIElement[] = [];
  // The same text twice in one upload is stored once and found the second time: the last times an id
  // comes are the ones found already stored.
  const found = new Map<string, number>();
  for (const id of r.duplicateIds ?? []) found.set(id, (found.get(id) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const id of r.articleIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  const nth = new Map<string, number>();
  const warned = new Set<string>();
  for (const [i, id] of r.eventIds.entries()) {
    const articleId = r.articleIds[i]!;
    const k = (nth.get(articleId) ?? 0) + 1;
    nth.set(articleId, k);
    const dup = k > (seen.get(articleId) ?? 0) - (found.get(articleId) ?? 0);
    // An article's warnings once, under its first line: a text sent twice has one set of warnings.
    const warnings = warned.has(articleId) ? [] : warningsOf(r, articleId);
    warned.add(articleId);
    lines.push(
      h(
        'li',
        { class: 'ok' },
        `${name}: ${dup ? 'already stored' : 'stored'} → `,
        id ? h('a', { href: `#/events/${id}` }, 'its event') : 'no event',
        ` (${articleId})`,
        warnings.length ? h('ul', { class: 'warnings', 'aria-label': `Warnings for ${articleId}` }, warnings.map((w) => h('li', { class: 'warning' }, w))) : null,
      ),
    );
  }
  for (const e of r.errors) lines.push(h('li', { class: 'error' }, `${label(e.input)}: ${e.problem}`));
  return lines;
}

/** The distinct warning messages the server gave for one article, in its order. */
export function warningsOf(r: Pick<IngestResult, 'warnings'>, articleId: string): string[] {
  return [...new Set((r.warnings ?? []).filter((w) => w.article === articleId).map((w) => w.message.message))];
}
