/**
 * A person named as one of the dead or hurt an article has just counted: "Among the dead was Ann
 * Price", "One of those killed, Tom Leary, had worked there for 30 years", and, after a sentence that
 * tells of the dead, "The youngest, Ann Price, was 19". No verb of harm stands in the person's own
 * clause, so the clause rules of legal-role.ts see no victim; the analyst still wants the dead marked
 * as the people the event happened to.
 */
import type { Span } from '../model/types.js';

/** The dead or hurt as a group: "the dead", "those killed", "the victims", "those who were injured". */
const HURT_GROUP = String.raw`(?:the\s+)?(?:dead|victims|injured|wounded|(?:people|workers|men|women|those)\s+(?:who\s+(?:were\s+|was\s+)?)?(?:killed|died|injured|hurt|wounded))`;
/** Another name of the same list and its age, before this one: "Ann Price, 19, and". */
const EARLIER_NAMES = String.raw`(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s*,\s*\d{1,3})?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*`;
/** A short description before the name: "a 19-year-old apprentice, ". */
const DESCRIBED = String.raw`(?:(?:an?|the)\s+[\p{Ll}\d\s-]{1,40}?,\s*)?`;
/**
 * A job or two written bare before the name: "Among the dead was nurse Hana Jalal" (ux75a fault 10). Not
 * words that make the name someone else's ("the son of", "his wife and").
 */
const BARE_JOB = String.raw`(?:(?:(?!(?:of|and|or|the|an?|his|her|their|its|with|by|for|from|to)\s)[\p{Ll}-]+\s+){1,2})?`;

/** "Among the dead was", "Among those injured were", right before the name (or before earlier names of the list). */
const AMONG_BEFORE = new RegExp(String.raw`\b[Aa]mong\s+${HURT_GROUP}\s+(?:was|were|is|are)\s+${DESCRIBED}${BARE_JOB}${EARLIER_NAMES}$`, 'u');
/** "One of those killed, ", "One of the victims was ". */
const ONE_OF_BEFORE = new RegExp(String.raw`\b[Oo]ne\s+of\s+${HURT_GROUP}\s*(?:,\s*|\s+(?:was|is)\s+)${DESCRIBED}$`, 'u');
/** "The youngest, ", "The oldest victim, ": one of a group the sentences before have told of. */
const SUPERLATIVE_BEFORE = /\b[Tt]he\s+(?:youngest|oldest|eldest)(?:\s+(?:victim|of\s+them|of\s+the\s+dead))?\s*,\s*$/;
/** A sentence that tells of the dead or hurt: "five workers were killed", "relatives of the dead". */
const TELLS_OF_HURT = /\b(?:the\s+dead|(?:were|was|been|are)\s+(?:killed|injured|hurt|wounded)|killed\s+(?:in|by|at|when)|died|victims)\b/i;
/** Of a sentence telling who was held or charged, the youngest is a suspect's age, not a victim's. */
const TELLS_OF_SUSPECTS = /\b(?:arrest(?:ed|s)?|charged|suspects?|detained|held\s+on\s+suspicion|custody)\b/i;
/** "The youngest, Ann Price, said ...": one who tells what happened is a witness, whatever group they were in. */
const SPEAKS_AFTER = /^(?:\s*,\s*\d{1,3})?\s*,?\s*(?:[^.;:!?"“”]{0,40}?\s)?(?:said|says|told|recalled|described)\b/i;

/** Sentences before the name's a superlative may look back over. */
const LOOK_BACK = 2;

/**
 * Whether the mention names one of the dead or hurt the article lists: after "Among the dead was" or
 * "One of those killed,", or after "The youngest," where one of the two sentences before tells of the
 * dead or hurt (and not of arrests), unless the person is then quoted.
 */
export function namedAmongHurt(body: string, mention: Span, sentence: Span, sentences: readonly Span[]): boolean {
  const lead = body.slice(Math.max(sentence.start, mention.start - 160), mention.start);
  if (AMONG_BEFORE.test(lead) || ONE_OF_BEFORE.test(lead)) return true;
  const superlative = SUPERLATIVE_BEFORE.exec(lead);
  if (!superlative) return false;
  if (SPEAKS_AFTER.test(body.slice(mention.end, Math.min(sentence.end, mention.end + 80)))) return false;
  // The group the superlative picks from: this sentence's words before it, else the sentences before.
  const at = sentences.indexOf(sentence);
  const before = [body.slice(sentence.start, mention.start - lead.length + superlative.index)];
  for (let i = at - 1; i >= 0 && i >= at - LOOK_BACK; i--) before.push(body.slice(sentences[i]!.start, sentences[i]!.end));
  for (const text of before) {
    if (TELLS_OF_SUSPECTS.test(text)) return false;
    if (TELLS_OF_HURT.test(text)) return true;
  }
  return false;
}
