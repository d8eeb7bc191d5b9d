/**
 * A participant's organisation named as the event's list of bodies names it: "Helena Marsh, the EU's
 * High Representative" works for the body the list calls "European Union" (with "EU" among its other
 * names), and "Emajoe Regional Hospital" is the list's "Emajõe Regional Hospital". Without this the
 * entity lists held "EU" beside "European Union", one body twice.
 */
import type { OrganizationRef, Participant } from '../model/types.js';
import { foldAccents } from '../util/fold.js';

function key(name: string): string {
  return foldAccents(name).toLowerCase().replace(/\./g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

export function withBodyNames(participants: readonly Participant[], bodies: readonly OrganizationRef[]): Participant[] {
  const named = new Map<string, string>();
  for (const body of bodies) for (const name of [body.name, ...body.aliases]) if (!named.has(key(name))) named.set(key(name), body.name);
  return participants.map((p) => {
    const name = p.organization ? named.get(key(p.organization)) : undefined;
    return name && name !== p.organization ? { ...p, organization: name } : p;
  });
}
