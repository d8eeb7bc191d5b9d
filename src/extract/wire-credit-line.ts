/**
 * A wire's name alone on the line under a headline, as copied wire stories carry it ("Nordic Press
 * Wire", "Harbour Wire Service", "Fjord Newswire"), possibly with the day after a bar ("Nordic Press
 * Wire | April 7, 2026"). The byline rule (agencies.ts WIRE_NAME) leaves out names ending "Wire" or
 * "News Service", which sites with their own reporters use in bylines; a line holding nothing but such
 * a name, under the title, is the wire's credit. Read as a title, it was taken for the headline and no
 * agency was recorded (review ux77a). The wire's initials in its datelines ("OSLO (NPW) —") then name
 * the same wire (agencies.ts initialsOf).
 */
import { wireCredit } from './agencies.js';
import { parseDateline } from './dateline.js';

/**
 * Capitalised words ending in a wire's words. "Wire" alone is not enough: a Title Case headline ends in
 * it ("Thieves Strip Copper Wire"), and "The Wire" is a site's name; "Press Wire" and "News Wire" are a
 * wire's.
 */
const WIRE_LINE = /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s+(?:Press Wire|News Wire|Wire Service|News Service|Newswire|Press Agency|News Agency)$/u;

export interface WireCreditLine {
  agency: string;
  /** ISO date printed after the name on the same line, or null. */
  iso: string | null;
}

/** The wire a credit line names (and the day it gives beside it), or null. */
export function wireCreditLine(line: string): WireCreditLine | null {
  const parts = line.trim().split(/\s+[|·•]\s+/u);
  if (parts.length > 2) return null;
  const name = parts[0]!;
  const agency = wireCredit(name) ?? (WIRE_LINE.test(name) ? name : null);
  if (!agency) return null;
  if (parts.length === 1) return { agency, iso: null };
  const date = parseDateline(parts[1]!);
  return date && date.coverage >= 0.6 ? { agency, iso: date.iso } : null;
}
