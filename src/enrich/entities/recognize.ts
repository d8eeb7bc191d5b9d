/**
 * Named entities. Two sources: rules, where runs of capitalised words are cut and typed by the
 * gazetteer (countries, capitals, demonyms), head words (organisations, places), titles before names
 * and the article's own evidence (a word the article also writes in lower case is not a name); and
 * the statistical tagger (model/), which finds the names rules cannot type. merge.ts decides between
 * them.
 */
import { redCrossSocieties } from './red-cross-societies.js';
import { withChiefInNames } from '../chief-name.js';
import { withStageWordsInNames } from '../stage-name.js';
import { withTitledStageNames } from '../titled-stage-name.js';
import type { Entity, Span } from '../../model/types.js';
import { countryOfBody, namedCountries } from '../national-bodies.js';
import { withListedRemits } from './remit-list-body.js';
import { countryOfDemonym, lookupCity, lookupCountry, lookupPlace, lookupRegion, MAX_PLACE_WORDS, mayBeCity, mayOpenPlaceOfWords } from '../gazetteer/places.js';
import { type Token, tokenize } from '../tokens.js';
import { findThreatActors, type ThreatActorMention } from '../threat-actors.js';
import { koreanNamesAsPeople } from './korean-name.js';
import { koreanHyphenatedPeople } from './korean-hyphenated.js';
import { listInBodyEnd } from './body-with-and.js';
import { splitJoinedBodies } from './two-bodies.js';
import { splitPossessiveBodies } from './possessive-bodies.js';
import { shippingFirms } from './shipping-firms.js';
import { laborParty } from './labor-party.js';
import { titleCountriesInContext } from './place-in-context.js';
import { isHoldersAdjective } from './holders-adjective.js';
import { mergeSteps } from './merge.js';
import { withKnownBodies } from './known-bodies.js';
import { withoutAirportCodes } from './airport-codes.js';
import { airportsByCityName } from './airport-names.js';
import { airlinesApartFromMakers } from './airline-and-maker.js';
import { headFirstFacilities } from './head-first-facility.js';
import { withoutBasedSeats } from './based-prefix.js';
import { officesReadAsPeople } from './title-ended-person.js';
import { rankedPeopleReadAsBodies } from './ranked-person.js';
import { bodyCountries } from './body-country.js';
import { institutionCountries } from './institution-place.js';
import { withoutPortfolios } from './portfolio-names.js';
import { rereadBodies } from './reread-bodies.js';
import { withoutShortenedBodies } from './shortened-body-person.js';
import { modelSpans } from './model/spans.js';
import { withoutWeaponNames } from './weapon-names.js';
import { withoutNamedAssets } from './named-assets.js';
import { servicesWithDemonyms } from './demonym-service.js';
import { withoutPortfoliosBeforeTitles } from './portfolio-before-title.js';
import { FUNCTION_WORDS, LOCATION_HEADS, NOT_ACRONYMS, OFFICE_ACRONYM, NOT_NAME_WORDS, BODY_HEADS, TITLE_WORDS, TITLES_THAT_ARE_NAMES, WEEKDAYS_AND_MONTHS } from './lexicon.js';

/** What stood before a person's name: "US President", "Japanese Prime Minister". */
export interface TitleContext {
  title: string;
  country: string | null;
}

export interface Recognition {
  entities: Entity[];
  /** Keyed by the person entity's start offset. */
  titles: Map<number, TitleContext>;
  /** Demonyms and country adjectives seen ("North Korean", "Japanese"), for role lists. */
  demonyms: { start: number; end: number; country: string }[];
}

export function recognizeEntities(body: string, sentences: readonly Span[]): Recognition {
  const steps = recognitionSteps(body, sentences);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * recognizeEntities a sub-step at a time: it yields between the tagger, the rules and the rest, so
 * that a batch runs each over all its documents before the next (enrich/batch.ts: the sub-steps run
 * faster one after the other than interleaved, their code and tables staying in the caches).
 */
export function* recognitionSteps(body: string, sentences: readonly Span[]): Generator<void, Recognition, void> {
  // One tokenization of each sentence for both sources (neither changes the tokens).
  const tokensBySentence = sentences.map((s) => tokenize(body.slice(s.start, s.end), s.start));
  const rules = recognizeByRules(body, sentences, tokensBySentence);
  yield;
  const model = modelSpans(body, sentences, undefined, tokensBySentence);
  yield;
  const actors = findThreatActors(body);
  yield;
  const merged = yield* mergeSteps(body, rules.entities, model);
  yield;
  const entities = withoutBasedSeats(headFirstFacilities(body, airlinesApartFromMakers(body, withoutAirportCodes(body, airportsByCityName(body, shippingFirms(body, rankedPeopleReadAsBodies(body, officesReadAsPeople(body, withKnownBodies(body, institutionCountries(body, bodyCountries(body, withoutPortfolios(body, withThreatActors(koreanHyphenatedPeople(body, koreanNamesAsPeople(laborParty(body, splitPossessiveBodies(splitJoinedBodies(withoutShortenedBodies(body, rereadBodies(body, merged))))))), actors)))))))))))));
  // "Red Crescent spokesman ...", "Iranian Red Crescent said": a society of the movement is a body (red-cross-societies.ts).
  redCrossSocieties(body, entities);
  // "the Foreign, Commonwealth and Development Office": the remit before the comma is the name's (remit-list-body.ts).
  if (body.includes(', ')) withListedRemits(body, entities);
  // "the FBI", "GCHQ": a national body named without its country is still that country's.
  const named = namedCountries({ entities, demonyms: rules.demonyms });
  for (const e of entities) {
    if (e.type !== 'organization' || e.country) continue;
    // "NSA Ajit Doval": India's national security adviser, a title before a name, not the US agency.
    if (e.text === 'NSA' && entities.some((p) => p.type === 'person' && p.start === e.end + 1)) continue;
    const country = countryOfBody(e.text, named);
    if (country) e.country = country;
  }
  // "Swedish Coast Guard" the tagger read as "Coast Guard" (demonym-service.ts).
  servicesWithDemonyms(body, entities);
  titleCountriesInContext(body, rules.titles, entities);
  // "Chief Keef": a "Chief" that opens a name with no force or department about it (chief-name.ts).
  if (body.includes('Chief ')) withChiefInNames(body, entities);
  // "Big Sean", "Lil Durk": a stage name's first word, which the tagger leaves out (stage-name.ts).
  withStageWordsInNames(body, entities);
  // "King Von", "Dr. Dre": a title that opens a performer's stage name (titled-stage-name.ts).
  withTitledStageNames(body, entities);
  // "an ICBM", "the Hwasong-19": a weapon's class or model is no body (weapon-names.ts); nor is a named
  // cable or pipeline (named-assets.ts), nor "EU Energy" before "Commissioner" and a name (portfolio-before-title.ts).
  return { ...rules, entities: withoutPortfoliosBeforeTitles(body, withoutNamedAssets(body, withoutWeaponNames(body, entities))) };
}

/** Named threat actors (the gazetteer knows them better than the tagger) replace what overlaps them. */
function withThreatActors(entities: Entity[], actors: readonly ThreatActorMention[]): Entity[] {
  if (actors.length === 0) return entities;
  const kept = entities.filter((e) => !actors.some((a) => e.start < a.end && a.start < e.end));
  for (const a of actors) {
    const entity: Entity = { text: a.name, type: 'organization', subtype: 'threat-actor', start: a.start, end: a.end, canonical: a.canonical };
    if (a.country) entity.country = a.country;
    kept.push(entity);
  }
  return kept.sort((x, y) => x.start - y.start);
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'van', 'von', 'bin', 'al', 'da']);
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}]*)*$|^\p{Lu}\.$/u;
const ACRONYM = /^\p{Lu}{2,6}s?$/u;
/** A word that starts in lower case (for the words an article writes in lower case). */
const LOWER_WORD = /(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu;

/** Entities by the rules alone (the statistical model is added in recognizeEntities). */
export function recognizeByRules(body: string, sentences: readonly Span[], tokensBySentence: readonly (readonly Token[])[] = sentences.map((s) => tokenize(body.slice(s.start, s.end), s.start))): Recognition {
  const lowerWords = new Set<string>();
  // match() gives the words alone: matchAll made an array per word (most of a page's words), a tenth
  // of what the whole stage allocated.
  for (const word of body.match(LOWER_WORD) ?? []) lowerWords.add(word.toLowerCase());
  const result: Builder = { entities: [], titles: new Map(), demonyms: [], body };
  const mentionsNorth = /\bNorth Korea/.test(body);
  const mentionsSouth = /\bSouth Korea/.test(body);

  // Pass 1: everything but lone capitalised words, which need the full names found in pass 2's input.
  const pending: { token: Token; title: TitleContext | null }[] = [];
  for (const tokens of tokensBySentence) {
    for (const chunk of chunks(tokens)) {
      classifyChunk(chunk, tokens, lowerWords, result, pending, { mentionsNorth, mentionsSouth });
    }
  }
  resolveLoneNames(pending, result);
  result.entities.sort((a, b) => a.start - b.start);
  return { entities: result.entities, titles: result.titles, demonyms: result.demonyms };
}

interface Builder extends Recognition {
  body: string;
}

interface Chunk {
  tokens: Token[];
  /** Index in the sentence of the chunk's first token. */
  index: number;
}

/** Maximal runs of capitalised tokens, with "of", "the", "and" kept inside when a capital follows. */
function chunks(tokens: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapital(tokens[i]!)) {
      i++;
      continue;
    }
    const start = i;
    const run: Token[] = [tokens[i]!];
    i++;
    while (i < tokens.length && !run[run.length - 1]!.possessive) {
      const t = tokens[i]!;
      if (isCapital(t)) {
        run.push(t);
        i++;
        continue;
      }
      // "Food and Drug Administration", "Bureau of Mines, Quarries, Forests and Rivers".
      const listEnd = listInBodyEnd(tokens, i, run);
      if (listEnd > i) {
        run.push(...tokens.slice(i, listEnd));
        i = listEnd;
        continue;
      }
      // Connectors join only inside organisation-like names ("Ministry of Transport of Japan").
      let j = i;
      while (j < tokens.length && CONNECTORS.has(tokens[j]!.text.toLowerCase()) && j - i < 2) j++;
      if (j > i && j < tokens.length && isCapital(tokens[j]!) && run.some((r) => BODY_HEADS.has(r.bare.toLowerCase()) || r.bare === 'Republic' || r.bare === 'Kingdom')) {
        for (let k = i; k < j; k++) run.push(tokens[k]!);
        i = j;
        continue;
      }
      break;
    }
    out.push({ tokens: run, index: start });
  }
  return out;
}

function isCapital(token: Token): boolean {
  return token.upper && /\p{L}/u.test(token.text);
}

interface Context {
  mentionsNorth: boolean;
  mentionsSouth: boolean;
}

function classifyChunk(
  chunk: Chunk,
  sentence: readonly Token[],
  lowerWords: Set<string>,
  result: Builder,
  pending: { token: Token; title: TitleContext | null }[],
  context: Context,
): void {
  let tokens = chunk.tokens;
  let index = chunk.index;
  // Sentence openers and "The" are not part of names.
  while (tokens.length > 0 && (isFunctionWord(tokens[0]!) || (index === 0 && lowerWords.has(tokens[0]!.bare.toLowerCase()) && !isPlaceStart(tokens)))) {
    tokens = tokens.slice(1);
    index++;
  }
  const previous = sentence[index - 1];
  let pos = 0;
  let title: string[] = [];
  let titleCountry: string | null = null;
  while (pos < tokens.length) {
    const rest = tokens.slice(pos);
    const word = rest[0]!.bare.toLowerCase();
    if (WEEKDAYS_AND_MONTHS.has(word) || isFunctionWord(rest[0]!) || CONNECTORS.has(rest[0]!.text)) {
      pos++;
      title = [];
      continue;
    }
    // "the North" for North Korea once the article has named it.
    if ((rest[0]!.bare === 'North' && context.mentionsNorth) || (rest[0]!.bare === 'South' && context.mentionsSouth)) {
      const before = pos > 0 ? tokens[pos - 1] : previous;
      if (before?.text.toLowerCase() === 'the' && (rest.length === 1 || rest[0]!.possessive)) {
        const place = lookupCountry(rest[0]!.bare === 'North' ? 'North Korea' : 'South Korea')!;
        push(result, rest[0]!, rest[0]!, 'location', { subtype: 'country', canonical: place.name, country: place.country });
        pos++;
        continue;
      }
    }
    const org = orgSpan(rest);
    if (org > 0) {
      const span = rest.slice(0, org);
      const country = countryInside(span) ?? possessorCountry(sentence, index + pos);
      const entity = push(result, span[0]!, span[span.length - 1]!, 'organization', country ? { country } : {});
      if (span.some((t) => t.bare.toLowerCase() === 'government' || t.bare.toLowerCase() === 'ministry')) entity.subtype = 'government';
      pos += org;
      title = [];
      continue;
    }
    const before = pos > 0 ? tokens[pos - 1] : previous;
    const place = placeMatch(rest) ?? (pos === 0 && previous?.text.toLowerCase() === 'the' ? placeWithThe(rest) : null) ?? (before && isHoldersAdjective(before.bare) ? heldPlace(rest) : null);
    if (place) {
      const span = rest.slice(0, place.length);
      if (place.demonym) {
        result.demonyms.push({ start: span[0]!.start, end: span[span.length - 1]!.end, country: place.country });
        titleCountry = place.country;
      } else {
        const extra: Partial<Entity> = { subtype: place.kind, canonical: place.name };
        if (place.country) extra.country = place.country;
        push(result, span[0]!, span[span.length - 1]!, 'location', extra);
        // "US President Joe Biden": a country name directly before a title qualifies it.
        titleCountry = place.country || null;
      }
      pos += place.length;
      continue;
    }
    if (TITLE_WORDS.has(word) && !(title.length === 0 && TITLES_THAT_ARE_NAMES.has(word) && isNameRunAt(rest, lowerWords))) {
      title.push(rest[0]!.bare);
      pos++;
      continue;
    }
    const facility = facilitySpan(rest);
    if (facility > 0) {
      const span = rest.slice(0, facility);
      // "Tower Hamlets", "Mount Lebanon": a head word inside the name of a borough or province the
      // gazetteer knows makes no building of it.
      const region = districtNamed(joinTokens(span));
      push(result, span[0]!, span[span.length - 1]!, 'location', region ? { subtype: 'region', canonical: region.name, country: region.country } : { subtype: 'facility' });
      pos += facility;
      title = [];
      continue;
    }
    if (OFFICE_ACRONYM.test(rest[0]!.bare)) {
      push(result, rest[0]!, rest[0]!, 'organization', {});
      pos++;
      title = [];
      continue;
    }
    const name = nameRun(rest, lowerWords);
    if (name >= 2 || (name === 1 && title.length > 0)) {
      const span = rest.slice(0, name);
      const entity = push(result, span[0]!, span[span.length - 1]!, 'person', {});
      if (title.length > 0) result.titles.set(entity.start, { title: title.join(' '), country: titleCountry });
      pos += name;
      title = [];
      titleCountry = null;
      continue;
    }
    if (name === 1) {
      pending.push({ token: rest[0]!, title: null });
      pos++;
      continue;
    }
    if (ACRONYM.test(rest[0]!.bare) && !NOT_ACRONYMS.has(word)) {
      push(result, rest[0]!, rest[0]!, 'organization', {});
    }
    pos++;
    title = [];
  }
}

/** "us" the pronoun is a function word; "US" the country is not. */
function isFunctionWord(token: Token): boolean {
  return FUNCTION_WORDS.has(token.bare.toLowerCase()) && !/^\p{Lu}[\p{Lu}.]+$/u.test(token.bare);
}

function isPlaceStart(tokens: readonly Token[]): boolean {
  return placeMatch(tokens) !== null || orgSpan(tokens) > 0;
}

function orgSpan(tokens: readonly Token[]): number {
  // The longest prefix that ends in, or continues past ("Ministry of Transport of Japan"), a head word.
  let headAt = -1;
  let limit = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.bare.toLowerCase();
    if (isCoordination(tokens, i, headAt)) {
      limit = i;
      break;
    }
    if (BODY_HEADS.has(w)) headAt = i;
    if (tokens[i]!.possessive) break;
  }
  if (headAt < 0) return 0;
  // A leading place that is not part of the name ("Japan Ministry" is one name, keep it whole).
  let end = headAt + 1;
  // A comma is in a chunk only inside a body's list ("Alcohol, Tobacco, Firearms and Explosives").
  while (end < limit && !tokens[end - 1]!.possessive && (CONNECTORS.has(tokens[end]!.text) || isCapital(tokens[end]!) || tokens[end]!.text === ',')) end++;
  while (end > headAt + 1 && CONNECTORS.has(tokens[end - 1]!.text)) end--;
  // "Chief Cabinet Secretary", "Cabinet Minister": a title after "Cabinet" names an office, no body.
  const title = (t: Token): boolean => TITLE_WORDS.has(t.bare.toLowerCase());
  if (tokens[headAt]!.bare.toLowerCase() === 'cabinet' && end > headAt + 1 && tokens.slice(headAt + 1, end).every(title) && tokens.slice(0, headAt).every(title)) return 0;
  return end;
}

/**
 * "and" between two bodies ("the African Union and the European Union", "the Nordic Investment Bank and the
 * European Stability Fund"): "and the" after a name with its head, or "and" right after a head
 * that ends a name of two words or more. "Department of Labor and Industry", "Securities and
 * Exchange Commission" and "Food and Drug Administration" are one body each.
 */
function isCoordination(tokens: readonly Token[], i: number, headAt: number): boolean {
  if (headAt < 0 || tokens[i]!.text !== 'and') return false;
  return tokens[i + 1]?.text === 'the' || (headAt === i - 1 && headAt >= 1);
}

export function countryInside(span: readonly Token[], opensLonger: (word: string) => boolean = mayOpenPlaceOfWords): string | null {
  for (let i = 0; i < span.length; i++) {
    // Runs of two words or more only from a word a gazetteer key opens with (placeMatch).
    const longest = span.length - i > 1 && opensLonger(span[i]!.text) ? Math.min(MAX_PLACE_WORDS, span.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const text = joinTokens(span.slice(i, i + n));
      const country = lookupCountry(text)?.country ?? lookupCity(text)?.country ?? countryOfDemonym(text);
      // "Taiwan Affairs Office", "Hong Kong and Macao Affairs Office": the place is the body's remit, not its state.
      const remit = span.slice(i + n, i + n + 3).findIndex((t) => t.bare === 'Affairs');
      if (remit === 0 || (remit > 0 && span[i + n]!.bare === 'and')) continue;
      if (country && !BODY_HEADS.has(text.toLowerCase())) return country;
    }
  }
  return null;
}

/** "Republic of Korea's Ministry of Unification": the owner of the name is a place. */
function possessorCountry(sentence: readonly Token[], at: number): string | null {
  const owner = sentence[at - 1];
  if (!owner?.possessive) return null;
  // The owner's whole name, read back through the sentence: the possessive ends a chunk, so "North
  // Korea's Foreign Ministry" is two chunks, and "Korea" alone is the South.
  for (let n = Math.min(MAX_PLACE_WORDS, at); n >= 1; n--) {
    const text = joinTokens(sentence.slice(at - n, at));
    const place = lookupCountry(text) ?? lookupCity(text);
    if (place) return place.country;
  }
  return null;
}

export interface PlaceHit {
  length: number;
  name: string;
  kind: 'country' | 'city' | 'region';
  country: string;
  demonym: boolean;
}

/**
 * The place a holder's adjective comes before ("Russian-occupied Crimea", "Turkish-held Afrin"): a name
 * there is a place, which the whole gazetteer (towns, provinces abroad) is asked for.
 */
function heldPlace(tokens: readonly Token[]): PlaceHit | null {
  for (let n = Math.min(3, tokens.length); n >= 1; n--) {
    const slice = tokens.slice(0, n);
    if (!slice.every(isCapital) || slice.slice(0, -1).some((t) => t.possessive)) continue;
    const place = lookupPlace(joinTokens(slice));
    if (place?.country) return { length: n, name: place.name, kind: place.kind, country: place.country, demonym: false };
  }
  return null;
}

/**
 * The longest run of the tokens' first words that names a place. `opensLonger` says whether a run of
 * two or more words from the first token's word could be a name at all (mayOpenPlaceOfWords): where it
 * cannot, only the word alone is looked up, with the same answer as trying every length down to it.
 */
export function placeMatch(tokens: readonly Token[], opensLonger: (word: string) => boolean = mayOpenPlaceOfWords): PlaceHit | null {
  const longest = tokens.length > 1 && opensLonger(tokens[0]!.text) ? Math.min(MAX_PLACE_WORDS, tokens.length) : Math.min(1, tokens.length);
  for (let n = longest; n >= 1; n--) {
    const slice = tokens.slice(0, n);
    if (slice.slice(0, -1).some((t) => t.possessive)) continue;
    const text = joinTokens(slice);
    const place = lookupCity(text) ?? lookupCountry(text) ?? lookupRegion(text);
    // "Jersey City", "Kansas City", "Panama City": the country or state is the city's first word.
    if (place && place.kind !== 'city' && tokens[n]?.text === 'City') {
      const city = lookupPlace(`${text} City`);
      if (city?.kind === 'city') return { length: n + 1, name: city.name, kind: 'city', country: city.country, demonym: false };
      continue;
    }
    if (place) return { length: n, name: place.name, kind: place.kind, country: place.country, demonym: false };
    const demonym = countryOfDemonym(text);
    if (demonym) return { length: n, name: text, kind: 'country', country: demonym, demonym: true };
  }
  return null;
}

/**
 * A place whose name takes "the" ("the Bronx", "The Hague", "The Woodlands"), which the plain lookup
 * misses when the sentence opens with it: "The Bronx saw two shootings". Only names the gazetteer
 * knows with "the": "the Jackson family" and "The Manhattan Project" are no places.
 */
function placeWithThe(tokens: readonly Token[]): PlaceHit | null {
  for (let n = Math.min(2, tokens.length); n >= 1; n--) {
    const slice = tokens.slice(0, n);
    if (!slice.every(isCapital) || slice.slice(0, -1).some((t) => t.possessive)) continue;
    const name = `The ${joinTokens(slice)}`;
    // Only a city answers, and one only where the gazetteer has the name among its cities or capitals:
    // asked first, so the full lookup (most chunks after "The" are no place) runs only for those.
    if (!mayBeCity(name)) continue;
    const place = lookupPlace(name);
    if (place?.kind === 'city') return { length: n, name: place.name, kind: 'city', country: place.country, demonym: false };
  }
  return null;
}

function facilitySpan(tokens: readonly Token[]): number {
  let n = 0;
  while (n < tokens.length && isCapital(tokens[n]!) && !TITLE_WORDS.has(tokens[n]!.bare.toLowerCase())) {
    n++;
    if (tokens[n - 1]!.possessive) break;
  }
  const span = tokens.slice(0, n);
  return span.length >= 2 && span.some((t) => LOCATION_HEADS.has(t.bare.toLowerCase())) ? n : 0;
}

/** A first-level division or borough of a country (GeoNames' regions) whose whole name this is. */
function districtNamed(text: string): { name: string; country: string } | null {
  const place = lookupPlace(text);
  return place?.kind === 'region' && place.country && place.name.toLowerCase() === text.toLowerCase() ? { name: place.name, country: place.country } : null;
}

/** How many leading tokens look like a personal name (0 when the first does not). */
function nameRun(tokens: readonly Token[], lowerWords: Set<string>): number {
  let n = 0;
  while (n < tokens.length && n < 4 && isNameToken(tokens[n]!, lowerWords)) {
    n++;
    if (tokens[n - 1]!.possessive) break;
  }
  return n;
}

function isNameRunAt(tokens: readonly Token[], lowerWords: Set<string>): boolean {
  return nameRun(tokens, lowerWords) >= 2;
}

function isNameToken(token: Token, lowerWords: Set<string>): boolean {
  const w = token.bare.toLowerCase();
  if (!NAME_TOKEN.test(token.bare) || isHoldersAdjective(token.bare)) return false;
  if (NOT_NAME_WORDS.has(w) || FUNCTION_WORDS.has(w) || BODY_HEADS.has(w) || LOCATION_HEADS.has(w) || WEEKDAYS_AND_MONTHS.has(w)) return false;
  if (lowerWords.has(w)) return false;
  return lookupCountry(token.bare) === null && countryOfDemonym(token.bare) === null;
}

/** Lone capitalised words are names only when a full name in the article has them, or a title precedes. */
function resolveLoneNames(pending: readonly { token: Token }[], result: Builder): void {
  const parts = new Set<string>();
  for (const e of result.entities) {
    if (e.type !== 'person') continue;
    for (const part of e.text.replace(/['’]s$/, '').split(/\s+/)) parts.add(part);
  }
  for (const { token } of pending) {
    if (parts.has(token.bare)) push(result, token, token, 'person', {});
  }
}

function push(result: Builder, first: Token, last: Token, type: Entity['type'], extra: Partial<Entity>): Entity {
  const text = result.body.slice(first.start, last.end);
  const end = last.possessive ? last.end - 2 : last.end;
  const entity: Entity = { text: text.replace(/['’]s$/, ''), type, start: first.start, end, ...extra };
  result.entities.push(entity);
  return entity;
}

function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t, i) => (i === tokens.length - 1 ? t.bare : t.text)).join(' ');
}
