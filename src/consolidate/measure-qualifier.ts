/**
 * Which quantity a measured figure (measure-figures.ts) is of, beyond its kind: review74 found the
 * reports of one launch disputing figures that measure different things. Read from the words around
 * the figure: the projectile's type ("40 cruise missiles" is no count of "10 ballistic missiles"), the
 * one object of several a flight is told of ("the first missile flew 600 km", "the second ... 350 km"),
 * who fired ("Iran launched 180" beside "the US launched 12 ... to knock down"), what a vote was on
 * (the resolution or an amendment to it); and figures that measure nothing: a plan or a hypothesis
 * ("was designed to have flown 1,500 km") and another object's flight or height ("airliners flying at
 * a height of 12 km were warned of the missile").
 *
 * Precision first: a figure whose object is one of several without saying which ("one of the
 * missiles", "the other") is left out; a type, an object or an actor only keeps figures apart.
 */
import { capitalOf, countryOfWord, lookupCity } from '../enrich/gazetteer/places.js';
import type { MeasureKind, Measured } from './measure-figures.js';

/** What beyond its kind and thing a figure measures. */
export interface Qualifier {
  /** One object of several, told apart by its order ("first missile"): compared only with the same one. */
  one: string;
  /** Who fired (a country code, or a name in lower case) or what a vote was on ("amendment"); "" where none is named. */
  of: string;
  /** `of` as written, for the discrepancy's line ("Russia", "amendment"). */
  ofShown: string;
}

/** A plan, a capability or a hypothesis in the words before a figure: "designed to have flown", "could reach". */
const HYPOTHETICAL = /\b(?:designed|intended|planned|meant|supposed|expected|aim(?:s|ed|ing)?|able|capable|would|could|might|can|cannot|should|will|hypothetical(?:ly)?|theoretical(?:ly)?|if)\b|\bto\s+have\b/i;
/** Where the words that bear on a figure begin: a clause's start. */
const BREAK = /[,;:]|\b(?:and|but|while|whereas)\b/gi;

/** What flies: the subject a distance flown or an altitude must have. */
const PROJECTILE_NOUN = /\b(?:missiles?|rockets?|projectiles?|ICBMs?|IRBMs?|SRBMs?|MRBMs?|warheads?|drones?|interceptors?|glide\s+vehicles?)\b/gi;
/** Other things that fly or stand high, whose distance or height is no projectile's. Not "flight" ("flight distance") nor "peak" ("peak altitude"). */
const OTHER_FLYER = /\b(?:aircraft|airliners?|airplanes?|aeroplanes?|planes?|jets?|fighters?|bombers?|helicopters?|balloons?|satellites?|flights|airlines?|mountains?|plumes?)\b/gi;
/** A noun after a preposition is no subject: "a missile fired from a fighter jet", "tracked by a plane". */
const AFTER_PREPOSITION = /\b(?:from|by|of|at|on|to|toward|towards|near|over|past|with|into)\s+(?:\S+\s+){0,2}$/i;

const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|last|final)\b(?!\s+time\b)/i;
/** One of several, unsaid which: "one of the missiles", "another", "the other", "some of them". */
const PART = /\b(?:one|another|other|some|several|most|two|three|four|five|each)\s+of\s+(?:the|its|their|those|them)\b|\b(?:another|the\s+other|the\s+latter|the\s+former)\b/i;
/** "One missile flew", "the navy said one missile flew": "one" as the subject, not "fired one missile that flew". */
const ONE_SUBJECT = /(?:^|[,;:]\s*|\b(?:and|but|while|whereas|said|says|that)\s+)one\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** The last match of a global pattern in a text, with its index. */
function lastMatch(pattern: RegExp, text: string): RegExpMatchArray | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of text.matchAll(pattern)) last = m;
  return last;
}

/** The words a figure's clause has before it: back to the clause's start, at most eight words. */
function leadIn(before: string): string {
  const cut = lastMatch(BREAK, before);
  const own = cut ? before.slice(cut.index! + cut[0].length) : before;
  return own.split(/\s+/).slice(-9).join(' ');
}

/** Whether the noun phrase just before `at` is a subject (no preposition before it). */
function subjectAt(text: string, at: number): boolean {
  return !AFTER_PREPOSITION.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * For a distance flown or an altitude, the projectile the figure is of: the last thing that flies named
 * before the figure in its clause (or, where none is, the first after it). Null where that is another
 * flyer (a plane, an airliner): the figure is not the projectile's.
 */
function flyerBefore(text: string, at: number): { noun: string; index: number } | null | undefined {
  const before = text.slice(0, at);
  const projectile = lastMatch(PROJECTILE_NOUN, before);
  const others = [...before.matchAll(OTHER_FLYER)].filter((m) => subjectAt(before, m.index!));
  const other = others[others.length - 1];
  if (other && (!projectile || other.index! > projectile.index!)) return null;
  if (projectile) return { noun: projectile[0], index: projectile.index! };
  const after = text.slice(at);
  const nextProjectile = new RegExp(PROJECTILE_NOUN.source, 'i').exec(after);
  const nextOther = new RegExp(OTHER_FLYER.source, 'i').exec(after);
  if (nextOther && (!nextProjectile || nextOther.index < nextProjectile.index)) return null;
  return undefined;
}

/** "first missile" for "The first missile flew"; "part" where it is one of several unsaid; "" for the flight of them all. */
function oneOf(text: string, flyer: { noun: string; index: number } | undefined, at: number): string {
  const noun = flyer ? flyer.noun.toLowerCase().replace(/s$/, '') : 'missile';
  const between = flyer ? text.slice(flyer.index + flyer.noun.length, at) : text.slice(0, at);
  const lead = flyer ? text.slice(0, flyer.index).split(/\s+/).slice(-5).join(' ') : '';
  if (flyer && ONE_SUBJECT.test(text.slice(0, flyer.index))) return 'part';
  for (const words of [between, lead]) {
    if (PART.test(words)) return 'part';
    const ordinal = ORDINAL.exec(words)?.[1];
    if (ordinal) return `${ordinal.toLowerCase()} ${noun}`;
  }
  return '';
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|it|they|he|she|we|who|which)$/i;
/** Common nouns a firing subject may end in: "Russian forces", "US Navy destroyers". */
const FORCE_NOUN = /^(?:forces|troops|army|military|navy|air\s+force|destroyers?|warships?|ships?|jets?|warplanes?|units?|rebels|militants|fighters|gunmen|insurgents|militia|militias)$/i;
/** Words between a subject and its verb: "Russia on Monday launched", "Iran also fired". */
const BETWEEN_VERB = /(?:\s+(?:also|again|then|later|earlier|reportedly|had|has|have|overnight|on\s+\p{Lu}\p{Ll}+day|on\s+\p{Lu}\p{Ll}+))*\s+(?:fired|fires|launched|launches|test-fired|test-launched|shot)\s+(?:off\s+)?\S*\s*$/u;

/** The country a subject's words name ("the US", "Russian forces", "Moscow"), or null. */
function countryIn(words: readonly string[]): string | null {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const name = words.slice(i, i + n).join(' ').replace(/['’]s$/, '');
      const country = countryOfWord(name);
      if (country) return country;
      const city = lookupCity(name)?.country;
      if (city && capitalOf(city) === name) return city;
    }
  }
  return null;
}

/** Who fired: the subject before the verb ("Iran launched about 180"), or "by X" after a passive. */
function actorOf(text: string, start: number, end: number): { of: string; shown: string } {
  const before = text.slice(0, start);
  const verb = BETWEEN_VERB.exec(before);
  let words: string[] = [];
  if (verb) {
    for (const w of before.slice(0, verb.index).trim().split(/\s+/).reverse()) {
      if (words.length >= 5 || w === '' || /[,;:.]$/.test(w) || DETERMINER.test(w)) break;
      if (!/^\p{Lu}/u.test(w) && !FORCE_NOUN.test(w)) break;
      words.unshift(w);
    }
  } else {
    const by = /^[^.;,]*?\s+by\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s*){1,4})/u.exec(text.slice(end));
    if (by) words = by[1]!.trim().split(/\s+/);
  }
  const named = words.filter((w) => /^\p{Lu}/u.test(w));
  if (named.length === 0) return { of: '', shown: '' };
  const shown = named.join(' ').replace(/['’]s$/, '');
  return { of: countryIn(named) ?? shown.toLowerCase(), shown };
}

/** A count told as a part of another: "of those", "including", "among them". */
const PART_OF_COUNT = /\b(?:of\s+(?:those|them|these|which)|including|among\s+(?:them|those|these))\b/i;

/** What a vote was on: the first such noun of the clause ("An amendment was rejected, with 60 votes in favour"). */
const VOTE_OBJECT = /\b(resolution|amendment|motion|bill|statement|declaration|proposal|nomination|treaty|referendum|impeachment|budget|censure)s?\b/i;

/** Words before a fired noun that say its type, with the order they are written in for the key. */
const TYPE_WORDS = /^(?:cruise|ballistic|hypersonic|intercontinental|(?:short|medium|intermediate|long|close)-range|anti-(?:ship|aircraft|tank|radiation|missile)|air-defen[cs]e|(?:surface|air|ground|ship|sea)-to-(?:air|surface|ship|ground)|guided|unguided|attack|kamikaze|suicide|decoy|reconnaissance|surveillance|strike|loitering|(?:sea|air|ground|submarine)-launched|tactical|strategic|nuclear-capable|artillery)$/i;
/** Words read as the maker or the country of a weapon, not its type: "Iranian-made", "US-supplied". */
const MAKER_SUFFIX = /-(?:made|built|supplied|designed|produced|backed|provided|donated)$/i;
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/;
const EXPANDED: Readonly<Record<string, string>> = { icbm: 'intercontinental ballistic', irbm: 'intermediate-range ballistic', srbm: 'short-range ballistic', mrbm: 'medium-range ballistic' };

/**
 * The thing a count of fired objects counts, with its type: "cruise missile", "shahed drone", "missile".
 * `qualifiers`: the words between the number and the noun ("short-range ballistic", "Iranian-made Shahed").
 * A type word or a model's name ("Kalibr", "Shahed-type") is kept; a maker, a country or a plain adjective is not.
 */
export function firedThingOf(qualifiers: string, noun: string): string {
  const n = noun.toLowerCase().replace(/s$/, '');
  const types: string[] = [];
  for (const raw of qualifiers.trim().split(/\s+/).filter(Boolean)) {
    if (MAKER_SUFFIX.test(raw) || COMPASS.test(raw)) continue;
    const word = raw.replace(/-(?:type|class|style)$/i, '');
    if (TYPE_WORDS.test(word)) types.push(word.toLowerCase());
    else if (/^\p{Lu}/u.test(word) && !countryOfWord(word)) types.push(word.toLowerCase());
  }
  const expanded = EXPANDED[n];
  if (expanded) types.push(...expanded.split(' '));
  // One order whatever the writing: ranges first ("short-range ballistic"), then the rest as written.
  const ordered = [...new Set([...types.filter((t) => /-range$|^intercontinental$/.test(t)), ...types.filter((t) => !/-range$|^intercontinental$/.test(t))])];
  return [...ordered, expanded ? 'missile' : n].join(' ');
}

/**
 * The figure with its qualifier, or null where it measures nothing of the event's: a plan or a
 * hypothesis, another flyer's distance or height, one object of several unsaid which.
 * `text` is the text the figure's start and end index.
 */
export function qualified(figure: Measured, text: string): Measured | null {
  const before = text.slice(0, figure.start);
  if (HYPOTHETICAL.test(leadIn(before))) return null;
  // A reader that names what its figure is of (a crew's ship, a premium's kind) keeps it.
  const qualifier: Qualifier = figure.qualifier ? { ...figure.qualifier } : { one: '', of: '', ofShown: '' };
  if (figure.kind === 'distance flown' || figure.kind === 'altitude') {
    const flyer = flyerBefore(text, figure.start);
    if (flyer === null) return null;
    qualifier.one = oneOf(text, flyer, figure.start);
    if (qualifier.one === 'part') return null;
  } else if (figure.kind === 'number launched') {
    // "Of those, five missiles were launched at the centre", "including 10 cruise missiles": a part of the salvo.
    if (PART_OF_COUNT.test(before)) return null;
    const actor = actorOf(text, figure.start, figure.end);
    qualifier.of = actor.of;
    qualifier.ofShown = actor.shown;
  } else if (figure.kind === 'vote') {
    const object = VOTE_OBJECT.exec(text)?.[1]?.toLowerCase();
    if (object) qualifier.of = qualifier.ofShown = object;
  }
  return { ...figure, qualifier };
}

/** The quantity a figure measures: its kind, thing and qualifier (`of` as given, for the folding below). */
export function quantityKey(f: Measured, of: string = f.qualifier?.of ?? ''): string {
  return [f.kind, f.thing, f.qualifier?.one ?? '', of].join('\u0000');
}

/**
 * Each figure's quantity across reports: a figure naming no actor or vote object is taken for the one
 * the reports name, where they name only one ("It was backed by 24 members" beside "25 voted in favour
 * of the resolution"); where they name several, it is compared only with figures naming none.
 */
export function foldedKeys(figures: readonly Measured[]): Map<Measured, string> {
  const named = new Map<string, Set<string>>();
  for (const f of figures) {
    const of = f.qualifier?.of ?? '';
    const base = quantityKey(f, '');
    if (!named.has(base)) named.set(base, new Set());
    if (of) named.get(base)!.add(of);
  }
  const out = new Map<Measured, string>();
  for (const f of figures) {
    const base = quantityKey(f, '');
    const only = named.get(base)!;
    out.set(f, f.qualifier?.of ? quantityKey(f) : only.size === 1 ? quantityKey(f, [...only][0]!) : base);
  }
  return out;
}

/** The discrepancy's line with what the figures are of: "distance flown, first missile (across reports)". */
export function qualifiedAbout(about: string, kind: MeasureKind, figures: readonly Measured[]): string {
  const one = figures.find((f) => f.qualifier?.one)?.qualifier!.one;
  const shown = figures.find((f) => f.qualifier?.ofShown)?.qualifier!.ofShown;
  let words = one ? `, ${one}` : '';
  if (shown && kind === 'vote') words += ` on the ${shown}`;
  else if (shown && kind === 'crew') words += ` the ${shown}`;
  else if (shown && kind === 'premium') return about.replace(/^premium rate/, `${shown} premium rate`);
  else if (shown) words += ` by ${shown}`;
  return words ? about.replace(/ \(across reports\)$/, `${words} (across reports)`) : about;
}
