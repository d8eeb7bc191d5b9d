/**
 * The ISO 3166-1 alpha-2 codes events can carry: those of world-countries, the package the gazetteer
 * reads places from (src/enrich/gazetteer/places.ts). A filter on any other code could match nothing,
 * so the API and the CLI refuse it rather than answer an empty list that reads as "no events there".
 */
import { createRequire } from 'node:module';

let codes: ReadonlySet<string> | null = null;

export function knownCountryCodes(): ReadonlySet<string> {
  if (!codes) {
    const countries = createRequire(import.meta.url)('world-countries') as { cca2: string }[];
    codes = new Set(countries.map((c) => c.cca2));
  }
  return codes;
}

/** Codes people write for a country whose ISO code is another: the fix is worth saying. */
const NOT_ISO: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', EN: 'GB' };

export function isoCodeFor(code: string): string | undefined {
  return NOT_ISO[code];
}

/** Lower case, accents and a leading "the" dropped, one space between words: how a typed country name is compared. */
function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

let codesByName: Map<string, string[]> | null = null;
let unMembers: ReadonlySet<string> = new Set();

/**
 * The country a name typed in place of a code stands for: its common or official name, another spelling
 * world-countries lists, or its English demonym ("Thailand", "Kingdom of Thailand", "Thai" are TH). A
 * name several countries share goes to the one UN member among them ("American" is also the US Minor
 * Outlying Islands'); still shared, all are returned, for the caller to ask which. Two-letter forms are
 * codes, not names, and are left to the code check.
 */
export function countryCodesForName(name: string): string[] {
  if (!codesByName) {
    type Country = { cca2: string; unMember?: boolean; name: { common: string; official: string }; altSpellings?: string[]; demonyms?: { eng?: { m: string; f: string } } };
    const countries = createRequire(import.meta.url)('world-countries') as Country[];
    const map = new Map<string, string[]>();
    const add = (form: string, code: string): void => {
      const key = nameKey(form);
      if (key.length <= 2) return;
      const codes = map.get(key) ?? [];
      if (!codes.includes(code)) codes.push(code);
      map.set(key, codes);
    };
    for (const c of countries) {
      for (const form of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) add(form, c.cca2);
      const demonym = c.demonyms?.eng;
      if (demonym) for (const form of [demonym.m, demonym.f]) add(form, c.cca2);
    }
    unMembers = new Set(countries.filter((c) => c.unMember).map((c) => c.cca2));
    codesByName = map;
  }
  const codes = codesByName.get(nameKey(name)) ?? [];
  const members = codes.filter((code) => unMembers.has(code));
  return codes.length > 1 && members.length === 1 ? members : [...codes];
}
