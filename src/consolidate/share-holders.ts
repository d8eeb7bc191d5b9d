/**
 * Whose share of the vote a percentage is, beside the parties facts.ts names: the turnout ("Turnout was
 * 57.6 percent", "put turnout at 58.3 percent") and the event's people ("Lund has 51.8 percent and
 * Berg 46.1 percent"). Two reports of one result that give a candidate or the turnout other figures
 * disagree, and the fact they are grouped under must not count the one that differs as saying it.
 *
 * A person is matched only by the names the event's participants go by (their name, their other
 * spellings, their surnames), never by a capitalised word alone, so a country or a body the sentence
 * also names holds nothing. A share goes to a person only where the grammar says whose it is: the name
 * right before it ("Lund has 51.8 percent and Berg 46.1", "Berg's 46.1 percent", "Berg trailed with
 * 46.1 percent") or right after it ("46.1 percent for Berg"). Pairing by order alone read "Berg trailed
 * with 46.1 percent behind Lund's 51.8" backwards, a false discrepancy that also un-credited a source.
 * A sentence that names one person and gives one share left over is read as that person's ("declared
 * Lund the winner with 51.8 percent of the vote"), where the sentence speaks of a vote, and a contest's two figures after "with" go to its
 * subject and its object in turn ("Lund led Berg with 51.8 percent against 46.1"); any other share is
 * left unread.
 */

/** A participant of the event: the name shown and the other ways reports write it. */
import type { Discrepancy } from '../model/types.js';

export interface NamedPerson {
  name: string;
  aliases?: readonly string[];
}

export interface HeldShare {
  holder: string;
  value: string;
}

const SHARE_VALUE = /\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)/gi;
/** "Turnout was", "put turnout at", "a turnout of", "turnout stood at": the share right after is the turnout. */
const TURNOUT_BEFORE = /\bturnout\b[^.;%\d]{0,30}$/i;
/** "57.6 percent turnout". */
const TURNOUT_AFTER = /^\s*(?:voter\s+)?turnout\b/i;
/** "with 97 percent of ballots counted": how far the count has got, nobody's share. */
const PROGRESS_AFTER = /^\s*of\s+(?:all\s+)?(?:the\s+)?(?:ballots|votes|precincts|polling\s+stations|districts|constituencies|returns|protocols)\s+(?:counted|reported|reporting|processed|tallied|in)\b/i;
/** Words of a vote or its count: only there is a share left over in a sentence a person's share of the vote. */
const VOTE_WORDS = /\b(?:votes?|voted|voters?|ballots?|elections?|elected|electoral|polls?|polled|run-?offs?|primary|primaries|referendum|turnout|candidates?|winner|won|wins|seats?|re-?election|presidential|parliamentary|mayoral|constituency|precincts?|count(?:ed)?|tally|tallied|conced(?:e|ed|es)|concession|runner-up|defeated)\b/i;
/** A surname shorter than this is too often another word ("Lee", "May") to be looked for alone. */
const MIN_SURNAME = 4;

/** The turnout shares of a sentence, and the shares it gives people of the event, each with its holder. */
export function heldShares(text: string, people: readonly NamedPerson[]): HeldShare[] {
  const out: HeldShare[] = [];
  const open: { value: string; at: number; end: number }[] = [];
  for (const m of text.matchAll(SHARE_VALUE)) {
    const value = String(Number(m[1]));
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (TURNOUT_BEFORE.test(before) || TURNOUT_AFTER.test(after)) out.push({ holder: 'turnout', value });
    else if (!PROGRESS_AFTER.test(after)) open.push({ value, at: m.index, end: m.index + m[0].length });
  }
  if (open.length === 0 || people.length === 0) return out;
  const mentions = mentionsOf(text, people);
  const holders = open.map((share) => holderOf(text, share, mentions));
  contestPair(text, open, holders, mentions);
  // One share and one person left once the plain pairs are made: nothing else they could be, in a
  // sentence about votes. Elsewhere the share is a rate, a price or a market's move ("kept its deposit
  // rate at 3.25%, with Governor Ana Ruiz warning ...", "Delmar Shipping stock dropped 6.5%"), nobody's share.
  const left = VOTE_WORDS.test(text) ? open.filter((_, i) => holders[i] === null) : [];
  const unpaired = [...new Set(mentions.map((m) => m.name))].filter((name) => !holders.includes(name));
  if (left.length === 1 && unpaired.length === 1) holders[open.indexOf(left[0]!)] = unpaired[0]!;
  for (const [i, share] of open.entries()) if (holders[i]) out.push({ holder: holders[i]!, value: share.value });
  return out;
}

interface Mention {
  name: string;
  start: number;
  end: number;
}

/**
 * What may stand between a name and its share: nothing ("Berg 46.1 percent"), a possessive ("Berg's
 * 46.1"), or a verb of holding or finishing ("has", "won", "received", "trailed with", "stood at"). Not
 * "with" alone: in "Lund beat Berg with 51.8 percent" the share is the subject's.
 */
const BETWEEN_NAME_AND_SHARE = /^(?:['’]s?\s+|\s+(?:(?:has|had|have|got|gets|won|wins|took|takes|received|receives|polled|polls|secured|secures|garnered|obtained|scored|led|leads|trailed|trails|finished|came)\s+(?:(?:first|second|third|last)\s+)?(?:with\s+|on\s+)?|(?:was|is|stood|stands)\s+(?:on|at)\s+)?)$/iu;
/**
 * A name that is the object of a contest's verb ("beat Berg", "led opposition leader Berg", "ahead of
 * Berg") with a bare share after it: "Lund beat Berg 51.8 percent to 46.1" gives the share to the subject.
 */
const CONTEST_OBJECT = /\b(?:beat|beats|beating|defeated|defeats|defeating|led|leads|leading|trailed|trails|trailing|edged(?:\s+out)?|outpolled|ahead\s+of|behind|against|over)\b[^,;:]*$/iu;
/** "46.4 percent for Berg", "46.4 percent of the vote for Berg". */
const FOR_NAME = /^\s+(?:of\s+(?:the\s+)?(?:vote|votes|ballots)\s+)?for\s+$/iu;

/** The share's holder where one name stands right before or right after it, else null. */
function holderOf(text: string, share: { at: number; end: number }, mentions: readonly Mention[]): string | null {
  const found = new Set<string>();
  for (const m of mentions) {
    if (m.end <= share.at) {
      const between = text.slice(m.end, share.at);
      if (!BETWEEN_NAME_AND_SHARE.test(between)) continue;
      // A bare gap after the object of "beat", "led": the share is the subject's.
      if (/^\s+$/u.test(between) && CONTEST_OBJECT.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
      found.add(m.name);
    } else if (m.start >= share.end && FOR_NAME.test(text.slice(share.end, m.start))) found.add(m.name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A contest's verb between its subject and its object: "Lund led Berg", "Lund beat opposition leader Berg". */
const CONTEST_VERB = /\b(?:beat|beats|defeated|defeats|led|leads|trailed|trails|edged(?:\s+out)?|outpolled|outpolls)\b/iu;
/** "with 51.8 percent", then "(of the vote) against / to / versus" the other figure. */
const WITH_BEFORE = /\bwith\s+$/iu;
const FIGURE_AGAINST = /^(?:\s+of\s+(?:the\s+)?(?:vote|votes|ballots))?\s+(?:to|against|versus|vs\.?)\s+$/iu;

/**
 * "Lund led Berg in the run-off with 51.8 percent of the vote against 46.1 percent": the subject's
 * figure, then the object's, as English tells a contest's two figures. Only for two shares no name
 * stands by and a sentence that names its two people once each before them, the verb between them.
 */
function contestPair(text: string, open: readonly { at: number; end: number }[], holders: (string | null)[], mentions: readonly Mention[]): void {
  const free = open.map((share, i) => ({ share, i })).filter(({ i }) => holders[i] === null);
  if (free.length !== 2) return;
  const [a, b] = [free[0]!, free[1]!];
  if (!WITH_BEFORE.test(text.slice(0, a.share.at)) || !FIGURE_AGAINST.test(text.slice(a.share.end, b.share.at))) return;
  const names = [...new Set(mentions.map((m) => m.name))];
  if (names.length !== 2 || holders.some((h) => h !== null)) return;
  const firstOf = (name: string): Mention => mentions.filter((m) => m.name === name).sort((x, y) => x.start - y.start)[0]!;
  const [subject, object] = names.map(firstOf).sort((x, y) => x.start - y.start) as [Mention, Mention];
  if (object.end > a.share.at || mentions.some((m) => m.start > object.end && m.start < b.share.end)) return;
  const between = text.slice(subject.end, object.start);
  if (!CONTEST_VERB.test(between) || /[;:]/u.test(between)) return;
  holders[a.i] = subject.name;
  holders[b.i] = object.name;
}

/** Every place a sentence names one of the event's people, by any of their names. */
function mentionsOf(text: string, people: readonly NamedPerson[]): Mention[] {
  const out: Mention[] = [];
  for (const person of people) {
    for (const form of formsOf(person)) {
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${escape(form)}(?![\\p{L}-])`, 'gu'))) out.push({ name: person.name, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** A person's names as written, and the surname of each (its last word) where long enough. */
function formsOf(person: NamedPerson): string[] {
  const forms = new Set<string>();
  for (const name of [person.name, ...(person.aliases ?? [])]) {
    forms.add(name);
    const surname = name.split(/\s+/).pop()!;
    if (surname.length >= MIN_SURNAME && surname !== name) forms.add(surname);
  }
  return [...forms];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Shares the reports of one event give differently in sentences too unlike to be one fact ("won ...
 * with 50.9 percent of the vote, according to the final count" / "giving him 51.2 percent"): for the
 * turnout and each participant, every report that gives one figure for it wherever it gives one (a
 * report that gives two, a first count and the final one, says nothing sure of which the others
 * meant). Each figure is listed with the reports that give it. `already`: what the facts listed, whose
 * shares of the same holder this list replaces (build-event.ts).
 */
export function reportShareDiscrepancies(articles: readonly { id: string; body: string; sentences: readonly { start: number; end: number }[] }[], people: readonly NamedPerson[]): Discrepancy[] {
  const byHolder = new Map<string, Map<string, string[]>>();
  for (const article of articles) {
    const own = new Map<string, Set<string>>();
    for (const s of article.sentences) {
      const text = article.body.slice(s.start, s.end);
      if (!SHARE_GATE.test(text)) continue;
      for (const { holder, value } of heldShares(text, people)) own.set(holder, (own.get(holder) ?? new Set<string>()).add(value));
    }
    for (const [holder, values] of own) {
      if (values.size !== 1) continue;
      const [value] = values;
      const variants = byHolder.get(holder) ?? new Map<string, string[]>();
      variants.set(value!, [...(variants.get(value!) ?? []), article.id]);
      byHolder.set(holder, variants);
    }
  }
  const out: Discrepancy[] = [];
  for (const [holder, variants] of byHolder) {
    if (variants.size < 2) continue;
    out.push({ about: holder === 'turnout' ? 'turnout' : `share of ${holder}`, variants: [...variants].map(([value, sources]) => ({ value: `${value}%`, sources })) });
  }
  return out;
}

/** Whether a discrepancy the facts listed is of a holder the reports' list covers ("turnout (...)", "share of X (...)"). */
export function coveredByReports(d: Discrepancy, reports: readonly Discrepancy[]): boolean {
  return reports.some((r) => d.about === r.about || d.about.startsWith(`${r.about} (`));
}

const SHARE_GATE = /\d\s?(?:%|percent\b|per\s+cent\b)/i;
