/** Helpers for the entity tests: what the recognizer finds, as labels, and entities placed by hand in a body. */
import type { Entity } from '../src/model/types.js';
import { splitSentences } from '../src/enrich/sentences.js';
import { recognizeEntities } from '../src/enrich/entities/recognize.js';

/** The entities found in a text, as "type:text". */
export function entityLabels(text: string): string[] {
  return recognizeEntities(text, splitSentences(text)).entities.map((e) => `${e.type}:${e.text}`);
}

/** Each name found once, at its first place in the body after the one before, as the type given. */
export function givenEntities(body: string, found: readonly [string, Entity['type']][]): Entity[] {
  let from = 0;
  return found.map(([text, type]) => {
    const start = body.indexOf(text, from);
    from = start + text.length;
    return { text, type, start, end: start + text.length };
  });
}
