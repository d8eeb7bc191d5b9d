/**
 * "free agent Ed Pike", "the restricted free agent Ed Pike": in sports news a player out of contract,
 * not an agent. The role reader takes the last noun before a name ("agent"), and an analyst saw a
 * basketball player listed as an agent. Where every mention that gives the role is written so, the
 * person has no role.
 */
import type { PersonMention } from '../model/types.js';

const FREE_AGENT_BEFORE = /\bfree[- ]agents?,?\s+$/i;

export function isFreeAgent(body: string, person: Pick<PersonMention, 'role' | 'roleMentions' | 'mentions'>): boolean {
  if (!person.role || !/^(?:free[- ])?agents?$/i.test(person.role.trim())) return false;
  const givers = person.roleMentions && person.roleMentions.length > 0 ? person.roleMentions : person.mentions;
  return givers.length > 0 && givers.every((m) => FREE_AGENT_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start)));
}
