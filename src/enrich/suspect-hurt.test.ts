import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { othersHurtBesideSuspect, suspectWounded, withoutSuspectHurt } from './suspect-hurt.js';

describe('suspectWounded', () => {
  it('should find a suspect hit by return fire, or wounded by a victim', () => {
    assert.equal(suspectWounded('A deputy fired back, and a second gunman was struck by return fire.'), true);
    assert.equal(suspectWounded('The store owner managed to wound the robber before he escaped.'), true);
    assert.equal(suspectWounded('Officers later found the suspect in a barn with a gunshot wound in his shoulder.'), true);
  });

  it('should not count a suspect who died, a suspect the count takes in, or a suspect hit by a car', () => {
    assert.equal(suspectWounded('The gunman was shot dead by a deputy.'), false);
    assert.equal(suspectWounded('The suspect was wounded by troopers and died in surgery.'), false);
    assert.equal(suspectWounded('Four people were shot, including the gunman. The gunman was wounded in the thigh.'), false);
    assert.equal(suspectWounded('The suspect was hit by a pickup as he ran off.'), false);
  });
});

describe('suspectWounded, told by where the bullet hit', () => {
  it('should find a suspect hit in the thigh, or hit and wounded', () => {
    assert.equal(suspectWounded('As the pistol fired, the robber was hit in the thigh.'), true);
    assert.equal(suspectWounded('The armed robber was hit and wounded by a guard.'), true);
    assert.equal(suspectWounded('The robber was hit in the groin and died in an alley.'), false);
  });
});

describe('withoutSuspectHurt', () => {
  it('should blank the sentences of the suspect\'s wound and keep the rest in place', () => {
    const text = 'A cook was shot in the shoulder. The robber was hit in the thigh. Both were taken to hospital.';
    const out = withoutSuspectHurt(text);
    assert.equal(out.length, text.length);
    assert.match(out, /A cook was shot in the shoulder\./);
    assert.doesNotMatch(out, /hit in the thigh/);
    assert.match(out, /Both were taken/);
  });
});

describe('suspectWounded, not the suspect\'s belongings', () => {
  it('should not take shooting the gunman\'s house for a wound', () => {
    assert.equal(suspectWounded('They fired on the home because someone there was responsible for shooting the gunman\'s house the day before.'), false);
  });
});

describe('othersHurtBesideSuspect', () => {
  it('should allow another wounded beside the suspect in a report of one shooting', () => {
    assert.equal(othersHurtBesideSuspect('A clerk was shot in the arm during the robbery. The robber was wounded when the clerk fired back.'), true);
  });

  it('should not where police fired on the one shot, nor in a report of several shootings', () => {
    assert.equal(othersHurtBesideSuspect('A man was shot by officers after a chase. The suspect is in stable condition.'), false);
    assert.equal(othersHurtBesideSuspect('Officer-involved shooting on Route 9.\n\nA man was wounded.'), false);
    assert.equal(othersHurtBesideSuspect('3 dead, 9 hurt in weekend shootings.\n\nOne of the robbers was shot in the hip.'), false);
    assert.equal(othersHurtBesideSuspect('Police are looking into three separate incidents overnight.'), false);
  });
});
