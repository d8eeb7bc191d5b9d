/**
 * A theft told by its verb right before its date, with no noun to name it: "intruders siphoned $40
 * million in tokens from the Oslo broker Fjordex last weekend" is a theft from Fjordex, which a later
 * report's "the theft" or a stored event titled "Hackers drain ..." answers. The verb counts only with
 * a sum or a store of value after it ("stole the show", "drained the pool" are no thefts).
 */
const THEFT_VERB = /\b(?:stole|stolen|siphoned|looted|drained|made\s+off\s+with|makes?\s+off\s+with)\b/gi;
/** What was taken, within a few words of the verb: a sum, funds, a currency, tokens, a wallet's holdings. */
const VALUE_AFTER = /^\s+(?:\S+\s+){0,3}?(?:[$€£¥₩]|\d|funds|crypto\w*|tokens?|coins?|ether|bitcoin|digital\s+(?:assets|currency)|assets)/i;
/** Whom it was taken from: the last run of capitalised words after "from" ("from the Oslo broker Fjordex"). */
const FROM_NAME = /\bfrom\s+(?:the\s+|an?\s+)?(?:[\p{L}\d'’&.-]+\s+){0,4}?(\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*){0,2})\s*[,.]?\s*$/u;

/** "… stole $9 million from the exchange Corvex " -> "Theft from Corvex"; null where no such theft ends the text. */
export function describeTheftBeforeDate(before: string): string | null {
  let verb: RegExpExecArray | null = null;
  for (const m of before.matchAll(THEFT_VERB)) verb = m;
  if (!verb) return null;
  const rest = before.slice(verb.index! + verb[0].length);
  if (!VALUE_AFTER.test(rest)) return null;
  // Only the words up to the date: a theft "from X" further on is another clause's.
  const from = FROM_NAME.exec(rest);
  return from ? `Theft from ${from[1]}` : 'Theft';
}
