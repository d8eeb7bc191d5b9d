/**
 * People: every mention of a person resolved to one name per article (full name, reordered name, surname
 * alone), with the role, organisation and country the article gives them. Roles come from appositions
 * ("Choi Han-gyeol, deputy director for ... at the ministry"), titles before names ("Japanese Prime
 * Minister Fumio Kishida") and role lists ("Canadian and Japanese representatives, X and Y, respectively").
 * A person's country comes from their affiliation, never from the words of their role ("director general
 * for North Korean affairs" says nothing about the director's own country).
 */
import { familyNamesAlone, trailingNameLeftOut } from '../util/name-variants-latin.js';
import { beforeWithheldSurname } from './entities/withheld-surname.js';
import { atWork, rankBefore, standsAlone } from './ranked-surname.js';
import type { Entity, PersonMention, Span } from '../model/types.js';
import type { Recognition } from './entities/recognize.js';
import { legalRole } from './legal-role.js';
import { eventRoleOf } from './event-role.js';
import { capitalOf, countryOfWord, lookupCity, lookupCountry, lookupPlace } from './gazetteer/places.js';
import { titleBeforeName } from './title-before-name.js';
import { abbreviatedRankBefore } from './abbreviated-rank.js';
import { roleWithoutBody } from './role-without-body.js';
import { postOverRank, roleAsHeld } from './role-form.js';
import { isOfficeBeforeRank, withoutRankAfterComma } from './office-before-rank.js';
import { KIN_WORDS, kinAfter, kinBefore, kinFromSentenceBefore } from './kinship.js';
import { OFFICE_WORDS } from './entities/lexicon.js';
import { countryOfBody, namedCountries } from './national-bodies.js';
import { nationalityAfter } from './nationality-after.js';
import { countryOfOwner } from './entities/body-country.js';
import { roleAfterAs } from './role-as.js';
import { EntitiesByStart } from './entities/by-start.js';
import { memberRole, nameList } from './name-list.js';
import { ministryOpening } from './ministry-role.js';
import { datelineCity } from './place.js';
import { opensReducedRelative } from './reduced-relative.js';
import { hyphenatedSurnameOf, middleWordsLeftOut } from './name-forms.js';
import { demonymBefore, withDemonym } from './demonym-body.js';
import { roleNamedAs } from './named-as-role.js';

const ROLE_NOUN = /\b(director|director-general|general|ambassador|envoy|representative|minister|secretary|under-?secretary|sub-?secretary|president|chief|head|spokes(?:person|man|woman)|official|officer|commander|adviser|advisor|chair(?:man|woman|person)?|ceo|founder|professor|analyst|researcher|diplomat|negotiator|governor|mayor|senator|lawmaker|leader|member|deputy|manager|executive|premier|chancellor|king|queen|judge|prosecutor|attorney|lawyer|spokesperson|coordinator|consul|counselor|counsellor|inspector|administrator|editor|reporter|correspondent|expert|scholar|fellow|economist|engineer|student|resident|victim|suspect|witness|defendant|plaintiff|accomplice|neighbou?r|boss|aide|colleague|owner|worker|driver|pilot|master|skipper|crewman|soldier|colonel|captain|lieutenant|sergeant|detective|agent|emissary|delegate|attaché|attache|surgeon|doctor|physician|nurse|teacher|principal|coach|player|scientist|architect|author|writer|artist|actor|actress|singer|musician|pastor|priest|bishop|imam|rabbi|activist|organizer|organiser|volunteer|partner|associate|sheriff|trooper|firefighter|paramedic|chef|farmer|entrepreneur|investor|banker|trader|broker|consultant|contractor|developer|programmer|hacker|designer|photographer|journalist|columnist|commentator|historian|lecturer|dean|rector|provost|superintendent|councillor|councilman|councilwoman|commissioner|marshal|general|admiral|sergeant-major|minister-counsellor|vendor|clerk|cashier|guard|shopkeeper|fisherman|fishermen|mechanic|electrician|janitor|waiter|waitress|bartender|employee|staffer|salesman|saleswoman|miner|labou?rer|tourist|passenger|bystander|shopper|mother|father|grandmother|grandfather|national|citizen|operative|defector|refugee|migrant|immigrant|publisher|landlord|tenant|translator|campaigner|protester|bodyguard|assistant|caretaker|carer|guardian)s?\b/i;
const HONORIFIC = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|madam|mme|m)\.?$/i;
/** "Rosa Cutipa, 41, a market vendor", "Angela Morris, 34, of Clintonville, a nurse": the age and the home town before the role. */
const AGE_AND_HOME = /^\s*,\s*\d{1,3}(?:\s*,\s*of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?=\s*,\s*(?:a|an|the)\s))?(?=\s*,)/u;
const PARENTHETICAL = /^\s*,\s*(?:\(?(?:from )?(?:left|right|center|centre)(?: to right)?\)?|second from (?:left|right))\s*(?=,)/i;
const ORG_DESCRIPTOR = /\b([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*)['’]s\s+((?:[a-z-]+\s+){0,2}(ministry|government|agency|office|embassy|military|police|parliament|spy agency|presidential office|foreign ministry))\b/gu;

interface Cluster {
  name: string;
  key: string;
  tokens: string[];
  variants: Set<string>;
  mentions: Span[];
  role: string | null;
  /** The mentions whose own words give `role`; the others carry it. */
  roleMentions: Span[];
  organization: string | null;
  country: string | null;
  /** Set where the role is an abbreviated rank (abbreviated-rank.ts), which the person's part in a case outranks. */
  rankOnly?: boolean;
}

/**
 * A role a mention's own words give: it replaces a role it betters (`replace`, or where there is none),
 * and the same role given again, in any case, adds the mention as one that states it.
 */
function giveRole(cluster: Cluster, role: string, mention: Span, replace: boolean): void {
  if (cluster.role !== null && cluster.role.toLowerCase() === role.toLowerCase()) {
    if (!cluster.roleMentions.some((m) => m.start === mention.start)) cluster.roleMentions.push(mention);
  } else if (cluster.role === null || replace) {
    cluster.role = role;
    cluster.roleMentions = [mention];
  }
}

export function resolvePeople(body: string, sentences: readonly Span[], recognition: Recognition, authors: readonly string[]): PersonMention[] {
  const clusters: Cluster[] = [];
  const people = recognition.entities.filter((e) => e.type === 'person');
  const named = namedCountries(recognition);
  const kin: { cluster: Cluster; relative: Entity }[] = [];
  // Surnames met before any full name holds them ("Cho said ... Foreign Minister Cho Tae-yul").
  const early: Entity[] = [];
  const byStart = new EntitiesByStart(recognition.entities);
  const byPosition = [...people].sort((a, b) => a.start - b.start);
  for (const entity of people) {
    const tokens = nameTokens(entity.text);
    let cluster: Cluster | undefined;
    if (tokens.length >= 2) {
      const key = [...tokens].sort().join(' ');
      // The same name, in another order, or with initials for given names ("J. R. Hartley").
      cluster = clusters.find((c) => c.key === key) ?? clusters.find((c) => sameByInitials(c.tokens, tokens)) ?? clusters.find((c) => isParticleSurname(c.tokens, tokens));
      // "Strauss-Kahn" after "Dominique Strauss-Kahn": a hyphenated surname alone, as a surname is (no name variant).
      const surnameOf = cluster ? undefined : [...clusters].reverse().find((c) => hyphenatedSurnameOf(entity.text, tokens, c.tokens));
      // "Allen Ostrovanek" before or after "Allen Christopher Ostrovanek": the middle names left out (name-forms.ts).
      cluster ??= surnameOf ?? [...clusters].reverse().find((c) => middleWordsLeftOut(c.tokens, tokens) || middleWordsLeftOut(tokens, c.tokens));
      // "Peter Ho" after "Peter Ho Ka-lok", "Lucía Ferrer" after "Lucía Ferrer Solís": the Chinese given
      // name or the mother's family name left out (util/name-variants-latin.ts); in one article, a name
      // so close is the same person, whatever the country.
      cluster ??= [...clusters].reverse().find((c) => trailingNameLeftOut(c.name, entity.text, true) || sameWithheld(c.name, entity.text));
      // "Ferrer Solís" after "Lucía Ferrer Solís": family names alone, as a surname is (no name variant).
      const familyOf = cluster ? undefined : [...clusters].reverse().find((c) => familyNamesAlone(c.tokens, tokens));
      cluster ??= familyOf;
      if (!cluster) {
        cluster = { name: entity.text, key, tokens, variants: new Set(), mentions: [], role: null, roleMentions: [], organization: null, country: null };
        clusters.push(cluster);
      }
      if (!surnameOf && !familyOf) cluster.variants.add(entity.text);
    } else {
      // A surname (or, in East Asian order, the family name that comes first) after the full name.
      cluster = [...clusters].reverse().find((c) => c.tokens.includes(tokens[0]!));
      if (!cluster) {
        early.push(entity);
        continue;
      }
    }
    entity.canonical = cluster.name;
    cluster.mentions.push({ start: entity.start, end: entity.end });
    const sentence = sentences.find((s) => s.start <= entity.start && entity.end <= s.end);
    assignRole(cluster, entity, body, sentence, recognition, named, byStart, byPosition);
    const found = kinAfter(body, entity.end, people) ?? kinBefore(body, entity.start, people) ?? kinFromSentenceBefore(body, entity, sentences, people);
    const kinship = found && notSelf(found, cluster, clusters);
    if (kinship) {
      // The bare kin word an apposition gave ("Her father, Richard Turner": "father") gives way to whose.
      const bare = cluster.role !== null && kinship.role.startsWith(`${cluster.role.toLowerCase()} of `);
      giveRole(cluster, kinship.role, { start: entity.start, end: entity.end }, bare);
      kin.push({ cluster, relative: kinship.relative });
    }
  }
  for (const entity of early) joinLaterFullName(entity, clusters);
  // "Sgt. Miller said" with no full name of Miller in the article: the officer, with the rank as the
  // role (ranked-surname.ts); the event joins the surname to a full name another report gives.
  for (const entity of early) if (entity.canonical === undefined) keepRankedSurname(entity, body, clusters);
  if (early.length > 0) for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  // A relative's country, once every mention has given what it gives: the relative may be named later.
  for (const { cluster, relative } of kin) cluster.country ??= clusters.find((c) => c.mentions.some((m) => m.start === relative.start))?.country ?? null;
  applyRoleLists(clusters, body, sentences, people);
  for (const c of clusters) {
    // "Lt Cmdr Sarah Jones was charged": that she is the defendant is what the analyst follows the
    // case for; the rank stays in her name's mention. A victim keeps the rank (an officer shot).
    if (c.rankOnly && c.role !== null) {
      const part = legalRole(body, c.mentions, sentences);
      if (part !== null && part !== 'victim') {
        c.role = part;
        c.roleMentions = c.mentions.filter((m) => legalRole(body, [m], sentences) === part);
      }
      continue;
    }
    if (c.role !== null) continue;
    c.role = legalRole(body, c.mentions, sentences);
    // The mentions whose clause gives that part in the case; a weaker one elsewhere does not state it.
    if (c.role !== null) c.roleMentions = c.mentions.filter((m) => legalRole(body, [m], sentences) === c.role);
  }
  const authorKeys = new Set(authors.map((a) => nameTokens(a).sort().join(' ')));
  return clusters.map((c) => withEventRole(body, sentences, c.mentions, {
    name: c.name,
    variants: [...c.variants].filter((v) => v !== c.name),
    // "Justice Department spokesman": once the body is the organisation, the role is what is held in it.
    // "Honourable Minister of Health", "Spokesman Lieutenant General": the post alone (role-form.ts).
    role: c.role === null ? null : roleHeld(c.role, c.organization),
    roleMentions: c.role === null || roleHeld(c.role, c.organization) === null ? [] : [...c.roleMentions].sort((a, b) => a.start - b.start),
    organization: c.organization,
    country: c.country,
    mentions: c.mentions,
    byline: authorKeys.has(c.key),
    inEvent: false,
  }));
}

/** The person with what they are in the event (event-role.ts), read from every mention, whatever the role. */
function withEventRole(body: string, sentences: readonly Span[], mentions: readonly Span[], person: PersonMention): PersonMention {
  const part = eventRoleOf(body, mentions, sentences);
  return part === null ? person : { ...person, eventRole: part.role, eventRoleMentions: part.mentions };
}

/** The role as held: without the body it names, an honorific before it or a rank after the post. */
function roleHeld(role: string, organization: string | null): string | null {
  const held = roleAsHeld(role);
  return held === null ? null : roleWithoutBody(held, organization);
}

/**
 * "Gray's sister Mahnefah Gray" where the surname alone was taken for the last Gray named, herself: no
 * one is their own kin, so the relative is the other person of that surname the article names (the
 * last before), who gets the surname's mention; with none, the kinship is not stated.
 */
function notSelf(kinship: { role: string; relative: Entity }, cluster: Cluster, clusters: readonly Cluster[]): { role: string; relative: Entity } | null {
  const { relative } = kinship;
  const named = relative.canonical ?? relative.text;
  if (named !== cluster.name && !cluster.mentions.some((m) => m.start === relative.start)) return kinship;
  const surname = nameTokens(relative.text).pop();
  const other = surname === undefined ? undefined : [...clusters].reverse().find((c) => c !== cluster && c.tokens.includes(surname));
  if (!other) return null;
  const at = cluster.mentions.findIndex((m) => m.start === relative.start);
  if (at >= 0) cluster.mentions.splice(at, 1);
  if (!other.mentions.some((m) => m.start === relative.start)) other.mentions.push({ start: relative.start, end: relative.end });
  other.mentions.sort((a, b) => a.start - b.start);
  relative.canonical = other.name;
  const kin = kinship.role.endsWith(` of ${named}`) ? kinship.role.slice(0, -named.length) : `${kinship.role.split(' of ')[0]} of `;
  return { role: `${kin}${other.name}`, relative };
}

/**
 * A surname written before the full name (a lead that names "Cho" and a later paragraph "Foreign
 * Minister Cho Tae-yul") is the person of the nearest full name after it that holds the word, who
 * carries the role the article gives; a surname no full name holds stays out, as before.
 */
function joinLaterFullName(entity: Entity, clusters: readonly Cluster[]): void {
  const word = nameTokens(entity.text)[0];
  if (word === undefined) return;
  let best: Cluster | null = null;
  let bestStart = Infinity;
  for (const c of clusters) {
    const first = c.mentions[0]?.start ?? Infinity;
    if (c.tokens.includes(word) && first > entity.start && first < bestStart) {
      best = c;
      bestStart = first;
    }
  }
  if (!best) return;
  entity.canonical = best.name;
  // Sorted once every early surname is placed (resolvePeople): until then mentions[0] is a full name.
  best.mentions.push({ start: entity.start, end: entity.end });
}

function keepRankedSurname(entity: Entity, body: string, clusters: Cluster[]): void {
  const rank = rankBefore(body, entity.start);
  const tokens = nameTokens(entity.text);
  if (rank === null || tokens.length !== 1 || !standsAlone(body, entity.end) || !atWork(body, entity.start, entity.end)) return;
  const mention = { start: entity.start, end: entity.end };
  let cluster = clusters.find((c) => c.key === tokens[0] && c.tokens.length === 1);
  if (!cluster) {
    cluster = { name: entity.text, key: tokens[0]!, tokens, variants: new Set(), mentions: [], role: rank, roleMentions: [], organization: null, country: null };
    clusters.push(cluster);
  }
  entity.canonical = cluster.name;
  cluster.mentions.push(mention);
  if (cluster.role === rank) cluster.roleMentions.push(mention);
}

/** 'Mario Alberto "N"' and 'Mario Alberto N.': one name, its family name withheld both ways (entities/withheld-surname.ts). */
function sameWithheld(a: string, b: string): boolean {
  const given = beforeWithheldSurname(a);
  return given !== null && given === beforeWithheldSurname(b);
}

/** Particles that open a surname ("de Riviere", "van Dalen", "al Jaber"), written capitalised when it stands alone. */
const SURNAME_PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le']);

/** "De Riviere" after "Nicolas de Riviere": a surname opened by a particle, alone, is the full name's. */
function isParticleSurname(full: readonly string[], short: readonly string[]): boolean {
  if (!SURNAME_PARTICLES.has(short[0]!) || full.length <= short.length) return false;
  return short.every((t, i) => full[full.length - short.length + i] === t);
}

/** Same surname, and each given name equal or an initial of the other's ("j." and "john"). */
function sameByInitials(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  let initials = 0;
  for (let i = 0; i < a.length - 1; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const initial = (t: string): boolean => /^\p{L}\.?$/u.test(t);
    if ((initial(x) && y.startsWith(x[0]!)) || (initial(y) && x.startsWith(y[0]!))) initials++;
    else return false;
  }
  return initials > 0;
}

export function nameTokens(name: string): string[] {
  return name
    .replace(/['’]s$/, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
}

function assignRole(cluster: Cluster, entity: Entity, body: string, sentence: Span | undefined, recognition: Recognition, named: ReadonlySet<string>, byStart: EntitiesByStart, people: readonly Entity[]): void {
  const sentenceEnd = sentence?.end ?? body.length;
  const mention: Span = { start: entity.start, end: entity.end };
  // "the widow of a sheriff's deputy Nichols murdered": the words before the name are whom the clause
  // it opens is about, no title of its own.
  const objectBefore = opensReducedRelative(body, entity.start, entity.end);
  const title = objectBefore ? undefined : recognition.titles.get(entity.start);
  let phrase: Phrase | null = appositionAfter(body, entity.end, sentenceEnd, byStart) ?? relativeRole(body, entity.end, sentenceEnd) ?? appointedRole(body, entity, sentence, recognition.entities);
  // "Ruslan Orel and Andrei Kuz, members of the Callisto Group,": a plural post set off after a list is
  // each name's, in the singular.
  const members = sentence && !phrase ? nameList(entity, people, body) : null;
  if (members && members.size > 1 && members.last !== entity) {
    const after = appositionAfter(body, members.last.end, sentenceEnd, byStart);
    // Of a list, only a plural post is each member's: "Tom Hale and Ann Cole, the mayor," stays the last's.
    phrase = after && memberRole(splitAffiliation(after.text, after.start, byStart).role, (word) => ROLE_NOUN.test(word)) !== null ? after : null;
  }
  const plural = phrase !== null && sentence !== undefined && nameList(entity, people, body).size > 1;
  // Set when an office before a rank gave the role: the rank read before the name below is then no role.
  let officeBeforeRank = false;
  if (!phrase && sentence) {
    // "The defendants, Ryan Cole and Victor Lam": a role set off before a list is each name's, in the singular.
    const list = nameList(entity, people, body);
    const first = list.first.start >= sentence.start ? list.first : entity;
    // "The hospital's chief executive, Dr. Marta Kask,": a form of address between the comma and the
    // name leaves the apposition whole.
    const before = body.slice(sentence.start, first.start).replace(/(,\s*)(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+$/, '$1');
    let found = roleBefore(before, sentence.start, recognition.entities, body.slice(entity.end, entity.end + 12));
    // "the Minister of the Interior, General Ana Vrell": the office before the rank is the role (office-before-rank.ts).
    const unranked = found ? null : withoutRankAfterComma(before);
    if (unranked) found = [roleBefore(unranked, sentence.start, recognition.entities, body.slice(entity.end, entity.end + 12))].find((r) => r !== null && isOfficeBeforeRank(r)) ?? null;
    officeBeforeRank = unranked !== null && found !== null;
    if (found && list.size > 1) found = memberRole(found, (word) => ROLE_NOUN.test(word)) ?? (first === entity ? found : null);
    // "A spokesperson for Google, Jose Castaneda": a role with the body it is held at reads as an apposition
    // does. Not a lawyer's: "a lawyer for Whitcomb" names the client, not the employer.
    const at = found && /\s(?:for|at|of)\s/.test(found) && !CLIENT_SERVED.test(found) ? body.lastIndexOf(found, entity.start) : -1;
    if (found && at >= sentence.start) phrase = { text: found, start: at };
    else if (found) {
      const owned = ownCountry(found);
      const { role, organization } = ownerOrganization(owned.role, recognition.entities, entity.start);
      // "A 34-year-old Russian national, Artem Volodin": whose citizen, not what he does.
      if (!NATIONALITY_ONLY.test(role)) giveRole(cluster, role, mention, better(role, cluster.role));
      if (owned.country && !cluster.country) cluster.country = owned.country;
      if (organization && !cluster.organization) cluster.organization = organization;
    } else {
      // "The freighter's master, a Latvian national named by officials as Janis Ozols" (named-as-role.ts).
      const named = roleNamedAs(body.slice(sentence.start, entity.start), (word) => ROLE_NOUN.test(word));
      if (named) giveRole(cluster, named.role, mention, better(named.role, cluster.role));
      if (named?.country && !cluster.country) cluster.country = named.country;
    }
  }
  if (phrase) {
    const split = splitAffiliation(phrase.text, phrase.start, byStart);
    const { affiliation } = split;
    const owned = ownCountry(plural ? (memberRole(split.role, (word) => ROLE_NOUN.test(word)) ?? split.role) : split.role);
    const { role, organization } = ownerOrganization(owned.role, recognition.entities, entity.start);
    const { country } = owned;
    // "a North Korean national": whose citizen, not what they do.
    if (!NATIONALITY_ONLY.test(role)) giveRole(cluster, role, mention, better(role, cluster.role));
    if (country && !cluster.country) cluster.country = country;
    if (organization && !cluster.organization) cluster.organization = organization;
    if (affiliation) {
      const resolved = resolveAffiliation(affiliation, body, byStart);
      if (resolved.organization && !cluster.organization) cluster.organization = resolved.organization;
      if (resolved.country && !cluster.country) cluster.country = resolved.country;
    }
    if (!cluster.organization && sentence && /^its\s/i.test(phrase.text)) {
      const body_ = possessiveBody(body, sentence.start, entity.start, recognition.entities);
      if (body_) {
        cluster.organization = body_.organization;
        if (body_.country && !cluster.country) cluster.country = body_.country;
      }
    }
  }
  // "Detective Superintendent Ana Ruiz of the Garda ...", "Hannah Lee of the Department of ...": a body
  // named right after the name is the person's.
  if (!cluster.organization) {
    const after = bodyRightAfter(body, entity.end, recognition.entities);
    if (after) {
      cluster.organization = after.text;
      if (after.country && !cluster.country) cluster.country = after.country;
    }
  }
  if (title) {
    // "Dr." and "Ms." say how to address someone, not what they do.
    if (!HONORIFIC.test(title.title)) giveRole(cluster, title.title, mention, false);
    if (title.country && !cluster.country) cluster.country = title.country;
  }
  // "Detroit Police Chief James Craig", "police spokesman Anthony Guglielvane": a fuller role than the
  // recogniser's run of capitalised titles gives.
  const written = objectBefore ? null : titleBeforeName(body, entity.start);
  if (written && !HONORIFIC.test(written.role) && !officeBeforeRank) giveRole(cluster, written.role, mention, better(written.role, cluster.role) || postOverRank(written.role, cluster.role));
  if (written?.country && !cluster.country) cluster.country = written.country;
  // "Det Chief Insp Helen Marsh", "PC Tom Gray": a rank abbreviated without full stops is the role,
  // spelt out (abbreviated-rank.ts), over a piece of it the rules above read ("Chief").
  const abbreviated = objectBefore ? null : abbreviatedRankBefore(body, entity.start, entity.text);
  if (abbreviated) {
    giveRole(cluster, abbreviated.role, mention, better(abbreviated.role, cluster.role) || abbreviated.written.split(' ').includes(cluster.role ?? ''));
    if (cluster.role === abbreviated.role) cluster.rankOnly = true;
  }
  // "Zelenskiy's chief of staff", "Biden spokesman": a person's name before the title is whom the
  // person serves, no organisation.
  // Written with the possessive, or the surname of someone the article names in full.
  const owner = written?.organization;
  const possessed = (e: Entity): boolean => /['’]s$/.test(e.text) || /^['’]s/.test(body.slice(e.end, e.end + 2));
  const surname = (word: string): boolean => recognition.entities.some((p) => p.type === 'person' && p.text.split(' ').length >= 2 && p.text.split(' ').includes(word));
  const personal = owner ? recognition.entities.some((e) => e.type === 'person' && e.text.replace(/['’]s$/, '') === owner && (possessed(e) || surname(owner))) : false;
  // "Hospital spokeswoman Karen Wells" where the article writes "the hospital": a kind, no body's name.
  // The same for a body the entities hold before the title ("City spokesperson" where it writes "the city's").
  const kindWord = (name: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(name) && new RegExp(`\\b${name.toLowerCase()}\\b`).test(body);
  const kind = !!owner && kindWord(owner);
  if (written?.organization && !personal && !kind && !cluster.organization && !OFFICE_WORDS.has(written.organization.toLowerCase())) {
    cluster.organization = fullerBodyName(written.organization, recognition.entities);
    // The role without the word as written, which the fuller name no longer opens.
    if (cluster.organization !== written.organization && cluster.role === written.role) giveRole(cluster, roleWithoutBody(roleWithoutBody(written.role, cluster.organization), written.organization), mention, true);
  }
  // "Orlando Magic coach Jamal Whitfield", "Acme Freight chief executive Ana Ruiz": a body the entities
  // hold right before the title is the person's, however many words its name has.
  // "Orlando Magic head coach": the words in lower case between the body and the title are the role's.
  const leading = written && !cluster.organization ? bodyRightBefore(body, entity.start, written.role, recognition.entities) : null;
  if (leading && !kindWord(leading.organization)) {
    cluster.organization = leading.organization;
    if (cluster.role === written!.role && leading.role !== written!.role) giveRole(cluster, leading.role, mention, true);
  }
  // "Mandiant's John Hultquist", "Russia's Sergei Lavrov": the body or country whose possessive stands
  // right before the name is the person's.
  if (!cluster.organization || !cluster.country) {
    const owner = possessiveOwner(body, entity.start, byStart);
    if (owner?.type === 'organization' && owner.subtype !== 'threat-actor' && !cluster.organization && !OFFICE_WORDS.has(owner.text.toLowerCase())) {
      cluster.organization = owner.text;
      if (owner.country && !cluster.country) cluster.country = owner.country;
    }
    if (owner?.type === 'location' && owner.subtype === 'country' && owner.country && !cluster.country) cluster.country = owner.country;
  }
  // "his Philippine counterpart, Ramon Villanueva": the counterpart serves the country the demonym names.
  const counterpart = COUNTERPART_BEFORE.exec(body.slice(Math.max(0, entity.start - 60), entity.start));
  if (counterpart) {
    const country = countryOfWord(counterpart[1]!);
    if (country && !cluster.country) cluster.country = country;
    if (country) giveRole(cluster, 'counterpart', mention, false);
  }
  const national = nationalityBefore(body, entity, sentence?.start ?? 0, recognition.entities) ?? nationalityAfter(body, entity.end);
  if (national && !cluster.country) cluster.country = national;
  // "Iran's ambassador to the IAEA", "envoy to the United Nations": the post is held for the country the
  // person speaks for (its mission, its government), at the body named, which is not their employer: a
  // body some step took from the role's "to ..." is dropped, and the role keeps it.
  if (cluster.organization && cluster.role && isPostAtBody(cluster.role, cluster.organization)) cluster.organization = null;
  // "Kremlin spokesman Dmitry Peskov", "FBI Director ...": a seat of government or a national body
  // named without its country stands for its country.
  if (!cluster.country && cluster.organization) cluster.country = countryOfBody(cluster.organization, named) ?? namedBodyCountry(cluster.organization, recognition.entities);
  // "Justice Department spokesman Peter Carr": a body the role opens with, which the role keeps.
  if (!cluster.country && !cluster.organization && cluster.role) {
    const body = bodyOpening(cluster.role, named);
    if (body) Object.assign(cluster, body);
  }
  // "Foreign ministry spokesperson Lim Soo-suk" from Seoul: the ministry the role opens with, and its country.
  if (!cluster.organization && cluster.role) {
    const ministry = ministryOpening(cluster.role, recognition.entities, () => datelineCity(body)?.country ?? null);
    if (ministry) {
      cluster.organization = ministry.organization;
      cluster.country ??= ministry.country;
    }
  }
  // "Foreign Affairs Department spokeswoman Ciara Walsh": a body the entities hold that opens the written
  // title is the person's too, though no country is known for it.
  if (!cluster.organization && written && cluster.role === written.role) {
    const opening = recognition.entities.find((e) => e.type === 'organization' && e.subtype !== 'threat-actor' && e.end < entity.start && written.role.startsWith(`${e.text} `) && body.slice(e.start, entity.start).trim() === written.role);
    if (opening && !OFFICE_WORDS.has(opening.text.toLowerCase()) && !kindWord(opening.text)) cluster.organization = opening.text;
  }
  // An organisation found by the steps above, after the country was looked for.
  if (!cluster.country && cluster.organization) cluster.country = namedBodyCountry(cluster.organization, recognition.entities);
}

/**
 * "Lin Jian, Foreign Ministry spokesperson" under a BEIJING dateline: the country the entities give the
 * body the person serves (its owner's, or the dateline's for a state's ministry), where every mention
 * of that name gives the same one.
 */
function namedBodyCountry(organization: string, entities: readonly Entity[]): string | null {
  const countries = new Set(entities.filter((e) => e.type === 'organization' && e.subtype !== 'threat-actor' && e.text === organization).map((e) => e.country ?? null));
  return countries.size === 1 ? [...countries][0]! : null;
}

/**
 * "Ardent spokesperson Will Ellis" where the article named "Ardent Health": the one body the article
 * names whose name opens with the word a title was led by, else the word as written.
 */
/** What a minister's or a commissioner's post is about, written between the body and the post. */
const BLOC = /^(?:EU|E\.U\.|UN|U\.N\.|NATO|AU|ASEAN)$/;
const PORTFOLIO_SUBJECTS = new Set('energy trade transport economic economy affairs foreign defence defense interior finance health justice climate environment digital agriculture fisheries competition enlargement migration budget'.split(' '));

function fullerBodyName(word: string, entities: readonly Entity[]): string {
  // "Broward Sheriff’s Office spokesman": the office's whole name, which the title's owner opens with its possessive.
  const office = entities.find((e) => e.type === 'organization' && e.text.startsWith(word) && /^['’]s\s/.test(e.text.slice(word.length)));
  if (office) return office.text;
  if (/\s/.test(word)) return word;
  // "EU Energy Commissioner": a bloc's name the tagger ran on into the post's portfolio ("EU Energy") is
  // no fuller name of the bloc (review ux73a fault 7); "UN Security Council" is, and a firm's "Duke
  // Energy" or "Brightwell Health" is its own name.
  const portfolioOnly = (text: string): boolean => BLOC.test(word) && text.slice(word.length + 1).split(/\s+/).every((w) => PORTFOLIO_SUBJECTS.has(w.toLowerCase()));
  const fuller = new Set(entities.filter((e) => e.type === 'organization' && e.subtype !== 'threat-actor' && e.text.startsWith(`${word} `) && !portfolioOnly(e.text)).map((e) => e.text));
  return fuller.size === 1 ? [...fuller][0]! : word;
}

/** The entity whose possessive ends right before `start` ("Mandiant's " before "John Hultquist"). */
function possessiveOwner(body: string, start: number, byStart: EntitiesByStart): Entity | null {
  const m = /(\S+)['’]s\s+$/.exec(body.slice(Math.max(0, start - 60), start));
  if (!m) return null;
  const end = start - m[0].length + m[1]!.length;
  return byStart.startingIn(Math.max(0, end - 80), end).find((e) => e.end === end && (e.type === 'organization' || e.type === 'location')) ?? null;
}

/**
 * The organisation entity right after a name and "of" or "from" ("X of the Garda National Cyber Crime
 * Bureau"). Not "at", which tells where someone was more often than whose they are ("Biden spoke at
 * the United Nations").
 */
function bodyRightAfter(body: string, end: number, entities: readonly Entity[]): Entity | null {
  const joint = /^\s+(?:of|from)\s+(?:the\s+)?/.exec(body.slice(end, end + 12));
  if (!joint) return null;
  // "Lauri Tamm of the Estonian Information System Authority": a people's word the tagger left out (demonym-body.ts).
  const bodyAt = (at: number): Entity | undefined => entities.find((e) => e.type === 'organization' && e.subtype !== 'threat-actor' && e.start === at);
  const next = body.indexOf(' ', end + joint[0].length) + 1;
  const afterDemonym = next > 0 && demonymBefore(body, next)?.start === end + joint[0].length ? bodyAt(next) : undefined;
  const found = bodyAt(end + joint[0].length) ?? (afterDemonym && withDemonym(body, afterDemonym));
  // "Briar Newbolt of Carlton, Georgia": a home town the tagger read as a body, known to the gazetteer
  // or followed by its state or country.
  const region = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(body.slice(found?.end ?? 0, (found?.end ?? 0) + 30))?.[1];
  const kind = region ? lookupPlace(region)?.kind : undefined;
  return found && kind !== 'region' && kind !== 'country' && lookupPlace(found.text) === null ? found : null;
}

/** Roles held for a client, whose "for" names whom they act for, not where they work. */
const CLIENT_SERVED = /\b(?:lawyer|attorney|counsel|solicitor|barrister|advocate)s?\s+for\s/i;

/** Words that qualify a title ("head coach", "interim general manager"); a verb between body and title breaks the tie ("the FBI said agent ..."). */
const ROLE_MODIFIERS = /^(?:(?:head|assistant|acting|interim|former|deputy|senior|chief|general|associate|executive|vice|co-)\s*){1,2}$/i;

/** The organisation entity that ends right before the title `role` written before the name at `start`. */
function bodyRightBefore(body: string, start: number, role: string, entities: readonly Entity[]): { organization: string; role: string } | null {
  for (const e of entities) {
    if (e.type !== 'organization' || e.end >= start || start - e.end > role.length + 40) continue;
    const between = body.slice(e.end, start).trim();
    if (!between.toLowerCase().endsWith(role.toLowerCase())) continue;
    const extra = between.slice(0, between.length - role.length).trim();
    // "Samsung Electronics Chairman Jay Y. Lee" where the tagger took "Samsung" alone here: the words
    // between are the rest of a body's name the article writes whole elsewhere.
    const fuller = extra && /^\p{Lu}\S*(?:\s\p{Lu}\S*){0,2}$/u.test(extra) ? entities.find((o) => o.type === 'organization' && o.text === `${e.text} ${extra}`) : undefined;
    if (fuller) return { organization: fuller.text, role };
    if (extra && !ROLE_MODIFIERS.test(extra)) continue;
    return OFFICE_WORDS.has(e.text.toLowerCase()) ? null : { organization: e.text, role: between };
  }
  return null;
}

/** A post held at a body or for a country: "ambassador to the UN", "the Irish delegate to the European Union". */
const POST_TO = /\b(?:ambassador|envoy|representative|delegate|observer|emissary)s?\s+(?:to|at)\s+(?:the\s+)?(.+)$/i;

/** Whether the role is a post held at (or sent to) the body: "ambassador to the IAEA" and "IAEA". */
function isPostAtBody(role: string, organization: string): boolean {
  const to = POST_TO.exec(role)?.[1];
  return to !== undefined && (to === organization || to.startsWith(`${organization} `));
}

/** The national body the first words of a role name ("Justice Department" of "Justice Department spokesman"), and its country. */
function bodyOpening(role: string, named: ReadonlySet<string>): { organization: string; country: string } | null {
  const words = role.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const organization = words.slice(0, n).join(' ');
    const country = /^\p{Lu}/u.test(organization) ? countryOfBody(organization, named) : null;
    if (country) return { organization, country };
  }
  return null;
}

/**
 * "Seoul's Ministry of Foreign Affairs said Lee Jae-won, its director general for ...": "its" points
 * back to the body the sentence names before the person, and the place it is written as belonging to
 * gives the country (a capital stands for its country).
 */
function possessiveBody(body: string, from: number, to: number, entities: readonly Entity[]): { organization: string; country: string | null } | null {
  const before = entities.filter((e) => e.type === 'organization' && e.subtype !== 'threat-actor' && e.start >= from && e.end <= to);
  const org = before[before.length - 1];
  // Only the body that speaks or acts right before the name: "X said NAME, its ...", "X named NAME, its ...".
  if (!org || !/^\s+(?:\p{Ll}+\s+){1,2}$/u.test(body.slice(org.end, to))) return null;
  const owner = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s/u.exec(org.text) ?? /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s+$/u.exec(body.slice(Math.max(from, org.start - 40), org.start));
  const city = owner ? lookupCity(owner[1]!) : null;
  const capital = city && capitalOf(city.country)?.toLowerCase() === owner![1]!.toLowerCase() ? city.country : null;
  const country = owner ? (countryOfWord(owner[1]!) ?? capital) : (org.country ?? null);
  return { organization: org.text, country };
}

/** "his Philippine counterpart, " right before a name, or before the name's title ("..., Defence Secretary "). */
const COUNTERPART_BEFORE = /\b(?:his|her|their|its)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+counterparts?,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/** An apposition that gives only a nationality ("a North Korean national", "a Russian citizen"). */
const NATIONALITY_ONLY = /^(?:nationals?|citizens?)$/i;

/**
 * A demonym and a noun for people before one name or a list of them: "North Korean hacker Park Jin
 * Hyok", "Russian nationals Ivan Petrov and Oleg Sokolov", "Chinese citizens A, B and C", "four North
 * Korean IT workers, including A and B" (some of them by name), "A 34-year-old Russian national, A," and
 * "a 28-year-old Moldovan man, B," (an age before the people's word; "man" only as an apposition). The
 * names of the list are written as NAME so that the second and third are read like the first.
 */
const NATIONALITY_BEFORE = /(?:^|[^\p{L}])(?:(?<count>two|three|four|five|six|seven|eight|nine|ten|\d+|(?<article>[Aa]n?))\s+)?(?:\d{1,3}-year-old\s+)?(?<people>\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+(?:(?:military|intelligence|army|state|government|security|spy|senior)\s+){0,2}(?:(?<national>nationals?|citizens?)|hackers?|operatives?|spies|spy|agents?|defectors?|businessm[ae]n|businesswom[ae]n|IT\s+workers?|workers?|programmers?|developers?|(?<officer>officers?|officials?|colonels?|generals?|man|woman))(?:\s+(?:charged|indicted|named|accused|sanctioned|designated)\s+(?:are|were))?(?:,?\s+(?:including|among\s+them|such\s+as))?(?<comma>,)?\s+(?:NAME(?:,\s+and\s+|,\s*|\s+and\s+))*$/u;

/** A people in the plural, then some of them by name. */
const PEOPLE_INCLUDING = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?s),?\s+(?:including|among\s+them|such\s+as)\s+(?:NAME(?:,\s+and\s+|,\s*|\s+and\s+))*$/u;

/** "The four North Koreans, A, B and C,": a counted people in the plural, then each of them by name. */
const PEOPLE_COUNTED = /(?:^|[^\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?s),\s+(?:NAME(?:,\s+and\s+|,\s*|\s+and\s+))*$/u;

/**
 * A word NATIONALITY_BEFORE or PEOPLE_INCLUDING cannot match without, looked for before the entities
 * are walked: a page with thousands of names would otherwise walk them all for each.
 */
const NATIONALITY_WORDS = /nationals?|citizens?|\bm[ae]n\b|\bwom[ae]n\b|officers?|officials?|colonels?|generals?|\p{Lu}\p{Ll}+s,|hackers?|operatives?|spies|spy|agents?|defectors?|businessm[ae]n|businesswom[ae]n|workers?|programmers?|developers?|including|among\s+them|such\s+as/u;

function nationalityBefore(body: string, entity: Entity, sentenceStart: number, entities: readonly Entity[]): string | null {
  const from = Math.max(sentenceStart, entity.start - 200);
  let prefix = body.slice(from, entity.start);
  if (!NATIONALITY_WORDS.test(prefix)) return null;
  // Right to left, so that earlier offsets stay valid.
  const inside = entities.filter((e) => e.type === 'person' && e.start >= from && e.end <= entity.start).sort((a, b) => b.start - a.start);
  for (const e of inside) prefix = `${prefix.slice(0, e.start - from)}NAME${prefix.slice(e.end - from)}`;
  const m = NATIONALITY_BEFORE.exec(prefix);
  // "two North Korean nationals, A and B": the names set off by a comma after a count are those people;
  // without the count the comma may close the clause ("by Russian hackers, Smith said").
  // So are those after "a ... national" or "a ... citizen" ("charging a Russian national, Ivan Orlov, 33").
  const counted = m?.groups?.['count'] && (!m.groups['article'] || m.groups['national']);
  // "a North Korean military intelligence officer, Song Tae-ho,": an office held, set off by commas on
  // both sides of the name, is an apposition (the closing comma keeps "a Russian agent, Smith said" out).
  const officer = m?.groups?.['article'] && m.groups['officer'] && /^\s*,/.test(body.slice(entity.end, entity.end + 2));
  if (m && (!m.groups?.['comma'] || counted || officer)) return countryOfWord(m.groups!['people']!);
  // "The North Koreans, including Jong Song Hwa and Ri Kyong Sik": a people, then some of them.
  const people = PEOPLE_INCLUDING.exec(prefix) ?? PEOPLE_COUNTED.exec(prefix);
  return people ? countryOfWord(people[1]!.replace(/s$/, '')) : null;
}

function better(candidate: string, current: string | null): boolean {
  if (!current) return true;
  return candidate.length > current.length;
}

interface Phrase {
  text: string;
  start: number;
}

/** ", director general for ... at the ministry," right after a name. */
function appositionAfter(body: string, end: number, limit: number, byStart: EntitiesByStart): Phrase | null {
  let rest = body.slice(end, limit);
  let offset = end;
  const paren = PARENTHETICAL.exec(rest) ?? AGE_AND_HOME.exec(rest);
  if (paren) {
    rest = rest.slice(paren[0].length);
    offset += paren[0].length;
  }
  const m = /^\s*,\s*(?:(?:the|a|an)\s+)?/i.exec(rest);
  if (!m) return null;
  const start = offset + m[0].length;
  const tail = body.slice(start, limit);
  // A full stop ends the phrase, but not the one of an abbreviation ("St. Mary's Hospital", "U.S.").
  const stop = appositionStop(tail);
  const text = (stop ? tail.slice(0, stop.index) : tail).trim().replace(/\.$/, '');
  if (!text || text.split(/\s+/).length > 20 || !ROLE_NOUN.test(text)) return null;
  // "identified as Marcus Reed, 31, of Clovis, the county coroner's office said": a body the speech
  // verb follows is who speaks, not the person's role.
  if (stop && /^\s(?:said|says|told|added)$/.test(stop[0]) && /\b(?:office|department|police|ministry|agency|bureau|authorities|service|officials)$/i.test(text)) return null;
  // A following name in a list ("X, Y and Z") is not a role; a person's possessive owns the role
  // ("Tim Leissner, Ng's former boss").
  if (byStart.startingIn(start, start + text.length).some((e) => e.type === 'person' && !/^['’]s\s+\p{Ll}/u.test(body.slice(e.end, e.end + 4)))) return null;
  if (/^(?:who|whom|whose|which|where|what|said|says|told|and|but|from left)\b/i.test(text)) return null;
  // "charged X and Y, with running a fraud that prosecutors said": the sentence goes on after a list
  // of names; a role never opens with a preposition.
  if (/^(?:with|without|in|on|at|for|from|into|over|after|before|during|by|under|since|despite)\s/i.test(text)) return null;
  // "Kevin Liu, 31, of Queens,", "..., both of Queens,": a home town, whose name may hold a role's word.
  if (/^(?:(?:both|all|each)\s+)?of\s+\p{Lu}/u.test(text)) return null;
  // "Lt. Gen. Inam Haider Malik, met the envoy": the sentence's verb after the closing comma, no role.
  if (CLAUSE_VERB.test(text) || DEED_DONE.test(text) || PREDICATE.test(text) || FINITE_INSIDE.test(text) || notARole(text)) return null;
  return { text, start };
}

/**
 * A line break ends an apposition too: a page's headline or dateline runs on into the next line
 * ("lawyer Carl Hoff, heads to rehab" / "Published June 02"). So does a relative pronoun written
 * capitalised in a headline ("Carlo Ferri, Crime Boss Who Fooled Doctors").
 */
const APPOSITION_STOP = /[,;:()\n]|(?<=\p{Ll}{2})\.(?=["“]?\p{Lu})|(?<!\b(?:St|Mt|Ft|Dr|Jr|Sr|Inc|Co|Corp|Ltd|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|No|Univ|Dept|\p{Lu}))\.(?=\s|$)|\s(?:said|says|told|added|[Ww]ho|[Ww]hom|[Ww]hose|[Ww]hich|that(?=\s+(?:has|have|had|is|are|was|were|will|would|\p{Ll}+s)\b)|and\s+(?=\p{Lu}))\b/gu;
/** A portfolio in capitals after "for" or "of", up to an "and": "Under Secretary for Terrorism and ...". */
const PORTFOLIO_BEFORE_AND = /\s(?:for|of)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*$/u;
/** The rest of the portfolio after its "and": capitalised words up to the phrase's end. */
const PORTFOLIO_AFTER_AND = /^\sand\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?=\s*(?:[,;:()]|\.(?:\s|$)|$))/u;

/**
 * Where an apposition ends: a comma, a full stop, a speech verb, or "and" before a capital (the next
 * name of a list). An "and" inside a portfolio written in capitals ("the Treasury's Assistant Secretary for
 * Sanctions and Export Policy") ends nothing: the role had been cut at "Sanctions".
 */
function appositionStop(tail: string): RegExpExecArray | null {
  APPOSITION_STOP.lastIndex = 0;
  for (let m = APPOSITION_STOP.exec(tail); m; m = APPOSITION_STOP.exec(tail)) {
    if (!/^\sand\s/.test(m[0])) return m;
    if (!(PORTFOLIO_BEFORE_AND.test(tail.slice(0, m.index)) && PORTFOLIO_AFTER_AND.test(tail.slice(m.index)))) return m;
  }
  return null;
}

/** What a person does, told in a clause after the name, and the role's noun each verb gives. */
const RELATIVE_ROLE = /^\s*,\s*who\s+(heads|leads|runs|chairs|directs|commands|oversees|manages|founded|co-founded)\s+(?!(?:to|for|into|back|home|off|out|up|down|away|toward|towards|through|across|over)\b)(?=\S)/i;
const RELATIVE_NOUN: Record<string, string> = { heads: 'head', leads: 'head', runs: 'head', chairs: 'chair', directs: 'director', commands: 'commander', oversees: 'head', manages: 'manager', founded: 'founder', 'co-founded': 'co-founder' };

/**
 * ", who heads the cyber command," right after a name: the role "head of the cyber command", written
 * as the phrase an apposition would have been, so its body and country are read the same way. The
 * phrase's start is placed so that its object lies where the object lies in the text.
 */
function relativeRole(body: string, end: number, limit: number): Phrase | null {
  const m = RELATIVE_ROLE.exec(body.slice(end, limit));
  if (!m) return null;
  const objectStart = end + m[0].length;
  const tail = body.slice(objectStart, limit);
  const stop = /[,;:()]|(?<!\b(?:St|Mt|Ft|Dr|Jr|Sr|Inc|Co|Corp|Ltd|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|No|Univ|Dept|\p{Lu}))\.(?=\s|$)|\s(?:and|said|says|since|after|when|while|which|who|that|until)\b/u.exec(tail);
  const object = (stop ? tail.slice(0, stop.index) : tail).trimEnd();
  if (!object || object.split(/\s+/).length > 10) return null;
  const noun = RELATIVE_NOUN[m[1]!.toLowerCase()]!;
  return { text: `${noun} of ${object}`, start: objectStart - noun.length - 4 };
}

/**
 * "Meridian's president", "Treasury's under secretary for terrorism", "U.N. humanitarian coordinator": a role owned by a named body.
 * The body is the person's organisation when the text names it as one (the organisation's own name,
 * or a longer one it opens or closes: "Meridian Health"); a person's name ("Trump's adviser") or a
 * common noun ("the utility's chief executive") stays in the role.
 */
function ownerOrganization(role: string, entities: readonly Entity[], at = Infinity): { role: string; organization: string | null } {
  // "the hospital's chief executive": a body the article has named ("St. Brendan's University Hospital")
  // called back by its kind.
  const kind = /^(\p{Ll}+)['’]s\s+(\p{Ll}.*)$/u.exec(role);
  if (kind) {
    const organization = bodyOfKind(kind[1]!, entities, at);
    return organization ? { role: kind[2]!, organization } : { role, organization: null };
  }
  // The body may also stand before the role as a name does ("the U.N. humanitarian coordinator for
  // Sudan", "NATO deputy secretary general"), without the possessive.
  // With the possessive the role may be written in capitals ("the Treasury's Under Secretary for ...").
  const m = /^(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})(?:['’]s\s+(\p{L}.*)|\s+(\p{Ll}.*))$/u.exec(role);
  if (!m) return { role, organization: null };
  const owner = m[1]!;
  const owned = m[2] ?? m[3]!;
  const named = entities.filter((e) => e.type === 'organization' && (e.text === owner || e.text.startsWith(`${owner} `) || e.text.endsWith(` ${owner}`)));
  if (named.length === 0 || entities.some((e) => e.type === 'person' && e.text === owner)) return { role, organization: null };
  // The fullest name the text gives the body.
  const organization = named.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  return { role: owned, organization };
}

/**
 * The body the article named whose name ends in `kind` ("hospital" of "St. Brendan's University
 * Hospital"; "bank" of "Gazprombank"), the last one named before `at`, else the first after it; null when it names none or
 * the kind is no body's ("the suspect's lawyer").
 */
function bodyOfKind(kind: string, entities: readonly Entity[], at: number): string | null {
  // A bank's name may end in the word itself ("Gazprombank", "Sberbank": "the bank's chairman").
  const ofKind = (name: string): boolean => name.endsWith(` ${kind}`) || (kind === 'bank' && /\p{L}bank$/u.test(name));
  // A local government the tagger read as a place ("Odense Municipality", "Harju County") is a body too.
  const named = entities.filter((e) => ((e.type === 'organization' && e.subtype !== 'threat-actor') || (e.type === 'location' && LOCAL_GOVERNMENTS.has(kind))) && ofKind(e.text.toLowerCase()));
  const before = named.filter((e) => e.start < at);
  return (before[before.length - 1] ?? named[0])?.text ?? null;
}

/** Kinds of local government whose names the tagger may read as places. */
const LOCAL_GOVERNMENTS = new Set(['municipality', 'council', 'county', 'region', 'kommune', 'kommun']);

/** Prepositions that open an adverbial phrase. */
const ADVERBIAL_OPENER = /^(?:at|in|on|among|amid|during|after|before|following|from|with|under|despite|throughout|across|inside|outside|near|over)\s/i;

/**
 * "Jane Roe, 43, quarrelled with a neighbour", "Roe, 43, then shot both men", "John Doe, 38,
 * targeted two managers": a verb in the past with its object after the name and its age, the
 * sentence's predicate (a verb in -ed before a noun, "retired police officer", is a role's adjective).
 */
const DEED_DONE = /^(?:(?:then|later|also|allegedly|reportedly|first)\s+)?(?:\p{Ll}+ed|got|shot|hit|fled|struck|stole|fought|drove|threw|sent|kept|lost|won|found|began|brought|bought|sought|broke|caught|fell|sat|stood|ran|told|took|gave|made|went|came)\s+(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+|into|out|up|off|away|back|down|at|on)\b/u;
/**
 * Words no role opens with: a quotation's mark or a conjunction ("Hansbrough, '' if he doesn't win a
 * national title"), a pronoun that opens a clause ("Ray, we all owe you", "In Dr. Ada Quinn, we have
 * a fine surgeon"), an attribution ("Orozco, according to prosecutors"), an infinitive ("Dr. Ivo Marsh,
 * to be the next health chief"); nor ends with a verb of saying
 * ("Carrasquillo, 24, prosecutors charge").
 */
const NOT_A_ROLE_START = /^(?:['"‘’“”`]|I\s|[Aa]ccording\s+to\b|(?:if|when|whenever|while|because|although|though|unless|so|until|whether|it|it['’]s|he|she|they|we|you|there|this|these|those|to)\b)/;
const ATTRIBUTION_END = /\s(?:say|says|said|charge|charges|charged|allege|alleges|alleged|claim|claims|claimed|contend|contends|believe|believes|report|reports|reported|testified)$/i;

/** A role's word in the plural used as a verb of going ("Shawn Holley, heads to rehab"): no role. */
const GOES = /^(?:heads|leads|chairs|coaches|judges|guards|drives|pilots|captains|hosts)\s+(?:to|for|into|back|home|off|out|up|down|toward|towards)\b/;

/**
 * A predicate after a name on a crime report's page: a participle with the preposition or the object
 * after it ("died of one gunshot wound", "shot in the neck", "suffering from head trauma",
 * "causing the trooper to fire"; not "acting director", "retired police officer"), a
 * verb of a photo's caption ("walks with his lawyer", "speaks to his grandmother", "tells KSNT News"),
 * or a finite verb inside ("gunman was never found", "third suspect is only 16").
 */
const PREDICATE = /^(?:(?:then|later|also|allegedly|reportedly|first|still)\s+)?(?:(?:\p{Ll}+(?:ed|ing)|shot|shown|hit|struck|taken|found|seen|held|left|known)\s+(?:of|in|at|on|by|to|from|with|into|after|for|a|an|the|his|her|their|its|him|them|it|that|\d+)\b|(?:tells|says|walks|speaks|stands|sits|looks|waits|talks|poses|smiles|reacts|holds|leaves|arrives|appears|listens|cries|weeps)\s)/u;
const FINITE_INSIDE = /\s(?:is|are|was|were|has|have|had|will|would)\s/;

function notARole(text: string): boolean {
  return NOT_A_ROLE_START.test(text) || ATTRIBUTION_END.test(text) || GOES.test(text);
}

/** Verbs that open a sentence's predicate, not an apposition. */
const CLAUSE_VERB = /^(?:(?:previously|formerly|also|later|then|recently|once|now|still|never|first)\s+)?(?:served|serves|worked|works|joined|became|resigned|retired|stepped|spent|succeeded|replaced|oversaw|ran|runs|met|meets|was|were|is|are|has|have|had|did|does|will|would|could|can|may|might|must|should|arrived|left|visited|spoke|signed|announced|warned|urged|called|held|led|went|came|took|gave|made|described|denied|rejected|accused|insisted|confirmed|welcomed|condemned|praised|criticised|criticized|stressed|noted|argued|vowed|pledged|promised|declined|refused|agreed|ordered|launched|returned|traveled|travelled|flew)\b/i;

/**
 * "The hospital's chief executive, Aoife Brennan, said": a role set off by commas before the name.
 * `offset` is where `prefix` starts in the body: a segment that holds a person's name is the list
 * before this one ("its managers Kim Ung Sun, Pak Chol-min and Ri Hyon-a"), no role of theirs.
 */
/** A relative's possessive before the name ("'s mother, "), which kinship.ts reads. */
const KIN_OWNED = new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+){0,2}?(?:${KIN_WORDS}),`);

/**
 * The object a clause ends with, set off before a name: "summoned Russia's ambassador, Sergei Orlov",
 * "fired its chief executive, Ana Ruiz". A possessive or a determiner opens it, and a verb of the past
 * stands right before it (not "by": "hit by the hackers, Ann Pike said" names who spoke).
 */
const OBJECT_BEFORE_NAME = /\b(?:\p{Ll}+ed|met|named|chose|sent|told|thanked|called|said|says|and)\s+((?:(?:the|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+|(?:its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+|the\s+(?<people>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u;
/** "have detained a former deputy health minister, Truong Quoc Cuong": one post, after a verb of the past. */
const OBJECT_A_BEFORE_NAME = /\b\p{Ll}+ed\s+((?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u;
/** "with Uruguay's foreign minister": a post owned by a name, after a preposition of company or source. */
const POST_AFTER_PREPOSITION = /^(?:with|alongside|beside|from|by|for|to|among)\s+((?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u;
/** A name followed by its speech verb is whom a clause is attributed to, no apposition. */
const SPEAKER_AFTER = /^\s+(?:said|says|told|added|wrote|stated)\b/;

function roleBefore(prefix: string, offset = 0, entities: readonly Entity[] = [], after = ''): string | null {
  if (!/,\s*$/.test(prefix)) return null;
  // "Kristi Saar, and the US deputy secretary of state, Richard Coleman": the list's "and" is no part of the role.
  const trimmed = prefix.replace(/,\s*$/, '');
  const segmentStart = offset + Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';'), trimmed.lastIndexOf(':')) + 1;
  const segmentEnd = offset + trimmed.length;
  // "Alaumary's lawyer, Ryan Mitchell": a person's possessive owns the role; it is no list (a
  // relative's, "Reed's mother, Angela Reed", is kinship.ts's, which names the relative in full).
  const owned = (e: Entity): boolean => /^['’]s\s+\p{Ll}/u.test(prefix.slice(e.end - offset)) && !KIN_OWNED.test(prefix.slice(e.end - offset));
  // "Sun Weidong met the U.S. ambassador, Nicholas Burns": a name its verb follows is the clause's subject, no list.
  const subject = (e: Entity): boolean => /^\s+(?:\p{Ll}+ed|met|told|called|thanked|named|sent|chose)\s/u.test(prefix.slice(e.end - offset));
  const inSegment = entities.filter((e) => e.type === 'person' && e.start >= segmentStart && e.end <= segmentEnd && !owned(e));
  if (inSegment.some((e) => !subject(e))) return null;
  // "PHOENIX (AP) — Two suspects, ...": a dateline before a dash is no part of the role.
  // Nor is a line before it: a headline or a dateline above the sentence.
  // A quotation's closing mark before it is no part of it ("...,” the prosecutor, John Nields, wrote").
  const segment = trimmed.split(/[,;:\n]\s*/).pop()!.split(/\s+(?:—|–|-{1,2})\s+|[—–]/).pop()!.trim().replace(/^['"‘’“”`]+\s*/, '').replace(/^(?:and|or)\s+/i, '');
  if (!segment || !ROLE_NOUN.test(segment)) return null;
  // "according to a court spokeswoman, Meerim Dzhaparova." (ux75b fault 12): the source named in
  // apposition, where the name ends the sentence or is set off before a speech verb; not "according to a
  // co-worker, Pruitt shouted", whose name opens the clause that was reported.
  const according = /^according\s+to\s+((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u.exec(segment);
  if (according && ROLE_NOUN.test(according[1]!.split(/\s+/).pop()!) && /^(?:\s*[.;]|,\s*(?:who|said|says|told|added)\b)/.test(after)) return tidyRole(according[1]!);
  // "the officer's widow, Lena Ortez, who held hands with her sister, Ana Ortez": a relative clause
  // about the name before, and "according to a co-worker, Pruitt shouted": no role.
  if (/^(?:who|whom|which|that)\s/i.test(segment) || notARole(segment)) return null;
  // "BeyondTrust, whose chief technology officer, Marc Maiffret, said": the role is the named owner's.
  const whose = /^whose\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)$/u.exec(segment);
  if (whose) {
    const ownerEnd = offset + prefix.slice(0, segmentStart - offset - 1).trimEnd().length;
    const owner = entities.find((e) => (e.type === 'organization' || e.type === 'person') && e.end === ownerEnd);
    return owner ? `${owner.text}'s ${whose[1]}` : null;
  }
  // "The pipeline was hit by Russian hackers, Ann Pike said", "Police arrested two Moldovan nationals,
  // Ion Rusu and ...": a clause with its verb, not a role; but the object it ends with may be one.
  const clause = inSegment.length > 0 || segment.split(/\s+/).length > 8 || /\b(said|says|told|and|but|while|when|after|before|because)\b/i.test(segment) || /\b(?:was|were|is|are|been|has|have|had|will|would|could|can|did|does|by)\b/i.test(segment) || /\b\p{Ll}+ed\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|his|her|their|its|that)\b/u.test(segment);
  // "with Uruguay's foreign minister, Martín Echeverry, acting as host": a preposition's object that
  // is a country's or a body's post names the person set off after it (review ux77a fault 8); "With
  // Norway's backing, Kari Lunde ..." holds no post and stays an adverbial.
  const posted = clause ? null : POST_AFTER_PREPOSITION.exec(segment);
  if (posted && ROLE_NOUN.test(posted[1]!.split(/\s+/).pop()!)) return tidyRole(posted[1]!);
  // "At a national security meeting, Yoon ...", "Among the refugee families, Amina ...": a clause set
  // before the sentence's subject says where or when, not who ("national", "refugee" are adjectives there).
  if (!clause) return ADVERBIAL_OPENER.test(segment) ? null : tidyRole(segment);
  const found = OBJECT_BEFORE_NAME.exec(segment) ?? OBJECT_A_BEFORE_NAME.exec(segment);
  const object = found?.[1];
  if (!found || !object || SPEAKER_AFTER.test(after) || !ROLE_NOUN.test(object.split(/\s+/).pop()!)) return null;
  // "met the U.S. ambassador, Nicholas Burns", "summoned the Russian ambassador, X": without a
  // possessive, only a country or its people's word may lead the object.
  const people = found.groups?.['people'];
  if (people && !countryOfWord(people)) return null;
  // "designated Sberbank and its chief executive, Herman Gref": "its" is the body the clause names last.
  const its = /^its\s+(.+)$/.exec(object);
  const owner = its ? lastBodyBefore(entities, offset, segmentEnd - object.length) : null;
  return owner ? `${owner}'s ${its![1]}` : tidyRole(object);
}

/** A body's name that ownerOrganization reads before a possessive ("Brightline Systems Inc."). */
const OWNER_NAME = /^\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3}$/u;

/** The name of the last body the entities hold between `from` and `to`, where an owner can be read from it. */
function lastBodyBefore(entities: readonly Entity[], from: number, to: number): string | null {
  const bodies = entities.filter((e) => e.type === 'organization' && e.subtype !== 'threat-actor' && e.start >= from && e.end <= to);
  const last = bodies[bodies.length - 1]?.text.replace(/^the\s+/i, '');
  return last && OWNER_NAME.test(last) ? last : null;
}

/** "named Jane Okafor as its president and chief executive officer": the post someone is given. */
const APPOINTED_BEFORE = /\b(?:named|appointed|hired|elected|promoted|picked|tapped|chose|selected|nominated)\s+$/;
const APPOINTED_AS = /^\s+(?:as|to\s+be)\s+(?:(its|the)\s+)?(?:new\s+)?((?:[\p{L}-]+\s+){0,6}?[\p{L}-]+)(?=\s*(?:[,.;]|$)|\s+(?:effective|on|in|from|after|to|starting|replacing|succeeding)\b)/u;

/**
 * The post a clause gives the name it appoints ("Brightline Inc. on Monday named Jane Okafor as its
 * president and chief executive officer, effective June 1"), written as the apposition would be, with
 * "its" the body named last before the name.
 */
function appointedRole(body: string, entity: Entity, sentence: Span | undefined, entities: readonly Entity[]): Phrase | null {
  if (!sentence || !APPOINTED_BEFORE.test(body.slice(Math.max(sentence.start, entity.start - 16), entity.start))) return null;
  const m = APPOINTED_AS.exec(body.slice(entity.end, sentence.end));
  if (!m || !ROLE_NOUN.test(m[2]!.split(/\s+/).pop()!)) return null;
  const start = entity.end + m[0].length - m[2]!.length;
  const owner = m[1] === 'its' ? lastBodyBefore(entities, sentence.start, entity.start) : null;
  return { text: owner ? `${owner}'s ${m[2]}` : m[2]!, start };
}

/** "director of the ocean division at the Ministry of Trade and Fisheries of Norway" -> role + affiliation. */
function splitAffiliation(phrase: string, start: number, byStart: EntitiesByStart): { role: string; affiliation: Phrase | null } {
  const { entities } = byStart;
  const splitter = /\s(at|from|with|of|for)\s+(?:the\s+)?/gi;
  let ofSplit: { index: number; length: number } | null = null;
  for (const m of phrase.matchAll(splitter)) {
    const after = m.index! + m[0].length;
    const word = m[1]!.toLowerCase();
    const affiliationStart = start + after;
    // A named body or place ("at St. Mary's Hospital", "of Japan"), not a common noun ("of the talks").
    // "director general of the Estonian Information System Authority": a body after a people's word (demonym-body.ts).
    const nextWord = phrase.indexOf(' ', after) + 1;
    const demonymFirst = nextWord > 0 && demonymBefore(phrase, nextWord)?.start === after && byStart.startingIn(start + nextWord, start + nextWord + 1).some((e) => e.type === 'organization');
    const startsEntity = demonymFirst || byStart.startingIn(affiliationStart, affiliationStart + 1).some((e) => e.type === 'organization' || e.type === 'location');
    // "chief executive of the hospital", "a nurse at the hospital", "a spokeswoman for the company": the
    // body the article named by that kind.
    const kind = /^(\p{Ll}+)$/u.exec(phrase.slice(after))?.[1];
    const calledBack = kind !== undefined && /\sthe\s+$/.test(m[0]) && bodyOfKind(kind, entities, start) !== null;
    if (word === 'of') {
      if ((startsEntity || calledBack) && !ofSplit) ofSplit = { index: m.index!, length: m[0].length };
      continue;
    }
    // "spokesman for the FBI", "spokesman for Poland's Internal Security Agency": a body the person
    // speaks for; not what an office deals with ("director general for North Korean affairs").
    if (word === 'for') {
      const owned = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s+\p{Lu}/u.exec(phrase.slice(after));
      const body = byStart.startingIn(affiliationStart, affiliationStart + 1).some((e) => e.type === 'organization');
      // "spokeswoman for the Balochistan government": a place's government, which gives the place's country.
      const government = /^(?:the\s+)?([\p{Lu}][\p{L}.'’ -]*?)\s+(?:government|administration|authorities)\b/u.exec(phrase.slice(after));
      const governed = government !== null && entities.some((e) => e.type === 'location' && e.country && e.start === affiliationStart + government[0].indexOf(government[1]!) && e.text === government[1]);
      if (body || governed || calledBack || (owned && countryOfWord(owned[1]!))) return { role: tidyRole(phrase.slice(0, m.index!)), affiliation: { text: phrase.slice(m.index! + 1), start: start + m.index! + 1 } };
      continue;
    }
    if (startsEntity || calledBack || /^(?:ministry|government|agency|office|embassy|department|company|firm|university)\b/i.test(phrase.slice(after))) {
      return { role: tidyRole(phrase.slice(0, m.index!)), affiliation: { text: phrase.slice(m.index! + 1), start: start + m.index! + 1 } };
    }
  }
  if (ofSplit) {
    return { role: tidyRole(phrase.slice(0, ofSplit.index)), affiliation: { text: phrase.slice(ofSplit.index + 1), start: start + ofSplit.index + 1 } };
  }
  return { role: tidyRole(phrase), affiliation: null };
}

/**
 * A role that opens with the country the person serves ("Estonia's health minister", "the US deputy
 * secretary of state"): the country is their affiliation, as a demonym before a title is; the role is
 * what follows it. A country later in the role ("director general for North Korean affairs") is what
 * the office deals with, not whose it is.
 */
function ownCountry(written: string): { role: string; country: string | null } {
  // "34-year-old Russian national": the age is no part of the role (consolidate reads it beside the name).
  const aged = /^\d{1,3}-year-old\s+(?=\p{Lu})/u.exec(written);
  const role = aged ? written.slice(aged[0].length) : written;
  const m = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?:['’]s\s+(\p{L}.*)|\s+(\p{Ll}.*))$/u.exec(role);
  // "Seoul's special representative for ...": a capital's possessive before a state's post is its country's
  // (not a town's own office: "London's mayor" keeps the town).
  const capital = m?.[2] && STATE_POST.test(m[2]) ? (lookupCity(m[1]!)?.country ?? null) : null;
  const country = m ? (countryOfWord(m[1]!) ?? capital) : null;
  return country ? { role: m![2] ?? m![3]!, country } : { role: written, country: null };
}

/** Posts a state fills abroad or in its government, which a capital's possessive speaks for. */
const STATE_POST = /^(?:[\p{Ll}-]+\s+){0,3}(?:minister|ambassador|envoy|representative|negotiator|diplomat|spokes(?:man|woman|person)|secretary|adviser|advisor)\b/u;

/** A craft's possessive before a crew member's role: "aircraft's captain", "plane's pilot", "ship's master". */
const CRAFT_POSSESSIVE = /^(?:aircraft|plane|airplane|jet|airliner|helicopter|ship|vessel|ferry|tanker|train)['’]s\s+(?=\p{Ll})/u;

function tidyRole(role: string): string {
  // "Its chief executive, Yoon Jae-hyuk,": the pronoun points back to the body; the role is what follows.
  // "including the head of the prisons organisation, X": the list's word is no part of the role.
  // "the aircraft's captain, Rui Matos,": the craft says where the crew serves, the role is the captain (review ux71b).
  return roleAfterAs(role).replace(/^(?:including|among\s+them|such\s+as)\s+/i, '').replace(/^(?:the|a|an|its|his|her|their|our)\s+/i, '').replace(CRAFT_POSSESSIVE, '').replace(/\s+/g, ' ').trim();
}

/** The organisation and country an affiliation names ("at the ministry" looks back for which ministry). */
function resolveAffiliation(affiliation: Phrase, body: string, byStart: EntitiesByStart): { organization: string | null; country: string | null } {
  const { entities } = byStart;
  const end = affiliation.start + affiliation.text.length;
  const inside = byStart.startingIn(affiliation.start, end);
  const tagged = inside.find((e) => e.type === 'organization');
  const org = tagged && withDemonym(body, tagged);
  const place = inside.find((e) => e.type === 'location' && e.country);
  if (org || place) {
    // "Poland's Internal Security Agency": the body's country is the one it is written as belonging to.
    const owner = org ? /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s/u.exec(org.text) : null;
    // "of Iran's cyber command": a country's body the tagger has no name for, written as the country's.
    const opensWithPlace = !org && place && place.start === affiliation.start + (/^(?:(?:at|from|with|of|for)\s+)?(?:the\s+)?/i.exec(affiliation.text)?.[0].length ?? 0);
    const countrys = opensWithPlace ? /^['’]s\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u.exec(body.slice(place.end, end)) : null;
    // "for the Balochistan government": the place's government.
    const governs = opensWithPlace ? /^\s+(government|administration|authorities)$/.exec(body.slice(place.end, end)) : null;
    const stateBody = countrys ? nationalBodyName(place!.text, countrys[1]!) : null;
    if (stateBody) return stateBody;
    const organization = org ? org.text : countrys ? `${place!.text}'s ${countrys[1]}` : governs ? `${place!.text} ${governs[1]}` : null;
    // "of the Commerce and Information Policy Bureau at Japan's Ministry of Economy": a unit's country is
    // that of the body it is written as part of, which the phrase (cut at "and" + a capital) may not hold.
    const parent = org ? /^\s+(?:at|of|in|within|under)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s\s+\p{Lu}/u.exec(body.slice(org.end, org.end + 80)) : null;
    return { organization, country: org?.country ?? place?.country ?? (owner ? countryOfWord(owner[1]!) : null) ?? (parent ? countryOfWord(parent[1]!) : null) };
  }
  const words = affiliation.text.replace(/^(?:at|from|with|of)\s+/i, '');
  const asCountry = countryOfWord(words.replace(/^the\s+/i, ''));
  if (asCountry) return { organization: null, country: asCountry };
  const head = /\bthe\s+([a-z]+)$/i.exec(words)?.[1]?.toLowerCase();
  if (head) {
    const descriptor = lastDescriptor(body, affiliation.start, head) ?? lastDescriptor(body, body.length, head);
    if (descriptor) return descriptor;
    const named = [...entities].reverse().find((e) => e.type === 'organization' && e.text.toLowerCase().includes(head));
    if (named) return { organization: named.text, country: named.country ?? null };
  }
  return { organization: null, country: null };
}

function lastDescriptor(body: string, before: number, head: string): { organization: string; country: string | null } | null {
  let found: { organization: string; country: string | null } | null = null;
  for (const m of body.slice(0, before).matchAll(ORG_DESCRIPTOR)) {
    if (!m[2]!.toLowerCase().includes(head)) continue;
    const owner = lookupCity(m[1]!) ?? lookupCountry(m[1]!);
    found = nationalBodyName(m[1]!, m[2]!) ?? { organization: `${m[1]}'s ${m[2]}`, country: owner?.country ?? null };
  }
  return found;
}

/** Kinds of a state's body that are named by their kind alone once the state is known ("the Foreign Ministry"). */
const NATIONAL_BODY_KIND = /^(?:[\p{Ll}-]+\s+){0,2}(?:ministry|agency|office|embassy|parliament|department)$/u;

/**
 * "Seoul's foreign ministry", "Japan's defense ministry": a country's body, or its capital's (a
 * government speaks from its capital), is the body an analyst knows by its own name, "Foreign Ministry",
 * with the state's country; the owner's possessive is how the sentence placed it, not its name. A
 * town's own body ("Osaka's police") and a country's government or forces stay as written.
 */
function nationalBodyName(owner: string, words: string): { organization: string; country: string } | null {
  const country = countryOfOwner(owner);
  if (!country || !NATIONAL_BODY_KIND.test(words)) return null;
  return { organization: words.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase()), country };
}

/** "Canadian and Japanese representatives, Morgan Trelawny and Haruto Ishibe, respectively". */
function applyRoleLists(clusters: Cluster[], body: string, sentences: readonly Span[], people: readonly Entity[]): void {
  for (const sentence of sentences) {
    const text = body.slice(sentence.start, sentence.end);
    const resp = /,?\s*respectively\b/.exec(text);
    if (!resp) continue;
    const listEnd = sentence.start + resp.index;
    // The names in the list, walking back from "respectively" while only commas and "and" separate them.
    const names: Entity[] = [];
    let cursor = listEnd;
    for (const person of [...people].reverse()) {
      if (person.end > cursor) continue;
      const gap = body.slice(person.end, cursor);
      if (!/^\s*(?:,|,?\s*and)?\s*$/.test(gap)) break;
      names.unshift(person);
      cursor = person.start;
    }
    if (names.length < 2) continue;
    const before = body.slice(sentence.start, cursor).replace(/[,\s]+$/, '');
    const clause = before.split(/,\s*/).pop()!.replace(/^and\s+/i, '');
    const m = /^(.*)\s+(\p{Ll}+s)$/u.exec(clause);
    if (!m) continue;
    // "while Japanese and Philippine representatives": the words that tie the clause on are no qualifier;
    // nor is an article at the sentence's start ("The Canadian and Japanese representatives").
    const qualifiers = m[1]!.replace(/^(?:(?:The|A|An|Both|Its|Their|Our|His|Her)\s+|\p{Ll}+\s+)+/u, '').split(/\s*,\s*|\s+and\s+/).filter(Boolean);
    if (qualifiers.length !== names.length) continue;
    const role = m[2]!.replace(/ies$/, 'y').replace(/s$/, '');
    names.forEach((person, i) => {
      const cluster = clusters.find((c) => c.mentions.some((s) => s.start === person.start));
      if (!cluster) return;
      const country = countryOfWord(qualifiers[i]!);
      giveRole(cluster, role, { start: person.start, end: person.end }, false);
      if (country && !cluster.country) cluster.country = country;
    });
  }
}
