import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';

describe('findCasualties', () => {
  it('should read a headline count and take the wounded as those shot less those killed', () => {
    assert.deepEqual(findCasualties('5 Shot, 1 Killed Outside Riverside Bar.\n\nPolice said the gunman fled on foot.'), { killed: 1, injured: 4 });
  });

  it('should count one person killed or wounded when the report names no number', () => {
    assert.deepEqual(findCasualties('A 19-year-old man was shot and killed on Elm Street late Friday, police said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A woman is in critical condition after a shooting near the depot on Sunday.'), { killed: null, injured: 1 });
  });

  it('should never take an age or a year for a toll', () => {
    const c = findCasualties('Officers said they killed 17-year-old suspect Dale Ruiz after he fired at them. In 2014, killed 3 was the toll of a similar raid.');
    assert.notEqual(c?.killed, 17);
    assert.notEqual(c?.killed, 2014);
  });

  it('should read "a triple homicide" as three killed and keep the highest toll a report gives', () => {
    assert.equal(findCasualties('Detectives are investigating a triple homicide at a motel.')?.killed, 3);
    assert.deepEqual(findCasualties('Three people were killed and 27 others injured. The death toll has risen to four.'), { killed: 4, injured: 27 });
  });
});
