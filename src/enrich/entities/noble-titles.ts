/**
 * "Lord Casey", "Sir John Kerr", "Dame Joan Sutherland": a peer's or a knight's style is part of the
 * name as it is written and known (Wikipedia-style sets mark it so; the merge already keeps such words
 * where the tagger took them in, `KEPT_IN_NAMES`). The tagger often leaves the word out, reading it as
 * a title; a person's span right after it, one space between, takes it in.
 */
import type { Entity } from '../../model/types.js';

const STYLE_BEFORE = /(?<![\p{L}'’.-])(?:Lord|Lady|Sir|Dame) $/u;

export function joinNobleStyles(body: string, entities: readonly Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const m = STYLE_BEFORE.exec(body.slice(Math.max(0, e.start - 6), e.start));
    if (!m) continue;
    const start = e.start - m[0].length;
    if (entities.some((f) => f !== e && f.start < e.start && f.end > start)) continue;
    e.start = start;
    e.text = body.slice(start, e.end);
  }
}
