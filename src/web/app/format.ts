/** Small words for the page: country names, dates, plurals, outlet labels. */
import type { Article } from './types.js';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 2025-10-14 -> 14 Oct 2025; partial dates (2025-07) stay readable. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const month = mo ? new Date(Date.UTC(2000, Number(mo) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : '';
  return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}

/** 2026-11-14T14:20:00Z -> 14 Nov 2026 14:20 UTC (the times the model gives in UTC). */
export function formatTime(value: string): string {
  const m = /T(\d{2}:\d{2})/.exec(value);
  return m ? `${formatDate(value)} ${m[1]} UTC` : formatDate(value);
}

export function outletOf(article: Article | undefined, fallback = 'unknown source'): string {
  if (!article) return fallback;
  // A file's name, not the folders it was read from ("a2.html", as `triangulate show` prints it).
  // An address's site before the file the article came in ("ohioledger.example", not "batch1.jsonl").
  const file = article.source.file?.split(/[\\/]/).pop();
  return article.outlet ?? article.agency ?? siteOf(article.source.url) ?? (file || undefined) ?? article.source.url ?? fallback;
}

function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\d*\./, '') || undefined;
  } catch {
    return undefined;
  }
}
