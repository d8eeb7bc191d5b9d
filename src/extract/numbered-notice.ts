/**
 * An issuing office's numbered notice line: "Incident 014-21 -- 09 February 2021", "Advisory No. 7/2021
 * | 3 March 2021", "WARNING 112/21 - 12 May 2021". Maritime and security offices head each notice with
 * its kind, its serial and the day it was issued; that day dates the notice as a dateline would, and
 * the line is no headline.
 */
import { parseDateline } from './dateline.js';

/** The notice's kind, its serial (digits with separators), a dash or a bar, then the rest. */
const NOTICE = /^(?:incident|advisory|alert|notice|notification|bulletin|warning|circular|update|report|message|navarea\s+[ivx]+|hydrolant|hydropac)\s+(?:no\.?\s*|number\s+|#\s*)?[A-Z]{0,4}[-/ ]?\d[\d./-]*[A-Z]?\s*(?:--|—|–|-|\||:)\s*(.{6,48})$/iu;

/** The ISO day of a numbered notice line, or null where the line is not one or its rest is not all date. */
export function numberedNoticeDate(line: string): string | null {
  const m = NOTICE.exec(line.trim());
  if (!m) return null;
  const date = parseDateline(m[1]!);
  return date && date.coverage >= 0.9 ? date.iso : null;
}
