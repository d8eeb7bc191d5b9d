/**
 * A page whose text is another story: a scraped local site may keep only a teaser box ("Best Burgers In
 * RiversideRiverside is known for its parks ...", a guide to a city's parade) or an archive's other
 * article where the headline's story was. The headline is then the only witness of the
 * scene, and the text's towns are the teaser's.
 *
 * Told by words: not one of the headline's own words (four letters or more, beyond the words every
 * crime report shares) is in the text, and the headline has at least two such words; and the text tells
 * of no violence at all (no one shot, no police). A text that tells the headline's story repeats some
 * of its words ("Compton", "birthday", "party"), or at least tells of the shooting in its own words
 * ("4 hurt as shots ring out in North Valley" over "Four people were injured ... shots were fired").
 */

/** Words of violence and its aftermath: a text with any of them may be the story told in other words. */
const VIOLENCE = /\b(?:shot|shots|shoot\w*|gun\w*|police|deputies|sheriff\w*|killed|killing|wounded|injured|victims?|homicide|murder\w*|slain|stabb\w*|dead|death)\b/i;

/** Words any shooting report and any teaser may share: they tell no story apart. */
const SHARED = new Set([
  'after', 'with', 'from', 'that', 'this', 'have', 'were', 'been', 'into', 'over', 'than', 'more', 'about', 'says', 'said', 'their', 'they', 'when', 'what', 'will', 'year', 'years',
  'police', 'shot', 'shoots', 'shooting', 'shootings', 'killed', 'kills', 'dead', 'dies', 'died', 'injured', 'wounded', 'hurt', 'man', 'woman', 'teen', 'boy', 'girl', 'child', 'people', 'person',
]);

/** A word's first five letters, lower case: "Shootings" and "shooting", "Parade's" and "parade" alike. */
function stem(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').slice(0, 5);
}

/** Whether `body` shares none of the headline's telling words (see the header). */
export function bodyTellsAnotherStory(headline: string, body: string): boolean {
  const words = (headline.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? []).filter((w) => !SHARED.has(w.toLowerCase()));
  if (words.length < 2) return false;
  const text = body.toLowerCase();
  return !words.some((w) => text.includes(stem(w))) && !VIOLENCE.test(body);
}
