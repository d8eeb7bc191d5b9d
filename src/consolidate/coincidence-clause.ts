/**
 * A sentence that sets the event beside other news ("The briefing comes as Arland and its allies prepare
 * a response to a string of thefts", "The closure came two weeks after the ministry raised the duty"):
 * what follows "comes as" is what else is happening, told as context, not claimed of the event. Its
 * words are no claim the sentence shares with a report that tells that other news as its own claim
 * (review ux77b fault 3: a context clause naming the same theft was credited as an agency's confirmation).
 */

/**
 * The subject (a few words, no clause break), then "comes/came" with an optional lapse ("days after",
 * "just a week after"), then the link to the other news. "came as a surprise/shock/relief" is a claim of
 * its own (how the news was taken): an article after "as" is left out.
 */
const COINCIDES = /^[^,;:"“]{1,60}?\b(?:comes?|came|coming)\s+(?:(?:just|only|barely)\s+)?(?:(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|hours?)\s+)?(?:as(?!\s+(?:a|an|no|little|something)\b)|amid|after|ahead\s+of|days\s+after|at\s+a\s+time\s+when)\s/i;

/** The text after a sentence's "comes as" (or "came days after", "comes amid"), or undefined. */
export function coincidenceTail(text: string): string | undefined {
  const m = COINCIDES.exec(text);
  return m ? text.slice(m[0].length) : undefined;
}
