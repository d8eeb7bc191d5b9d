/**
 * Whether the subject of "said" is a state's speaker: the words that end it name an office of the
 * state ("Estonia's foreign minister", "the Chilean foreign ministry", "U.S. officials", "Foreign
 * Minister Ana Ruiz"), or a state itself, by its country, its capital or its union ("Norway", "Moscow",
 * "the European Union"). A nationality word elsewhere in the subject is no state speaking: "A British
 * cybersecurity expert", "A Ukrainian soldier", "Iranian families" and "The Chinese company" speak for
 * themselves, and a "said" inside a relative clause ("A tanker that U.S. officials said was carrying")
 * is not the subject's own word at all.
 */

/** Heads of a subject that speak for a state. */
const SPEAKERS = new Set(
  ('minister ministers ministry ministries government governments cabinet president presidents premier chancellor ' +
    'official officials spokesman spokeswoman spokesperson spokespeople department office embassy embassies envoy envoys ' +
    'ambassador ambassadors diplomat diplomats secretary king queen leader leaders authorities administration treasury kremlin ' +
    'parliament presidency mission delegation').split(' '),
);

/** Words between a subject and its verb that are not its head: "Estonia's foreign minister on Monday said". */
const TRAILING_ADVERBIAL = /\s+(?:(?:on|late|early|last)\s+\p{Lu}\p{L}+|yesterday|today|also|again|has|have|had|previously|earlier|later|separately|repeatedly|publicly|in\s+a\s+statement)\s*$/u;
/** An appositive that ends the subject: "Finland's trade minister, Aino Lehto, said". */
const APPOSITIVE = /,[^,]*,\s*$/u;
/** A relative clause the verb stands in: "A Russian tanker that U.S. officials said ...". */
const RELATIVE = /\b(?:that|which|who|whom|whose)\b/iu;

/**
 * Whether `subject`, the words before "said", ends in a state's speaker; `isState` tells whether a
 * phrase of one to four words names a country, capital or body of states.
 */
export function stateSpeaker(subject: string, isState: (phrase: string) => boolean): boolean {
  let s = subject.replace(APPOSITIVE, '');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(TRAILING_ADVERBIAL, '');
  }
  if (RELATIVE.test(s)) return false;
  const words = s.match(/\p{L}[\p{L}.'’-]*/gu) ?? [];
  if (words.length === 0) return false;
  const bare = (w: string): string => w.replace(/['’]s$/u, '');
  // The state itself: "Norway", "the United States", "U.S.".
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const phrase = words.slice(-n).map(bare).join(' ');
    if (isState(phrase) || isState(phrase.replace(/\.$/u, ''))) return true;
  }
  // A name after its title: "Foreign Minister Ana Ruiz", "spokesman Dmitry Peskov".
  let i = words.length - 1;
  while (i > 0 && /^\p{Lu}/u.test(words[i]!) && !SPEAKERS.has(words[i]!.toLowerCase())) i--;
  return SPEAKERS.has(bare(words[i]!).toLowerCase());
}
