/**
 * A person told by their kin: "Kim Yo Jong, the sister of Kim Jong Un", "Ri Sol Ju, the wife of the
 * leader's ...", "Kim Jong Un's sister Kim Yo Jong". The kinship is the role news gives such a person, and the relative's country is theirs
 * where the text gives them none: a ruler's family is of the ruler's country.
 */
import type { Entity, Span } from '../model/types.js';
import { nameList } from './name-list.js';
import { opensReducedRelative } from './reduced-relative.js';

export const KIN_WORDS = 'sister|brother|wife|husband|daughter|son|mother|father|widow|widower|niece|nephew|cousin|uncle|aunt|half-brother|half-sister|brother-in-law|sister-in-law|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|fiancé|fiancée|fiance|fiancee';
/**
 * Kin in the plural, set off before a list of names ("His parents, Ann Rendlecott and Tom Reed,"): each name
 * of the list is one of them, in the singular.
 */
const KIN_PLURALS = 'parents|children|sons|daughters|brothers|sisters|grandparents|grandchildren|grandsons|granddaughters|cousins|nephews|nieces|uncles|aunts|stepchildren|stepsons|stepdaughters';
const PLURAL_BEHIND = new RegExp(`(?:${KIN_PLURALS}),\\s+[\\p{L}\\p{M}'’.,\\s-]{1,120}$`, 'u');
const KIN_ANY = `${KIN_WORDS}|${KIN_PLURALS}`;

function singularKin(kin: string): string {
  const k = kin.toLowerCase();
  if (k === 'children' || k === 'stepchildren' || k === 'grandchildren') return k.replace(/ren$/, '');
  return /s$/.test(k) && new RegExp(`^(?:${KIN_PLURALS})$`).test(k) ? k.slice(0, -1) : k;
}

/**
 * Where kin in the plural may stand before a list that holds the name: the list's first name, from
 * which the kin is read, and whether it is the name itself. Null where no plural kin is near (most
 * names: the page's people are then not searched).
 */
function listAnchor(body: string, person: Entity, people: readonly Entity[]): Entity | null {
  if (!PLURAL_BEHIND.test(body.slice(Math.max(0, person.start - 140), person.start))) return null;
  const list = nameList(person, people, body);
  return list.size > 1 ? list.first : null;
}

/** The role a kin word read before a list gives one of its names: plural kin in the singular; singular kin the first name's only. */
function memberKin(kin: string, anchor: Entity, person: Entity): string | null {
  const plural = new RegExp(`^(?:${KIN_PLURALS})$`, 'i').test(kin);
  if (plural) return singularKin(kin);
  return anchor === person || anchor.start === person.start ? kin.toLowerCase() : null;
}

/** ", the (powerful younger) sister of ": up to two lower-case words before the kin, which the role leaves out. */
/**
 * The relative's title may stand before the name ("the sister of leader Kim Jong Un", "the son of
 * former President Tom Hale"): up to three such words, lower-case or a title's.
 */
const RELATIVE_TITLE = String.raw`(?:(?:[a-z-]+|President|Prime|Minister|Chairman|Leader|Supreme|King|Queen|Prince|Princess|Senator|Governor|Mayor|General|Premier|Chancellor|Sheikh|Emir|Sultan|Former|Late)\s+){0,3}?`;
const KIN = new RegExp(`^\\s*,\\s*(?:the\\s+|his\\s+|her\\s+)?(?:[a-z-]+\\s+){0,2}?(${KIN_WORDS})\\s+of\\s+(?:the\\s+late\\s+)?${RELATIVE_TITLE}$`);
/** "'s (younger) sister ", between the relative's name and the person's: up to two lower-case words before the kin. */
const KIN_BEFORE = new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+){0,2}?(${KIN_ANY}),?\\s+$`);

/**
 * " and his brother, ", " , 34, and his son, ": the relative named first, the person after, joined by
 * "and" and a possessive that points back to the relative. The age news writes after a name may stand
 * between.
 */
const KIN_AND = new RegExp(`^(?:\\s*,\\s*\\d{1,3}\\s*,)?\\s+and\\s+(?:his|her)\\s+(?:[a-z-]+\\s+){0,2}?(${KIN_WORDS}),?\\s+$`);

/**
 * What KIN needs of the 40 characters after a name, tried before the people are walked: a page with
 * thousands of names would otherwise walk them all for each (one look at the text instead).
 */
const KIN_AHEAD = new RegExp(`^\\s*,\\s*(?:the\\s+|his\\s+|her\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${KIN_WORDS})\\s+of\\s`, 'i');
/** What KIN_BEFORE or KIN_AND needs of the 40 characters before a name. */
const KIN_BEHIND = new RegExp(`(?:['’]s|\\sand\\s+(?:his|her))\\s+(?:[a-z-]+\\s+){0,2}?(?:${KIN_ANY}),?\\s+$`);

/** The kinship an apposition right after a name gives ("sister of Kim Jong Un"), with the relative named in it. */
export function kinAfter(body: string, end: number, people: readonly Entity[]): { role: string; relative: Entity } | null {
  if (!KIN_AHEAD.test(body.slice(end, end + 40))) return null;
  // The relative's name follows the kinship within a few words.
  // Not a name that opens a clause about the one before it ("son of the night clerk Quarlesby murdered").
  const relative = people.find((p) => p.start > end && p.start - end <= 40 && KIN.test(body.slice(end, p.start)) && !opensReducedRelative(body, p.start, p.end));
  if (!relative) return null;
  const m = KIN.exec(body.slice(end, relative.start))!;
  return { role: `${m[1]!.toLowerCase()} of ${relative.canonical ?? relative.text}`, relative };
}

/**
 * The kinship a possessive right before a name gives ("Kim Jong Un's sister Kim Yo Jong", "Mark Rowe
 * and his wife, Ellen Rowe"), with the relative named in it.
 */
export function kinBefore(body: string, start: number, people: readonly Entity[]): { role: string; relative: Entity } | null {
  // Most names have no kin word before them: the page's people are then not searched.
  if (!KIN_BEHIND.test(body.slice(Math.max(0, start - 40), start)) && !PLURAL_BEHIND.test(body.slice(Math.max(0, start - 140), start))) return null;
  // "Dan Reed's parents, Ann Rendlecott and Tom Reed": the kin stands before the list's first name.
  const self = people.find((p) => p.start === start);
  const anchor = (self && listAnchor(body, self, people)) ?? self;
  const at = anchor?.start ?? start;
  if (!KIN_BEHIND.test(body.slice(Math.max(0, at - 40), at))) return null;
  const gap = (p: Entity): RegExpExecArray | null => KIN_BEFORE.exec(body.slice(p.end, at)) ?? KIN_AND.exec(body.slice(p.end, at));
  const relative = people.find((p) => p.end < at && at - p.end <= 40 && gap(p) !== null);
  if (!relative) return null;
  const m = gap(relative)!;
  const kin = anchor && self ? memberKin(m[1]!, anchor, self) : m[1]!.toLowerCase();
  return kin === null ? null : { role: `${kin} of ${relative.canonical ?? relative.text}`, relative };
}

/**
 * "His son, Carlos Ortega, 29, was arrested": a sentence that opens with a possessive and the kin, set
 * off before the name. The possessive points back to a person of the nearest sentence before that names
 * anyone (of the two before); only where that sentence names one person (or one sharing the name's
 * surname) is the relative sure enough to state.
 */
const KIN_OPENING = new RegExp(`^["“]?(?:His|Her)\\s+(?:[a-z-]+\\s+){0,2}?(${KIN_ANY}),\\s+$`);

const KIN_OPENING_BEHIND = new RegExp(`(?:His|Her)\\s+(?:[a-z-]+\\s+){0,2}?(?:${KIN_ANY}),\\s+$`);

export function kinFromSentenceBefore(body: string, person: Entity, sentences: readonly Span[], people: readonly Entity[]): { role: string; relative: Entity } | null {
  // "His parents, Grace Okafor and Samuel Okafor, said": the kin stands before the list's first name.
  const anchor = listAnchor(body, person, people) ?? person;
  const start = anchor.start;
  // A look at the words before the name first: most names open no such sentence.
  if (!KIN_OPENING_BEHIND.test(body.slice(Math.max(0, start - 40), start))) return null;
  const at = sentences.findIndex((s) => s.start <= start && start < s.end);
  if (at < 1) return null;
  const m = KIN_OPENING.exec(body.slice(sentences[at]!.start, start));
  if (!m) return null;
  // One person named before who shares the name's surname is the relative, whoever the sentence before
  // names ("The victim, Jay Brooks, ... the district attorney, Dana Clark, said ... His mother, Tanya
  // Brooks, wept": Jay Brooks's mother, not the prosecutor's).
  const surname = person.text.includes(' ') ? person.text.split(/\s+/).at(-1)! : null;
  if (surname) {
    const own = person.canonical ?? person.text;
    const kin = new Map<string, Entity>();
    for (const p of people) {
      const name = p.canonical ?? p.text;
      if (p.end <= sentences[at]!.start && name !== own && name.includes(' ') && name.split(/\s+/).at(-1) === surname && !kin.has(name)) kin.set(name, p);
    }
    if (kin.size === 1) {
      const relative = [...kin.values()][0]!;
      const kinWord = memberKin(m[1]!, anchor, person);
      return kinWord === null ? null : { role: `${kinWord} of ${relative.canonical ?? relative.text}`, relative };
    }
  }
  // The nearest of the two sentences before that names anyone ("Peter Dalton is accused of bribery.
  // Prosecutors said the scheme ran for years. His son, ...").
  let named: Entity[] = [];
  for (let k = at - 1; k >= Math.max(0, at - 2) && named.length === 0; k--) {
    const before = sentences[k]!;
    named = people.filter((p) => p.start >= before.start && p.end <= before.end);
  }
  const names = new Map<string, Entity>();
  for (const p of named) if (!names.has(p.canonical ?? p.text)) names.set(p.canonical ?? p.text, p);
  let relative: Entity | undefined;
  if (names.size === 1) relative = [...names.values()][0];
  else {
    const surname = person.text.split(/\s+/).at(-1);
    const kin = [...names.entries()].filter(([name]) => person.text.includes(' ') && name.split(/\s+/).at(-1) === surname);
    if (kin.length === 1) relative = kin[0]![1];
  }
  if (!relative) return null;
  const kin = memberKin(m[1]!, anchor, person);
  return kin === null ? null : { role: `${kin} of ${relative.canonical ?? relative.text}`, relative };
}
