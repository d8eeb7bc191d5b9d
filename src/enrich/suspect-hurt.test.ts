import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { othersHurtBesideSuspect, suspectWounded, withoutSuspectHurt } from './suspect-hurt.js';

describe('suspectWounded', () => {
  it('should find a suspect hit by return fire, or wounded by a victim', () => {
    assert.equal(suspectWounded('Officers fired back, and one of the suspects was struck by return fire.'), true);
    assert.equal(suspectWounded('The store owner managed to wound the robber before he escaped.'), true);
    assert.equal(suspectWounded('Police later found the suspect at a motel with a gunshot wound to the arm.'), true);
  });

  it('should not count a suspect who died, a suspect the count takes in, or a suspect hit by a car', () => {
    assert.equal(suspectWounded('The gunman was shot and killed by a trooper.'), false);
    assert.equal(suspectWounded('The suspect was wounded by deputies and died at the hospital.'), false);
    assert.equal(suspectWounded('Three people were shot, including the gunman. The gunman was wounded in the leg.'), false);
    assert.equal(suspectWounded('The suspect was struck by a car while he fled.'), false);
  });
});

describe('suspectWounded, told by where the bullet hit', () => {
  it('should find a suspect hit in the hand, or hit and wounded', () => {
    assert.equal(suspectWounded('When the gun went off, the suspect was hit in the hand.'), true);
    assert.equal(suspectWounded('The armed suspect was hit and wounded by an officer.'), true);
    assert.equal(suspectWounded('The suspect was hit in the head and died at the scene.'), false);
  });
});

describe('withoutSuspectHurt', () => {
  it('should blank the sentences of the suspect\'s wound and keep the rest in place', () => {
    const text = 'A teen was shot in the neck. The suspect was hit in the hand. Both were taken to hospital.';
    const out = withoutSuspectHurt(text);
    assert.equal(out.length, text.length);
    assert.match(out, /A teen was shot in the neck\./);
    assert.doesNotMatch(out, /hit in the hand/);
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
    assert.equal(othersHurtBesideSuspect('4 killed, 11 wounded in city shootings Tuesday.\n\nOne of the robbers was shot in the torso.'), false);
    assert.equal(othersHurtBesideSuspect('Police are looking into three separate incidents overnight.'), false);
  });
});
