/**
 * A threat actor a report names only as a suspicion, not as the one behind the act: "laundering steps
 * resembled those of Crimson Kite but it was too soon to attribute the attack", "the firm stopped short
 * of blaming anyone", "It looks like Crimson Kite", "analysts weigh a Crimson Kite link". An analyst
 * reading the event's threat actors takes them as attributed (review ux77b: an unattributed heist listed
 * Lazarus as its actor), so such an actor is marked suspected where every mention of it is hedged.
 */

/** Words anywhere in the sentence that withhold or deny the attribution. */
const WITHHELD = /\b(?:too\s+(?:soon|early)\s+to\s+(?:attribute|blame|say\s+who|name)|stopp(?:ed|ing)\s+short\s+of\s+(?:blaming|attributing|naming|accusing)|declined\s+to\s+(?:attribute|blame|name\s+(?:a|the)\s+(?:culprit|group|attacker))|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:attributed|blamed)|(?:has|have|had)\s+not\s+(?:yet\s+)?named\s+(?:a|the|any)\s+(?:culprit|suspect|group|attacker)|not\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+)?attributed)\b/i;
/** Words right before the name that tell a likeness or a suspicion: "looks like X", "resembled those of X", "hallmarks of X". */
const LIKENESS_BEFORE = /\b(?:(?:looks?|looked|looking|moves?|moved)\s+like|resembl(?:e|es|ed|ing)\s+(?:(?:those|that|the\s+[\p{L}-]+)\s+of\s+)?|(?:hallmarks|signature|fingerprints)\s+of|suspected(?:\s+of\s+being)?|possibl[ey](?:\s+linked\s+to)?|(?:may|might|could)\s+(?:have\s+been|be)\s+(?:behind\s+)?)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:['’]s)?\s+){0,3}$/iu;
/** Words right after the name that tell a suspected tie: "weigh Crimson Kite link", "possible Crimson Kite ties". */
const LINK_AFTER = /^\s+(?:links?|ties|connection)\b/i;

/** Whether a mention of a threat actor (its sentence, and the words before and after it in the sentence) is hedged. */
export function hedgedMention(sentence: string, before: string, after: string): boolean {
  return WITHHELD.test(sentence) || LIKENESS_BEFORE.test(before) || LINK_AFTER.test(after);
}
