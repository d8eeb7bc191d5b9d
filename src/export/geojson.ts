/**
 * GeoJSON export (RFC 7946): a FeatureCollection of one Point feature an event, at its place, for the
 * map tools analysts lay events on (QGIS, kepler.gl, ArcGIS, a Leaflet page). The properties are the
 * flat values a map's table and its filters want (no nested objects, which most of them show as text).
 * An event whose place has no coordinates keeps its feature with a null geometry, as the RFC allows for
 * an unlocated feature, so the file holds every event the other formats do.
 */
import { creditOf, type ExportedEvent } from '../model/source-article.js';
import { disputedToll } from './disputed-toll.js';
import { vesselCells } from './vessel-cells.js';
import type { ExportWriter } from './index.js';

/** An event as a feature: [longitude, latitude], in that order (RFC 7946, section 3.1.1). */
export function geoFeature(e: ExportedEvent): Record<string, unknown> {
  const place = e.location;
  const located = place && place.lat != null && place.lon != null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: located ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
    properties: {
      id: e.id,
      title: e.title,
      date: e.date,
      date_anchoring: e.dateAnchoring ?? null,
      place: place?.name ?? null,
      country: place?.country ?? null,
      // A guess from the outlet's home town, not from the text (see the CSV's location_inferred).
      place_inferred: place?.inferred === true,
      outlets: e.outlets,
      articles: e.articles.length,
      killed: e.casualties?.killed ?? null,
      injured: e.casualties?.injured ?? null,
      // The figures of a toll the reports give differently side by side ("2; 3"), so a map does not show
      // one side of a dispute as the toll; null where they agree (see disputed-toll.ts).
      killed_disputed: disputedToll(e, 'killed'),
      injured_disputed: disputedToll(e, 'injured'),
      // Deaths from an illness, apart from killed: a running total, with the day of its latest figure.
      died: e.casualties?.died ?? null,
      died_as_of: e.casualties?.diedAsOf ?? null,
      died_disputed: disputedToll(e, 'died'),
      // The people missing, never in killed: the latest report's count.
      missing: e.casualties?.missing ?? null,
      discrepancies: e.discrepancies.length,
      themes: e.themes.join('; '),
      participants: e.participants.map((p) => p.name).join('; '),
      threat_actors: (e.threatActors ?? []).map((a) => a.name).join('; '),
      cves: (e.vulnerabilities ?? []).map((v) => v.cve).join('; '),
      vessels: vesselCells(e),
      crew_held: e.crew?.held ?? null,
      crew_missing: e.crew?.missing ?? null,
      source_outlets: [...new Set((e.sourceArticles ?? []).map(creditOf).filter((o): o is string => !!o))].join('; '),
      summary: e.summary,
    },
  };
}

export const geojsonWriter: ExportWriter = {
  head: '{"type":"FeatureCollection","features":[',
  item: (e, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(geoFeature(e))}`,
  tail: (count) => [count === 0 ? ']}\n' : '\n]}\n'],
};
