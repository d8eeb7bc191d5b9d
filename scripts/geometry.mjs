/**
 * Plane geometry on GeoJSON county outlines, shared by the gazetteer's build scripts
 * (build-cities.mjs: which city-county a point lies in; build-county-seats.mjs: a seat's county).
 * Flat-earth distances: the scripts only ask about points a few kilometres from an edge.
 */

/** A county's polygons, whether its geometry is one Polygon or a MultiPolygon. */
export const polygonsOf = (county) => (county.geometry.type === 'Polygon' ? [county.geometry.coordinates] : county.geometry.coordinates);

/** Whether [lon, lat] lies inside a GeoJSON polygon's rings (even-odd: holes excluded). */
export function inRings(rings, [x, y]) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Kilometres from [lon, lat] to the nearest edge of the rings. */
export function kmToEdge(rings, [lon, lat]) {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [(ring[i - 1][0] - lon) * kx, (ring[i - 1][1] - lat) * ky];
      const [bx, by] = [(ring[i][0] - lon) * kx, (ring[i][1] - lat) * ky];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
