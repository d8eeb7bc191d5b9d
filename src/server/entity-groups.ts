/**
 * The entity list's entries of one person or body written differently by different events, joined: the
 * store lists each name as events wrote it, so "Dmitri Volkov" and "Dmitry Volkov", "US Treasury" and
 * "US Treasury Department", "FBI" and "the Federal Bureau of Investigation" were entries of their own.
 * Entries join only where one is clearly the other: a person by another romanisation of the same name
 * (store/name-spellings.ts; "John Smith" and "Jane Smith", or "Smith" alone, never), a body by the rules
 * that make one body of its forms inside an event (consolidate/organizations.ts), of one country or
 * none. A name that fits two entries that are not one ("Treasury" beside "US Treasury" and "UK
 * Treasury") joins neither. Places are left as they are.
 */
import { sameBodyName } from '../consolidate/organizations.js';
import { withoutLegalForm } from '../consolidate/legal-form.js';
import { nameSpellings, nameVariantWords } from '../store/name-spellings.js';
import { withoutCountry } from '../store/entity-names.js';
import { foldAccents } from '../util/fold.js';
import { countryOfDemonym, lookupCountryOrCode } from '../enrich/gazetteer/places.js';
import type { EntitySummary } from './entities.js';
import { JoinState, type JoinRules } from './entity-joins.js';
import { knownBodyOf, sameKnownBody } from '../enrich/entities/bodies-in-languages.js';

/** One entry of the list with the entries joined into it, itself first. */
export interface EntityGroup {
  summary: EntitySummary;
  members: EntitySummary[];
}

/**
 * Every entry of `list` in a group, people first, then bodies, then places, each kind in the order of
 * `list` (the caller sorts: a joined entry's count changes once its events are counted once); a group
 * of one is the entry as it was. Worked out from nothing: EntityGrouping keeps what it can between lists.
 */
export function groupEntities(list: readonly EntitySummary[], placed: PlacedBodies = new Map()): EntityGroup[] {
  return new EntityGrouping().group(list, placed);
}

/**
 * Countryless bodies a country has one of ("Constitutional Court", "Central Election Commission") whose
 * events are all placed in one country, by name: that country is theirs for the joins (entity-list.ts
 * reads it from the store). Not a "Supreme Court" or a "District Court": a state has one of its own.
 */
export type PlacedBodies = ReadonlyMap<string, string>;

/** A body a country has only one of, as named without its country (folded). */
const NATIONAL_BODY = /^(?:constitutional court|constitutional council|central election commission|central electoral commission|national election commission|central bank|national bank|parliament|national assembly)$/;

/** Whether a countryless entry's events may give it their country: a national body named without its country. */
export function placeableBody(e: EntitySummary): boolean {
  return e.kind === 'organization' && !e.country && NATIONAL_BODY.test(folded(e.name));
}

/**
 * "Kyrgyzstan's Constitutional Court": a body written after its country's possessive, as the country
 * (kept as data) and the name without it, which is how the entry is shown and compared.
 */
export function possessiveCountry(name: string): { country: string; rest: string } | null {
  const m = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)['’]s\s+(\p{Lu}.*)$/u.exec(name.trim());
  if (!m) return null;
  const country = lookupCountryOrCode(m[1]!.replace(/\./g, ''))?.country ?? null;
  return country ? { country, rest: m[2]! } : null;
}

/** An entry as compared: a possessive country moved into its country. */
function compared(e: EntitySummary): EntitySummary {
  const owned = e.kind === 'organization' ? possessiveCountry(e.name) : null;
  if (owned) return { ...e, name: owned.rest, country: e.country ?? owned.country };
  return e;
}

/**
 * groupEntities with the joins of the last list kept: a list that differs from the last by a few
 * names costs their comparisons, not every name's (entity-joins.ts). The groups are those
 * groupEntities gives for the same list.
 */
export class EntityGrouping {
  private readonly people = new JoinState();
  private readonly bodies = new JoinState();
  /** The last update in slices called for: the next waits for it. `slicing`: how many are waiting or under way. */
  private running: Promise<unknown> = Promise.resolve();
  private slicing = 0;

  group(list: readonly EntitySummary[], placed: PlacedBodies = new Map()): EntityGroup[] {
    // A state half through an update in slices would give half-made groups, and be broken by this one.
    if (this.slicing > 0) throw new Error('EntityGrouping.group called while groupInSlices runs');
    const { people, bodies, places, personRules, bodyRules } = this.parts(list, placed);
    return [...this.people.update(people, personRules), ...this.bodies.update(bodies, bodyRules), ...places].map(toGroup);
  }

  /** group, giving the event loop a turn every few milliseconds; calls run one after another. */
  groupInSlices(list: readonly EntitySummary[], sliceMs?: number, placed: PlacedBodies = new Map()): Promise<EntityGroup[]> {
    this.slicing++;
    const run = this.running.then(async () => {
      try {
        const { people, bodies, places, personRules, bodyRules } = this.parts(list, placed);
        // Splitting the list and tying initials is itself a slice's worth at 10,000 articles.
        await new Promise<void>((resolve) => setImmediate(resolve));
        return [...(await this.people.updateInSlices(people, personRules, sliceMs)), ...(await this.bodies.updateInSlices(bodies, bodyRules, sliceMs)), ...places].map(toGroup);
      } finally {
        this.slicing--;
      }
    });
    this.running = run.catch(() => undefined);
    return run;
  }

  private parts(list: readonly EntitySummary[], placed: PlacedBodies): { people: EntitySummary[]; bodies: EntitySummary[]; places: EntitySummary[][]; personRules: JoinRules; bodyRules: JoinRules } {
    const people = list.filter((e) => e.kind === 'person');
    const bodies = list.filter((e) => e.kind === 'organization');
    const ties = acronymTies(bodies);
    const tiesOf = (e: EntitySummary): string[] => [...tiedAcronyms(e.name, ties)].sort();
    const personRules: JoinRules = { keysOf: bucketKeys, signatureOf: () => '', same: samePerson };
    const bodyRules: JoinRules = {
      keysOf: (e) => [...bucketKeys(e), ...bucketKeys(compared(e)), ...tiesOf(e).map((k) => `a:${k}`)],
      // A body's keys and its answers change with the initials events tie to its name, and with the
      // country its events are placed in, for a national body named without its country.
      signatureOf: (e) => `${tiesOf(e).join(' ')}|${placed.get(e.name) ?? ''}`,
      same: (a, b) => sameBodyOf(compared(a), compared(b), ties, placed),
    };
    // Places and ships are entries of their own name: not joined.
    return { people, bodies, places: list.filter((e) => e.kind === 'place' || e.kind === 'vessel').map((e) => [e]), personRules, bodyRules };
  }
}

/**
 * A person's spellings, words in the order written: two entries sharing one are one name. The order
 * counts ("Robert James" and "James Robert" are two people), though the `entity` filter's keys ignore it.
 */
const spellingKeys = new Map<string, Set<string>>();
function spellingsOf(name: string): Set<string> {
  let keys = spellingKeys.get(name);
  if (!keys) {
    keys = new Set(nameSpellings(name));
    if (spellingKeys.size > 50_000) spellingKeys.clear();
    spellingKeys.set(name, keys);
  }
  return keys;
}

function samePerson(a: EntitySummary, b: EntitySummary): boolean {
  const x = spellingsOf(a.name);
  // A name of one word is a surname or a stage name: too little to be sure it is the other's.
  if (!a.name.trim().includes(' ') || !b.name.trim().includes(' ')) return false;
  for (const key of spellingsOf(b.name)) if (x.has(key)) return true;
  return false;
}

/**
 * A person's bucket: each word's first letters, few enough that no other romanisation changes them
 * (they differ in a word's ending only), so most names are alone in theirs and their spellings are
 * never worked out, the list's costliest step at 17,000 people. A name of one word joins nothing.
 */
function personKey(name: string): string | null {
  // In a spelling table's form ("Mohammed" is "muhammad"), whose first letters may differ from the name's.
  const words = nameVariantWords(foldAccents(name).toLowerCase().split(/[\s-]+/).filter(Boolean));
  if (words.length < 2) return null;
  return `p:${words.map((w) => (w.length <= 4 ? w[0] : w.slice(0, 2))).join(' ')}`;
}

/** A name written as initials ("FBI", "F.B.I.", "MoD"). */
const ACRONYM = /^(?:\p{Lu}\.?){2,8}s?$|^\p{Lu}o\p{Lu}{1,2}$/u;
const acronymKey = (name: string): string | null => (ACRONYM.test(name.trim()) ? name.trim().replace(/\./g, '') : null);

/**
 * Two entries of the list are one body where:
 * - one is a bare acronym that an event gave as an alias of the other's name (or the other as its own), in
 *   any entry:
 *   initials alone fit many bodies ("MFD" is Memphis's and Milwaukee's fire department);
 * - their names as written are one body's by the within-event rules (country before it, "Department"
 *   after it, "the"), where a country word one name has and the other not says whose body it is only
 *   for an entry the events tie to that country: "Daily News Egypt" is no countryless "Daily News",
 *   "American University" no "University".
 * An event's other short forms ("Tampa" of Tampa General Hospital, "Isis" of a person filed as a body)
 * join nothing: they name other things as often.
 */
function sameBodyOf(a: EntitySummary, b: EntitySummary, ties: AcronymTies, placed: PlacedBodies = new Map()): boolean {
  // A listed international body is one whatever the country of those who spoke for it (bodies-in-languages.ts).
  if (sameKnownBody(a.name, b.name)) return true;
  if (a.country && b.country && a.country !== b.country) return false;
  const [ka, kb] = [acronymKey(a.name), acronymKey(b.name)];
  if (ka !== null || kb !== null) {
    if (ka !== null && kb !== null) return ka === kb;
    const [short, long] = ka !== null ? [ka, b] : [kb!, a];
    return tiedAcronyms(long.name, ties).has(short);
  }
  if (folded(a.name) === folded(b.name)) return true;
  if (!sameBodyName(a.name, b.name)) return false;
  return qualifiedBy(a, b, placed) && qualifiedBy(b, a, placed);
}

/**
 * Whether every country `x`'s name has and `y`'s lacks may qualify `y`: only where the events tie `y` to
 * that country. A countryless "District Court" or "Supreme Court" is as often a state's as the nation's.
 */
function qualifiedBy(x: EntitySummary, y: EntitySummary, placed: PlacedBodies = new Map()): boolean {
  const own = countriesNamed(y.name);
  // A national body named without its country, all of whose events are placed in that country, is its.
  const country = y.country ?? (placeableBody(y) ? placed.get(y.name) : undefined);
  return countriesNamed(x.name).every((c) => own.includes(c) || country === c);
}

/** Spelled-out names (folded) with the acronyms events gave for them, from either side's aliases. */
type AcronymTies = Map<string, Set<string>>;

function acronymTies(bodies: readonly EntitySummary[]): AcronymTies {
  const ties: AcronymTies = new Map();
  const tie = (name: string, acronym: string): void => {
    const key = folded(name);
    const set = ties.get(key);
    if (set) set.add(acronym);
    else ties.set(key, new Set([acronym]));
  };
  for (const e of bodies) {
    const own = acronymKey(e.name);
    for (const alias of e.aliases ?? []) {
      const other = acronymKey(alias);
      if (own === null && other !== null) tie(e.name, other);
      else if (own !== null && other === null) tie(alias, own);
    }
  }
  return ties;
}

/**
 * The acronyms events tied to a name, or to it without the country written before it: an event that
 * gave "Federal Bureau of Investigation (FBI)" ties FBI to "US Federal Bureau of Investigation" too,
 * which is the same body (the country words are checked as for any two names, in sameBodyOf).
 */
function tiedAcronyms(name: string, ties: AcronymTies): Set<string> {
  const own = ties.get(folded(name));
  const bare = withoutCountry(name).map((n) => ties.get(folded(n))).filter((t): t is Set<string> => t !== undefined);
  if (bare.length === 0) return own ?? new Set();
  return new Set([...(own ?? []), ...bare.flatMap((t) => [...t])]);
}

/** The countries a name's capitalised words name ("US", "Egypt", "American", "South Korean"). */
function countriesNamed(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const one = (text: string): string | null => countryOfDemonym(text) ?? lookupCountryOrCode(text.replace(/\./g, ''))?.country ?? null;
    const both = pair ? one(pair) : null;
    if (both) {
      out.push(both);
      i++;
      continue;
    }
    const c = words[i]!.length > 1 ? one(words[i]!) : null;
    if (c) out.push(c);
  }
  return out;
}

/** A body's name as compared whole: no case, accents, full stops or leading "the". Kept by name: every list asks again for each body. */
const FOLDED = new Map<string, string>();
function folded(name: string): string {
  let out = FOLDED.get(name);
  if (out === undefined) {
    out = foldAccents(name).toLowerCase().replace(/^the\s+/, '').replace(/\./g, '');
    if (FOLDED.size >= 100_000) FOLDED.clear();
    FOLDED.set(name, out);
  }
  return out;
}

/**
 * Keys an entry is compared under: a person's spellings; a body's folded name, its acronym and its
 * events' acronyms for it, and its words once the words that may differ between two names of it are
 * set aside (a country or bloc before it, "the", "of", "Department"). Two entries sameBody takes for
 * one body share one of these.
 */
function bucketKeys(e: EntitySummary): string[] {
  if (e.kind === 'person') {
    const key = personKey(e.name);
    return key === null ? [] : [key];
  }
  const keys = new Set<string>([`n:${folded(e.name)}`]);
  const known = knownBodyOf(e.name);
  if (known !== null) keys.add(`k:${known}`);
  const own = acronymKey(e.name);
  // An acronym meets the names events tied it to (their keys are added from the ties), and nothing else.
  if (own !== null) return [...keys, `a:${own}`];
  const words = foldAccents(e.name).toLowerCase().replace(/\./g, '').split(/[\s-]+/).filter(Boolean);
  // A firm's legal form or trade word at the end ("Labs", "Co.") is set aside as sameBodyName sets it aside.
  const core = withoutLegalForm(words).filter((w) => !SMALL_WORDS.has(w) && !SET_ASIDE.has(w) && !countryWord(w)).sort();
  if (core.length > 0) keys.add(`c:${core.join(' ')}`);
  return [...keys];
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'la', '&']);
/** Words one name of a body may have and another not ("Department of Justice", "Justice Department"; "Foreign Affairs Ministry"). */
const SET_ASIDE = new Set(['department', 'dept', 'affairs', 'un', 'eu', 'nato', 'au', 'asean']);

function countryWord(word: string): boolean {
  return word.length > 1 && (!!lookupCountryOrCode(word) || !!countryOfDemonym(word));
}

/** How many times the events of a spelled-out name its acronym must have to head the entry itself. */
const ACRONYM_OUTWEIGHS = 4;

/**
 * The group's entry: named as its spelled-out name with most events (a body's initials where it has no
 * other, or where they have more than ACRONYM_OUTWEIGHS times its events), its events counted over its names (the caller counts an event of two names once),
 * the other names its aliases, a body's country the one its names have.
 */
function toGroup(members: EntitySummary[]): EntityGroup {
  if (members.length === 1) {
    // "Japan's Ministry of Foreign Affairs" alone is shown as "Ministry of Foreign Affairs", JP: the
    // country is its data; the name as written stays an alias (links and the name filter find it).
    const only = members[0]!;
    const owned = only.kind === 'organization' ? possessiveCountry(only.name) : null;
    if (!owned) return { summary: only, members };
    return { summary: { ...only, name: owned.rest, country: only.country ?? owned.country, aliases: [...new Set([only.name, ...(only.aliases ?? [])])].sort() }, members };
  }
  const initials = (e: EntitySummary): boolean => e.kind === 'organization' && acronymKey(e.name) !== null;
  // A spelled-out name heads the entry unless its acronym has far more events: a name one event gave
  // "NBC" ("National Baptist Convention") does not rename the 33 events that wrote NBC.
  const most = (pick: (e: EntitySummary) => boolean): number => Math.max(0, ...members.filter(pick).map((e) => e.events));
  const acronymFirst = most(initials) > ACRONYM_OUTWEIGHS * most((e) => !initials(e));
  // A name with its country's possessive ("Kyrgyzstan's Constitutional Court") heads no entry of other
  // names: the country is the entry's data, not part of its name.
  const owned = (e: EntitySummary): number => (e.kind === 'organization' && possessiveCountry(e.name) ? 1 : 0);
  const ranked = [...members].sort((a, b) => (Number(initials(a)) - Number(initials(b))) * (acronymFirst ? -1 : 1) || owned(a) - owned(b) || b.events - a.events || b.name.split(/\s+/).length - a.name.split(/\s+/).length || a.name.localeCompare(b.name));
  const head = ranked[0]!;
  const aliases = [...new Set(ranked.flatMap((e) => [e.name, ...(e.aliases ?? [])]))].filter((n) => n !== head.name).sort();
  const country = head.country ?? ranked.find((e) => e.country)?.country ?? ranked.map((e) => (e.kind === 'organization' ? possessiveCountry(e.name)?.country : undefined)).find(Boolean);
  const units = [...new Set(members.flatMap((e) => e.units ?? []))].sort();
  // A person's countries: those of every name joined into the entry.
  const countries = [...new Set(members.flatMap((e) => e.countries ?? []))].sort();
  const summary: EntitySummary = { ...head, events: members.reduce((n, e) => n + e.events, 0), ...(country ? { country } : {}), ...(countries.length ? { countries } : {}), aliases, ...(units.length > 0 ? { units } : {}) };
  return { summary, members: ranked };
}
