/**
 * A body named, the way news names someone's employer, right before a person's full name: by its
 * possessive ("Mandiant's John Hultquist said", "Acme's Rosa Lind") or before a title such bodies give
 * ("Quillon co-founder Ada Merriweather", "Emsisoft analyst Brett Callow"). The tagger reads a word
 * it has not seen there as a person (a name, then a name) or as a place no gazetteer knows. A word of one part, before a full name of
 * two or more, that no person the article names holds and that follows no title ("President Biden's
 * Jake Sullivan"), is the body.
 */
import type { Entity } from '../../model/types.js';
import { TITLE_WORDS } from './lexicon.js';

/** The possessive, or a title a company or an agency gives, between the body and the name. */
const BETWEEN = /^(?:['’]s|\s+(?:CEO|CFO|CTO|COO|CISO|founder|co-founder|chairman|chairwoman|spokesman|spokeswoman|spokesperson|analyst|researcher|boss))\s+/;

export function employersBeforeNames(body: string, entities: Entity[]): void {
  let nameWords: Set<string> | null = null;
  for (const e of entities) {
    // A place no gazetteer knows is the tagger's other guess for such a word.
    if (!(e.type === 'person' || (e.type === 'location' && !e.country && !e.subtype)) || /\s/.test(e.text)) continue;
    const between = BETWEEN.exec(body.slice(e.end, e.end + 16));
    const next = between ? entities.find((p) => p.start === e.end + between[0].length) : undefined;
    if (!next || next.type !== 'person' || !/\s/.test(next.text)) continue;
    const before = /(\S+)\s+$/.exec(body.slice(Math.max(0, e.start - 30), e.start))?.[1];
    if (before && TITLE_WORDS.has(before.toLowerCase())) continue;
    nameWords ??= new Set(entities.filter((p) => p.type === 'person' && /\s/.test(p.text)).flatMap((p) => p.text.split(/\s+/)));
    if (nameWords.has(e.text)) continue;
    e.type = 'organization';
    delete e.canonical;
    delete e.subtype;
  }
}
