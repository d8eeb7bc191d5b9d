/**
 * A sheriff named after a county without the word ("the Hanover Sheriff's Office said" in a Virginia
 * story that also writes "Hanover County Sheriff's Office"): US sheriffs are county officers, so the
 * name is the county's, not a town's. Read as a town it was a namesake in another state (Hanover,
 * Maryland). Only where the gazetteer's town lies outside every state the text names and one of those
 * states has a county of the name; a city's own sheriff in a state that has them ("Richmond Sheriff's
 * Office" of Virginia's independent city) is a town of the text's state and stays.
 */
import { statesWithCounty } from './gazetteer/county-seats.js';
import { usStatesIn } from './gazetteer/us-states.js';

/** Whether a sheriff named "name" is the county's of a state the text names, not the town `townState` (a postal code) has. */
export function sheriffOfCountyElsewhere(name: string, townState: string | undefined, body: string): boolean {
  const states = usStatesIn(body);
  if (states.size === 0 || (townState !== undefined && states.has(townState))) return false;
  const counties = statesWithCounty(name);
  return [...states].some((state) => counties.has(state));
}
