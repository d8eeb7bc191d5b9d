/**
 * Other names a report gives a threat actor it has already named: "Hollowmoth, also known as Hollow
 * Moth", "the group is also known as X and is tracked by some companies as UNC4417", "The gang, whose
 * name is also written "X"", "Pale Lynx (formerly Y)", and the actor's own name written with other
 * spacing or case ("HollowMoth", "Hollow Moth" for Hollowmoth). Each becomes a mention of the actor,
 * wherever the text writes it, so the event lists it among the actor's aliases and the store's entity
 * filter finds the event by it (review ux74a fault 7). Two names the gazetteer both knows are tied by
 * actor-statements.ts instead: here only a name no other actor holds is taken.
 */
import { countryOfWord } from './gazetteer/places.js';

/** A threat actor found in a text (the shape threat-actors.ts returns). */
export interface AliasedMention {
  name: string;
  canonical: string;
  country: string | null;
  start: number;
  end: number;
}

/** The verb phrases that give another name ("also known as", "tracked by Mandiant as", "which some researchers spell"). */
const NAMING = String.raw`(?:(?:(?:also|otherwise|better|widely|commonly|sometimes|previously|formerly|publicly)\s+)?(?:known|tracked|referred\s+to|identified|labell?ed)(?:\s+by(?:\s+[\p{L}&.'’-]+){1,4}?)?\s+as|also\s+(?:called|dubbed)|also\s+(?:written|spelt|spelled)(?:\s+as)?|aka|a\.k\.a\.?|formerly(?:\s+known\s+as)?|whose\s+name\s+is\s+(?:also\s+)?(?:written|spelt|spelled)(?:\s+as)?|(?:which|that)\s+(?:[\p{L}&.'’-]+\s+){1,4}?(?:calls?|names?|dubs?|numbers?|spells?|tracks?\s+as|refers?\s+to\s+as|labels?))`;
/** "called" and "dubbed" without "also" only after a comma or bracket: "the gang called Severn Vale" is a telephone call. */
const CALLED = String.raw`[,(]\s*(?:called|dubbed)`;
/** One other name: quoted, an id of capitals and digits ("UNC4417", "DEV-0537", "Storm-0558"), or capitalised words. */
const OTHER = String.raw`(?:["“]([^"”\n]{2,40})["”]|(\p{Lu}[\p{L}]*-?\d{2,}|\p{Lu}[\p{L}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{N}]*){0,2}))`;
/** After a name: the statement that gives its other name. */
const AFTER_NAME = new RegExp(String.raw`^(?:\s+(?:ransomware\s+)?(?:group|gang|crew|operation))?(?:\s*(?:,|\(|\s)\s*(?:(?:is|was)\s+)?${NAMING}|\s*${CALLED})\s+(?:the\s+)?${OTHER}`, 'u');
/** "the group" / "The gang", standing for the actor the text has named, and the statement after it. */
const AFTER_PRONOUN = new RegExp(String.raw`\b[Tt]he\s+(?:group|gang|crew|collective|actor)(?:\s*,?\s*(?:which\s+(?:[\p{Ll}'’-]+\s+){0,3}?)?(?:(?:is|was|has\s+been)\s+)?${NAMING}|\s*${CALLED})\s+(?:the\s+)?${OTHER}`, 'gu');
/** A further name after one: "and "Holomoth"", "and is tracked by some companies as UNC4417", "and which trackers number UNC4417". */
const ANOTHER = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:(?:is|was)\s+)?${NAMING}\s+(?:the\s+)?)?${OTHER}`, 'u');
/** A further name with no verb of its own is taken only quoted or as an id ("and Microsoft said" is no name). */
const VERBLESS = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?${OTHER}`, 'u');

/** A sentence's end between an actor's name and "the group". */
const SENTENCE_END = /[.!?](?=\s+["“]?\p{Lu})|\n\s*\n/gu;
/** A turn to another story: "Separately,", "In another case", "Elsewhere,", "Meanwhile,". */
const TOPIC_TURN = /(?:^|[.!?]\s+|\n)(?:Separately|Elsewhere|Meanwhile|In\s+(?:an)?other\s+(?:news|case|incident|development))\b/u;

/** Words a capitalised run may open with that make it no name: a sentence's opening word, a vulnerability's id. */
const NOT_ALIAS = /^(?:The|A|An|This|That|It|Its|In|On|At|By|For|Some|Many|Researchers?|Microsoft|Mandiant|Google|CrowdStrike|Police|Officials|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|^CVE-/;

/** Fewer letters or digits than this make no alias: a lone "M" (of "M&S") would match every "M" in the text. */
const MIN_ALIAS = 3;

function nameLike(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 4 && name.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_ALIAS && /^[\p{Lu}\p{N}]/u.test(name) && !/[.;:!?,]/.test(name) && !NOT_ALIAS.test(name) && countryOfWord(name) === null;
}

/** A name folded for comparing spellings: lower case, no spaces, hyphens, dots or underscores. */
export function foldActorName(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '');
}

interface Stated {
  name: string;
  /** Offset of the name in the text. */
  at: number;
}

/** The names a statement gives, in order, from `match` (of AFTER_NAME or AFTER_PRONOUN) at `offset`, then each one after it. */
function statedNames(text: string, match: RegExpExecArray | RegExpMatchArray, offset: number): Stated[] {
  const out: Stated[] = [];
  const push = (m: RegExpExecArray | RegExpMatchArray, base: number): boolean => {
    const name = (m[1] ?? m[2])!.trim();
    // "which police called Europe's worst": a name's possessive opens a description, not a name; "M&S"
    // is one name, not "M" (review76 fault 2).
    const next = text.slice(base + m[0].length, base + m[0].length + 3);
    if (!nameLike(name) || (m[2] !== undefined && (/^['’]s\b/.test(next) || /^&/.test(next)))) return false;
    const at = base + m[0].lastIndexOf(name);
    out.push({ name, at });
    return true;
  };
  if (!push(match, offset)) return out;
  let at = offset + match[0].length;
  for (let k = 0; k < 4; k++) {
    const rest = text.slice(at, at + 160);
    const verbed = ANOTHER.exec(rest);
    const bare = VERBLESS.exec(rest);
    // Without a verb of its own, a name only in quotes or as an id: "and Microsoft said" names no alias.
    const m = verbed && (verbed[0] !== bare?.[0] || verbed[1] !== undefined || /\d/.test(verbed[2] ?? '')) ? verbed : null;
    if (!m || !push(m, at)) break;
    at += m[0].length;
  }
  return out;
}

/** Every place `name` is written as a whole word. */
function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'gu'))) out.push(m.index);
  return out;
}

/** Capitalised runs of up to three words, or one word in capitals: where another spelling of a name may be written. */
const RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{N}]*){0,2}(?![\p{L}\p{N}])/gu;

/**
 * `found` (sorted, non-overlapping) with the other names the text states for its actors, and its
 * other spellings of their names, as further mentions of them.
 */
export function withStatedAliases(text: string, found: readonly AliasedMention[]): AliasedMention[] {
  if (found.length === 0) return [...found];
  const added: AliasedMention[] = [];
  const taken = (start: number, end: number): boolean => [...found, ...added].some((f) => f.start < end && start < f.end);
  const canonicals = new Set(found.map((f) => foldActorName(f.canonical)));
  const aliasOf = new Map<string, AliasedMention>();
  const take = (actor: AliasedMention, stated: readonly Stated[]): void => {
    for (const s of stated) {
      // Another actor's name ("APT38, also known as Lazarus") is actor-statements.ts's to tie.
      if (taken(s.at, s.at + s.name.length) || (canonicals.has(foldActorName(s.name)) && foldActorName(s.name) !== foldActorName(actor.canonical))) continue;
      if (!aliasOf.has(s.name)) aliasOf.set(s.name, actor);
    }
  };
  for (const f of found) {
    const m = AFTER_NAME.exec(text.slice(f.end, f.end + 200));
    if (m) take(f, statedNames(text, m, f.end));
  }
  // "the group" stands for the actor only where the text has named one actor before it, in the same
  // sentence or the one before, with no turn to another story between ("Separately, police broke up a
  // drug ring. The gang, known as ..." is not the actor: review76 fault 2).
  if (/\b[Tt]he\s+(?:group|gang|crew|collective|actor)\b/.test(text)) {
    for (const m of text.matchAll(AFTER_PRONOUN)) {
      const before = found.filter((f) => f.end <= m.index);
      if (before.length === 0 || new Set(before.map((f) => f.canonical)).size !== 1) continue;
      const between = text.slice(before[before.length - 1]!.end, m.index);
      if ((between.match(SENTENCE_END) ?? []).length > 1 || TOPIC_TURN.test(between)) continue;
      take(before[before.length - 1]!, statedNames(text, m, m.index));
    }
  }
  // The actors' own names written with other spacing or case ("Hollow Moth", "HollowMoth" for Hollowmoth).
  const byFold = new Map(found.map((f) => [foldActorName(f.canonical), f]));
  for (const m of text.matchAll(RUN)) {
    const actor = byFold.get(foldActorName(m[0]));
    if (actor && m[0] !== actor.canonical && !aliasOf.has(m[0])) aliasOf.set(m[0], actor);
  }
  for (const [name, actor] of aliasOf) {
    for (const start of occurrences(text, name)) {
      const end = start + name.length;
      if (taken(start, end)) continue;
      added.push({ name, canonical: actor.canonical, country: actor.country, start, end });
    }
  }
  return added.length === 0 ? [...found] : [...found, ...added].sort((a, b) => a.start - b.start);
}
