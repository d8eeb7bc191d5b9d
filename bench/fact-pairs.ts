/** Prints precision and recall of "same claim" on the labelled fact pairs, and the pairs it gets wrong. */
import { scorePairs } from '../test/fact-pairs.js';
import { FACT_PAIRS } from '../test/fact-pairs.fixture.js';
import { HELD_OUT_PAIRS } from '../test/fact-pairs-held-out.fixture.js';
import { DESK_PAIRS } from '../test/fact-pairs-desk.fixture.js';

const heldOut = process.argv.includes('--held-out');
const desk = process.argv.includes('--desk');
console.log(heldOut ? 'held-out pairs (test/fact-pairs-held-out.fixture.ts)' : desk ? "pairs on the users' subjects (test/fact-pairs-desk.fixture.ts)" : 'tuning pairs (test/fact-pairs.fixture.ts)');
const score = scorePairs(heldOut ? HELD_OUT_PAIRS : desk ? DESK_PAIRS : FACT_PAIRS);
console.log(`pairs ${score.truePositives + score.falsePositives + score.falseNegatives + score.trueNegatives}: TP ${score.truePositives} FP ${score.falsePositives} FN ${score.falseNegatives} TN ${score.trueNegatives}`);
console.log(`precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}`);
for (const { pair, grouped } of score.wrong) console.log(`${grouped ? 'FP' : 'FN'} [${pair.why}]\n   ${pair.a}\n   ${pair.b}`);
