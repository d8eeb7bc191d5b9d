/**
 * The checks an event filter's value passes before it reaches the store (a date, a country code, a
 * theme, a CVE id), shared by the API's query parameters and the CLI's options so that both accept and
 * refuse the same values for the same reasons. Each check is told how the user wrote the filter's name
 * (`query parameter 'from'`, `--from`) and how to make the caller's own error (a 400, a CLI failure).
 */
import { normaliseCve } from '../enrich/cve.js';
import { THEMES as TAXONOMY } from '../enrich/themes.js';
import { countryCodesForName, isoCodeFor, knownCountryCodes } from './country-codes.js';

/** Makes the caller's error from a message that names the filter and the problem. */
export type Fail = (message: string) => Error;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const THEMES: ReadonlySet<string> = new Set(TAXONOMY);
/**
 * The themes as an error lists them: each top theme in the taxonomy's order, its sub-themes right
 * after it in alphabetical order ("cyber.threat-actor", added last to the taxonomy, was listed last).
 */
const THEME_LIST: readonly string[] = TAXONOMY.filter((t) => !t.includes('.')).flatMap((top) => [top, ...TAXONOMY.filter((t) => t.startsWith(`${top}.`)).sort()]);

/** A calendar date, YYYY-MM-DD, that exists. */
export function checkDate(label: string, value: string, fail: Fail): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) throw fail(`${label} must be a date written YYYY-MM-DD, got '${value}'`);
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  // Written right but not on the calendar ("2025-02-30"): say which part is wrong, not the format again.
  if (month < 1 || month > 12) throw fail(`${label}: the date '${value}' does not exist (month ${parts[2]}; months run from 01 to 12)`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) throw fail(`${label}: the date '${value}' does not exist (${MONTHS[month - 1]} ${year} has ${days} days)`);
  return value;
}

/** ISO 3166-1 alpha-2, upper-cased: one the gazetteer knows, since events carry no other; a country's name is read as its code. */
export function checkCountry(label: string, value: string, fail: Fail): string {
  if (!/^[A-Za-z]{2}$/.test(value)) {
    // A country's name or demonym is as clear as its code ("Thailand", "Thai"): taken, not refused.
    const named = countryCodesForName(value);
    if (named.length === 1) return named[0]!;
    if (named.length > 1) throw fail(`${label}: '${value}' is the name of more than one country (${named.join(', ')}); give the two-letter code of the one you mean`);
    throw fail(`${label} must be a two-letter ISO 3166-1 country code such as US or KR, or a country's name or demonym in English such as Thailand or Thai, got '${value}'`);
  }
  const code = value.toUpperCase();
  if (!knownCountryCodes().has(code)) {
    const iso = isoCodeFor(code);
    throw fail(`${label}: '${value}' is not an ISO 3166-1 alpha-2 country code${iso ? ` (the code for what you mean is ${iso})` : ''}; accepted are the ${knownCountryCodes().size} codes the gazetteer (world-countries) knows, such as US, GB, KR, KP, JP`);
  }
  return code;
}

/** A theme of the taxonomy (docs/themes.md), lower-cased: any other matches nothing, so it is refused. */
export function checkTheme(label: string, value: string, fail: Fail): string {
  const theme = value.toLowerCase();
  if (!THEMES.has(theme)) throw fail(`${label} must be one of ${THEME_LIST.join(', ')}; got '${theme}'`);
  return theme;
}

/** A CVE id in any written form, returned as the store keeps it ("CVE-2024-3400"). */
export function checkCve(label: string, value: string, fail: Fail): string {
  const cve = normaliseCve(value);
  if (cve === null) throw fail(`${label} must be a CVE id such as CVE-2024-3400; got '${value}'`);
  return cve;
}

/** A range whose start is after its end selects nothing: said rather than answered with no events. */
export function checkDateRange(from: { label: string; value: string | undefined }, to: { label: string; value: string | undefined }, fail: Fail): void {
  if (from.value && to.value && from.value > to.value) throw fail(`${from.label} (${from.value}) is after ${to.label} (${to.value})`);
}
