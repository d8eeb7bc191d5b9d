/**
 * A capitalised word in a search is a name ("Thies", "Sarr", "Lyon"), and should find the name, not a
 * common word the index's English stemmer makes the same: Porter cuts "Thies" and "this" both to
 * "thi", so a search for the Senegalese town matched nearly every story (any "this"), and its snippet
 * marked "this". The full-text index holds stems only, so such a word is looked for again in the hit's
 * own text, as written: a word that begins with it, case and accents aside ("Thiès", "Thies's", not
 * "this"), and is not a common word ("carried" is no hit for "Carrie"). Only a required word alone in its group is checked (an OR group or a
 * quoted phrase is left to the index), and only where a common English word (data/common-words.txt)
 * that does not begin with it has its stem: "Sarr" and "Ukraine" share their stems with no common
 * word, so the index alone is exact for them, and the check, which reads each matching row's text,
 * costs those searches nothing. A capitalised common word, or one inflected ("Protests"), is searched
 * as a word, unless news text writes it with a capital more often than not: "Gates" is a surname far
 * more often than a sentence's first word, so it finds "Gates" and "Gates's" but not "gate" or "gated"
 * (review: `search Gates` listed events that only said "gate"); `gates` still stems.
 *
 * Folded, "Gates" still found "the gates of the prison". Where the store knows the word as a person's
 * name (a surname or a one-word name among its entity keys, on an event that lists a person of that
 * name), the word is that name, and a hit must write it with a capital ("Gates", "GATES", not "gates");
 * so is an inflected common word the tagger's list keeps in lower case ("Banks", "Jobs") when a person
 * of that name is stored, and is otherwise still searched as a word. The store is asked only about
 * such words (nameCandidates), once per search.
 */
import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';
import { foldAccents } from '../util/fold.js';
import { hashString } from '../enrich/entities/model/hash.js';
import { shippedModel } from '../enrich/entities/model/spans.js';
import type { ParsedQuery } from './query-syntax.js';

/** Case and accents folded, as the index folds them. */
function folded(text: string): string {
  return foldAccents(text).toLowerCase();
}

let common: { words: Set<string>; byStem: Map<string, string[]> } | null = null;

/** The common words and, by stem, those that have it; read on first use. */
function commonWords(): { words: Set<string>; byStem: Map<string, string[]> } {
  if (common) return common;
  const words = new Set(readFileSync(new URL('../../../data/common-words.txt', import.meta.url), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#')));
  const byStem = new Map<string, string[]>();
  for (const word of words) {
    const stem = stemmer(word);
    const list = byStem.get(stem);
    if (list) list.push(word);
    else byStem.set(stem, [word]);
  }
  common = { words, byStem };
  return common;
}

/**
 * Whether a folded capitalised word is a name a common word's stem would be taken for: 'always', 'if
 * a person' (an inflected common word news writes in lower case: a name only if the store has a person
 * so named), or 'no'.
 */
function sharesStemWithCommonWord(plain: string): 'always' | 'if a person' | 'no' {
  const { words, byStem } = commonWords();
  const same = byStem.get(stemmer(plain)) ?? [];
  if (!same.some((word) => !word.startsWith(plain))) return 'no';
  // "Protests" is "protest" inflected, and a common word; "Gates" is "gate" inflected, and a surname.
  // Only a word that ends in "s" may be a stored person's name instead: "Police" of an organisation's
  // short name is no surname.
  if ((words.has(plain) || same.some((word) => plain.startsWith(word))) && !writtenAsName(plain)) return plain.endsWith('s') ? 'if a person' : 'no';
  return 'always';
}

/**
 * Whether an inflected common word is written with a capital more often than not: not on the entity
 * tagger's list of words its training text usually wrote in lower case ("gates", "woods", "holmes" are
 * not on it, mostly names there; "protests", "banks", "jobs" are). Read only for such a word.
 */
function writtenAsName(plain: string): boolean {
  return !shippedModel().common.has(hashString(plain));
}

/** A capitalised query word that may be a name: folded; `always` false when it is one only if the store has a person so named. */
export interface NameCandidate {
  plain: string;
  always: boolean;
}

/** The query's words that are or may be names (see the header), folded: empty for most queries. */
export function nameCandidates(query: ParsedQuery): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const group of query.required) {
    const word = group.length === 1 && group[0]!.length === 1 ? group[0]![0]! : null;
    if (!word || !/^\p{Lu}/u.test(word) || word.length < 3) continue;
    const plain = folded(word);
    if (!/^[a-z]+$/.test(plain) || stemmer(plain) === plain || out.some((c) => c.plain === plain)) continue;
    const kind = sharesStemWithCommonWord(plain);
    if (kind !== 'no') out.push({ plain, always: kind === 'always' });
  }
  return out;
}

/**
 * The query's name words: folded ("thies": found case aside), or capitalised ("Gates": written with a
 * capital) where `people` (the candidates the store has as people's names) holds the word.
 */
export function nameWords(query: ParsedQuery, people: ReadonlySet<string> = new Set()): string[] {
  return nameCandidates(query).flatMap(({ plain, always }) => (people.has(plain) ? [`${plain[0]!.toUpperCase()}${plain.slice(1)}`] : always ? [plain] : []));
}

/** Whether a name word is to be found written with a capital (a stored person's name; see nameWords). */
export function isCasedName(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/**
 * What may follow a name word in a common word that begins with it ("d", "r", "s" of "carried",
 * "carrier", "carries" for "carrie"), plural "s" added: such a word is the common word, not the name.
 */
export function commonContinuations(name: string): string[] {
  const out = new Set<string>();
  for (const word of commonWords().words) {
    if (word.length <= name.length || !word.startsWith(name) || !/^[a-z]+$/.test(word)) continue;
    const rest = word.slice(name.length);
    out.add(rest);
    if (!rest.endsWith('s')) out.add(`${rest}s`);
  }
  return [...out].sort();
}

/**
 * One pattern per name word, built once per search (the check runs on every matching row). A folded
 * name is looked for in the folded text; a capitalised one in the text with its accents folded only,
 * as "Gates" or "GATES".
 */
const PATTERNS = new Map<string, RegExp[]>();
function patternsOf(names: readonly string[]): RegExp[] {
  const key = names.join(' ');
  let patterns = PATTERNS.get(key);
  if (!patterns) {
    patterns = names.map((name) => {
      const plain = name.toLowerCase();
      const after = commonContinuations(plain);
      const notCommon = (cased: (s: string) => string): string => (after.length > 0 ? `(?!(?:${after.map(cased).join('|')})(?![\\p{L}\\p{N}]))` : '');
      if (!isCasedName(name)) return new RegExp(`(?<![\\p{L}\\p{N}])${plain}${notCommon((s) => s)}`, 'u');
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:${name}${notCommon((s) => s)}|${name.toUpperCase()}${notCommon((s) => s.toUpperCase())})`, 'u');
    });
    if (PATTERNS.size >= 1_000) PATTERNS.clear();
    PATTERNS.set(key, patterns);
  }
  return patterns;
}

/**
 * Whether the texts hold, for every name word, a word that begins with it and is not a common word
 * ("Carrie's", not "carried"). Joined by a space: a newline would send the folding past its ASCII shortcut.
 */
export function holdsNameWords(texts: readonly string[], names: readonly string[]): boolean {
  const joined = texts.join(' ');
  let plain: string | undefined;
  let cased: string | undefined;
  return patternsOf(names).every((pattern, i) => pattern.test(isCasedName(names[i]!) ? (cased ??= foldAccents(joined)) : (plain ??= folded(joined))));
}

/** The names of the JSON parameter the SQLite store passes its check, parsed once per search. */
const PARAMS = new Map<string, string[]>();
export function namesOfParam(param: string): string[] {
  let names = PARAMS.get(param);
  if (!names) {
    names = JSON.parse(param) as string[];
    if (PARAMS.size >= 1_000) PARAMS.clear();
    PARAMS.set(param, names);
  }
  return names;
}
