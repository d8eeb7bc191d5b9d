/**
 * A name that opens a relative clause without its "whom": "the widow of a county deputy Danner
 * killed", "son of the bailiff Varga shot". The words before the name are the
 * clause's object, someone else (the deputy, the reporter): neither a title of the name's nor the
 * relative a kinship names. Told by an article before those words (a title before a name has none:
 * "Deputy Tom Hale") and a verb of a deed done to someone, in the past, right after the name with no
 * object of its own: the clause ends there ("the officer Dan Ruiz shot the man" has its object).
 */

/** Verbs done to someone, in the past, that a clause ending at them leaves without their object. */
const DEED = String.raw`(?:murdered|killed|shot|shot and killed|shot dead|stabbed|strangled|attacked|assaulted|beat|raped|robbed|kidnapped|abducted|wounded|injured|hired|married|divorced|replaced|defeated|sued|loved|succeeded|interviewed)`;
const OPENS_RELATIVE = new RegExp(String.raw`^\s+(?:had\s+)?${DEED}(?=\s*(?:[.,;:!?"”’)]|$))`);
/** "a sheriff's deputy ", "the court reporter ": an article and up to three words right before the name. */
const ARTICLE_AND_NOUN = /(?:^|[^\p{L}])(?:a|an|the)\s+(?:[\p{L}'’.-]+\s+){1,3}$/u;

/** Whether the name at start-end is the subject of a relative clause without "whom" ("a deputy Nichols murdered."). */
export function opensReducedRelative(body: string, start: number, end: number): boolean {
  return OPENS_RELATIVE.test(body.slice(end, end + 40)) && ARTICLE_AND_NOUN.test(body.slice(Math.max(0, start - 60), start));
}
