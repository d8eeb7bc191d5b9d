/**
 * Earlier acts a named actor did to victims the text names by their kind and town, with one date for
 * them all: "Hollowmoth attacked a hospital trust in Gloucester, England, and a hospital in Bruges,
 * Belgium, earlier this month". No capitalised victim follows the verb (related.ts describeDoneTo needs
 * one), so the report of the group's takedown named no earlier event and linked neither attack (review
 * ux74a). Each victim is an earlier event of its own: the act, its kind and its town ("Attack on
 * hospital in Bruges"), which the town and the kind single out among the stored events of those days.
 * Only a body the tagger marks as the subject (a group, a firm, a state's body): "the man attacked a
 * woman in Chicago earlier this month" is a crime report's own incident, told by its suspect.
 */
import type { Entity } from '../model/types.js';

/** Acts told by their verb, as their noun and its preposition. */
const ACT: Readonly<Record<string, string>> = { attacked: 'attack on', hit: 'attack on', targeted: 'attack on', breached: 'breach of', hacked: 'hack of' };
/** Kinds of victim a group's act is told against: institutions, not people. */
const KIND = String.raw`(?:hospital\s+trust|hospital\s+group|hospital|clinic|council|school|university|college|bank|port|airport|pipeline|refinery|power\s+plant|plant|utility|water\s+utility|ministry|agency|insurer|retailer|operator|exchange|charity|manufacturer)`;
/** A town (and its country or region after a comma): "in Bruges, Belgium". */
const TOWN = String.raw`in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?`;
/** One victim: an article or a count, up to two lower-case words, its kind, its town. */
const VICTIM = String.raw`(?:a|an|one|the)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?${KIND}\s+${TOWN}`;
/** The subject, the verb, the victims (a list with commas and "and"), then the date: the text ends. */
const LIST_BEFORE_DATE = new RegExp(String.raw`(?<![\p{L}\d])(${Object.keys(ACT).join('|')})\s+(${VICTIM}(?:,?\s+(?:and\s+)?${VICTIM})*)\s*,?\s*$`, 'u');
const EACH_VICTIM = new RegExp(String.raw`(?:a|an|one|the)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?(${KIND})\s+${TOWN}`, 'gu');

/**
 * The earlier acts told right before a date (`before` ends where the date starts; `from` is its own
 * offset in the body), one description per victim; none where the subject is no body the tagger marked.
 */
export function listedVictimActs(before: string, from: number, entities: readonly Entity[]): string[] {
  const m = LIST_BEFORE_DATE.exec(before);
  if (!m) return [];
  const verbAt = from + m.index;
  // The body right before the verb is who acted: "Hollowmoth attacked", not "police said the man attacked".
  const subject = entities.find((e) => e.type === 'organization' && e.end >= from && e.end <= verbAt && /^\s+$/.test(before.slice(e.end - from, m.index)));
  if (!subject) return [];
  const act = ACT[m[1]!]!;
  const out: string[] = [];
  for (const v of m[2]!.matchAll(EACH_VICTIM)) {
    const description = `${act.charAt(0).toUpperCase()}${act.slice(1)} ${v[1]!.replace(/\s+/g, ' ')} in ${v[2]!}`;
    if (!out.includes(description)) out.push(description);
  }
  return out;
}
