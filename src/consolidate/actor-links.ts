/**
 * An event's threat actors as its reports tie them (enrich/actor-statements.ts): two groups a report
 * calls one ("APT38, also known as Lazarus") become one entry, the more-cited name heading it (as
 * cited, the one written first) and the other among its aliases; a group a report calls a unit of another keeps its own entry and names the
 * larger group in `partOf`. A unit is no alias: its events are its own, and the larger group's
 * filter finds them through the store (store/entity-names.ts), not by sharing a name.
 */
import { actorLinks, type ActorMention } from '../enrich/actor-statements.js';
import type { Article, ThreatActorRef } from '../model/types.js';

/** The ties the articles state between the actors they name; only a text naming two actors or more is read. */
function statedLinks(articles: readonly Article[]): ReturnType<typeof actorLinks> {
  const out: ReturnType<typeof actorLinks> = [];
  for (const a of articles) {
    const mentions: ActorMention[] = [];
    for (const e of a.entities) if (e.subtype === 'threat-actor') mentions.push({ canonical: e.canonical ?? e.text, start: e.start, end: e.end });
    if (new Set(mentions.map((m) => m.canonical)).size < 2) continue;
    out.push(...actorLinks(a.body, mentions));
  }
  return out;
}

/**
 * `actors` (most-cited first, as build-event lists them) with the ties `articles` state read in: an
 * alias merged into the entry listed first, a unit's `partOf` naming the larger group's entry.
 */
export function withActorLinks(actors: readonly ThreatActorRef[], articles: readonly Article[]): ThreatActorRef[] {
  if (actors.length < 2) return [...actors];
  const links = statedLinks(articles);
  if (links.length === 0) return [...actors];
  // Which entry each name ends in: an alias's entry is the one of the pair listed first.
  const head = new Map(actors.map((a) => [a.name, a.name]));
  const order = new Map(actors.map((a, i) => [a.name, i]));
  const find = (name: string): string | undefined => {
    let at = head.get(name);
    while (at !== undefined && head.get(at) !== at) at = head.get(at);
    return at;
  };
  for (const l of links) {
    if (l.kind !== 'alias') continue;
    const [x, y] = [find(l.actor), find(l.other)];
    if (x === undefined || y === undefined || x === y) continue;
    // The more-cited name heads the entry; of two as cited, the one the report wrote first ("A, also known as B").
    const cited = (name: string): number => actors[order.get(name)!]!.sources.length;
    const [keep, gone] = cited(x) > cited(y) || (cited(x) === cited(y) && x === find(l.actor)) ? [x, y] : [y, x];
    head.set(gone, keep);
  }
  const merged = new Map<string, { aliases: Set<string>; country: string | null; sources: Set<string>; partOf: Set<string> }>();
  for (const a of actors) {
    const name = find(a.name)!;
    const entry = merged.get(name) ?? { aliases: new Set<string>(), country: null, sources: new Set<string>(), partOf: new Set<string>() };
    if (a.name !== name) entry.aliases.add(a.name);
    for (const alias of a.aliases) if (alias.toLowerCase() !== name.toLowerCase()) entry.aliases.add(alias);
    entry.country ??= a.country;
    for (const s of a.sources) entry.sources.add(s);
    for (const p of a.partOf ?? []) entry.partOf.add(p);
    merged.set(name, entry);
  }
  for (const l of links) {
    if (l.kind !== 'unit') continue;
    const [unit, parent] = [find(l.actor), find(l.other)];
    if (unit === undefined || parent === undefined || unit === parent) continue;
    merged.get(unit)!.partOf.add(parent);
  }
  return [...merged]
    .map(([name, e]) => ({ name, aliases: [...e.aliases].sort(), country: e.country, sources: [...e.sources], ...(e.partOf.size > 0 ? { partOf: [...e.partOf].sort() } : {}) }))
    .sort((x, y) => y.sources.length - x.sources.length || order.get(x.name)! - order.get(y.name)!);
}
