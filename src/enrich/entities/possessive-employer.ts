/**
 * A body named, the way news names someone's employer, right before a person's full name: by its
 * possessive ("Mandiant's John Hultquist said", "Acme's Rosa Lind") or before a title such bodies give
 * ("Quillon co-founder Ada Merriweather", "Emsisoft analyst Brett Callow"). The tagger reads a word
 * it has not seen there as a person (a name, then a name) or as a place no gazetteer knows. A word of one part, before a full name of
 * two or more, that no person the article names holds and that follows no title ("President Biden's
 * Jake Sullivan"), is the body. So is a name of two or three words right before a spokesperson's
 * title and a full name, no possessive between ("Jany Jol spokesman Timur Abdrakhmanov", ux75b: the
 * party listed as a person): a person's spokesman is written with the possessive or the surname alone
 * ("Putin spokesman Dmitry Peskov"), so every mention of such a name is the body.
 */
import type { Entity } from '../../model/types.js';
import { TITLE_WORDS } from './lexicon.js';

/** The possessive, or a title a company or an agency gives, between the body and the name. */
const BETWEEN = /^(?:['’]s|\s+(?:CEO|CFO|CTO|COO|CISO|founder|co-founder|chairman|chairwoman|spokesman|spokeswoman|spokesperson|analyst|researcher|boss))\s+/;

/** A spokesperson's title alone between a body of several words and the name. */
const SPOKES_BETWEEN = /^\s+spokes(?:man|woman|person)\s+/;
/** Two or three capitalised words, as the tagger reads a person. */
const SEVERAL_WORDS = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u;

export function employersBeforeNames(body: string, entities: Entity[]): void {
  let nameWords: Set<string> | null = null;
  const bodies = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person' || !SEVERAL_WORDS.test(e.text)) continue;
    const between = SPOKES_BETWEEN.exec(body.slice(e.end, e.end + 20));
    const next = between ? entities.find((p) => p.start === e.end + between[0].length) : undefined;
    if (next && next.type === 'person' && /\s/.test(next.text)) bodies.add(e.text);
  }
  for (const e of entities) {
    if (e.type === 'person' && bodies.has(e.text)) {
      e.type = 'organization';
      delete e.canonical;
      continue;
    }
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
