/**
 * An event's threat actors as its reports tag them (enrich/threat-actors.ts), before the ties the
 * reports state between two of them are read in (actor-links.ts).
 */
import { foldActorName } from '../enrich/threat-actor-aliases.js';
import type { Article, Entity, ThreatActorRef } from '../model/types.js';
import { hedgedMention } from './hedged-actor.js';

/** Whether the report names the actor here only as a suspicion (hedged-actor.ts). */
function hedgedIn(article: Article, e: Entity): boolean {
  const s = article.sentences.find((x) => x.start <= e.start && e.end <= x.end);
  const from = s?.start ?? Math.max(0, e.start - 200);
  const to = s?.end ?? Math.min(article.body.length, e.end + 200);
  return hedgedMention(article.body.slice(from, to), article.body.slice(from, e.start), article.body.slice(e.end, to));
}

/**
 * The threat actors the reports tag (the gazetteer's name, once however many aliases the outlets used:
 * "Hidden Cobra" and "Lazarus" are one actor), most-cited first. A crew the gazetteer does not know is
 * one actor however the reports space or case its name ("Hollowmoth", "HollowMoth", "Hollow Moth"),
 * under the spelling most reports use and with the others among its aliases. One that every report
 * names only as a suspicion ("resembled X's but too soon to attribute", "looks like X") is marked suspected.
 */
export function threatActorsOf(articles: readonly Article[]): ThreatActorRef[] {
  const byName = new Map<string, { spellings: Map<string, Set<string>>; aliases: Set<string>; country: string | null; sources: Set<string>; hedged: boolean }>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.subtype !== 'threat-actor') continue;
      const name = e.canonical ?? e.text;
      const key = foldActorName(name);
      const entry = byName.get(key) ?? { spellings: new Map<string, Set<string>>(), aliases: new Set<string>(), country: null, sources: new Set<string>(), hedged: true };
      const spelled = entry.spellings.get(name) ?? new Set<string>();
      spelled.add(a.id);
      entry.spellings.set(name, spelled);
      entry.aliases.add(e.text);
      entry.country ??= e.country ?? null;
      entry.sources.add(a.id);
      entry.hedged &&= hedgedIn(a, e);
      byName.set(key, entry);
    }
  }
  return [...byName.values()]
    .map((e) => {
      const ranked = [...e.spellings].sort(([x, xs], [y, ys]) => ys.size - xs.size || (x < y ? -1 : x > y ? 1 : 0));
      const name = ranked[0]![0];
      const aliases = new Set([...e.aliases, ...ranked.map(([n]) => n)].filter((n) => n.toLowerCase() !== name.toLowerCase()));
      return { name, aliases: [...aliases].sort(), country: e.country, sources: [...e.sources], ...(e.hedged ? { suspected: true as const } : {}) };
    })
    .sort((x, y) => y.sources.length - x.sources.length || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}
