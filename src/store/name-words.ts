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

/** Whether a folded capitalised word is a name a common word's stem would be taken for. */
function sharesStemWithCommonWord(plain: string): boolean {
  const { words, byStem } = commonWords();
  const same = byStem.get(stemmer(plain)) ?? [];
  // "Protests" is "protest" inflected, and a common word; "Gates" is "gate" inflected, and a surname.
  if ((words.has(plain) || same.some((word) => plain.startsWith(word))) && !writtenAsName(plain)) return false;
  return same.some((word) => !word.startsWith(plain));
}

/**
 * Whether an inflected common word is written with a capital more often than not: not on the entity
 * tagger's list of words its training text usually wrote in lower case ("gates", "woods", "holmes" are
 * not on it, mostly names there; "protests", "banks", "jobs" are). Read only for such a word.
 */
function writtenAsName(plain: string): boolean {
  return !shippedModel().common.has(hashString(plain));
}

/** The query's name words (see the header), folded: empty for most queries. */
export function nameWords(query: ParsedQuery): string[] {
  const out: string[] = [];
  for (const group of query.required) {
    const word = group.length === 1 && group[0]!.length === 1 ? group[0]![0]! : null;
    if (!word || !/^\p{Lu}/u.test(word) || word.length < 3) continue;
    const plain = folded(word);
    if (/^[a-z]+$/.test(plain) && stemmer(plain) !== plain && !out.includes(plain) && sharesStemWithCommonWord(plain)) out.push(plain);
  }
  return out;
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

/** One pattern per name word, built once per search (the check runs on every matching row). */
const PATTERNS = new Map<string, RegExp[]>();
function patternsOf(names: readonly string[]): RegExp[] {
  const key = names.join(' ');
  let patterns = PATTERNS.get(key);
  if (!patterns) {
    patterns = names.map((name) => {
      const after = commonContinuations(name);
      const notCommon = after.length > 0 ? `(?!(?:${after.join('|')})(?![\\p{L}\\p{N}]))` : '';
      return new RegExp(`(?<![\\p{L}\\p{N}])${name}${notCommon}`, 'u');
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
  const text = folded(texts.join(' '));
  return patternsOf(names).every((pattern) => pattern.test(text));
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
