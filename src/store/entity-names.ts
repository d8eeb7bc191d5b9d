/**
 * The names the `entity` filter finds a body or a threat actor by, beyond the name and aliases the
 * reports wrote: what an analyst types is often the short name ("Lazarus" for Lazarus Group, "Acme"
 * for Acme Corp.) or another name the actor is tracked by ("Hidden Cobra"), and an exact-name filter
 * that misses them finds nothing where the store holds the event.
 */
import { gazetteerNames } from '../enrich/threat-actors.js';

/** A trailing word that only says what kind of body a name is ("Lazarus Group", "Sandworm Team"). */
const KIND_TAIL = /[\s-]+(?:group|team|gang|crew)$/i;
/** A company's legal form ("Acme Corp.", "Samsung Electronics Co., Ltd."). */
const LEGAL_TAIL = /,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|gmbh|s\.a|n\.v|holdings)\.?,?$/i;
const LEADING_THE = /^the\s+/i;

/** The name without "the", its legal form and a kind word at its end, when something that is a name is left. */
export function shortNames(name: string): string[] {
  const out: string[] = [];
  let rest = name.trim();
  for (let step = 0; step < 4; step++) {
    const next = rest.replace(LEADING_THE, '').replace(LEGAL_TAIL, '').replace(KIND_TAIL, '').trim();
    if (next === rest) break;
    rest = next;
  }
  // Something must be left that names the body: letters, and more than a word of kind ("The Group").
  if (rest !== name.trim() && /\p{L}{2}/u.test(rest) && !KIND_TAIL.test(` ${rest}`) && !LEGAL_TAIL.test(` ${rest}`)) out.push(rest);
  return out;
}

/** Every name a body or actor is found by: as the reports wrote it, its short forms, and (an actor's) the gazetteer's. */
export function filterNames(entity: { name: string; aliases: readonly string[] }, actor: boolean): string[] {
  const names = new Set<string>([entity.name, ...entity.aliases]);
  if (actor) for (const known of gazetteerNames(entity.name)) names.add(known);
  for (const name of [...names]) for (const short of shortNames(name)) names.add(short);
  return [...names];
}

/** Words after a surname that are no surname ("Martin Luther King Jr."). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** A given name of Korean form, second syllable in lower case ("Jun-il", "Suk-yeol"): the surname is then the first word. */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * A person's surname alone, as an analyst types it into a filter ("Kovacs" for Maria Kovacs): the
 * last word of each of its names, or the first where the last is a Korean given name ("Lee" of Lee
 * Jun-il). A name of one word gives nothing more.
 */
export function surnames(person: { name: string; aliases: readonly string[] }): string[] {
  const out = new Set<string>();
  for (const name of [person.name, ...person.aliases]) {
    const words = name.trim().split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    const surname = KOREAN_GIVEN.test(last) ? words[0]! : last;
    if (/\p{L}{2}/u.test(surname)) out.add(surname);
  }
  return [...out];
}
