/**
 * A reading-time label that sites print beside the story's date ("March 13, 2026 | 7 min read",
 * "Updated April 8, 2026 · 4 min read", "12 Feb 2027 - 5 minute read"). Read with the date, the line is
 * mostly not date and the dateline reader turned it down, leaving copied text undated (review ux77a):
 * the label is page furniture and is taken off before the date is read.
 */

/** A separator, a count of minutes and "read", closing the line. */
const READING_TIME = /\s*(?:[|·•–—-]\s*)?\d{1,3}\s*(?:-\s*)?(?:min|mins|minute|minutes)\.?\s+read\s*$/iu;

/** The line without a closing reading-time label; the line itself where it has none. */
export function withoutReadingTime(line: string): string {
  const stripped = line.replace(READING_TIME, '');
  // A line that is nothing but the label ("7 min read") keeps it: there is no date to read.
  return stripped.trim() ? stripped : line;
}
