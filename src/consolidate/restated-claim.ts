/**
 * Whether a summary's candidate sentence restates a claim a chosen sentence already makes, in another
 * outlet's words: "Police said a man, 54, was arrested ... over the explosion that killed five workers"
 * and "Police investigating the explosion that killed five workers ... arrested the site's manager".
 * Two such paraphrases share under half their words together (the summary's Dice test misses them),
 * but nearly half the candidate's. They are one claim when the candidate gives figures, all of them
 * the chosen sentence's (the figures pin the claim: "five workers", "a 14-year-old boy"), and adds
 * nothing else a reader would miss: no person the chosen sentence does not name, no element of the
 * story (a cause, an arrest, a response: STORY_ELEMENTS) and no step of a case (CASE_STEPS) it does
 * not tell. A sentence giving the cause of the same blast, a new toll, a named suspect or the charge
 * after an arrest is a claim of its own, and so is one without figures, which words alone cannot tell
 * from a new detail. (The summary asks this only of two reports' leads.)
 */

/**
 * Of the candidate's content words, the share the chosen sentence must hold too. On GVA's summaries a
 * lower share (0.4 of the shorter sentence's) also took for repeats leads that added a rap video's
 * filming, a pistol-whipping or a formal charge.
 */
const CANDIDATE_SHARE = 0.45;
/** Steps of a case, each told in its own words: an arrest is no charge, a charge no conviction. */
const CASE_STEPS: readonly RegExp[] = [
  /\b(?:arrest(?:s|ed)?|detained|held\s+on\s+suspicion)\b/i,
  /\b(?:charg(?:e|es|ed|ing)|indict(?:ed|ment))\b/i,
  /\b(?:convicted|sentenced|pleaded|pled|guilty|acquitted)\b/i,
  /\b(?:custody|jailed|bail|released)\b/i,
];
/** A figure with a fraction: two reports seldom give one by chance. */
const PINNED = /\d\.\d/;
/** Content words the two must hold in common, at least: two short sentences share a few by chance. */
const MIN_COMMON = 4;

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
  dozen: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20',
};
const NUMBER = /\b(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;

/** The figures a sentence gives, digits or words, as digits ("five" and "5" are one figure). */
export function figuresIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const word = m[0].toLowerCase();
    found.add(NUMBER_WORDS[word] ?? word.replace(/,/g, ''));
  }
  return found;
}

/** What restates needs of the two sentences and of the event. */
export interface ClaimReading {
  /** Content words (facts.ts contentWords). */
  words: ReadonlySet<string>;
  text: string;
}

/**
 * `people`: the event's people's names, each a person named in a sentence by its full name or its last
 * word. `elements`: the story elements' patterns.
 */
export function restates(candidate: ClaimReading, chosen: ClaimReading, people: readonly string[], elements: readonly (readonly [string, RegExp])[]): boolean {
  if (candidate.words.size === 0) return false;
  let common = 0;
  for (const w of candidate.words) if (chosen.words.has(w)) common++;
  if (common < MIN_COMMON) return false;
  const figures = figuresIn(candidate.text);
  if (figures.size === 0) return false;
  const theirs = figuresIn(chosen.text);
  for (const f of figures) if (!theirs.has(f)) return false;
  // A figure with a fraction ("6.25%", "$3.8 billion") pins the claim more than words do: two leads
  // that give it and share a few words tell one claim, however unlike the rest of their wording
  // ("kept its key rate unchanged at 6.25 per cent" / "left borrowing costs at 6.25%").
  if (common / candidate.words.size < CANDIDATE_SHARE && ![...figures].some((f) => PINNED.test(f))) return false;
  for (const name of people) if (names(candidate.text, name) && !names(chosen.text, name)) return false;
  for (const [, pattern] of elements) if (pattern.test(candidate.text) && !pattern.test(chosen.text)) return false;
  for (const pattern of CASE_STEPS) if (pattern.test(candidate.text) && !pattern.test(chosen.text)) return false;
  return true;
}

/** Whether the text names the person, by the full name or the surname (its last word) as a word. */
function names(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const surname = /\S+$/.exec(name)?.[0];
  if (!surname || surname === name || !text.includes(surname)) return false;
  return new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
}
