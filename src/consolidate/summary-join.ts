/**
 * A summary's chosen sentences joined into its text. A fact cut from its sentence at a clause ("Nora
 * Flint, 61, was held on suspicion of manslaughter" of "... and later released on bail, police said.")
 * ends with no stop: followed by another sentence, the two read as one, so it is given one.
 */

/** A sentence's end: a stop, perhaps inside a closing quotation mark or bracket. */
const ENDS_SENTENCE = /[.!?…:;]["'”’)\]]*\s*$/;

/** The start of a sentence of its own: a capital or a figure, perhaps after an opening quotation mark. */
const STARTS_SENTENCE = /^["'“‘(]?[\p{Lu}\d]/u;

/**
 * A clause's last word: a word in lower case. Not one that wants more after it ("Anyone with", "the
 * shooting on Sunday evening.The", "Twenty-one-year-old" before a name): that is a piece of a sentence
 * the page ran together with the next, which a stop would cut.
 */
const CLAUSE_END = /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}'’-]+)$/u;
const WANTS_MORE = /^(?:a|an|the|of|to|in|on|at|by|for|with|from|into|and|or|but|as|that|which|who|whose|his|her|its|their|our|said|says|told|was|were|is|are|be|been|had|has|have)$|-old$/;

/**
 * Only before a sentence of its own (a capital or a figure): a text that runs on in lower case
 * ("Medics pronounced him" before "dead at the scene") is a piece of one sentence, left as it is.
 */
export function joinSummary(sentences: readonly string[]): string {
  return sentences.map((text, i) => (i < sentences.length - 1 && endsClause(text) && STARTS_SENTENCE.test(sentences[i + 1]!) ? `${text}.` : text)).join(' ');
}

function endsClause(text: string): boolean {
  if (ENDS_SENTENCE.test(text)) return false;
  const last = CLAUSE_END.exec(text.trimEnd())?.[1];
  return last !== undefined && !WANTS_MORE.test(last);
}
