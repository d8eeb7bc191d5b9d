/**
 * Time-zone abbreviations that live pages print after a clock time ("09:20 ICT", "14:05 EAT"), with
 * their offsets in minutes east of UTC. Each region's common names are listed, so that a page from
 * Bangkok, Nairobi or Karachi keeps its stamps as a page from London or New York does.
 *
 * A few abbreviations stand for more than one zone. Those list every reading, the most common first;
 * the page's own offset (the one its publication time is written in) picks the reading that matches
 * it, as a page from Dublin written at +01:00 means Irish time by "IST" and one from Delhi at +05:30
 * means India's. With no offset to go by, the first reading is taken.
 */
const ZONES: Readonly<Record<string, readonly number[]>> = {
  // Europe and the Atlantic.
  WET: [0], WEST: [60], CET: [60], CEST: [120], EET: [120], EEST: [180], MSK: [180], TRT: [180],
  // BST: British summer time, or Bangladesh standard time on a page written at +06:00.
  BST: [60, 360],
  // IST: India's, Ireland's summer time, or Israel's winter time.
  IST: [330, 60, 120],
  // Africa.
  WAT: [60], CAT: [120], SAST: [120], EAT: [180],
  // The Middle East and South and Central Asia.
  IRST: [210], GST: [240], AFT: [270], PKT: [300], UZT: [300], NPT: [345], MMT: [390],
  // South-East and East Asia. PHT is the Philippines'; "PST" there too, on a page written at +08:00.
  ICT: [420], WIB: [420], WITA: [480], WIT: [540], PHT: [480], SGT: [480], MYT: [480], HKT: [480], AWST: [480],
  JST: [540], KST: [540],
  // CST: America's Central standard time, or China's on a page written at +08:00.
  CST: [-360, 480],
  // Australia and the Pacific.
  ACST: [570], ACDT: [630], AEST: [600], AEDT: [660], NZST: [720], NZDT: [780], HST: [-600],
  // The Americas (ET, CT, MT and PT have no season written: live-time.ts reads them on the day).
  NST: [-210], NDT: [-150], AST: [-240], ADT: [-180], BRT: [-180], ART: [-180],
  EST: [-300], EDT: [-240], CDT: [-300], MST: [-420], MDT: [-360], PST: [-480, 480], PDT: [-420], AKST: [-540], AKDT: [-480],
};

/** Names a live-stamp pattern may hold besides GMT, UTC and an offset: the table's and the seasonless ET, CT, MT, PT. */
export const NAMED_ZONE_PATTERN = [...Object.keys(ZONES), 'ET', 'CT', 'MT', 'PT']
  // Longest first, so "CEST" is not read as "CET" cut short.
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .join('|');

/**
 * The offset of a named zone: the reading that matches the page's own offset where the name has
 * several, else its first; null for a name not in the table.
 */
export function namedZoneOffset(name: string, pageOffset: number | null): number | null {
  const readings = ZONES[name];
  if (!readings) return null;
  if (pageOffset !== null && readings.includes(pageOffset)) return pageOffset;
  return readings[0]!;
}
