/**
 * Which of the ways the reports write one person's name disagree. Wires and local papers write the same
 * name with and without a middle name or initial ("Frederick C. LaRue" / "Frederick Cheney LaRue" /
 * "Frederick LaRue"), in capitals, with a nickname ("Kimani 'Kiki' Gray"), with the surname alone
 * ("Van Rompuy") or one part of a double one ("Maurice Drew"), and without accents: none of that
 * is a point where outlets differ. Another spelling of a part is ("Hugh Heffner", "Giannis"), and is
 * listed, and so is the family name written first by one outlet and last by another ("Kumagai Naoki" /
 * "Naoki Kumagai"): which is the given name is what a reader must be told. A common short form of the
 * given name ("Will" / "William", given-names.ts) is a way of writing it too, and so is a Spanish or
 * Portuguese name with its second family name left out ("Rodrigo Salcedo" of Rodrigo Salcedo Ibarra).
 */
import { foldAccents } from '../util/fold.js';
import { twoFamilyNames as twoFamilyNamesOf } from '../util/name-variants-latin.js';
import { sameGivenName } from './given-names.js';
import { givenNameMarkedSwap } from './name-order.js';

/**
 * A name's parts, folded: no case, accents, quoted nickname, full stops; hyphens split. Letters with no
 * mark to drop are folded too: "Weiß" is "Weiss" as a keyboard without ß writes it, "Sørensen" "Sorensen".
 */
function parts(name: string): string[] {
  return foldAccents(name)
    .replace(/\s+['‘"“][^'’"”]{1,20}['’"”](?=\s)/gu, ' ')
    .replace(/\./g, ' ')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((p) => p.length > 0);
}

/** One part written as the other: the same, an initial of it, or a common short form of a given name. */
function partMeets(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)) || sameGivenName(a, b);
}

/**
 * Whether two writings are of one name: the shorter's parts in order among the longer's, each the
 * same or an initial, and the surname (the last part) the same. Where `twoFamilyNames` (the person is
 * of a Spanish- or Portuguese-speaking country), a name of a given name and two family names written
 * with the first alone is the name too ("Rodrigo Salcedo" / "Salcedo" of Rodrigo Salcedo Ibarra):
 * leaving out the second family name is how the press writes it, no other spelling (review ux77a).
 */
export function sameNameWritten(a: string, b: string, twoFamilyNames = false): boolean {
  const x = parts(a);
  const y = parts(b);
  if (x.length === 0 || y.length === 0) return x.length === y.length;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (twoFamilyNames && x.length !== y.length && twoFamilyNamesOf(long.length === x.length ? a : b) && sameNameWritten(short.join(' '), long.slice(0, -1).join(' '))) return true;
  if (short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const part of short) {
    while (j < long.length && !partMeets(part, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * The writings that disagree, most given first (the input's order): each writing joins the first kept
 * one it is a way of writing, its sources with it. One left means the reports agree.
 */
export function disagreeingNames<T extends { value: string; sources: readonly string[] }>(names: readonly T[], twoFamilyNames = false): { value: string; sources: string[] }[] {
  const kept: { value: string; sources: string[] }[] = [];
  for (const name of names) {
    const same = kept.find((k) => sameNameWritten(k.value, name.value, twoFamilyNames) || givenNameMarkedSwap(k.value, name.value));
    if (!same) kept.push({ value: name.value, sources: [...name.sources] });
    else for (const s of name.sources) if (!same.sources.includes(s)) same.sources.push(s);
  }
  return kept;
}
