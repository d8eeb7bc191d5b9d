/**
 * The station a page credits with its story. Stations of one owner carry each other's stories on their
 * sites: a Memphis station's story ends "Copyright 2015 WMC. All rights reserved." on an Albany,
 * Georgia station's site, or opens "(WMC) -". The host's call sign then names the wrong newsroom, and
 * for a story that names no place the credited station's home city is the better guess. Only call
 * signs the station table knows count, and only where the page credits one station: a page that
 * credits two (a story and another's teaser) says nothing sure.
 */
import { type StationHome, stationHome } from './station-city.js';

/** "Copyright 2019 WIS. All rights reserved.", "Copyright 2015 WGCL-TV (Peachtree Media Group)". */
const COPYRIGHT_LINE = /\bCopyright\s+(?:©\s*)?\d{4}\s+([KW][A-Z]{2,3})(?:-(?:TV|DT))?(?![\w-])/g;
/** "(WMC) - On Saturday afternoon, ..." at the start of the text. */
const OPENING_CREDIT = /^\s*\(([KW][A-Z]{2,3})(?:-(?:TV|DT))?\)\s*[-–—]/;

/** The one station the page's text credits with the story, with its home city; null for none or several. */
export function creditedStation(text: string): StationHome | null {
  const calls = new Set<string>();
  const opening = OPENING_CREDIT.exec(text);
  if (opening) calls.add(opening[1]!);
  for (const m of text.matchAll(COPYRIGHT_LINE)) calls.add(m[1]!);
  let found: StationHome | null = null;
  for (const call of calls) {
    const home = stationHome(call.toLowerCase());
    if (!home) continue;
    if (found && (found.city !== home.city || found.state !== home.state)) return null;
    found = home;
  }
  return found;
}
