/**
 * Who claimed the event: the group or body the reports say claimed responsibility for the act ("X
 * claimed responsibility", "X, which claimed the attack", "X said its drones had hit the refinery",
 * "a group calling itself 'Y' posted a claim", "Z's leak site listed the firm"), with the reports that
 * say so. A claim is the actor's own word, not a government's attribution nor anyone's suspicion, so
 * precision comes first: a denial, a claim not yet made ("no group has claimed"), a claim of other
 * acts ("claimed similar attacks") and a sentence about an earlier event (in-event.ts) are no claim.
 */
import type { Article, ClaimRef, Entity, OrganizationRef } from '../model/types.js';
import { earlierParts } from '../enrich/in-event.js';
import { foldAccents } from '../util/fold.js';

export type ClaimSource = Pick<Article, 'id' | 'body' | 'sentences' | 'entities' | 'timexes' | 'eventDate' | 'related'>;

/** An act a claim names with "the" or "this": what was done, not "similar attacks". */
const ACT = String.raw`(?:attacks?|strikes?|bombings?|blasts?|raids?|arson|fire|hacks?|breach|intrusion|sabotage|assault|explosion|shooting|killings?|operation|ambush|hijacking)`;
/** Weapons and people an actor sends: "its drones", "its fighters". */
const ARMS = String.raw`(?:drones|missiles|rockets|forces|fighters|units|troops|operatives|hackers|members|militants|aircraft|jets|saboteurs|commandos|agents)`;
/** What such arms did to the target. */
const HIT = String.raw`(?:hit|struck|attacked|targeted|destroyed|bombed|shelled|sabotaged|blew\s+up|set\s+fire\s+to|damaged|disabled)`;

/** A ship an actor says it took: "the vessel", "the container ship". */
const SHIP = String.raw`(?:vessel|ship|tanker|freighter|carrier|boat|yacht|trawler)`;

/** The attacker's weapons, as the object of a defence's verb: "25 of the 31 drones", "all incoming missiles". */
const INCOMING = String.raw`(?:[\p{L}\d,-]+\s+){0,5}?(?:drones|missiles|rockets|UAVs|projectiles|Shaheds|cruise\s+missiles|ballistic\s+missiles)\b`;

/** Verb phrases that tell a claim, with its actor before them (the actor's name ends where the match starts). */
const CLAIM_AFTER_ACTOR: readonly RegExp[] = [
  // "claimed responsibility", "has claimed credit", ", which claimed the attack"; not a claim that the
  // attack was someone else's ("claimed the attack was carried out by saboteurs"), which is an accusation.
  new RegExp(String.raw`^(?:,\s*which)?\s+(?:(?:has|have|had)\s+)?(?:(?:publicly|quickly|later|swiftly)\s+)?claimed\s+(?:responsibility|credit|(?:the|this|that|Saturday['’]s|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s)\s+(?:[\p{L}-]+\s+){0,2}?${ACT}\b(?!\s+(?:was|were|had|has|is|came|originated)\b))`, 'iu'),
  // "said its long-range drones had hit", "said its forces struck"; not a defence's tally of the
  // attacker's weapons it destroyed ("said its units had destroyed 25 of the 31 drones launched by Russia").
  new RegExp(String.raw`^\s+(?:said|says|announced|stated)\s+(?:that\s+)?its\s+(?:[\p{L}-]+\s+){0,2}?${ARMS}\s+(?:had\s+|have\s+)?${HIT}\b(?!\s+${INCOMING})`, 'iu'),
  // "said it had taken the vessel", "said it carried out the attack", "said it was behind the
  // bombing": the actor's own word that the act was its, told of the act or the ship it seized; not
  // "said it had seized 2 kg of cocaine" (a haul, no act), nor "said it was investigating the attack".
  new RegExp(String.raw`^\s+(?:said|says|announced|stated)\s+(?:that\s+)?it\s+(?:had\s+|has\s+)?(?:taken|seized|hijacked|captured|carried\s+out|was\s+behind|conducted|launched)\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:${ACT}|${SHIP})\b`, 'iu'),
  // "posted a claim", "issued a claim of responsibility"
  /^\s+(?:posted|published|issued|released|made)\s+(?:a|an|its)\s+(?:online\s+)?claim\b/iu,
  // "'s leak site listed", "listed ... on its leak site"
  /^['’]s\s+(?:dark[-\s]web\s+)?leak\s+site\s+(?:listed|named|added|posted)\b/iu,
  /^\s+(?:listed|named|added|posted)\s+(?:[\p{L}\d'’-]+\s+){1,6}?(?:on|to)\s+its\s+(?:dark[-\s]web\s+)?leak\s+site\b/iu,
];

/** Bodies whose "said it had seized ..." is a routine report of their duty, not a claim of an act. */
const LAW_ENFORCEMENT = /\b(?:police|constabulary|coast\s*guard|customs|border\s+(?:guard|force|police)|gendarmerie|prosecutors?)\b/i;

/** Words that unmake a claim in its sentence: a denial, a claim not made, doubt that it was theirs. */
const NOT_A_CLAIM = /\b(?:den(?:y|ies|ied|ial)|rejected|no\s+(?:one|group|organi[sz]ation)\s+(?:has|had)|(?:has|have|had|did)\s+not\s+(?:yet\s+)?claim|(?:has|have|had)\s+yet\s+to\s+claim|falsely\s+claimed|false\s+claim|may\s+have|might\s+have|could\s+have|suspect(?:s|ed)?)\b/i;

/** Between an actor's name and the claim: the actor's own words ("security service"), or an aside set off by commas. */
const BETWEEN = /^(?:\s*\([^()]{1,40}\))?(?:\s+(?:[\p{Ll}-]+\s*){0,3}(?=\s|,|$))?(?:,[^,;]{1,100},)?$/u;

interface Found {
  name: string;
  at: number;
}

/** The claimant of a claim that starts at `at` in the sentence [start, at): the nearest body or person before it. */
function actorBefore(body: string, entities: readonly Entity[], start: number, at: number): Found | null {
  const before = entities.filter((e) => e.type !== 'location' && e.start >= start && e.end <= at).sort((x, y) => y.end - x.end);
  for (const e of before) {
    if (BETWEEN.test(body.slice(e.end, at))) return { name: e.canonical ?? e.text, at: e.start };
  }
  // "A group calling itself "Storm Front" posted a claim": a name given in quotes, which no tagger reads.
  const called = /\bcall(?:ing|s|ed)\s+(?:itself|themselves)\s+["“']([^"”']{2,40})["”']\s*$/u.exec(body.slice(start, at));
  return called ? { name: called[1]!, at: start + called.index } : null;
}

/** The claims one report makes, by name, in sentences about the event. */
function claimsIn(article: ClaimSource): string[] {
  const { body, sentences, entities } = article;
  const { elsewhere } = earlierParts({ ...article, sentences: sentences ?? [] });
  const names: string[] = [];
  for (const s of sentences ?? []) {
    const sentence = body.slice(s.start, s.end);
    if (!/claim|(?:said|says|announced|stated)\s+(?:that\s+)?its?\b|leak\s+site/i.test(sentence) || NOT_A_CLAIM.test(sentence)) continue;
    for (let at = s.start; at < s.end; at++) {
      // Claims start right after a name: at a space, a comma or a possessive.
      const c = body[at];
      if (c !== ' ' && c !== ',' && c !== "'" && c !== '’') continue;
      const rest = body.slice(at, s.end);
      if (!CLAIM_AFTER_ACTOR.some((p) => p.test(rest))) continue;
      const actor = actorBefore(body, entities, s.start, at);
      if (!actor || elsewhere({ start: actor.at, end: at })) continue;
      // Police, customs and coast guards tell their own routine seizures ("said it had seized the vessel"): a report, not a claim.
      if (LAW_ENFORCEMENT.test(actor.name) && /^\s+\S+\s+(?:that\s+)?it\s/i.test(rest)) continue;
      if (!names.includes(actor.name)) names.push(actor.name);
    }
  }
  return names;
}

const fold = (name: string): string => foldAccents(name).toLowerCase().replace(/^the\s+/, '').replace(/[.’']/g, '');

/**
 * The event's claimants across reports, most-reported first. A name the event's list of bodies holds
 * (as a name or an alias: "SBU" of "Security Service of Ukraine (also SBU)") is given as that list
 * names it, with its country; a name that opens a longer one of the same event ("Security Service"
 * beside "Security Service of Ukraine") is that one.
 */
export function claimedByOf(articles: readonly ClaimSource[], groupOf: (articleId: string) => string, organizations: readonly OrganizationRef[] = []): ClaimRef[] {
  const byKey = new Map<string, { name: string; country: string | null; sources: string[]; groups: Set<string> }>();
  const told = articles.map((a) => ({ id: a.id, names: claimsIn(a) }));
  const every = told.flatMap((t) => t.names);
  const named = (name: string): { name: string; country: string | null } => {
    const key = fold(name);
    const org = organizations.find((o) => [o.name, ...o.aliases].some((n) => fold(n) === key));
    return org ? { name: org.name, country: org.country } : { name, country: null };
  };
  const canonical = (found: string): { name: string; country: string | null } => {
    const own = named(found);
    const key = fold(own.name);
    return every.map(named).find((n) => fold(n.name).startsWith(`${key} `)) ?? own;
  };
  for (const { id, names } of told) {
    for (const found of names) {
      const { name, country } = canonical(found);
      const key = fold(name);
      const entry = byKey.get(key) ?? { name, country, sources: [], groups: new Set<string>() };
      if (!entry.sources.includes(id)) entry.sources.push(id);
      entry.groups.add(groupOf(id));
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .map((e) => ({ name: e.name, country: e.country, sources: e.sources, corroboration: e.groups.size }))
    .sort((x, y) => y.corroboration - x.corroboration || y.sources.length - x.sources.length);
}
