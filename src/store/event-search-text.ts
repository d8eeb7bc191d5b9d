/**
 * The text of an event's people (with its threat actors and ships) and themes columns in the search index. A snippet shows a column's
 * text as indexed, so it must read as words: theme ids written out ("cyber cyber.ransomware
 * cyber.threat-actor") had shown "cyber cyber" in snippets, and a name with its alias in another order
 * ("Kumagai Naoki Naoki Kumagai") "Naoki Naoki". A word repeated there says nothing about how much
 * the event is about it, so it is given once.
 */
import type { Participant, ThreatActorRef, VesselRef } from '../model/types.js';

/** Each word of the themes once, in order: ["cyber", "cyber.threat-actor"] is "cyber threat actor". */
export function themeText(themes: readonly string[]): string {
  return distinctWords(themes.join(' ')).join(' ');
}

/**
 * A participant's name, the aliases that add a word to it (not one that reorders it), role and
 * organisation, as written: those are phrases a search may quote, and keep their words.
 */
export function participantText(p: Pick<Participant, 'name' | 'aliases' | 'role' | 'organization'>): string {
  const given = new Set(distinctWords(p.name).map(folded));
  const aliases = p.aliases.filter((alias) => {
    const words = distinctWords(alias).map(folded);
    const adds = words.some((w) => !given.has(w));
    for (const w of words) given.add(w);
    return adds;
  });
  return [p.name, ...aliases, p.role ?? '', p.organization ?? ''].join(' ');
}

/**
 * A threat actor's gazetteer name and the names its reports used that add a word: a report that
 * wrote only "Hidden Cobra" is found by a search for "Lazarus Group" (the actor the event lists).
 */
export function actorText(actor: Pick<ThreatActorRef, 'name' | 'aliases'>): string {
  return participantText({ name: actor.name, aliases: actor.aliases, role: null, organization: null }).trimEnd();
}

/** A ship as the search index reads it: its names and its IMO number, so "9345678" finds it. */
export function vesselText(vessel: Pick<VesselRef, 'name' | 'aliases' | 'imo'>): string {
  return `${actorText(vessel)}${vessel.imo ? ` IMO ${vessel.imo}` : ''}`;
}

function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, each once (case and accents aside as the index folds them), as first written. */
function distinctWords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const key = folded(word);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}
