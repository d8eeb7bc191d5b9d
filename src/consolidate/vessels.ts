/**
 * An event's vessels: the merchant ships its reports name ("MV Coral Meridian", "the Liberia-flagged
 * bulk carrier Sea Lark (IMO 9345678)"), one entry per ship across reports (by IMO number, else by
 * name: "the Sea Lark" is "MV Sea Lark"), with the flag and IMO number where a report states them, the
 * reports that name it and the independent outlets those are. A ship is neither a person, a body nor a
 * place: `withoutVessels` takes its name out of the event's participants and bodies.
 */
import { type HullMention, hullKey, hullMentions, sameHull } from '../cluster/hulls.js';
import { countryOfDemonym, lookupCountry } from '../enrich/gazetteer/places.js';
import { toldOfAnotherTime } from '../enrich/another-time.js';
import { sentenceAround } from '../enrich/sentence-around.js';
import { writesShipName } from './ship-name-case.js';
import { recalledShip, unnamedImo } from './recalled-ship.js';
import { escapeRegExp } from '../util/regexp.js';
import type { OrganizationRef, Participant, VesselRef } from '../model/types.js';

export interface VesselText {
  id: string;
  headline: string | null;
  body: string;
}

/** "(IMO 9345678)", ", IMO No. 9345678" right after the name: only hulls carry these seven-digit numbers. */
const IMO_AFTER = /^\s*[(,]\s*IMO(?:\s*(?:no\.?|number|#))?\s*:?\s*(\d{7})\b/i;
/** "Liberia-flagged", "Marshall Islands-flagged", "Liberian-flagged" shortly before the name, past the ship's words. */
const FLAGGED_BEFORE = /(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)-flagged\s+(?:[\p{Ll}-]+\s+){0,4}(?:(?:MV|MT|M\/V|M\/T)\s+)?$/u;
/** "flies the Liberian flag", "under the Panamanian flag": a sentence that also names the ship. */
const FLAG_OF = /\b(?:fl(?:ies|ying|ew)|under|sail(?:s|ed|ing)?\s+under|registered\s+under)\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+flag\b/u;
/** "under the flag of the Marshall Islands", "flagged in Panama", "registered in Malta". */
const FLAG_OF_PLACE = /\b(?:flag\s+of|flagged\s+in|registered\s+in)\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/u;

/** The country a flag's words name: a country's name or its people's word; else the last word alone ("The Panamanian"). */
function flagCountry(words: string): string | null {
  const last = words.split(' ').pop()!;
  return lookupCountry(words)?.country ?? countryOfDemonym(words) ?? (last !== words ? flagCountry(last) : null);
}

interface Found {
  name: string;
  aliases: Set<string>;
  imo: string | null;
  flag: string | null;
  sources: string[];
  groups: Set<string>;
}

/** The sentence of `text` around offset `at`: from the stop before to the stop after. */
function sentenceAt(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const stops = [text.indexOf('. ', at), text.indexOf('\n', at)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) + 1 : text.length);
}

/** The flag a report gives the ship `key` in a sentence that names it, or null. */
function statedFlag(text: string, name: string): string | null {
  const lower = text.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) {
    const before = FLAGGED_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    const told = before?.[1] ?? FLAG_OF.exec(sentenceAt(text, at))?.[1] ?? FLAG_OF_PLACE.exec(sentenceAt(text, at))?.[1];
    const country = told ? flagCountry(told) : null;
    if (country) return country;
  }
  return null;
}

/** `groupOf`: the independent-source group of an article (consolidate/sources.ts). */
export function vesselsOf(articles: readonly VesselText[], groupOf: (articleId: string) => string): VesselRef[] {
  const found: Found[] = [];
  const texts = articles.map((a) => ({ id: a.id, text: `${a.headline ?? ''}\n${a.body}` }));
  for (const { text } of texts) {
    const own = ownHullMentions(text);
    // "The ship, IMO 9587214, is owned by ...": the number of a report's one ship (recalled-ship.ts).
    const keys = new Set(own.map((m) => hullKey(m.name)));
    const onlyShipImo = keys.size === 1 ? unnamedImo(text) : null;
    for (const m of own) {
      const imo = IMO_AFTER.exec(text.slice(m.end, m.end + 30))?.[1] ?? statedImo(text, m.name) ?? onlyShipImo;
      const entry = found.find((f) => (imo !== null && f.imo === imo) || sameHull(hullKey(f.name), hullKey(m.name)));
      const shorter = entry && m.name.length < entry.name.length ? m.name : null;
      const target = entry ?? { name: m.name, aliases: new Set<string>(), imo, flag: null, sources: [], groups: new Set<string>() };
      if (!entry) found.push(target);
      // The shorter of two forms that are one ship ("Selene Star" beside "Selene Star Tuesday") is its name.
      if (shorter) {
        target.aliases.add(target.name);
        target.name = shorter;
      } else if (m.name !== target.name) target.aliases.add(m.name);
      if (m.prefix) target.aliases.add(`${m.prefix} ${m.name}`);
      target.imo ??= imo;
    }
  }
  // A report that names the ship only as one of another event may still give its number beside its name.
  for (const f of found) for (const { text } of texts) f.imo ??= statedImo(text, f.name);
  // Every report that writes a ship's name counts for it ("the Sea Lark" in a report that never calls it a carrier).
  for (const f of found) {
    for (const { id, text } of texts) {
      if (!writesShipName(text, f.name)) continue;
      if (!f.sources.includes(id)) f.sources.push(id);
      f.groups.add(groupOf(id));
      f.flag ??= statedFlag(text, f.name);
    }
  }
  return found
    .filter((f) => f.sources.length > 0)
    .map((f) => ({ name: f.name, aliases: [...f.aliases].filter((a) => a !== f.name).sort(), imo: f.imo, flag: f.flag, sources: f.sources, corroboration: f.groups.size }))
    .sort((a, b) => b.corroboration - a.corroboration);
}

/** The IMO number `text` writes right after the ship's name anywhere ("The Aegean Horizon, IMO 9412387, is owned by"), or null. */
function statedImo(text: string, name: string): string | null {
  for (const w of text.matchAll(wholeName(escape(name), 'gu'))) {
    const imo = IMO_AFTER.exec(text.slice(w.index + w[0].length, w.index + w[0].length + 30))?.[1];
    if (imo) return imo;
  }
  return null;
}

/** Where the headline ends and the lead's first sentence: the report's own story, whatever year it names. */
function leadEnd(text: string): number {
  const line = text.indexOf('\n');
  const stop = text.indexOf('. ', line + 1);
  return stop < 0 ? text.length : stop;
}

/**
 * The ships `text` names for its own story: a ship named past the lead in a sentence of another time
 * ("In 2019 another ship, the MV Golden Dawn, had 22 crew taken hostage") is another event's (review71 a1),
 * and so is one named to recall an earlier attack ("Tuesday's attack on the tanker Aegean Horizon", recalled-ship.ts).
 */
function ownHullMentions(text: string): HullMention[] {
  const lead = leadEnd(text);
  return hullMentions(text).filter((m) => m.start <= lead || (!toldOfAnotherTime(sentenceAround(text, m.start)) && !recalledShip(text.slice(Math.max(0, m.start - 200), m.start), text.slice(m.end, m.end + 200))));
}

/** A pattern of `source` as whole words: no letter or digit either side. */
function wholeName(source: string, flags: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${source})(?![\p{L}\d])`, flags);
}

/** The name as matched in a text: any space between its words. */
function escape(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s+');
}

/** A person's or body's name as a ship's would be keyed, without a merchant prefix or "the". */
function asHull(name: string): string {
  return hullKey(name.replace(/^(?:the|MV|M\/V|MT|M\/T)\s+/i, ''));
}

/** Whether every place `texts` write `name` lies inside a ship's name as hullMentions reads it (its prefix with it). */
function writtenOnlyAsShip(name: string, texts: readonly string[]): boolean {
  const pattern = wholeName(escape(name), 'gu');
  return texts.every((text) => {
    const ships = hullMentions(text).map((m) => ({ from: m.start - (m.prefix ? m.prefix.length + 1 : 0), to: m.end }));
    return [...text.matchAll(pattern)].every((w) => ships.some((s) => w.index >= s.from && w.index + w[0].length <= s.to));
  });
}

/**
 * The participants and bodies that are none: the event's ships, by name or any form a report wrote.
 * With the reports' `texts`, a body whose name they also write outside a ship's name stays: "Houthi
 * spokesman Yahya Saree" is a body though a sentence misread as "the tanker Houthi" (review71 b1).
 */
export function withoutVessels<T extends Participant | OrganizationRef>(list: readonly T[], vessels: readonly VesselRef[], texts?: readonly string[]): T[] {
  if (vessels.length === 0) return [...list];
  const names = new Set(vessels.flatMap((v) => [v.name, ...v.aliases].map(asHull)));
  return list.filter((x) => !names.has(asHull(x.name)) || (texts !== undefined && !writtenOnlyAsShip(x.name, texts)));
}
