/**
 * Whether a plural noun counts people: a noun the casualty counts take as people ("sailors",
 * "fishermen"), one of a few more roles that such counts do not need, any word ending in "-men"
 * ("crewmen", "seamen"), or the plural of a people's name ("Thais", "Cambodians"). The across-reports
 * counts leave these out, as different counts of people are most often different people: the three
 * sailors hurt and the eleven detained.
 */
import { WHO_NOUNS } from './casualty-count.js';
import { countryOfDemonym } from './gazetteer/places.js';

const CASUALTY_NOUN = new RegExp(String.raw`^(?:${WHO_NOUNS})$`, 'i');
const OTHER_ROLES = /^(?:crew|crews|crewmembers|seafarers|diplomats|nationals|citizens|doctors|nurses|farmers|pupils|rebels|insurgents|gunmen|attackers|suspects|monks|priests|traders|merchants|drivers|contractors|volunteers|staffers|envoys|ministers|lawmakers|legislators|delegates|observers|monitors|peacekeepers|commandos|reservists|conscripts|recruits|cadets)$/i;

export function isPeopleNoun(word: string): boolean {
  if (CASUALTY_NOUN.test(word) || OTHER_ROLES.test(word) || /^[a-z]+men$/i.test(word)) return true;
  // "Thais", "Cambodians", "Filipinos": a people's word with the plural's "s".
  return /s$/i.test(word) && countryOfDemonym(word.slice(0, -1)) !== null;
}
