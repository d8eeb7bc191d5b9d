/**
 * Named cyber threat actors ("Lazarus Group", "APT38", "Kimsuky") from the gazetteer in
 * data/threat-actors.json (built by scripts/build-threat-actors.mjs from the MISP galaxy). One pass over
 * the words of the text, with candidate names looked up by their first word. Names must be written as
 * names (capitalised), and names that could be something else ("Lazarus" in a Bible story, "Fancy
 * Bear") need a cyber word within a few hundred characters.
 */
import { readFileSync } from 'node:fs';
import { countryOfWord, lookupCity } from './gazetteer/places.js';
import { withStatedAliases } from './threat-actor-aliases.js';

export interface ThreatActorMention {
  /** The text as written. */
  name: string;
  /** The actor's gazetteer name (the MITRE ATT&CK group name where there is one). */
  canonical: string;
  /** ISO 3166-1 alpha-2 of the state the actor is attributed to, when the sources give one. */
  country: string | null;
  start: number;
  end: number;
}

interface ActorRecord {
  name: string;
  country: string | null;
  aliases: string[];
  cued: string[];
}

interface Candidate {
  /** Lower-cased words and numbers of the alias: "APT 38" and "APT38" are both ["apt", "38"]. */
  tokens: string[];
  /** Whether each word may be written in lower case ("of" in "Guardians of Peace", "group" after a name). */
  anyCase: boolean[];
  actor: ActorRecord;
  cued: boolean;
}

/**
 * A text's words, lower-cased, with their offsets, in parallel arrays: an object per word of every
 * body had been a twentieth of what the whole enrich stage allocated.
 */
interface Words {
  lower: string[];
  start: Int32Array;
  end: Int32Array;
}

/** How far from a cued name a cyber word may be. */
const CUE_WINDOW = 300;
const CUE = /\b(?:cyber\w*|hack\w*|malware|ransomware|phishing|spyware|espionage|APTs?|threat (?:actors?|groups?)|intrusions?|breach\w*|exploit\w*|vulnerabilit\w+|backdoors?|botnets?|crypto\w*|heists?|infosec|security (?:firms?|researchers?|companies|company|vendors?))\b/gi;
/** Words after a name that keep it a group's name written in lower case ("the Lazarus group"). */
const HEADS = new Set(['group', 'team', 'gang', 'crew', 'unit', 'bureau', 'army']);
/** Words after a one-word name that still make it the actor's ("Kimsuky Hackers" in a headline). */
const FOLLOWERS = new Set([...HEADS, 'hackers', 'hacking', 'ransomware', 'apt', 'actor', 'actors', 'operators', 'operatives', 'malware', 'campaign', 'attack', 'attacks']);
const WORD = /\p{L}+|\p{N}+/gu;

let index: Map<string, Candidate[]> | null = null;
let names: Map<string, readonly string[]> | null = null;

function readActors(): ActorRecord[] {
  const file = new URL('../../../data/threat-actors.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { actors: ActorRecord[] }).actors;
}

/**
 * Every name the gazetteer knows an actor by, its own first ("Lazarus Group", "APT-C-26", ...,
 * "HIDDEN COBRA", "Lazarus"), or none for a crew it does not know: a report that wrote one name
 * still tells of the actor the others name.
 */
export function gazetteerNames(canonical: string): readonly string[] {
  names ??= new Map(readActors().map((a) => [a.name, [a.name, ...a.aliases.filter((alias) => alias !== a.name)]]));
  return names.get(canonical) ?? [];
}

function load(): Map<string, Candidate[]> {
  const byFirst = new Map<string, Candidate[]>();
  for (const actor of readActors()) {
    const cued = new Set(actor.cued);
    // A name of several words is also written run together ("Cyber Av3ngers", "CyberAv3ngers").
    const spellings = new Map<string, string>();
    for (const alias of actor.aliases) {
      spellings.set(alias, alias);
      if (/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u.test(alias) && !spellings.has(alias.replace(/ /g, ''))) spellings.set(alias.replace(/ /g, ''), alias);
    }
    for (const [alias, written] of spellings) {
      const words = alias.match(WORD) ?? [];
      if (words.length === 0) continue;
      // "Beijing" (an alias of Elderwood): a country's or city's name alone is the place or its
      // government in a cyber story ("BEIJING (Reuters) - China denied the hacking claims"), never the crew.
      if (words.length === 1 && cued.has(written) && (countryOfWord(alias) !== null || lookupCity(alias) !== null)) continue;
      const tokens = words.map((w) => w.toLowerCase());
      const anyCase = words.map((w, i) => w === w.toLowerCase() || (i > 0 && HEADS.has(w.toLowerCase())));
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, anyCase, actor, cued: cued.has(written) });
      byFirst.set(tokens[0]!, list);
    }
  }
  // Longest name first, so "Lazarus Group" wins over "Lazarus".
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

function tokenize(text: string): Words {
  // The words by match() and their offsets by indexOf: exec made an array per word of every body. A
  // word starts with a letter or digit, and none stands between one word's end and the next word's
  // start, so the first place the next word is written from there is where it starts.
  const words = text.match(WORD) ?? [];
  const out: Words = { lower: new Array<string>(words.length), start: new Int32Array(words.length), end: new Int32Array(words.length) };
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const start = text.indexOf(word, at);
    at = start + word.length;
    out.lower[i] = word.toLowerCase();
    out.start[i] = start;
    out.end[i] = at;
  }
  return out;
}

/** Words a and b of one name sit side by side or are joined by one space, hyphen, dot or underscore. */
function joined(text: string, words: Words, a: number, b: number): boolean {
  const end = words.end[a]!;
  return words.start[b] === end || (words.start[b] === end + 1 && /[ \u00a0._-]/.test(text[end]!));
}

function capitalised(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() || /\p{N}/u.test(first);
}

function matchAt(text: string, words: Words, i: number, c: Candidate): boolean {
  if (i + c.tokens.length > words.lower.length) return false;
  // The words first, then how they are written: a common first word ("the" of "The Dukes") has many
  // candidates, and most differ in their second word.
  for (let k = 1; k < c.tokens.length; k++) if (words.lower[i + k] !== c.tokens[k]) return false;
  for (let k = 0; k < c.tokens.length; k++) {
    if (k > 0 && !joined(text, words, i + k - 1, i + k)) return false;
    if (!c.anyCase[k] && !capitalised(text.slice(words.start[i + k]!, words.end[i + k]!))) return false;
  }
  // A name joined on to a longer word ("APT38x", "Lazarus-like") is not this name.
  const last = i + c.tokens.length - 1;
  return !/[\p{L}\p{N}]/u.test(text[words.end[last]!] ?? '') && !/[\p{L}\p{N}]/u.test(text[words.start[i]! - 1] ?? '');
}

/** A one-word name followed by another capitalised word is likely part of a person's name ("Akira Tanaka"). */
function beforeAnotherName(text: string, words: Words, next: number): boolean {
  if (next >= words.lower.length || !/^[ \u00a0]$/.test(text.slice(words.end[next - 1]!, words.start[next]!))) return false;
  const lower = words.lower[next]!;
  return capitalised(text.slice(words.start[next]!, words.end[next]!)) && /\p{L}/u.test(lower) && !FOLLOWERS.has(lower);
}

/**
 * The last texts read and what was found in them: entities and themes both ask about the same body,
 * and themes about the headline in between (with one remembered, the body was read twice). Enough for
 * a batch's documents (enrich/batch.ts): the entities sub-step reads every body of a batch before
 * themes ask again.
 */
const recent: { text: string; found: readonly ThreatActorMention[] }[] = [];
const RECENT = 64;

export function findThreatActors(text: string): readonly ThreatActorMention[] {
  const known = recent.find((r) => r.text === text);
  if (known) return known.found;
  const found = Object.freeze(scan(text));
  recent.unshift({ text, found });
  if (recent.length > RECENT) recent.pop();
  return found;
}

/** Before a name: the actor is gone, named as background ("affiliates from the defunct LockBit operation"). */
const DEFUNCT_BEFORE = /\b(?:now[- ])?defunct\s+$/i;

/** A name as a crew is written: capitalised words ("Brinehold", "Black Basta"), or one opening with digits ("8Base"). */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{N}]*){0,2}|\p{N}+\p{L}[\p{L}\p{N}]*)`;
const CREW_KIND = String.raw`(?:ransomware|hacking|hacker|cyber(?:criminal|crime|-?espionage)?|extortion|data[- ]theft|threat)`;
const CREW = String.raw`(?:group|gang|crew|collective|outfit|operation|syndicate|actor)`;
/**
 * A crew the gazetteer does not know, as the text introduces it: "a ransomware group calling itself
 * Brinehold", "the Brinehold ransomware gang", "Brinehold, a ransomware group". Case-sensitive: the
 * name is capitalised, the words around it are not.
 */
const INTRODUCED = [
  new RegExp(String.raw`\b(?:[Rr]ansomware|[Hh]acking|[Hh]acker|[Cc]yber(?:criminal|crime|-?espionage)?|[Ee]xtortion|[Tt]hreat)\s+${CREW}\s+(?:(?:calling|that\s+calls|which\s+calls)\s+itself|(?:known|identified|tracked)\s+as|called|named|dubbed)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:[Tt]he|[Aa]|[Aa]n)\s+${NAME}\s+${CREW_KIND}\s+${CREW}\b`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME},\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}${CREW_KIND}\s+${CREW}\b`, 'gu'),
];
/**
 * "A group calling itself Obsidian Moth listed LuzTel on its leak site": a crew of no stated kind,
 * taken only in a story about an attack on computers (a rebel group calling itself something is no
 * threat actor).
 */
const CALLING_ITSELF = new RegExp(String.raw`\b(?:[Gg]roup|[Gg]ang|[Cc]rew|[Cc]ollective)\s+(?:calling|that\s+calls|which\s+calls)\s+itself\s+${NAME}`, 'gu');
/**
 * "the council had refused to pay the Pale Lynx group": a crew named only as "the <Name> group" (gang,
 * crew; the kind word in lower case), taken where the text has it paid, or demanding, leaking or
 * stealing, in a story of ransomware or hackers (review ux74a fault 7). A company's group hit by the
 * attack ("the Tata group said its systems were down") is neither paid nor a thief.
 */
const PAID_CREW = new RegExp(
  String.raw`\b(?:pay|paid|paying|pays|negotiat\w+\s+with)\s+(?:a\s+ransom\s+to\s+)?the\s+${NAME}\s+(?:group|gang|crew)\b|\b[Tt]he\s+${NAME}\s+(?:group|gang|crew)\s+(?:(?:had|has)\s+)?(?:demanded|leaked|stole|published|encrypted|threatened\s+to\s+(?:leak|publish))\b`,
  'gu',
);
const RANSOM_STORY = /\b(?:ransomware|hackers?)\b/i;
const CYBER_STORY = /\b(?:ransomware|hack(?:ers?|ing|ed)?|leak\s+site|cyber\w*|malware|data\s+breach|encrypt\w*)\b/i;
/** Words the patterns above may take for a name: a sentence's opening word, a day, a nationality. */
const NOT_NAME_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'One', 'Another', 'New', 'Other', 'Same', 'On', 'In', 'At', 'By', 'For', 'Last', 'Earlier', 'Later', 'Police', 'Officials', 'Russian', 'Chinese', 'Iranian', 'North', 'South', 'Unknown', 'Unnamed', 'Pro', 'State', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** What INTRODUCED and CALLING_ITSELF need, looked for before them (case aside: a superset). */
const MAY_INTRODUCE = /(?:ransomware|hack|cyber|extortion|data[- ]theft|threat|itself)/i;
const CREW_WORD = /(?:group|gang|crew|collective|outfit|operation|syndicate|actor)/i;

function notAName(name: string): boolean {
  return name.split(/[ -]/).some((word) => NOT_NAME_WORDS.has(word)) || countryOfWord(name) !== null;
}

/** Crews the text introduces by name, and every later mention of each (as written, "Brinehold's" too). */
function introducedCrews(text: string, known: readonly ThreatActorMention[]): ThreatActorMention[] {
  // Every pattern wants a crew's kind or "itself", and a crew word: most texts have neither, and the
  // patterns, tried at each capitalised word, had cost most of the scan.
  if (!MAY_INTRODUCE.test(text) || !CREW_WORD.test(text)) return [];
  const names = new Set<string>();
  for (const pattern of CYBER_STORY.test(text) ? [...INTRODUCED, CALLING_ITSELF] : INTRODUCED) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      if (notAName(name) || known.some((k) => k.name === name || k.canonical === name)) continue;
      names.add(name);
    }
  }
  if (RANSOM_STORY.test(text)) {
    for (const m of text.matchAll(PAID_CREW)) {
      const name = (m[1] ?? m[2])!;
      if (!notAName(name) && !known.some((k) => k.name === name || k.canonical === name)) names.add(name);
    }
  }
  const found: ThreatActorMention[] = [];
  for (const name of names) {
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'gu'))) {
      const start = m.index;
      const end = start + name.length;
      if (known.some((k) => k.start < end && start < k.end)) continue;
      found.push({ name, canonical: name, country: null, start, end });
    }
  }
  return found;
}

function scan(text: string): ThreatActorMention[] {
  const found = scanKnown(text);
  const crews = introducedCrews(text, found);
  // The other names the text states for them ("also known as Hollow Moth"): threat-actor-aliases.ts.
  return withStatedAliases(text, crews.length === 0 ? found : [...found, ...crews].sort((a, b) => a.start - b.start));
}

function scanKnown(text: string): ThreatActorMention[] {
  index ??= load();
  const words = tokenize(text);
  let cues: number[] | null = null;
  const cuedNear = (start: number, end: number): boolean => {
    cues ??= [...text.matchAll(CUE)].map((m) => m.index);
    return cues.some((at) => at >= start - CUE_WINDOW && at <= end + CUE_WINDOW);
  };
  const found: ThreatActorMention[] = [];
  for (let i = 0; i < words.lower.length; i++) {
    const candidates = index.get(words.lower[i]!);
    if (!candidates) continue;
    for (const c of candidates) {
      if (!matchAt(text, words, i, c)) continue;
      const n = c.tokens.length;
      const start = words.start[i]!;
      const end = words.end[i + n - 1]!;
      // A name that needs a cyber word may lean on the actor's other name found before ("APT28, also
      // known as Fancy Bear").
      const named = found.some((f) => f.canonical === c.actor.name);
      if (c.cued && ((!named && !cuedNear(start, end)) || (n === 1 && beforeAnotherName(text, words, i + 1)))) continue;
      if (DEFUNCT_BEFORE.test(text.slice(Math.max(0, start - 20), start))) {
        i += n - 1;
        break;
      }
      found.push({ name: text.slice(start, end), canonical: c.actor.name, country: c.actor.country, start, end });
      i += n - 1;
      break;
    }
  }
  return found;
}
