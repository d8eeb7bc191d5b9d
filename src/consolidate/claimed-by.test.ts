import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { type ClaimSource, claimedByOf } from './claimed-by.js';

/** A report whose bodies are the names listed, tagged where they are written. */
function report(id: string, body: string, bodies: readonly string[]): ClaimSource {
  const entities: Entity[] = bodies.flatMap((name) => {
    const start = body.indexOf(name);
    return start < 0 ? [] : [{ text: name, type: 'organization' as const, start, end: start + name.length }];
  });
  const sentences = [...body.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { id, body, sentences, entities, timexes: [], eventDate: null, related: [] };
}
const own = (id: string): string => id;

describe('claimedByOf', () => {
  it('should read who claimed the act: a claim of responsibility, an aside, its arms, a quoted group', () => {
    const reports = [
      report('a', 'Drones hit the Varna fuel depot overnight. The Coastal Brigade claimed responsibility on its channel.', ['Coastal Brigade']),
      report('b', 'A depot burned in Varna. The Coastal Brigade, which claimed the strike, said more would follow.', ['Coastal Brigade']),
      report('c', 'A spokesman for the Coastal Brigade said its long-range drones had struck the depot.', ['Coastal Brigade']),
      report('d', 'A group calling itself "Black Dawn" posted a claim on a forum, which police were checking.', []),
    ];
    assert.deepEqual(claimedByOf(reports, own), [
      { name: 'Coastal Brigade', country: null, sources: ['a', 'b', 'c'], corroboration: 3 },
      { name: 'Black Dawn', country: null, sources: ['d'], corroboration: 1 },
    ]);
  });

  it("should name a claimant as the event's list of bodies does, an acronym by its full name", () => {
    const reports = [report('a', 'The ORB claimed the attack in a statement.', ['ORB'])];
    const organizations = [{ name: 'Oder Resistance Bloc', aliases: ['ORB'], country: 'PL', sources: ['a'], corroboration: 1 }];
    assert.deepEqual(claimedByOf(reports, own, organizations), [{ name: 'Oder Resistance Bloc', country: 'PL', sources: ['a'], corroboration: 1 }]);
  });

  it('should take no denial, no claim not made, no claim of other acts, and no defence that "said its" air defences shot drones down', () => {
    const reports = [
      report('a', 'The Coastal Brigade denied it had claimed the attack.', ['Coastal Brigade']),
      report('b', 'No group has claimed the attack, and the Coastal Brigade has not claimed it.', ['Coastal Brigade']),
      report('c', 'Police suspect the Coastal Brigade, which claimed similar attacks last spring.', ['Coastal Brigade']),
      report('d', "The Defence Ministry said its air defences had shot down 30 drones.", ['Defence Ministry']),
    ];
    assert.deepEqual(claimedByOf(reports, own), []);
  });

  it("should take no defence's tally of the attacker's drones, nor an accusation that the attack was another's (review75 fault 4)", () => {
    const reports = [
      report('a', "Drones hit Lviv overnight. Poland's Air Command said its units had destroyed 14 of the 19 drones launched at the city.", ['Air Command']),
      report('b', 'The Interior Ministry claimed the bombing was carried out by separatist saboteurs.', ['Interior Ministry']),
    ];
    assert.deepEqual(claimedByOf(reports, own), []);
  });

  it('should still read arms that destroyed the target, and a claim of the attack followed by more, as a claim', () => {
    const reports = [
      report('a', 'The Coastal Brigade said its drones had destroyed two fuel tanks at the depot.', ['Coastal Brigade']),
      report('b', 'The Coastal Brigade claimed the attack and warned of more.', ['Coastal Brigade']),
    ];
    assert.deepEqual(claimedByOf(reports, own), [{ name: 'Coastal Brigade', country: null, sources: ['a', 'b'], corroboration: 2 }]);
  });

  it('should read an actor that said it had taken the ship or carried out the attack as a claim, not a coast guard\'s seizure or an inquiry (ux76a fault 10)', () => {
    const reports = [
      report('a', 'Gunmen seized the cargo ship Blue Heron on Monday, and the Delta Front said it had taken the vessel.', ['Delta Front']),
      report('b', 'The Delta Front said it carried out the attack on the pipeline.', ['Delta Front']),
      report('c', 'The Hellenic Coast Guard said it had seized the vessel and found 2 tonnes of cocaine.', ['Hellenic Coast Guard']),
      report('d', 'The Delta Front said it was investigating the attack.', ['Delta Front']),
      report('e', 'The Delta Front said it had seized 40 rifles.', ['Delta Front']),
    ];
    assert.deepEqual(claimedByOf(reports, own), [{ name: 'Delta Front', country: null, sources: ['a', 'b'], corroboration: 2 }]);
  });
});
