/**
 * "Police chief Dana Ruiz told reporters in Modesto that three people were killed at a grocery store in
 * Turlock": the town where someone spoke is not the scene when the report sets its act in another
 * place. border-telling.ts and at-sea.ts drop a telling place for reports at a border or at sea, and
 * voice-place.ts for statements from two countries; a town where officials spoke and no other place is
 * set as a scene stays (GVA's "told reporters in <town>" is mostly the scene itself). Only a town in a
 * sentence that tells the incident sets a scene: where victims were taken, a vigil, a funeral or a jail
 * is elsewhere by nature and says nothing against the town where officials spoke (review71, c1).
 */

/** A sentence that tells the act or its toll: "killed at a grocery store in Turlock", "a bomb had killed six". */
const INCIDENT = /\b(?:kill(?:s|ed|ing)?|shot|shoot(?:s|ing|ings)?|gunfire|gunman|wound(?:s|ed|ing)|injur(?:ed|ing|ies)|hurt|stabb(?:ed|ing)|attack(?:s|ed)?|bomb(?:s|ed|ing)?|blast|explo(?:sion|ded)|crash(?:ed|es)?|died|dead)\b/i;
/**
 * Where the wounded, the mourners or the suspect went afterwards: such a town is no scene of the act.
 * Only the going or the holding counts ("taken to a hospital", "died at a hospital", "a vigil is planned",
 * "booked into the county jail"), not the nouns alone: "killed at a hospital in Turlock", "shot outside
 * the courthouse", "opened fire at a funeral" set the act there (review72 fault 2).
 */
const AFTERMATH = new RegExp(
  [
    String.raw`\b(?:taken|rushed|transported|airlifted|flown|driven|brought|admitted|transferred)\s+to\b`,
    String.raw`\b(?:treated|hospitali[sz]ed|pronounced\s+dead|(?:later\s+)?died(?:\s+later)?)\s+(?:at|in)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,4}(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re))`,
    String.raw`\b(?:vigils?|funerals?|memorials?|burial|services?)\b[^.;!?\n]{0,60}?\b(?:planned|held|scheduled|will\s+be|set\s+for|took\s+place|gathered)\b`,
    String.raw`\b(?:buried|mourn(?:ers|ed|ing)?|jailed|booked|arraigned|incarcerated|imprisoned)\b`,
    String.raw`\b(?:held|remains?|remained|lodged)\s+(?:in|at)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}(?:jail|prison|detention)`,
    String.raw`\b(?:appeared|appear|appears|arraignment|hearing)\s+(?:in|at|before)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}court`,
  ].join('|'),
  'i',
);

/** Whether `sentence` tells the incident itself, not what followed it elsewhere. */
export function tellsIncident(sentence: string): boolean {
  return INCIDENT.test(sentence) && !AFTERMATH.test(sentence);
}

export interface TellingMention {
  start: number;
  end: number;
}

/**
 * The mentions that only say where someone spoke (`spoken`), of a place (`key`) other than one a
 * mention that is no telling sets as the scene (`scene`: "in", "at", "near" before it).
 */
export function tellingsBesideScene<T extends TellingMention>(mentions: readonly T[], spoken: (e: T) => boolean, scene: (e: T) => boolean, key: (e: T) => string): T[] {
  const tellings = mentions.filter(spoken);
  if (tellings.length === 0) return [];
  const told = new Set(tellings.map(key));
  const scenes = new Set(mentions.filter((e) => !spoken(e) && scene(e)).map(key));
  // A place both told from and set as the scene ("shot in Fresno ... told reporters in Fresno") is the scene.
  const elsewhere = [...scenes].some((k) => !told.has(k));
  return elsewhere ? tellings.filter((e) => !scenes.has(key(e))) : [];
}
