/**
 * A person told by their kin: "Kim Yo Jong, the sister of Kim Jong Un", "Ri Sol Ju, the wife of the
 * leader's ...", "Kim Jong Un's sister Kim Yo Jong". The kinship is the role news gives such a person, and the relative's country is theirs
 * where the text gives them none: a ruler's family is of the ruler's country.
 */
import type { Entity, Span } from '../model/types.js';

export const KIN_WORDS = 'sister|brother|wife|husband|daughter|son|mother|father|widow|widower|niece|nephew|cousin|uncle|aunt|half-brother|half-sister|brother-in-law|sister-in-law|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|stepfather|stepmother|fiancé|fiancée|fiance|fiancee';
/** ", the (powerful younger) sister of ": up to two lower-case words before the kin, which the role leaves out. */
const KIN = new RegExp(`^\\s*,\\s*(?:the\\s+|his\\s+|her\\s+)?(?:[a-z-]+\\s+){0,2}?(${KIN_WORDS})\\s+of\\s+(?:the\\s+late\\s+)?$`, 'i');
/** "'s (younger) sister ", between the relative's name and the person's: up to two lower-case words before the kin. */
const KIN_BEFORE = new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+){0,2}?(${KIN_WORDS}),?\\s+$`);

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
const KIN_BEHIND = new RegExp(`(?:['’]s|\\sand\\s+(?:his|her))\\s+(?:[a-z-]+\\s+){0,2}?(?:${KIN_WORDS}),?\\s+$`);

/** The kinship an apposition right after a name gives ("sister of Kim Jong Un"), with the relative named in it. */
export function kinAfter(body: string, end: number, people: readonly Entity[]): { role: string; relative: Entity } | null {
  if (!KIN_AHEAD.test(body.slice(end, end + 40))) return null;
  // The relative's name follows the kinship within a few words.
  const relative = people.find((p) => p.start > end && p.start - end <= 40 && KIN.test(body.slice(end, p.start)));
  if (!relative) return null;
  const m = KIN.exec(body.slice(end, relative.start))!;
  return { role: `${m[1]!.toLowerCase()} of ${relative.canonical ?? relative.text}`, relative };
}

/**
 * The kinship a possessive right before a name gives ("Kim Jong Un's sister Kim Yo Jong", "Mark Rowe
 * and his wife, Ellen Rowe"), with the relative named in it.
 */
export function kinBefore(body: string, start: number, people: readonly Entity[]): { role: string; relative: Entity } | null {
  if (!KIN_BEHIND.test(body.slice(Math.max(0, start - 40), start))) return null;
  const gap = (p: Entity): RegExpExecArray | null => KIN_BEFORE.exec(body.slice(p.end, start)) ?? KIN_AND.exec(body.slice(p.end, start));
  const relative = people.find((p) => p.end < start && start - p.end <= 40 && gap(p) !== null);
  if (!relative) return null;
  const m = gap(relative)!;
  return { role: `${m[1]!.toLowerCase()} of ${relative.canonical ?? relative.text}`, relative };
}

/**
 * "His son, Carlos Ortega, 29, was arrested": a sentence that opens with a possessive and the kin, set
 * off before the name. The possessive points back to a person of the nearest sentence before that names
 * anyone (of the two before); only where that sentence names one person (or one sharing the name's
 * surname) is the relative sure enough to state.
 */
const KIN_OPENING = new RegExp(`^["“]?(?:His|Her)\\s+(?:[a-z-]+\\s+){0,2}?(${KIN_WORDS}),\\s+$`);

const KIN_OPENING_BEHIND = new RegExp(`(?:His|Her)\\s+(?:[a-z-]+\\s+){0,2}?(?:${KIN_WORDS}),\\s+$`);

export function kinFromSentenceBefore(body: string, person: Entity, sentences: readonly Span[], people: readonly Entity[]): { role: string; relative: Entity } | null {
  const start = person.start;
  // A look at the words before the name first: most names open no such sentence.
  if (!KIN_OPENING_BEHIND.test(body.slice(Math.max(0, start - 40), start))) return null;
  const at = sentences.findIndex((s) => s.start <= start && start < s.end);
  if (at < 1) return null;
  const m = KIN_OPENING.exec(body.slice(sentences[at]!.start, start));
  if (!m) return null;
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
  return { role: `${m[1]!.toLowerCase()} of ${relative.canonical ?? relative.text}`, relative };
}
