/**
 * Who tells a figure is a body, not a spelling: "MSF" in one report and "Médecins Sans Frontières" in
 * another, or a charity under the other name a report gives it in brackets, are one teller. Two tellers
 * are one where the names are one body as organizations.ts joins the event's bodies: by their initials
 * or words (sameBodyName), or as the name and an alias of one body the event lists.
 */
import type { OrganizationRef } from '../model/types.js';
import { foldAccents } from '../util/fold.js';
import { sameBodyName } from './organizations.js';

export type SameTeller = (a: string, b: string) => boolean;

/** A teller's name as the event's bodies are looked up: no case, accents, leading "the" or closing possessive. */
function key(name: string): string {
  return foldAccents(name).toLowerCase().replace(/\./g, '').replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

/** Small words a body's name may hold between its capitalised ones ("Doctors of the World"). */
const INNER = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'sans', '&']);
const CAPITAL = /^\p{Lu}[\p{L}'’.-]*$/u;

/** A bracket that holds a name of capitalised words alone: "(Doctors Without Borders)", "(MSF)". */
const BRACKETED = /^\s*\(([^()]{2,80})\)/;

function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 7 && CAPITAL.test(words[0]!) && CAPITAL.test(words[words.length - 1]!) && words.every((w) => CAPITAL.test(w) || INNER.has(w.toLowerCase()));
}

/** The run of capitalised words that ends a text ("... said Doctors Without Borders"), and its shorter ends of two words or more. */
function namesEnding(text: string): string[] {
  const words = text.trimEnd().split(/\s+/);
  let first = words.length;
  while (first > 0 && (CAPITAL.test(words[first - 1]!) || (INNER.has(words[first - 1]!.toLowerCase()) && first > 1 && CAPITAL.test(words[first - 2]!)))) first--;
  while (first < words.length && !CAPITAL.test(words[first]!)) first++;
  const out: string[] = [];
  for (let i = first; i < words.length; i++) if (words.length - i >= 2 && CAPITAL.test(words[i]!)) out.push(words.slice(i).join(' '));
  return out;
}

/**
 * The other names the reports give a listed body in brackets, either way round: "Médecins Sans
 * Frontières (Doctors Without Borders)" and "Doctors Without Borders (MSF)" make the bracket's name and
 * the name before it one body's.
 */
function bracketedNames(organizations: readonly OrganizationRef[], bodies: readonly string[]): Map<OrganizationRef, string[]> {
  const out = new Map<OrganizationRef, string[]>();
  for (const ref of organizations) {
    // An empty or one-letter name is found everywhere (and an empty one at the same place forever).
    const names = [ref.name, ...ref.aliases].filter((name) => name.trim().length >= 2);
    const found: string[] = [];
    for (const body of bodies) {
      for (const name of names) {
        for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
          const after = BRACKETED.exec(body.slice(at + name.length, at + name.length + 84));
          if (after && isName(after[1]!)) found.push(after[1]!.trim());
          // "Doctors Without Borders (MSF)": the listed name in the bracket, the other before it.
          if (body.slice(at - 1, at) === '(' && body.slice(at + name.length, at + name.length + 1) === ')') found.push(...namesEnding(body.slice(Math.max(0, at - 81), at - 1)));
        }
      }
    }
    if (found.length) out.set(ref, [...new Set(found)]);
  }
  return out;
}

/**
 * Whether two tellers' names are one body, by their own words or through the event's list of bodies
 * and the other names its reports give them in brackets (`bodies`: the reports' texts).
 */
export function tellerJoins(organizations: readonly OrganizationRef[], bodies: readonly string[] = []): SameTeller {
  // Read at the first comparison only: most events have no toll with two tellers, and every event is
  // built again at each report it gains.
  let others: Map<OrganizationRef, string[]> | null = null;
  let refOf: Map<string, OrganizationRef> | null = null;
  const namesOfRef = (ref: OrganizationRef): string[] => [ref.name, ...ref.aliases, ...(others!.get(ref) ?? [])];
  const lookup = (name: string): OrganizationRef | undefined => {
    if (refOf === null) {
      others = bracketedNames(organizations, bodies);
      refOf = new Map();
      for (const ref of organizations) for (const n of namesOfRef(ref)) if (!refOf.has(key(n))) refOf.set(key(n), ref);
    }
    return refOf.get(key(name));
  };
  // A name with every name of the body it is listed under: "MSF" reaches "Médecins Sans Frontières"
  // through the list where the text tied one to the other. A teller written with its other name in
  // brackets is both.
  const namesOf = (name: string): string[] => {
    const split = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
    const own = split ? [split[1]!, split[2]!] : [name];
    return [...own, ...own.flatMap((n) => {
      const ref = lookup(n);
      return ref ? namesOfRef(ref) : [];
    })];
  };
  return (a, b) => {
    if (key(a) === key(b)) return true;
    const [x, y] = [namesOf(a), namesOf(b)];
    return x.some((m) => y.some((n) => key(m) === key(n) || sameBodyName(m, n)));
  };
}
