/**
 * Prints precision and recall of "same claim" on the labelled fact pairs, and the pairs it gets wrong:
 * the tuning set, or --held-out, --desk, --claims, --speakers (test/fact-pairs-*.fixture.ts).
 */
import { scorePairs, scoreTriples } from '../test/fact-pairs.js';
import { FACT_PAIRS } from '../test/fact-pairs.fixture.js';
import { HELD_OUT_PAIRS } from '../test/fact-pairs-held-out.fixture.js';
import { DESK_PAIRS } from '../test/fact-pairs-desk.fixture.js';
import { CLAIM_PAIRS, CLAIM_TRIPLES } from '../test/fact-pairs-claims.fixture.js';
import { SPEAKER_PAIRS } from '../test/fact-pairs-speakers.fixture.js';

const heldOut = process.argv.includes('--held-out');
const desk = process.argv.includes('--desk');
const claims = process.argv.includes('--claims');
const speakers = process.argv.includes('--speakers');
console.log(speakers ? 'pairs whose outlets name the teller differently (test/fact-pairs-speakers.fixture.ts)' : heldOut ? 'held-out pairs (test/fact-pairs-held-out.fixture.ts)' : desk ? "pairs on the users' subjects (test/fact-pairs-desk.fixture.ts)" : claims ? 'pairs of a two-claim sentence and a one-claim one (test/fact-pairs-claims.fixture.ts)' : 'tuning pairs (test/fact-pairs.fixture.ts)');
const score = scorePairs(speakers ? SPEAKER_PAIRS : heldOut ? HELD_OUT_PAIRS : desk ? DESK_PAIRS : claims ? CLAIM_PAIRS : FACT_PAIRS);
console.log(`pairs ${score.truePositives + score.falsePositives + score.falseNegatives + score.trueNegatives}: TP ${score.truePositives} FP ${score.falsePositives} FN ${score.falseNegatives} TN ${score.trueNegatives}`);
console.log(`precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}`);
for (const { pair, grouped } of score.wrong) console.log(`${grouped ? 'FP' : 'FN'} [${pair.why}]\n   ${pair.a}\n   ${pair.b}`);
if (claims) {
  // Each two-claim sentence with a report of each of its claims, in three orders.
  const triples = scoreTriples(CLAIM_TRIPLES);
  console.log(`\ntriples ${CLAIM_TRIPLES.length} in 3 orders: claims joined ${triples.joined} / ${triples.claims}, one-claim reports joined to each other ${triples.falseJoins} / ${triples.orders}`);
  for (const { triple, order, facts } of triples.wrong) console.log(`${order}: ${JSON.stringify(facts)} (${triple.both})`);
}
