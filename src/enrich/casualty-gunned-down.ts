/**
 * "Gunned down" is mostly said of killings ("accused of gunning down 2 neighbours"), but it only says that
 * people were shot: "a masked man gunned down four friends", in a report that goes on to tell each of them
 * is stable and of no death, is four wounded. Such a count is of the shot where the text
 * names no death and tells that the shot lived; else it stays the killer's victims.
 */

/** A match of a count that starts with the verb: "gunned down four friends", "gunning down 3 men". */
export const GUNNED_DOWN = /^gun(?:ning|ned|s)\s+down\b/i;

/** Any word of a death: with one, "gunned down" keeps its usual sense. */
const DEATH_WORD = /\b(?:kill\w*|dead|died|dies|death|deaths|deadly|murder\w*|slain|slaying|fatal\w*|homicides?|manslaughter|(?:lost|took|claimed)\s+(?:the\s+|their\s+|his\s+|her\s+)?lives?|succumbed|passed\s+away)\b/i;

/** Those shot told alive: a hospital condition, survival or recovery, wounds that are no threat to life. */
const LIVED = /\b(?:in\s+(?:\w+\s+){0,2}(?:stable|critical|serious|fair|good|satisfactory)\s+condition|(?:expected\s+to\s+)?(?:survive[ds]?|recover(?:ed|ing)?)\b|non-?\s*life[-\s]threatening|not\s+life[-\s]threatening)/i;

/** Whether a "gunned down" count in `body` is of people shot who lived. */
export function gunnedDownLived(body: string): boolean {
  return !DEATH_WORD.test(body) && LIVED.test(body);
}
