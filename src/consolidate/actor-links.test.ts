import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article, Entity, ThreatActorRef } from '../model/types.js';
import { sampleArticle } from '../store/contract.js';
import { withActorLinks } from './actor-links.js';

/** An article whose body is `body`, with each of `actors` ([as written, gazetteer name]) tagged where first written. */
function articleNaming(n: number, body: string, actors: [string, string][]): Article {
  const entities: Entity[] = actors.map(([written, canonical]) => {
    const start = body.indexOf(written);
    assert.ok(start >= 0, written);
    return { text: written, type: 'organization', subtype: 'threat-actor', start, end: start + written.length, canonical };
  });
  return sampleArticle(n, { body, entities });
}

const ref = (name: string, sources: string[], aliases: string[] = []): ThreatActorRef => ({ name, aliases, country: 'KP', sources });

describe('withActorLinks: the ties an event\'s reports state between its threat actors', () => {
  it('keeps a unit as its own actor, naming the larger group it belongs to', () => {
    const a = articleNaming(1, 'Prosecutors said Amber Moth, a unit of the wider Crimson Kite, wrote the wiper.', [['Amber Moth', 'Amber Moth'], ['Crimson Kite', 'Crimson Kite']]);
    const out = withActorLinks([ref('Amber Moth', [a.id]), ref('Crimson Kite', [a.id])], [a]);
    assert.deepEqual(out, [
      { name: 'Amber Moth', aliases: [], country: 'KP', sources: [a.id], partOf: ['Crimson Kite'] },
      { name: 'Crimson Kite', aliases: [], country: 'KP', sources: [a.id] },
    ]);
  });

  it('makes one actor of two names a report gives as one group\'s, the more-cited name heading it', () => {
    const a = articleNaming(2, 'The wiper came from Glass Heron, also known as Crimson Kite, the vendor wrote.', [['Glass Heron', 'Glass Heron'], ['Crimson Kite', 'Crimson Kite']]);
    const b = sampleArticle(3);
    const out = withActorLinks([ref('Crimson Kite', [a.id, b.id], ['Kite']), ref('Glass Heron', [a.id])], [a, b]);
    assert.deepEqual(out, [{ name: 'Crimson Kite', aliases: ['Glass Heron', 'Kite'], country: 'KP', sources: [a.id, b.id] }]);
    // As cited, the name the report wrote first heads.
    const even = withActorLinks([ref('Crimson Kite', [a.id]), ref('Glass Heron', [a.id])], [a]);
    assert.deepEqual(even.map((e) => [e.name, e.aliases]), [['Glass Heron', ['Crimson Kite']]]);
  });

  it('leaves actors a report only names together as they were', () => {
    const a = articleNaming(4, 'Both Glass Heron and Crimson Kite used the loader in March.', [['Glass Heron', 'Glass Heron'], ['Crimson Kite', 'Crimson Kite']]);
    const actors = [ref('Crimson Kite', [a.id]), ref('Glass Heron', [a.id])];
    assert.deepEqual(withActorLinks(actors, [a]), actors);
  });
});
