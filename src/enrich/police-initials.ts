/**
 * A city's police force named by its initials: "IMPD: boy, 6, hurt by a gun he found", "NOPD
 * said", "BRPD: Shooting death ..." on a Baton Rouge station's page. A local story often names its
 * city only so (the tagger reads the initials as a body, not a place), and the force places the story
 * in its city as "Indianapolis police" does.
 */
import { cityCandidates } from './gazetteer/cities.js';

/** A force's initials: one to four letters of its city's name, "M" for "Metropolitan" or "Metro", and "PD". */
export const FORCE_INITIALS = /\b[A-Z]{1,5}PD\b/g;

/**
 * Forces news names by their initials alone, the city unnamed: each stands for one city only. Not a
 * two-letter one ("APD", "HPD", "CPD": Atlanta or Austin, Houston or Honolulu, Chicago or Columbus),
 * nor "SAPD" (San Antonio's and San Angelo's): those need their city named on the page.
 */
const KNOWN_FORCES = new Map<string, string>([
  ['LAPD', 'Los Angeles'],
  ['NOPD', 'New Orleans'],
  ['IMPD', 'Indianapolis'],
  ['LVMPD', 'Las Vegas'],
  ['LMPD', 'Louisville'],
  ['CMPD', 'Charlotte'],
  ['SFPD', 'San Francisco'],
  ['MNPD', 'Nashville'],
]);

/**
 * New York City's force: records name the borough (nyc-borough.ts), which a text that says "NYPD"
 * names by itself or by a neighbourhood ("in Bushwick"); the force would only put the coarser city over it.
 */
const BOROUGHS_FORCE = /^NYPD$/;

/** A run of capitalised words: a city's name as a page writes it ("Baton Rouge", "St. Paul"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu;

/**
 * The city whose force the initials name: a known force's, else a city of two or more words the page
 * names (its text or its site's name) whose initials they are ("GJPD" beside "Grand Junction", "BRPD"
 * beside "WAFB 9 News Baton Rouge"), "M" after them read as "Metropolitan". One letter is too little to
 * tell a city by ("HPD" beside "Houston" may be Honolulu's), so a one-word city needs the table.
 */
export function cityOfForceInitials(initials: string, page: string): string | null {
  if (BOROUGHS_FORCE.test(initials)) return null;
  const known = KNOWN_FORCES.get(initials);
  if (known) return known;
  const letters = initials.slice(0, -2);
  const readings = [letters, ...(letters.endsWith('M') ? [letters.slice(0, -1)] : [])].filter((l) => l.length >= 2);
  for (const reading of readings) {
    for (const m of page.matchAll(CAPITALISED_RUN)) {
      const words = m[0].split(/\s+/);
      // Any run of as many words as letters within the capitalised run ("WAFB 9 News Baton Rouge" holds "Baton Rouge").
      for (let i = 0; i + reading.length <= words.length; i++) {
        const run = words.slice(i, i + reading.length);
        if (run.map((w) => w[0]).join('') !== reading) continue;
        const name = run.join(' ').replace(/[.,'’]+$/, '');
        if (cityCandidates(name).length > 0) return name;
      }
    }
  }
  return null;
}
