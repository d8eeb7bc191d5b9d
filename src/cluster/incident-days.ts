/**
 * Whether two events' reports lead with incidents that cannot be one: each report's lead kind on its
 * day (`kind@YYYY-MM-DD`, the profile's incidentDays), every pair of the two events either of another
 * kind on another day or of one kind days apart. An article that scores high with both (a situation
 * report telling the quake and the convoy attacked two days later) is then no evidence they are one
 * event (merges.ts). Events whose reports lead with no incident say nothing here.
 */
import { SAME_KIND_DAYS } from './lead-incident.js';

/** Days either way a report may date an incident of another kind told on the same occasion (a day off). */
const OTHER_KIND_DAYS = 1;

export function incidentDaysApart(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return a.every((x) => b.every((y) => pairApart(x, y)));
}

function pairApart(x: string, y: string): boolean {
  const [kindX, dayX] = split(x);
  const [kindY, dayY] = split(y);
  const days = Math.abs(Date.parse(`${dayX}T00:00:00Z`) - Date.parse(`${dayY}T00:00:00Z`)) / 86_400_000;
  if (!Number.isFinite(days)) return false;
  return days > (kindX === kindY ? SAME_KIND_DAYS : OTHER_KIND_DAYS);
}

function split(incidentDay: string): [string, string] {
  const at = incidentDay.lastIndexOf('@');
  return [incidentDay.slice(0, at), incidentDay.slice(at + 1)];
}
