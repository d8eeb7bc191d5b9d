/**
 * The killer's own death told apart from those he killed ("killed two before taking his own life",
 * "the gunman was shot dead by a trooper"), and multiple killings named by a word ("a triple homicide").
 */

import type { WordGroups } from './word-gate.js';

/**
 * The gunman's own death told apart from the toll ("two men were killed ... before he was killed
 * by deputies", "5 Murdered; Suspect Dead"): GVA counts it, and reports tallying the victims
 * do not. Not when the toll says it includes him.
 */
export const SHOOTER_DEAD = /\b(?:(?:the\s+)?(?:gunman|shooter|suspect)\s+(?:(?:was|is)\s+(?:also\s+)?(?:dead|killed|shot\s+dead|shot\s+and\s+killed)|(?:is\s+)?(?:also\s+)?(?:dead|died))\b|(?:before|after|until)\s+(?:he|she)\s+was\s+(?:shot\s+(?:and\s+)?)?killed\s+by\s+(?:police|officers|deputies|troopers|an?\s+(?:officer|deputy|trooper))\b|(?:police|officers|deputies)\s+(?:shot\s+and\s+killed|fatally\s+shot|killed)\s+the\s+(?:gunman|shooter|suspect)\b)/i;
/** What follows a toll that makes it the killer's victims: "were killed by a man who", "were killed ... before the gunman". */
export const BY_THE_KILLER = /^(?:\s+by\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|gunman|shooter|suspect|teen|attacker|assailant|father|mother|husband|son)\b|[^.;]{0,80}?\bbefore\s+(?:he|she|the\s+(?:gunman|shooter|suspect))\b)/i;
export const TOLL_WITH_SHOOTER = /\bincluding\s+(?:the\s+)?(?:gunman|shooter|suspect|suspected\s+(?:gunman|shooter))\b(?!['’]s)/i;
export const SUICIDE = /\b(?:before|then|and then|after)\s+(?:fatally\s+)?(?:shooting|shot|shoot|killing|killed|kill|turning the gun on|turned the gun on|turn the gun on|taking|took|take)\s+(?:himself|herself|his own life|her own life)\b/i;
/** "a triple homicide": that many killed; "a quadruple shooting": that many shot. */
export const MULTIPLE = /\b(double|triple|quadruple|quintuple)\s+(homicide|murder|slaying|killing|fatal shooting|shooting)\b/gi;
/** Words every match of MULTIPLE, SHOOTER_DEAD and SUICIDE holds (word-gate.ts). */
export const MULTIPLE_WORDS: WordGroups = [['double', 'triple', 'quadruple', 'quintuple']];
export const SHOOTER_DEAD_WORDS: WordGroups = [['gunman', 'shooter', 'suspect', 'killed']];
export const SUICIDE_WORDS: WordGroups = [['himself', 'herself', 'own life']];
export const MULTIPLES: Record<string, number> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };
