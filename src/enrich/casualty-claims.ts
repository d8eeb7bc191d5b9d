/**
 * Each side's casualty figures in one report, with who gives them. In a conflict the governments
 * and armed groups each give their own toll ("Thailand says two of its sailors were killed";
 * "Cambodia says nobody died"), and a report's one figure (casualties.ts, its highest) hides the
 * dispute an analyst needs to see. A sentence's figure is a claim where the sentence says who gives
 * it ("X said", "X says", "according to X"). Kept only where the report shows a dispute: a denial of
 * any death ("no one was killed", a claim of zero), a figure set against another ("two had died, not
 * four as X claims"), or two figures of one kind from different speakers. Not a sentence about
 * another day or an earlier event (spans the caller gives), nor a figure the speaker denies ("denied
 * reports that two had died" is no claim of two).
 */
import type { CasualtyClaim, Casualties, Entity, PersonMention, Span, Timex } from '../model/types.js';
import { NUMBER_READ, wordNumber } from './casualty-count.js';
import { countryOfDemonym, lookupCountry } from './gazetteer/places.js';

/** What the caller knows of the report: its sentences, people, bodies, dates and the spans that are not about its event. */
export interface ClaimContext {
  body: string;
  sentences: readonly Span[];
  people: readonly PersonMention[];
  entities: readonly Entity[];
  timexes: readonly Timex[];
  /** The event's day (YYYY-MM-DD), where known. */
  eventDay: string | null;
  /** Spans about earlier events or other days. */
  elsewhere: readonly Span[];
}

const SAYS = String.raw`(?:said|says|say|told|claimed|claims|claim|insisted|insists|maintained|maintains|repeated|repeats|added|adds|stated|states|announced|announces|reported|reports)`;
/** "X said/says ...": the speaker before the verb. */
const SPEAKER_FIRST = new RegExp(String.raw`^\s*(.{2,160}?),?\s+${SAYS}\b`, 'i');
/** "..., the ministry said." at the sentence's end. */
const SPEAKER_LAST = new RegExp(String.raw`,\s+(?:${SAYS}\s+)?([^,]{2,80}?)\s*(?:${SAYS})?\s*[.!?"”]*\s*$`, 'i');
const ACCORDING_TO = /\baccording\s+to\s+([^,.;]{2,80})/i;
const ATTRIBUTED = new RegExp(String.raw`\b(?:${SAYS}|according\s+to|denied|denies|rejected|rejects)\b`, 'i');
/** Pronouns and bare nouns that name no one. */
const NO_ONE_NAMED = /^(?:he|she|they|it|we|i|officials?|sources?|reports?|the\s+(?:official|source|report|statement))$/i;

/** "No one was killed", "nobody died", "no Thai sailor had died", "no deaths": a claim of no dead. Not "no one else". */
const DENIAL = /\b(?:(?:every(?:one|body|\s+person|\s+member)|all)\b[^.;]{0,60}?\b(?:is|are|was|were)\s+(?:still\s+)?alive\b)|\b(?:no\s*-?\s*one|nobody|no\s+(?:[A-Za-z]+\s+){0,2}(?:sailor|soldier|person|civilian|crew\s+member|one|member|fisherman|worker|passenger|life|lives))(?!\s+else\b)\s+(?:(?:was|were|had|has|have|been)\s+){0,2}(?:killed|died|lost)\b|\bno\s+(?:deaths|fatalities|one\s+dead|loss\s+of\s+life)\b|\bno\s+(?:lives|life)\s+(?:were\s+|was\s+)?lost\b/i;
/** "two had died, not four as Bangkok claims": the figure set against the speaker's, and who gives it. */
const NOT_AS = new RegExp(String.raw`\bnot\s+${NUMBER_READ}\s*(?:,\s*)?(?:as|like)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5})\s+(?:had\s+|has\s+)?(?:claims|claimed|says|said|reports|reported|insists|insisted|maintains|stated)\b`);
/** A toll told as revised ("the ministry now says four"): a count that moved, not a side's figure. */
const REVISED = /\b(?:now\s+(?:says|said|puts|gives)|revised|raised|updated|has\s+since|later\s+(?:said|raised|revised)|rose|risen|climbed)\b/i;

/**
 * The speaker denies the figure the sentence gives: "denied Thai reports that two sailors had died",
 * "rejected claims by Bangkok that": the figure is the other side's (the words before "reports", or after "by").
 */
const DENIED_FIGURE = /\b(?:denied|denies|rejected|rejects|disputed|disputes)\s+((?:[\w'’-]+\s+){0,4}?)(?:reports?|claims?|accounts?|figures?|statements?)\s+(?:by\s+([\w'’ -]{1,40}?)\s+)?that\b/i;
/** A figure written as a bound: "more than ten", "over 40". */
const MORE_THAN = new RegExp(String.raw`\b(?:more\s+than|over|upwards\s+of)\s+["“']?${NUMBER_READ}`, 'gi');

/** The person or body a speaker's words name: a person the report knows, a body, else the words. */
export function speakerName(words: string, offset: number, context: ClaimContext): string | null {
  const end = offset + words.length;
  const person = context.people.find((p) => p.mentions.some((m) => m.start >= offset && m.end <= end));
  if (person) return person.name;
  const body = context.entities.find((e) => e.type !== 'person' && e.start >= offset && e.end <= end);
  // "Cambodia, which denies any link to the group," and "In a statement, the ministry": the subject alone.
  const cleaned = words.replace(/,\s*(?:which|who|whose|where)\b[^,]*(?:,|$)/gi, '').replace(/^.*,\s*/, '').replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:on|in|at)\s+\w+$/i, '').replace(/\s+(?:now|also|later|again|today|yesterday|earlier|then|separately|previously)$/i, '').trim();
  if (NO_ONE_NAMED.test(cleaned)) return null;
  // A named body the tagger found; or a short phrase with a capital in it ("Cambodia's Ministry of National Defence").
  if (body && body.text.length >= cleaned.length / 2) return cleaned.length <= 60 ? cleaned : body.text;
  // A body named by a common noun ("the army", "the navy's command"): a few words.
  return cleaned.length <= 60 && (/\p{Lu}/u.test(cleaned) || /^[\w'’-]+(?:\s+[\w'’-]+){0,3}$/.test(cleaned)) ? cleaned : null;
}

/** "She said ..." after a sentence whose speaker is a person the report names: that person. */
function speakerOf(sentence: string, start: number, context: ClaimContext, previous: string | null): string | null {
  if (/^\s*(?:he|she)\s+(?:also\s+)?(?:said|says|told|added|insisted|claimed|repeated|denied|denies|rejected|rejects)\b/i.test(sentence)) return previous;
  return speakerIn(sentence, start, context);
}

export function speakerIn(sentence: string, start: number, context: ClaimContext): string | null {
  const accord = ACCORDING_TO.exec(sentence);
  if (accord) return speakerName(accord[1]!.trim(), start + accord.index + accord[0].indexOf(accord[1]!), context);
  const first = SPEAKER_FIRST.exec(sentence);
  if (first && !/\b(?:killed|died|dead|injured|wounded|hurt)\b/i.test(first[1]!)) {
    // "She denied Thai reports": the subject ends at the verb of denial.
    const subject = first[1]!.replace(/\s+(?:denied|denies|rejected|rejects|disputed|disputes)\b.*$/i, '');
    return speakerName(subject, start + first.index + first[0].indexOf(first[1]!), context);
  }
  const last = SPEAKER_LAST.exec(sentence);
  if (last) return speakerName(last[1]!.trim(), start + last.index + last[0].indexOf(last[1]!), context);
  return null;
}

/** Whether the sentence names a day other than the event's ("in the October 5 incident" in a report of October 23). */
function aboutAnotherDay(start: number, end: number, context: ClaimContext): boolean {
  if (!context.eventDay) return false;
  // A day or more apart: a report dated a day off (a statement's day for the clash's) still speaks of its event.
  const event = Date.parse(context.eventDay);
  return context.timexes.some((t) => t.start >= start && t.end <= end && /^\d{4}-\d{2}-\d{2}/.test(t.value) && Math.abs(Date.parse(t.value.slice(0, 10)) - event) > 86_400_000);
}

/** "Thai reports" (the words before the noun, with it), or "Bangkok" in "claims by Bangkok". */
function otherSide(denied: RegExpExecArray, start: number, context: ClaimContext): string | null {
  if (denied[2]) return speakerName(denied[2], start + denied.index + denied[0].indexOf(denied[2]), context);
  const words = denied[1]!.trim();
  return /^\p{Lu}/u.test(words) ? `${words} ${/reports?/i.exec(denied[0])?.[0] ?? 'reports'}` : null;
}

/** The state a speaker speaks for: a person's country, a state or a people's word in the name ("Thailand's Ministry of Defence"), a place the tagger gave a country. */
function sideOf(name: string, context: ClaimContext): string | null {
  const person = context.people.find((p) => p.name === name);
  if (person) return person.country;
  const words = name.replace(/['’]s\b/g, '').split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    for (const phrase of [words.slice(i, i + 2).join(' '), words[i]!]) {
      const country = lookupCountry(phrase)?.country ?? countryOfDemonym(phrase);
      if (country) return country;
    }
  }
  return context.entities.find((e) => e.country && name.includes(e.text))?.country ?? null;
}

const number = (raw: string): number | undefined => (/^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : wordNumber(raw.toLowerCase()));

/**
 * The claims of a report, or none where it shows no dispute. `read` reads a sentence's figures as
 * casualties.ts reads a text (passed in, so that this module does not import the whole reader).
 */
export function findCasualtyClaims(context: ClaimContext, read: (text: string) => Casualties | null): CasualtyClaim[] {
  const { body } = context;
  const claims: CasualtyClaim[] = [];
  let disputed = false;
  let previous: string | null = null;
  // Sentences whose figures are read only where a dispute is possible: reading each sentence of every
  // report again would cost the casualty scan once more per attributed sentence.
  const pending: { plain: string; by: string | null }[] = [];
  const sides = new Set<string>();
  for (const { start, end } of context.sentences) {
    const sentence = body.slice(start, end);
    const said = ATTRIBUTED.test(sentence);
    const last = previous;
    previous = null;
    if (!said) continue;
    const harm = /kill|died|dead|death|fatalit|lives|alive|injur|wound|hurt/i.test(sentence);
    // The speaker of a sentence without figures is kept only for a "she said" after it.
    if (!harm) {
      const person = speakerIn(sentence, start, context);
      previous = person && context.people.some((p) => p.name === person) ? person : null;
      continue;
    }
    if (context.elsewhere.some((s) => s.start < end && start < s.end)) continue;
    if (aboutAnotherDay(start, end, context) || REVISED.test(sentence)) continue;
    const by = speakerOf(sentence, start, context, last);
    if (by && context.people.some((p) => p.name === by)) previous = by;
    if (DENIAL.test(sentence)) {
      claims.push({ kind: 'killed', value: 0, by });
      disputed = true;
    }
    const against = NOT_AS.exec(sentence);
    if (against) {
      const value = number(against[1]!);
      if (value !== undefined) {
        claims.push({ kind: 'killed', value, by: speakerName(against[2]!, start + against.index + against[0].indexOf(against[2]!), context) });
        disputed = true;
      }
    }
    const denied = DENIED_FIGURE.exec(sentence);
    if (denied) disputed = true;
    // The figure a speaker denies is the other side's, named where the sentence names it.
    const other = denied ? otherSide(denied, start, context) : null;
    // Quotes around a figure ("more than ten" soldiers) would hide it from the reader; the figure set against ("not four") is not the speaker's.
    const quoted = sentence.replace(/["“”]/g, ' ');
    const plain = against ? quoted.replace(against[0], ' '.repeat(against[0].length)) : quoted;
    const who = denied ? other : by;
    const side = who ? sideOf(who, context) : null;
    if (side) sides.add(side);
    pending.push({ plain, by: who });
  }
  // No denial, no figure set against another, and fewer than two sides speaking: no dispute to read.
  if (!disputed && sides.size < 2) return [];
  for (const { plain, by } of pending) {
    const found = read(plain);
    if (!found) continue;
    for (const kind of ['killed', 'injured'] as const) {
      const value = found[kind];
      if (value == null) continue;
      const bound = [...plain.matchAll(MORE_THAN)].some((m) => number(m[1]!) === value);
      claims.push(bound ? { kind, value, moreThan: true, by } : { kind, value, by });
    }
  }
  // Two figures of one kind from different speakers (or one unnamed) are a dispute too.
  for (const kind of ['killed', 'injured'] as const) {
    const of = claims.filter((c) => c.kind === kind);
    // Of different sides: two states (or a state and its people's word). Two officers of one police
    // force giving a count and a lone victim's death are no dispute (on GVA's pages such pairs were
    // one report's partial counts, not sides).
    const told = of.map((c) => ({ value: c.value, side: c.by ? sideOf(c.by, context) : null }));
    if (told.some((a) => told.some((b) => a.value !== b.value && a.side && b.side && a.side !== b.side))) disputed = true;
  }
  // A figure no one is named for adds nothing to the report's own figure, but a denial does.
  return disputed ? dedupe(claims.filter((c) => c.by !== null || c.value === 0)) : [];
}

function dedupe(claims: readonly CasualtyClaim[]): CasualtyClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.kind}/${c.value}/${c.moreThan ? '+' : ''}/${c.by ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
