import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whereTheAppealedCaseWasTried } from './trial-town.js';

/** Whether the first "Riverton" of the text is read as the appealed case's trial town. */
function tried(text: string): boolean {
  const at = text.indexOf('Riverton');
  return whereTheAppealedCaseWasTried(text, at, at + 'Riverton'.length);
}

describe('whereTheAppealedCaseWasTried', () => {
  it('should read the town of the trial in a report of an appeal of a fraud', () => {
    assert.equal(tried('An appeals court in Halden on Tuesday upheld the fraud conviction of Ona Strand, who was tried in Riverton last year.'), true);
    assert.equal(tried('The court of appeals rejected the appeal of the bank clerk, whom a Riverton jury convicted of embezzlement.'), true);
    assert.equal(tried('Ona Strand lost her appeal on Monday. She was convicted in Riverton federal court of defrauding investors.'), true);
  });
  it('should not read the town of a trial with no appeal, nor of an appeal decided there, nor of a violent crime', () => {
    assert.equal(tried('A jury in Riverton on Friday convicted Ona Strand of defrauding investors of the Halden fund.'), false);
    assert.equal(tried('The court of appeals in Riverton upheld the fraud conviction of Ona Strand on Tuesday.'), false);
    assert.equal(tried('An appeals court upheld the murder conviction of Ona Strand, who was tried in Riverton for the shooting of her neighbour.'), false);
  });
});
