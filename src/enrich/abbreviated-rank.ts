/**
 * Police ranks abbreviated without full stops before a name, as British papers write them ("Det Chief
 * Insp Helen Marsh", "Det Supt Alan Pike", "Sgt Dawn Lyle", "PC Tom Gray", "DCI Helen Marsh", "Ch Supt
 * Ann Lee") and some American ones do ("Lt Ana Ruiz"). The tagger takes such a run into the person's
 * name or leaves it out, and either way the rank was lost as the role. The dotted forms ("Sgt.",
 * "Det.") are read elsewhere (title-before-name.ts, ranked-surname.ts).
 */
import type { Entity } from '../model/types.js';

/** Words that only qualify a rank after them ("Det Chief Insp", "Asst Chief Constable"). */
const MODIFIERS: Readonly<Record<string, string>> = {
  Det: 'Detective',
  Detective: 'Detective',
  Ch: 'Chief',
  Chief: 'Chief',
  Asst: 'Assistant',
  Assistant: 'Assistant',
  Dep: 'Deputy',
  Deputy: 'Deputy',
  Staff: 'Staff',
};

/** Ranks that end such a run, abbreviated or whole. */
const HEADS: Readonly<Record<string, string>> = {
  Insp: 'Inspector',
  Supt: 'Superintendent',
  Sgt: 'Sergeant',
  Lt: 'Lieutenant',
  Capt: 'Captain',
  Cpl: 'Corporal',
  Ofc: 'Officer',
  Cmdr: 'Commander',
  PC: 'Police Constable',
  WPC: 'Police Constable',
  PCSO: 'Police Community Support Officer',
  DC: 'Detective Constable',
  DS: 'Detective Sergeant',
  DI: 'Detective Inspector',
  DCI: 'Detective Chief Inspector',
  DSupt: 'Detective Superintendent',
  Det: 'Detective',
  Inspector: 'Inspector',
  Superintendent: 'Superintendent',
  Sergeant: 'Sergeant',
  Constable: 'Constable',
};

/**
 * Two words that make one rank ("Lt Gen" is a lieutenant general, not a lieutenant named "Gen Mark
 * Harmon"): read whole, before the single heads, so the second word is no part of the name.
 */
const COMPOUND_HEADS: Readonly<Record<string, string>> = {
  'Lt Gen': 'Lieutenant General',
  'Lt Col': 'Lieutenant Colonel',
  'Lt Gov': 'Lieutenant Governor',
  'Lt Cmdr': 'Lieutenant Commander',
  'Lt Cdr': 'Lieutenant Commander',
  'Sgt Maj': 'Sergeant Major',
  'Maj Gen': 'Major General',
  'Brig Gen': 'Brigadier General',
  'Rear Adm': 'Rear Admiral',
  'Vice Adm': 'Vice Admiral',
};

/**
 * Words that are a rank or a title, not a name: a run followed by one is not before a name ("PC
 * Richard Vice President Greg Rivers": a shop's vice president, no constable "Richard Vice President").
 */
const TITLE_WORDS = new Set([
  ...Object.keys(HEADS), ...Object.values(HEADS), ...Object.keys(COMPOUND_HEADS).flatMap((k) => k.split(' ')),
  'Gen', 'General', 'Col', 'Colonel', 'Maj', 'Major', 'Gov', 'Governor', 'Adm', 'Admiral', 'Lieutenant', 'Captain',
  'Commander', 'Vice', 'President', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Chief', 'Executive', 'Manager',
  'Minister', 'Secretary', 'Senator', 'Mayor', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Deputy', 'Assistant',
]);

/** Whether a word is a rank or a title ("Gen", "Vice", "President"), so no first word of a name. */
function titleWord(word: string | undefined): boolean {
  return word !== undefined && TITLE_WORDS.has(word);
}

/**
 * "Con" is a constable only after a modifier ("Det Con"): alone it is as often a given name (Con
 * Houlihan).
 */
const HEAD_AFTER_MODIFIER: Readonly<Record<string, string>> = { Con: 'Constable' };

/** Initials that are also places or firms ("Washington DC", "DS Smith"): a rank only alone before a full name. */
const INITIALS = new Set(['DC', 'DS', 'DI', 'PC']);

/** Abbreviations in the table; a run must hold one, or it is the full words other rules read. */
const ABBREVIATED = new Set(['Det', 'Ch', 'Asst', 'Dep', 'Insp', 'Supt', 'Sgt', 'Lt', 'Capt', 'Cpl', 'Ofc', 'Cmdr', 'PC', 'WPC', 'PCSO', 'DC', 'DS', 'DI', 'DCI', 'DSupt', 'Con']);

export interface AbbreviatedRank {
  /** The run as written ("Det Chief Insp"). */
  written: string;
  /** The rank spelt out ("Detective Chief Inspector"), the same whichever way an outlet abbreviates it. */
  role: string;
}

/** The rank the words make, read left to right, or null where they are no rank run. */
function readRun(words: readonly string[]): AbbreviatedRank | null {
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  const compound = words.length > 1 ? COMPOUND_HEADS[`${words[words.length - 2]} ${last}`] : undefined;
  const head = compound ?? HEADS[last] ?? (words.length > 1 ? HEAD_AFTER_MODIFIER[last] : undefined);
  if (!head) return null;
  const spelt: string[] = [];
  for (const w of words.slice(0, compound ? -2 : -1)) {
    const m = MODIFIERS[w];
    if (!m) return null;
    spelt.push(m);
  }
  if (!compound && !words.some((w) => ABBREVIATED.has(w))) return null;
  spelt.push(head);
  // "Det Insp" is one rank: "Detective Inspector", not "Detective Detective ...".
  const role = spelt.join(' ').replace(/^Detective (?=Detective )/, '');
  return { written: words.join(' '), role };
}

/** Capitalised words right before `start`, at most four, on the name's line ("Det Chief Insp "). */
const WORDS_BEFORE = /(?:^|[^\p{L}\p{N}.'’-])((?:\p{Lu}[\p{L}]*\s){1,4})$/u;

/**
 * The abbreviated rank run that ends right before the name `name` at `start`, or null. Initials alone
 * ("DS", "PC") only before a full name, and not after "Washington" ("Washington DC").
 */
export function abbreviatedRankBefore(body: string, start: number, name: string): AbbreviatedRank | null {
  // "Lt Governor Dan Patrick": the rank goes on past the run; the title rules read it.
  if (titleWord(name.split(' ')[0])) return null;
  const m = WORDS_BEFORE.exec(body.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  // The longest run that ends at the name: "Kent Police Det Sgt Ann Lee" is "Det Sgt".
  for (let i = 0; i < words.length; i++) {
    const run = readRun(words.slice(i));
    if (!run) continue;
    if (words.length - i === 1 && INITIALS.has(words[i]!) && (!name.includes(' ') || words[i - 1] === 'Washington')) return null;
    return run;
  }
  return null;
}

/**
 * How many characters of a person's name are an abbreviated rank the tagger took into it ("Sgt Dawn
 * Lyle", "Insp Helen Marsh" after "Det Chief"), spaces included; 0 where none is, or where less than
 * a given name and a surname would be left ("Sgt Pepper", "DS Smith").
 */
export function rankInName(name: string): number {
  const words = name.split(' ');
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const run = words.slice(0, n);
    if (!readRun(run)) continue;
    if (!words.slice(n).every((w) => /^\p{Lu}/u.test(w))) return 0;
    // "Lt Governor Dan Patrick": what follows the run is more rank, not the name.
    if (words.slice(n).some(titleWord)) return 0;
    return run.join(' ').length + 1;
  }
  return 0;
}

/**
 * A rank run and the full name after it ("Det Supt Gareth Noon said"): the name, which the tagger may
 * miss at a sentence's start, where no entity covers it. Given name and surname, each capitalised.
 */
const RANK_AND_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’-])((?:(?:${Object.keys(MODIFIERS).join('|')})\s){0,3}(?:${[...Object.keys(COMPOUND_HEADS), ...Object.keys(HEADS), ...Object.keys(HEAD_AFTER_MODIFIER)].join('|')}))\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}\p{N}'’-])`,
  'gu',
);

/** Any abbreviation of the table before a capital: a page with none has no rank run to read. */
const ANY_ABBREVIATION = new RegExp(`(?:${[...ABBREVIATED, 'Maj', 'Brig', 'Rear Adm', 'Vice Adm'].join('|')}) [A-Z]`);

/** The word right before `start`, capitalised, with one space after it ("Lt " before "Gen Mark Harmon"). */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}*) $/u;

/**
 * Cuts, in place, the abbreviated ranks the tagger took into people's names, and adds the people
 * named after such a rank that nothing else found. Keeps the list in text order.
 */
export function ranksBeforeNames(body: string, entities: Entity[]): void {
  for (const e of entities) {
    if (e.type !== 'person') continue;
    // "Lt Gen Mark Harmon" tagged "Gen Mark Harmon": the first word of the rank goes with it, so the
    // whole rank is cut and read.
    const first = WORD_BEFORE.exec(body.slice(Math.max(0, e.start - 8), e.start))?.[1];
    if (first && COMPOUND_HEADS[`${first} ${e.text.split(' ')[0]}`]) {
      e.text = `${first} ${e.text}`;
      e.start -= first.length + 1;
    }
    const cut = rankInName(e.text);
    if (cut === 0) continue;
    e.text = e.text.slice(cut);
    e.start += cut;
  }
  // The whole pattern costs some 65 ns a character on a page without a rank (its lookbehind and
  // alternations tried at every position); this test, about 10, leaves most pages there.
  if (!ANY_ABBREVIATION.test(body)) return;
  let added = false;
  for (const m of body.matchAll(RANK_AND_NAME)) {
    if (!readRun(m[1]!.split(/\s+/))) continue;
    if (m[2]!.split(' ').some(titleWord)) continue;
    const start = m.index + m[1]!.length + 1;
    const end = start + m[2]!.length;
    if (entities.some((e) => e.start < end && start < e.end)) continue;
    if (INITIALS.has(m[1]!) && body.slice(Math.max(0, m.index - 11), m.index) === 'Washington ') continue;
    entities.push({ text: m[2]!, type: 'person', start, end });
    added = true;
  }
  if (added) entities.sort((a, b) => a.start - b.start);
}
