/**
 * The country of a government body the article names without one. News writes a ministry's country
 * once ("Seoul's foreign ministry said", "the Republic of Korea's Ministry of Unification") and then
 * the bare name ("the Foreign Ministry", "the Ministry of Foreign Affairs"), or leaves it to the
 * dateline ("SEOUL, May 2 - The Foreign Ministry said"). An analyst reads the bare name as that
 * country's ministry; without this the event listed a ministry of no country beside the same one with
 * its country.
 */
import type { Entity } from '../../model/types.js';
import { capitalOf, countryOfDemonym, lookupCity, lookupCountry } from '../gazetteer/places.js';
import { datelineCity } from '../place.js';
import { holdsAny } from '../word-gate.js';

/** Bodies of a state that news names by their kind alone: ministries and a few offices of government. */
const STATE_BODY = /^(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}Ministry|Ministry\s+of\s+[\p{L}\s,&-]+|(?:Foreign|Home|Cabinet|Presidential)\s+Office|Department\s+of\s+(?:Foreign\s+Affairs|(?:National\s+)?Defen[cs]e)(?:\s+and\s+\p{Lu}\p{Ll}+)?)$/u;

/** Britain's foreign ministry by the name news calls it, whatever the case of its words. */
const FOREIGN_OFFICE = /\bforeign\s+office\b/i;

/** A department whose name adds one more remit ("... of Foreign Affairs and Trade"), read as the department it extends. */
const ADDED_REMIT = /\s+and\s+\p{Lu}\p{Ll}+$/u;

/** Words that say what a ministry is for, so that "Foreign Ministry" and "Ministry of Foreign Affairs" are one kind. */
export function portfolio(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(?:ministry|ministries|department|office|of|the|and|affairs)\b/g, ' ')
    .split(/[\s,&]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** A country written as a country, its capital (a government speaks from it) or a demonym. */
export function countryOfOwner(owner: string): string | null {
  const country = lookupCountry(owner)?.country ?? countryOfDemonym(owner);
  if (country) return country;
  const city = lookupCity(owner);
  return city && capitalOf(city.country)?.toLowerCase() === owner.toLowerCase() ? city.country : null;
}

/**
 * "Seoul's foreign ministry", "the Japanese Foreign Ministry", "South Korea's ministry of foreign
 * affairs": capitalised words that may hold the owner, then the body in any case. Which words are the
 * owner is tried in `ownerAndBody`, as a regular expression cannot look the owner up. The head word
 * ends the word: "Malaysian officers", "Thai navy officers" are people, not an office.
 */
const OWNED_BODY = /(?:\p{Lu}[\p{L}.-]*(?:['’]s)?\s+){1,4}(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:[Mm]inistry|[Oo]ffice|[Dd]epartment)(?![\p{L}-])(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?/gu;
/** What OWNED_BODY's head word holds, whichever case its first letter is in. */
const OWNED_BODY_HEADS = ['inistry', 'ffice', 'epartment'];

/** A body of a state written with its owner: the owner's country and the body's words, as offsets. */
export interface OwnedBody {
  country: string;
  /** The body's words ("foreign ministry", "Ministry of Defense"), without the owner. */
  text: string;
  start: number;
  end: number;
}

/** The owner and the body in a phrase: a country's words, then a body's ending in its head or with an "of" ("ministry of defense", not "ministry of defense said"). */
function ownerAndBody(phrase: string, at: number, kind: string | null): OwnedBody | null {
  const words = phrase.split(/\s+/);
  for (let end = 1; end < words.length; end++) {
    for (let start = end - 1; start >= 0 && start >= end - 3; start--) {
      const owner = words.slice(start, end).join(' ').replace(/['’]s$/, '');
      const country = countryOfOwner(owner);
      if (!country) continue;
      for (let last = words.length; last > end; last--) {
        const text = words.slice(end, last).join(' ');
        if (!/(?:ministry|office|department)$|\sof\s/i.test(text) || (kind !== null && portfolio(text) !== kind)) continue;
        const offset = at + phrase.indexOf(text, words.slice(0, end).join(' ').length);
        return { country, text, start: offset, end: offset + text.length };
      }
    }
  }
  return null;
}

/** The bodies of a state the article writes with their owner, of the given portfolio (any where null). */
export function ownedBodies(body: string, kind: string | null = null): OwnedBody[] {
  const found: OwnedBody[] = [];
  // The pattern is tried at every capitalised word; a body that names no ministry, office or
  // department (its head word, case aside for the first letter) has none.
  if (!holdsAny(body, OWNED_BODY_HEADS)) return found;
  for (const m of body.matchAll(OWNED_BODY)) {
    const owned = ownerAndBody(m[0], m.index, kind);
    if (owned) found.push(owned);
  }
  return found;
}

/** Whether the article writes another body of this portfolio with its country. */
function writtenOfKind(body: string, entities: readonly Entity[], e: Entity, kind: string): boolean {
  return entities.some((o) => o !== e && o.type === 'organization' && o.country && portfolio(o.text) === kind) || ownedMentions(body, kind).length > 0;
}

/** The countries the article's own words give a body of this portfolio, with where each is written. */
function ownedMentions(body: string, kind: string): { at: number; country: string }[] {
  return ownedBodies(body, kind).map((o) => ({ at: o.start, country: o.country }));
}

/**
 * An organisation the tagger read with its owner's possessive ("Seoul's Foreign Ministry" opening a
 * sentence, where the rules part the capital from the body) is the owner's: a capital's too, not only
 * a country's as the merge has it.
 */
function possessiveOwnerCountry(entity: Entity): string | null {
  const m = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})['’]s\s+(?=\p{Lu})/u.exec(entity.text);
  return m ? countryOfOwner(m[1]!) : null;
}

/** A country's or capital's name or people's adjective (with a possessive or not) right before `start`. */
function ownerRightBefore(body: string, start: number): string | null {
  const m = /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*?)(?:['’]s)?\s+$/u.exec(body.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const country = countryOfOwner(words.slice(i).join(' '));
    if (country) return country;
  }
  return null;
}

/**
 * The entities, with bodies of a state given the country the article gives them: their owner's where
 * the tagger ran a possessive into the name; else the country another mention of the same kind of
 * body is written with (every one, or the nearest before it where they differ); else the dateline's.
 */
export function bodyCountries(body: string, entities: readonly Entity[]): Entity[] {
  const out = [...entities];
  for (const e of out) {
    const owner = e.type === 'organization' && !e.country ? possessiveOwnerCountry(e) : null;
    if (owner) e.country = owner;
  }
  const bare = out.filter((e) => e.type === 'organization' && !e.country && STATE_BODY.test(e.text.replace(/^the\s+/i, '')));
  if (bare.length === 0) return out;
  let dateline: string | null | undefined;
  for (const e of bare) {
    // "the North Korean Defense Ministry", "Japan's Foreign Ministry": the owner the tagger left out,
    // right before the name, says whose body this one is, whatever other mentions say.
    const before = ownerRightBefore(body, e.start);
    if (before) {
      e.country = before;
      continue;
    }
    // "the Department of Foreign Affairs and Trade" after "Australia's foreign affairs department": the
    // kind without the added remit where no body of the whole kind is written with a country.
    const whole = portfolio(e.text);
    const kind = /^Department\s/.test(e.text) && ADDED_REMIT.test(e.text) && !writtenOfKind(body, out, e, whole) ? portfolio(e.text.replace(ADDED_REMIT, '')) : whole;
    // A loop, not filter() then map(): filter's empty answer is another kind of array than a full one,
    // and the first page of the other kind threw the optimised code away.
    // "Foreign Office" is the name of Britain's (or Germany's) ministry, not a kind: "Kyrgyzstan's foreign
    // ministry" in a British sanctions report is not whose it is (review ux75b fault 10).
    const office = FOREIGN_OFFICE.test(e.text);
    const written: { at: number; country: string }[] = [];
    for (const o of out) if (o !== e && o.type === 'organization' && o.country && portfolio(o.text) === kind && (!office || FOREIGN_OFFICE.test(o.text))) written.push({ at: o.start, country: o.country });
    for (const w of office ? ownedBodies(body, kind).filter((o) => FOREIGN_OFFICE.test(o.text)).map((o) => ({ at: o.start, country: o.country })) : ownedMentions(body, kind)) written.push(w);
    const countries = new Set(written.map((w) => w.country));
    let country: string | null = null;
    if (countries.size === 1) country = [...countries][0]!;
    else if (countries.size > 1) country = written.filter((w) => w.at < e.start).sort((a, b) => b.at - a.at)[0]?.country ?? null;
    else {
      dateline ??= datelineCity(body)?.country ?? null;
      country = dateline;
    }
    if (country) e.country = country;
  }
  return out;
}
