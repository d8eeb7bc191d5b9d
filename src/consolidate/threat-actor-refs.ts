/**
 * An event's threat actors as its reports tag them (enrich/threat-actors.ts), before the ties the
 * reports state between two of them are read in (actor-links.ts).
 */
import { foldActorName } from '../enrich/threat-actor-aliases.js';
import type { Article, ThreatActorRef } from '../model/types.js';

/**
 * The threat actors the reports tag (the gazetteer's name, once however many aliases the outlets used:
 * "Hidden Cobra" and "Lazarus" are one actor), most-cited first. A crew the gazetteer does not know is
 * one actor however the reports space or case its name ("Hollowmoth", "HollowMoth", "Hollow Moth"),
 * under the spelling most reports use and with the others among its aliases.
 */
export function threatActorsOf(articles: readonly Article[]): ThreatActorRef[] {
  const byName = new Map<string, { spellings: Map<string, Set<string>>; aliases: Set<string>; country: string | null; sources: Set<string> }>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.subtype !== 'threat-actor') continue;
      const name = e.canonical ?? e.text;
      const key = foldActorName(name);
      const entry = byName.get(key) ?? { spellings: new Map<string, Set<string>>(), aliases: new Set<string>(), country: null, sources: new Set<string>() };
      const spelled = entry.spellings.get(name) ?? new Set<string>();
      spelled.add(a.id);
      entry.spellings.set(name, spelled);
      entry.aliases.add(e.text);
      entry.country ??= e.country ?? null;
      entry.sources.add(a.id);
      byName.set(key, entry);
    }
  }
  return [...byName.values()]
    .map((e) => {
      const ranked = [...e.spellings].sort(([x, xs], [y, ys]) => ys.size - xs.size || (x < y ? -1 : x > y ? 1 : 0));
      const name = ranked[0]![0];
      const aliases = new Set([...e.aliases, ...ranked.map(([n]) => n)].filter((n) => n.toLowerCase() !== name.toLowerCase()));
      return { name, aliases: [...aliases].sort(), country: e.country, sources: [...e.sources] };
    })
    .sort((x, y) => y.sources.length - x.sources.length || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}
