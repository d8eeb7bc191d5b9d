/**
 * Coordinates a text states as latitude and longitude with their hemispheres: "11.52 N, 102.49 E",
 * "11.52°N 102.49°E", "11°31'N, 102°29'E", "11°31′12″ N 102°29′ E". Reports of incidents at sea or in
 * open country give them where no town is near; without hemisphere letters a pair of numbers is too
 * often something else (a score, a range) to be read as a point.
 */

export interface StatedPoint {
  lat: number;
  lon: number;
  /** Where the coordinates are written in the text. */
  start: number;
  end: number;
}

/** Degrees, then minutes and seconds if given (each as a number and its mark), then the hemisphere. */
const ANGLE = String.raw`(\d{1,3}(?:\.\d+)?)\s?°?\s?(?:(\d{1,2}(?:\.\d+)?)\s?['′]\s?(?:(\d{1,2}(?:\.\d+)?)\s?(?:["″]|'')\s?)?)?`;
const POINT = new RegExp(String.raw`(?<![\d.])${ANGLE}([NS])\b[,;]?\s{0,3}(?:and\s+)?${ANGLE}([EW])\b`, 'g');

function degrees(whole: string, minutes: string | undefined, seconds: string | undefined): number {
  return Number(whole) + Number(minutes ?? 0) / 60 + Number(seconds ?? 0) / 3600;
}

/** Every point the text states, in order; a pair out of range (a latitude past 90) is none. */
export function statedCoordinates(text: string): StatedPoint[] {
  const found: StatedPoint[] = [];
  for (const m of text.matchAll(POINT)) {
    const lat = degrees(m[1]!, m[2], m[3]) * (m[4] === 'S' ? -1 : 1);
    const lon = degrees(m[5]!, m[6], m[7]) * (m[8] === 'W' ? -1 : 1);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    found.push({ lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
