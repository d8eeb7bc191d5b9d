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
