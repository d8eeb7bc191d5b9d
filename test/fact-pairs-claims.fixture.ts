/**
 * A fourth set of labelled sentence pairs: one sentence of each pair holds two claims ("Police arrested
 * two men and seized three rifles"), the other states one of them, or something near it that is not
 * either. Written in the 46th session before the rules that read a sentence's claims one by one
 * (fact-clauses.ts), on the users' subjects (cyber operations, sanctions, diplomacy, shootings,
 * disasters), and scored before and after them (the figures are in src/consolidate/fact-pairs.test.ts).
 * No text from any data set.
 */
import type { FactPair } from './fact-pairs.fixture.js';

export const CLAIM_PAIRS: readonly FactPair[] = [
  // The same claim: the one-claim sentence states the first or the second claim of the other.
  { same: true, why: 'first claim, shared subject', a: 'Police arrested two men and seized three rifles at the farmhouse.', b: 'Two men were arrested at the farmhouse, police said.' },
  { same: true, why: 'second claim, shared subject', a: 'Police arrested two men and seized three rifles at the farmhouse.', b: 'Three rifles were seized by police at the farmhouse.' },
  { same: true, why: 'second claim, summoned', a: 'The foreign ministry condemned the attack and summoned the Iranian ambassador.', b: 'The foreign ministry summoned the Iranian ambassador on Monday.' },
  { same: true, why: 'first claim, condemned', a: 'The foreign ministry condemned the attack and summoned the Iranian ambassador.', b: 'The foreign ministry condemned the attack in a written statement.' },
  { same: true, why: 'second claim, ransom demanded', a: "The hackers encrypted the city's billing servers and demanded a ransom of $2 million.", b: 'The attackers demanded a $2 million ransom from the city.' },
  { same: true, why: 'first claim, sanctioned', a: 'The Treasury sanctioned five Russian shipping firms and froze their assets in the United States.', b: 'Five Russian shipping firms were sanctioned by the Treasury.' },
  { same: true, why: 'second claim, assets frozen', a: 'The Treasury sanctioned five Russian shipping firms and froze their assets in the United States.', b: 'The Treasury froze the US assets of the five Russian shipping firms.' },
  { same: true, why: 'second claim, own subject', a: 'The gunman opened fire in the car park, and a security guard was wounded in the thigh.', b: 'A security guard was wounded in the thigh, police said.' },
  { same: true, why: 'second claim, evacuated', a: 'The flood destroyed the bridge at Marlow and forced the evacuation of 300 residents.', b: 'About 300 residents of Marlow were evacuated after the flood.' },
  { same: true, why: 'first claim, attribution', a: 'Investigators attributed the intrusion to a group linked to North Korea and said the attackers stole design files.', b: 'Investigators attributed the intrusion to a group linked to North Korea.' },
  { same: true, why: 'second claim, expelled', a: 'Estonia closed the Russian consulate in Narva and expelled two of its diplomats.', b: 'Estonia expelled two Russian diplomats from the consulate in Narva.' },
  { same: true, why: 'second claim, charged', a: 'The suspect was arrested on Friday and charged with two manslaughter counts.', b: 'The suspect has been charged with two manslaughter counts.' },
  // Not the same claim: near one of the claims, but another act, number, actor or object.
  { same: false, why: 'released / arrested or seized', a: 'Police arrested two men and seized three rifles at the farmhouse.', b: 'Police released two men found at the farmhouse.' },
  { same: false, why: 'another number of rifles', a: 'Police arrested two men and seized three rifles at the farmhouse.', b: 'Police seized thirty rifles at the farmhouse.' },
  { same: false, why: 'expelled / summoned', a: 'The foreign ministry condemned the attack and summoned the Iranian ambassador.', b: 'The foreign ministry expelled the Iranian ambassador.' },
  { same: false, why: 'another ambassador', a: 'The foreign ministry condemned the attack and summoned the Iranian ambassador.', b: 'The foreign ministry summoned the Turkish ambassador.' },
  { same: false, why: 'negation: no ransom demanded', a: "The hackers encrypted the city's billing servers and demanded a ransom of $2 million.", b: 'The hackers did not demand a ransom, the city said.' },
  { same: false, why: 'lifted / sanctioned', a: 'The Treasury sanctioned five Russian shipping firms and froze their assets in the United States.', b: 'The Treasury lifted sanctions on five Russian shipping firms.' },
  { same: false, why: 'guard killed / wounded', a: 'The gunman opened fire in the car park, and a security guard was wounded in the thigh.', b: 'A security guard was killed in the car park.' },
  { same: false, why: 'another place evacuated', a: 'The flood destroyed the bridge at Marlow and forced the evacuation of 300 residents.', b: 'About 300 residents of Henley were evacuated after the flood.' },
  { same: false, why: 'another country blamed', a: 'Investigators attributed the intrusion to a group linked to North Korea and said the attackers stole design files.', b: 'Investigators attributed the intrusion to a group linked to China.' },
  { same: false, why: 'denied / stole', a: 'Investigators attributed the intrusion to a group linked to North Korea and said the attackers stole design files.', b: 'The company denied that any design files were stolen.' },
  { same: false, why: 'other claims of the subject', a: 'Estonia closed the Russian consulate in Narva and expelled two of its diplomats.', b: 'Estonia summoned the Russian ambassador over the consulate in Narva.' },
  { same: false, why: 'acquitted / charged', a: 'The suspect was arrested on Friday and charged with two manslaughter counts.', b: 'The suspect was acquitted of two manslaughter counts.' },
];

/**
 * A two-claim sentence with one report of each of its claims: each claim's fact should hold the
 * two-claim report and the report of that claim, and no fact the two one-claim reports together (each
 * said one thing; a fact of both would credit each with the other's claim). Written with the pairs
 * above, before the rules.
 */
export interface ClaimTriple {
  /** The sentence of two claims. */
  both: string;
  first: string;
  second: string;
}

export const CLAIM_TRIPLES: readonly ClaimTriple[] = [
  { both: 'Police arrested two men and seized three rifles at the farmhouse.', first: 'Two men were arrested at the farmhouse, police said.', second: 'Three rifles were seized by police at the farmhouse.' },
  { both: 'The foreign ministry condemned the attack and summoned the Iranian ambassador.', first: 'The foreign ministry condemned the attack in a written statement.', second: 'The foreign ministry summoned the Iranian ambassador on Monday.' },
  { both: "The hackers encrypted the city's billing servers and demanded a ransom of $2 million.", first: "Hackers encrypted the city's billing servers overnight.", second: 'The attackers demanded a $2 million ransom from the city.' },
  { both: 'The Treasury sanctioned five Russian shipping firms and froze their assets in the United States.', first: 'Five Russian shipping firms were sanctioned by the Treasury.', second: 'The Treasury froze the US assets of the five Russian shipping firms.' },
  { both: 'The gunman opened fire in the car park, and a security guard was wounded in the thigh.', first: 'The gunman opened fire in the car park of the mall.', second: 'A security guard was wounded in the thigh, police said.' },
  { both: 'The flood destroyed the bridge at Marlow and forced the evacuation of 300 residents.', first: 'The bridge at Marlow was destroyed by the flood.', second: 'About 300 residents of Marlow were evacuated after the flood.' },
  { both: 'Investigators attributed the intrusion to a group linked to North Korea and said the attackers stole design files.', first: 'Investigators attributed the intrusion to a group linked to North Korea.', second: 'The attackers stole design files, investigators said.' },
  { both: 'Estonia closed the Russian consulate in Narva and expelled two of its diplomats.', first: 'Estonia has closed the Russian consulate in Narva.', second: 'Estonia expelled two Russian diplomats from the consulate in Narva.' },
  { both: 'The suspect was arrested on Friday and charged with two manslaughter counts.', first: 'The suspect was arrested on Friday at his home.', second: 'The suspect has been charged with two manslaughter counts.' },
];
