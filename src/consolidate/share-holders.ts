/**
 * Whose share of the vote a percentage is, beside the parties facts.ts names: the turnout ("Turnout was
 * 57.6 percent", "put turnout at 58.3 percent") and the event's people ("Lund has 51.8 percent and
 * Berg 46.1 percent"). Two reports of one result that give a candidate or the turnout other figures
 * disagree, and the fact they are grouped under must not count the one that differs as saying it.
 *
 * A person is matched only by the names the event's participants go by (their name, their other
 * spellings, their surnames), never by a capitalised word alone, so a country or a body the sentence
 * also names holds nothing. A sentence's shares go to its people in order ("X beat Y with 51 percent to
 * 46 percent", "51 percent for X and 46 percent for Y") only when it names as many people as it gives
 * shares; otherwise which share is whose is left unread, as before.
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
/** A surname shorter than this is too often another word ("Lee", "May") to be looked for alone. */
const MIN_SURNAME = 4;

/** The turnout shares of a sentence, and the shares it gives people of the event, each with its holder. */
export function heldShares(text: string, people: readonly NamedPerson[]): HeldShare[] {
  const out: HeldShare[] = [];
  const open: { value: string; at: number }[] = [];
  for (const m of text.matchAll(SHARE_VALUE)) {
    const value = String(Number(m[1]));
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (TURNOUT_BEFORE.test(before) || TURNOUT_AFTER.test(after)) out.push({ holder: 'turnout', value });
    else if (!PROGRESS_AFTER.test(after)) open.push({ value, at: m.index });
  }
  if (open.length === 0 || people.length === 0) return out;
  const named = peopleInOrder(text, people);
  if (named.length !== open.length) return out;
  for (const [i, share] of open.entries()) out.push({ holder: named[i]!, value: share.value });
  return out;
}

/** The event's people a sentence names, each once, in the order it first names them. */
function peopleInOrder(text: string, people: readonly NamedPerson[]): string[] {
  const first: { name: string; at: number }[] = [];
  for (const person of people) {
    let at = -1;
    for (const form of formsOf(person)) {
      const m = new RegExp(`(?<![\\p{L}'’-])${escape(form)}(?![\\p{L}'’-])`, 'u').exec(text);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    if (at >= 0) first.push({ name: person.name, at });
  }
  first.sort((a, b) => a.at - b.at);
  // Two people found at one place (a surname two of them share): which is meant is not known.
  if (first.some((p, i) => i > 0 && first[i - 1]!.at === p.at)) return [];
  return first.map((p) => p.name);
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
