import { statesWithCounty } from './gazetteer/county-seats.js';
import { placeHints } from './gazetteer/places.js';

/**
 * A local government named after its town: "Aarhus Municipality", "Uppsala Kommun", "Stockholm
 * County", "Tartu Region". Its town is the scene of what happens to the council ("the network of Aarhus
 * Municipality"). A US county is no town of its name ("Pasco County" is not Pasco, Washington): the
 * caller keeps "County" and "Region" for towns outside the US.
 */
const COUNCIL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(Municipality|Kommune|Kommun|Municipio|Gemeente|City\s+Council|County|Region)$/u;

/** The town a council's name is made of, and whether its kind ("County", "Region") names an area wider than the town. */
export function townOfCouncil(name: string): { town: string; wider: boolean } | null {
  const m = COUNCIL.exec(name);
  return m ? { town: m[1]!, wider: m[2] === 'County' || m[2] === 'Region' } : null;
}

/**
 * Whether "<town> County" is a US county: the US county table holds the name ("Bath", "York",
 * "Lancaster"), or a US state follows it (`after`: the text after the name, "BATH COUNTY, Ky (LEX 18)").
 * Such a county is no town abroad of its name (Bath, England).
 */
export function namesAUsCounty(town: string, after: string): boolean {
  if (statesWithCounty(town).size > 0) return true;
  const state = /^,\s*([^,;:\n(]{2,20})/.exec(after);
  return !!state && [...placeHints(`, ${state[1]!.trim()}`).admin1].some((code) => code.startsWith('US-'));
}
