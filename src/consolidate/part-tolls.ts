/**
 * A part's toll is not the whole's: "Thirty-one people were killed in Halabja district" in a report of
 * an earthquake centred across the border, "In Iraq, 26 died". Set beside the totals the other reports
 * give (240, 296, 318), such a subtotal read as a rival figure for the whole event, and, given by two
 * reports, could outvote them. A report's figure is left out of the event's toll where every sentence
 * that gives it places the harm in a district, province or governorate that is not the event's place,
 * or in another country than the event's, and another report gives a higher figure of that kind.
 * Not a county: on US pages "killed in Cook County" is most often the scene told by its county.
 */
import type { Article, Casualties, EventLocation } from '../model/types.js';
import { findCasualties } from '../enrich/casualties.js';
import { lookupCountry } from '../enrich/gazetteer/places.js';
import { cityCandidates } from '../enrich/gazetteer/cities.js';
import { usStateNamed } from '../enrich/gazetteer/us-states.js';
import { kilometres } from '../util/geo.js';

type Report = Pick<Article, 'body' | 'sentences' | 'casualties'>;
type Kind = 'killed' | 'injured';

const NAME = String.raw`\p{Lu}[\p{L}'’-]*`;
/** The harm placed in a named area: "killed in Halabja district", "injured in Iraq's Halabja district", "dead in Iraq". */
const HARM_IN = new RegExp(String.raw`\b(?:killed|dead|died|deaths|injured|wounded|hurt)\s+in\s+(?:the\s+)?(?:${NAME}['’]s\s+)?((?:${NAME}\s+){1,3}(?:district|province|governorate)\b|${NAME}(?:\s+${NAME})?)`, 'gu');
/** A sentence opened by its area: "In Iraq, 26 people died". */
const OPENS_IN = new RegExp(String.raw`^\s*In\s+(${NAME}(?:\s+${NAME})?),`, 'u');

/** A province's namesake town lies this near the event's place at most, where the province may hold it. */
const PROVINCE_KM = 200;

/**
 * Whether the area named is another part of the event's ground than its place: another country, or a
 * district, province or governorate whose namesake town is not near the event's place in its country
 * ("Halabja district" beside an earthquake placed in Kermanshah, Iran). A province named after a town
 * near the event's may hold its place ("Kermanshah province" around Sarpol-e Zahab): such a figure stays.
 */
function isOtherPart(area: string, place: EventLocation): boolean {
  const name = area.trim();
  const unit = /\s+(?:district|province|governorate)$/.exec(name);
  if (unit) {
    const town = name.slice(0, unit.index);
    if (town.toLowerCase() === place.name.toLowerCase()) return false;
    // A province around the event's town, by a namesake town of its country near it; a name the gazetteer lacks is no such.
    return !cityCandidates(town).some((t) => t.country === place.country && (place.lat === null || place.lon === null || kilometres(t.lat, t.lon, place.lat, place.lon) <= PROVINCE_KM));
  }
  const country = lookupCountry(name);
  if (country === null || country.country === '' || country.country === place.country) return false;
  // "killed in Georgia", "died in Lebanon" on a US page: a state or a town of the event's own country of
  // that name, as likely as the country (review72, suspected).
  if (place.country === 'US' && usStateNamed(name) !== null) return false;
  return !cityCandidates(name).some((t) => t.country === place.country);
}

/** Whether the sentence places its harm only in another part of the event's ground. */
function tellsPart(text: string, place: EventLocation): boolean {
  const areas = [...text.matchAll(HARM_IN)].map((m) => m[1]!);
  const opening = OPENS_IN.exec(text);
  if (opening) areas.push(opening[1]!);
  return areas.length > 0 && areas.every((area) => isOtherPart(area, place));
}

/** Whether no figure is left. */
export function emptied(c: Casualties): boolean {
  return c.killed == null && c.injured == null && c.died == null && c.missing == null;
}

/** Each report's figures, less the subtotals of a part of the event's ground (see the top of this file). */
export function withoutPartTolls<T extends Report>(reports: readonly T[], place: EventLocation | null): T[] {
  if (!place || !place.country) return [...reports];
  const highest = (kind: Kind): number => Math.max(0, ...reports.map((r) => r.casualties?.[kind] ?? 0));
  return reports.map((r) => {
    const c = r.casualties;
    if (!c) return r;
    const isPart = (kind: Kind): boolean => {
      const n = c[kind];
      if (n == null || n >= highest(kind)) return false;
      const told = r.sentences.map((s) => r.body.slice(s.start, s.end)).filter((text) => findCasualties(text)?.[kind] === n);
      return told.length > 0 && told.every((text) => tellsPart(text, place));
    };
    const parts = (['killed', 'injured'] as const).filter(isPart);
    if (parts.length === 0) return r;
    const casualties: Casualties = { ...c };
    for (const kind of parts) casualties[kind] = null;
    return { ...r, casualties: emptied(casualties) ? null : casualties };
  });
}
