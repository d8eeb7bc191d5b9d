/**
 * How a participant's job and what they are in the event read together in `show` and the CSV: "Yevgeny
 * Sorokin: reporter, Uralsky Dozor (RU); detained". A role that is itself a case word ("arrested", read
 * where the article gives no job) is the same reading as the event role, and gives way to it: "arrested;
 * detained" would tell two things where the articles tell one.
 */
import type { Participant } from './types.js';

const CASE_WORDS: ReadonlySet<string> = new Set(['sentenced', 'convicted', 'charged', 'defendant', 'released', 'arrested', 'detained', 'suspect', 'sanctioned', 'killed', 'injured', 'victim', 'missing']);

/** The role to show beside the event role: null where the event role stands for it. */
export function shownRole(p: Pick<Participant, 'role' | 'eventRole'>): string | null {
  return p.eventRole && p.role && CASE_WORDS.has(p.role.toLowerCase()) ? null : p.role;
}

/** The event role to show after the job, or null where there is none. */
export function shownEventRole(p: Pick<Participant, 'role' | 'eventRole'>): string | null {
  return p.eventRole ?? null;
}
