/**
 * Two bodies named side by side read as one: "the Country Party of Canada and Greens", "VTB Group
 * and Gazprombank", "CDU / Christian Social Union". Both the
 * chunker (which joins "and" inside a headed name) and the tagger run such lists together. A name that
 * is already whole before "and" or a slash (two words or more ending in a head word, or a head
 * "of" a known place) ends there, and what follows is a name of its own. Names with "and" inside stay
 * whole: their part before "and" is no whole body ("Securities and Exchange Commission", "Department of
 * Health and Human Services", "Ministry of Trade and Industry"). Not at a dash: parties take one into
 * their names ("Croatian People's Party - Liberal Democrats").
 */
import type { Entity } from '../../model/types.js';
import { lookupCity, lookupCountry, lookupRegion } from '../gazetteer/places.js';
import { usStateNamed } from '../gazetteer/us-states.js';
import { ORG_HEADS } from './lexicon.js';

const isPlace = (text: string): boolean => lookupCountry(text) !== null || lookupCity(text) !== null || lookupRegion(text) !== null || usStateNamed(text) !== null;
const SEPARATOR = /\s(?:and|\/)\s(?:the\s)?(?=\p{Lu})/gu;
/** "Party of Australia", "Bank of Scotland": a head word, "of" and a place's name of up to three words. */
const HEAD_OF = /(\S+)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s?){1,3})$/u;

/** A body's whole name: two words or more, ending in a head word or in a head "of" a place. */
function isWholeBody(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  if (ORG_HEADS.has(words[words.length - 1]!.toLowerCase())) return true;
  const m = HEAD_OF.exec(name);
  return !!m && ORG_HEADS.has(m[1]!.toLowerCase()) && isPlace(m[2]!.trim());
}

/** Organisations cut where a whole body's name ends before "and" or a slash. */
export function splitJoinedBodies(entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.type !== 'organization' || !/\s(?:and|\/)\s/.test(e.text)) {
      out.push(e);
      continue;
    }
    const parts: { start: number; end: number }[] = [];
    let from = 0;
    for (const m of e.text.matchAll(SEPARATOR)) {
      const left = e.text.slice(from, m.index);
      const next = /^\S+/.exec(e.text.slice(m.index + m[0].length))![0];
      // "Bosnia and Herzegovina", "England and Wales": a place after "and" belongs to the name before it.
      if (!isWholeBody(left) || isPlace(next)) continue;
      parts.push({ start: from, end: m.index });
      from = m.index + m[0].length;
    }
    if (parts.length === 0) {
      out.push(e);
      continue;
    }
    parts.push({ start: from, end: e.text.length });
    parts.forEach((p, i) => {
      const text = e.text.slice(p.start, p.end);
      // The first part keeps what the whole had (its country); a later one is a place if the gazetteer says so.
      const type = i > 0 && isPlace(text) ? 'location' : 'organization';
      const part: Entity = i === 0 ? { ...e, text } : { text, type, start: e.start + p.start, end: e.start + p.end };
      part.start = e.start + p.start;
      part.end = e.start + p.end;
      out.push(part);
    });
  }
  return out;
}
