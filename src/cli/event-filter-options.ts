/**
 * The event filters of `events`, `search` and `export` (--entity, --country, --theme, --cve, --from,
 * --to): the same filters the API's /api/events and /api/export take and the web UI's feed offers, so
 * an analyst who narrowed the feed in the browser can ask the command line for the same events. The
 * values are checked as the API checks them (util/filter-values.ts), a bad one refused naming the option.
 */
import type { Command } from 'commander';
import type { EventQuery } from '../store/store.js';
import { checkCountry, checkCve, checkDate, checkDateRange, checkTheme } from '../util/filter-values.js';
import { CliError } from './context.js';

export interface EventFilterOptions {
  entity?: string;
  country?: string;
  theme?: string;
  cve?: string;
  from?: string;
  to?: string;
}

export type CheckedFilters = Pick<EventQuery, 'entity' | 'entityAny' | 'country' | 'theme' | 'cve' | 'from' | 'to'>;

const fail = (message: string): CliError => new CliError(message);

/** Adds the filter options to a command. */
export function filterOptions(command: Command): Command {
  return command
    .option('--entity <name>', "only events whose participants or named organisations go by this name or alias (any order of a name's words)")
    .option('--country <code>', 'only events in this country or with a participant of it (ISO 3166-1 alpha-2: IE, US, KP)')
    .option('--theme <theme>', 'only events of this theme (docs/themes.md: cyber, cyber.ransomware, disaster...)')
    .option('--cve <id>', 'only events whose reports name this CVE id (CVE-2024-3400; any case, spaces or dashes)')
    .option('--from <date>', 'only events on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only events on or before this day (YYYY-MM-DD)');
}

/** The filters given, checked; absent ones are left out (exactOptionalPropertyTypes). */
export function eventFilters(options: EventFilterOptions): CheckedFilters {
  const given = (value: string | undefined, name: string): string | undefined => {
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    if (trimmed === '') throw fail(`--${name} is empty`);
    return trimmed;
  };
  const out: CheckedFilters = {};
  const entity = given(options.entity, 'entity');
  if (entity !== undefined) out.entity = entity;
  const country = given(options.country, 'country');
  if (country !== undefined) out.country = checkCountry('--country', country, fail);
  const theme = given(options.theme, 'theme');
  if (theme !== undefined) out.theme = checkTheme('--theme', theme, fail);
  const cve = given(options.cve, 'cve');
  if (cve !== undefined) out.cve = checkCve('--cve', cve, fail);
  const from = given(options.from, 'from');
  if (from !== undefined) out.from = checkDate('--from', from, fail);
  const to = given(options.to, 'to');
  if (to !== undefined) out.to = checkDate('--to', to, fail);
  checkDateRange({ label: '--from', value: out.from }, { label: '--to', value: out.to }, fail);
  return out;
}

export function hasFilters(filters: CheckedFilters): boolean {
  return Object.keys(filters).length > 0;
}

/** The filters in words, for "no events ..." lines: "in IE, of theme cyber, from 2025-01-01". */
export function describeFilters(filters: CheckedFilters): string {
  const parts: string[] = [];
  if (filters.entity) parts.push(`naming '${filters.entity}'`);
  if (filters.country) parts.push(`in or about ${filters.country}`);
  if (filters.theme) parts.push(`of theme ${filters.theme}`);
  if (filters.cve) parts.push(`naming ${filters.cve}`);
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  return parts.join(', ');
}
