/**
 * Export formats, one function each, registered by name. JSON carries everything; JSON Lines one event
 * a line for streaming tools; CSV one row an event for spreadsheets.
 */
import type { NewsEvent } from '../model/types.js';

export type ExportFormat = 'json' | 'jsonl' | 'csv';

export const EXPORTERS: Record<ExportFormat, (events: readonly NewsEvent[]) => string> = {
  json: (events) => `${JSON.stringify(events, null, 2)}\n`,
  jsonl: (events) => events.map((e) => `${JSON.stringify(e)}\n`).join(''),
  csv: toCsv,
};

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORTERS, name);
}

const CSV_COLUMNS: readonly [string, (e: NewsEvent) => string][] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date ?? ''],
  ['date_anchoring', (e) => e.dateAnchoring ?? ''],
  ['location', (e) => e.location?.name ?? ''],
  ['country', (e) => e.location?.country ?? ''],
  ['title', (e) => e.title],
  ['participants', (e) => e.participants.map((p) => `${p.name}${p.country ? ` (${p.country})` : ''}`).join('; ')],
  ['themes', (e) => e.themes.join('; ')],
  ['articles', (e) => String(e.articles.length)],
  ['outlets', (e) => String(e.outlets)],
  ['discrepancies', (e) => String(e.discrepancies.length)],
  ['summary', (e) => e.summary],
];

function toCsv(events: readonly NewsEvent[]): string {
  const cell = (raw: string): string => {
    // Scraped text starting with = + - @ would run as a formula in a spreadsheet: quote it as text.
    const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const e of events) lines.push(CSV_COLUMNS.map(([, get]) => cell(get(e))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
