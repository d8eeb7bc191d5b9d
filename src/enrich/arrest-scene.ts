/**
 * An arrest is where it happened when the arrest is the story. A wire lead "Authorities detained the
 * opposition leader in the port town of X overnight" under a capital's dateline tells the arrest's
 * scene, though "detained in X" in another story only says where someone is held (place.ts
 * NOT_THE_SCENE). The headline decides which: one that reports a detention makes the lead's
 * detention the event.
 */

/** A headline that reports an arrest or a detention ("Police detain union chief", "Editor arrested"). */
const ARREST_HEADLINE = /\b(?:arrests?|arrested|detains?|detained|detention|seiz(?:e|es|ed)|captur(?:e|es|ed)|taken\s+into\s+custody)\b/i;
/** The lead's clause before the town: a detention told as the act. */
const ARREST_ACT = /\b(?:arrested|detained|seized|captured|picked\s+up|taken\s+into\s+custody)\b[^.;]*$/i;
/** Words that make the town a home or a base even in an arrest story ("who lives in", "based in"). */
const HOME_WORDS = /\b(?:lived|lives|living|born|based|headquartered|raised|grew\s+up|resident|home\s+town|hometown)\b[^.,;]*$/i;

/**
 * Whether the lead clause `clause` (from the lead's start to the town) tells the detention that the
 * `headline` reports, so the town after it is the scene.
 */
export function arrestIsTheScene(headline: string, clause: string): boolean {
  return ARREST_HEADLINE.test(headline) && ARREST_ACT.test(clause) && !HOME_WORDS.test(clause);
}

/** "the coastal town of ", "the city of ": words that say the next name is a town, known or not. */
const TOWN_OF = /\b(?:town|city|village|port)\s+of\s+$/i;

/** Whether the words right before a name say it is a town ("in the coastal town of Mbour"). */
export function namedAsTown(before: string): boolean {
  return TOWN_OF.test(before);
}
