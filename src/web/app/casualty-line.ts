/**
 * The event page's line of casualties. Deaths from an illness are shown as deaths, never as "Killed"
 * (an outbreak has no killer), and as a running total with the day of its latest figure; a report of
 * violence or an accident keeps "Killed" and "Injured".
 */
import type { Casualties } from '../../model/types.js';

export function casualtyLine(c: Casualties): string {
  const died = c.died != null ? `Deaths from illness: ${c.died}${c.diedAsOf ? ` (running total as of ${c.diedAsOf})` : ''}` : null;
  // The missing beside the toll, never in it (a landslide's, a flood's): most may be the dead not yet found.
  const missing = c.missing != null ? ` · Missing: ${c.missing}` : '';
  // An outbreak's page gives no violent toll to say "not reported" of.
  if (died && c.killed == null && c.injured == null) return died + missing;
  const violent = `Killed: ${c.killed ?? 'not reported'} · Injured: ${c.injured ?? 'not reported'}`;
  return (died ? `${violent} · ${died}` : violent) + missing;
}
