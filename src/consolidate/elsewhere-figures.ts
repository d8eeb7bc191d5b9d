/**
 * A report placed in the event's town may also tell another town's incident: a live page or a roundup
 * of a day of unrest ("in Kaolack, where eleven people have been hurt") beside the event's own
 * shooting. Such a figure is that town's toll, not the event's; summed into the event it was set
 * against the event's own counts as a dispute. A figure is left out of the event where every
 * sentence of the report that gives it, in words of harm, tells it "in" a town far from the event's
 * and does not name the event's own. Only for reports placed in the event's town that tell harm there
 * too: a report placed elsewhere is a question of which event it belongs to, not of which of its
 * figures, and live pages (a page of timed entries from several towns) and round-ups (round-up.ts) only. On GVA a looser rule (any town the tagger found in the sentence) took streets, districts
 * and hospital towns for other towns and cost 6 events their right count of the wounded.
 */
import type { Article, Casualties, EventLocation } from '../model/types.js';
import { figurePattern } from './reported-at.js';
import { isRoundUp } from './round-up.js';
import { townKey } from './town-key.js';
import { cityCandidates } from '../enrich/gazetteer/cities.js';
import { lookupCountry, lookupRegion } from '../enrich/gazetteer/places.js';
import { kilometres } from '../util/geo.js';

/** Words of harm a toll's sentence holds. */
const HARM = /\b(?:killed|killing|dead|died|deaths?|lives|toll|hurt|injured|injuries|wounded|casualties|shot|hospitali[sz]ed)\b/i;

type Report = Pick<Article, 'body' | 'sentences' | 'entities' | 'place' | 'casualties' | 'liveEntries'> & Partial<Pick<Article, 'headline'>>;

/** Another town lies this far from the event's at the least: a district or a suburb of its city is no other town. */
const APART_KM = 25;

type Town = Pick<EventLocation, 'name' | 'country' | 'lat' | 'lon'>;

/**
 * Whether a span of the report names another town than the event's (and not the event's own): a
 * city the tagger found whose every namesake in the event's country lies far from the event's point.
 * A name the gazetteer does not place in that country is no evidence either way.
 */
function namesAnotherTown(report: Report, start: number, end: number, own: Town): boolean {
  // Where the hurt were taken ("flown to a hospital in Jackson") is no scene of harm.
  if (CARE.test(report.body.slice(start, end))) return false;
  const cities = citiesIn(report, start, end);
  if (cities.some((e) => isOwn(e, own))) return false;
  // The scene told as "in Kaolack": a street, a district or a name a tagger read as a town is seldom written so.
  return cities.filter((e) => IN_TOWN.test(report.body.slice(Math.max(0, e.start - 4), e.start))).some((e) => {
    const namesakes = cityCandidates(e.canonical ?? e.text).filter((c) => c.country === own.country);
    return namesakes.length > 0 && namesakes.every((c) => kilometres(c.lat, c.lon, own.lat!, own.lon!) >= APART_KM) && Math.max(...namesakes.map((c) => c.population)) >= MIN_POPULATION;
  });
}

/**
 * Another town is a town of this many people at the least: a village near the event's town may be its
 * scene where the gazetteer placed the event's town at a namesake far off (GVA: a boy shot in Masury
 * under an event placed at the Brookfield of another state).
 */
const MIN_POPULATION = 20000;

/** Words of care: a sentence telling where the hurt are treated. */
const CARE = /\b(?:hospitals?|hospitali[sz]ed|medical\s+cent(?:er|re)|clinic|trauma)\b/i;
/** "in " right before a town's name. */
const IN_TOWN = /\bin\s+$/i;

const citiesIn = (report: Report, start: number, end: number) => report.entities.filter((e) => e.type === 'location' && e.subtype === 'city' && e.start >= start && e.end <= end);
const isOwn = (e: { text: string; canonical?: string }, own: Town): boolean => townKey(e.canonical ?? e.text) === townKey(own.name) || townKey(e.text) === townKey(own.name);

/**
 * Whether the report tells harm in the event's own town too, as a roundup or a live page does: a
 * report that names no harm there is more likely placed in the wrong town than telling two towns.
 */
function tellsHarmAtHome(report: Report, own: Town): boolean {
  return report.sentences.some((s) => HARM.test(report.body.slice(s.start, s.end)) && citiesIn(report, s.start, s.end).some((e) => isOwn(e, own)));
}

/** Whether the report gives this figure only in sentences of harm about another town than the event's. */
export function toldOnlyOfAnotherTown(report: Report, figure: number, own: Town): boolean {
  if (own.lat === null || own.lon === null || !tellsHarmAtHome(report, own)) return false;
  const pattern = figurePattern(String(figure));
  const told = report.sentences.filter((s) => {
    const text = report.body.slice(s.start, s.end);
    return pattern.test(text) && HARM.test(text);
  });
  return told.length > 0 && told.every((s) => namesAnotherTown(report, s.start, s.end, own));
}

/** Each report's figures, less those it tells only of another town's incident (see the top of this file). */
export function withoutOtherTownsFigures<T extends Report>(reports: readonly T[], place: EventLocation | null): T[] {
  // A country or a region is no town: its towns are all the event's.
  if (!place || place.lat === null || lookupCountry(place.name) || lookupRegion(place.name)) return [...reports];
  const own = townKey(place.name);
  return reports.map((r) => {
    const c = r.casualties;
    // Live pages only: on GVA the same rule over every report also took an Orlando club shooting's 10
    // hurt, told as "unrelated", out of a Tampa report's event, and its gold counted them (injured 2,368 -> 2,367).
    // Since fixp70a round-ups too, told by their headline or lead (round-up.ts): not a report that recalls another town's shooting lower down.
    if (!c || !r.place || townKey(r.place.name) !== own || (!r.liveEntries?.length && !isRoundUp(r))) return r;
    const keep = (n: number | null): number | null => (n != null && toldOnlyOfAnotherTown(r, n, place) ? null : n);
    const casualties: Casualties = { ...c, killed: keep(c.killed), injured: keep(c.injured) };
    if (casualties.killed === c.killed && casualties.injured === c.injured) return r;
    return { ...r, casualties: casualties.killed === null && casualties.injured === null && c.died == null && c.missing == null ? null : casualties };
  });
}
