import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whereTheWoundedWent } from './hospital-destination.js';

/** Whether the first mention of `town` in `body` is where the wounded were taken. */
function taken(body: string, town: string): boolean {
  const at = body.indexOf(town);
  return whereTheWoundedWent(body, at, at + town.length);
}

describe('whereTheWoundedWent', () => {
  it('should read a town after a named hospital as where the wounded were taken', () => {
    assert.equal(taken('The teen was rushed to Lakeshore Medical Center in Oak Lawn, officers said.', 'Oak Lawn'), true);
  });

  it('should read a town after "a hospital in" as where the wounded were taken', () => {
    assert.equal(taken('She was flown by air ambulance to a hospital in Portland, where she remains stable.', 'Portland'), true);
  });

  it('should read a town named before "hospital" as where the wounded were taken', () => {
    assert.equal(taken('The cyclist was airlifted to a Memphis hospital.', 'Memphis'), true);
    assert.equal(taken('She remained in serious condition at an El Paso hospital.', 'El Paso'), true);
  });

  it('should read a town a transfer went to as where the wounded were taken', () => {
    assert.equal(taken('She was moved to an ambulance and later transferred to Jacksonville.', 'Jacksonville'), true);
    assert.equal(taken('The victim was airlifted to Tulsa in serious condition.', 'Tulsa'), true);
  });

  it('should read a town after a hospital named with "The" as where the wounded were taken', () => {
    assert.equal(taken('She was transported to Kingwood Regional Hospital in The Colony after the shooting.', 'Colony'), true);
  });

  it('should read the town of a second hospital, and of a treatment, as where the wounded were taken', () => {
    assert.equal(taken('He was taken to Lakeside Medical Center and then to Saint Anne in Marshall, where he died.', 'Marshall'), true);
    assert.equal(taken('After treatment at Riverbend, the hiker was flown to a trauma centre.', 'Riverbend'), true);
    assert.equal(taken('The hunter was in stable condition at Prairie Medical Center in Bismarck, deputies said.', 'Bismarck'), true);
  });

  it("should read a town inside the name of the hospital the wounded went to, brackets and all", () => {
    assert.equal(taken('The deputy was flown to UCM (University Clinic of Montgomery) Hospital after the standoff.', 'Montgomery'), true);
    assert.equal(taken('Both victims were taken to Fargo Regional Medical Center with minor wounds.', 'Fargo'), true);
    // A town's hospital named with no one taken there is no destination.
    assert.equal(taken('The shooting happened outside Fargo Regional Medical Center on Friday.', 'Fargo'), false);
  });

  it('should leave the scene of the shooting alone', () => {
    assert.equal(taken('A man was shot in Portland on Friday and taken to a hospital.', 'Portland'), false);
    assert.equal(taken('Memphis police said the woman was shot in her driveway.', 'Memphis'), false);
    assert.equal(taken('He was arrested in Tulsa hours after the shooting.', 'Tulsa'), false);
    assert.equal(taken('The boy was shot in Marshall and then treated by medics at the scene.', 'Marshall'), false);
  });

  it('should read the town of a hospital officers were called to, or a patient admitted to, as where the wounded were taken', () => {
    assert.equal(taken('Game wardens were dispatched to Grace Memorial Hospital in Mooresville once a hunter was admitted with a shotgun wound.', 'Mooresville'), true);
    assert.equal(taken('The girl was admitted to Methodist Hospital in Indianapolis.', 'Indianapolis'), true);
    assert.equal(taken('Deputies were called to a farmhouse on Cedar Road in Mooresville.', 'Mooresville'), false);
  });
});

describe('whereTheWoundedWent, told with the vehicle or the medics as the subject', () => {
  it('should read the town of "took him to a hospital in" as where the wounded were taken', () => {
    assert.equal(taken('An air ambulance took him to a hospital in Whitmore, where he is stable.', 'Whitmore'), true);
    assert.equal(taken('Paramedics carried the girl to a hospital in Dunmere.', 'Dunmere'), true);
  });

  it('should read a town right after "flew him to" as where the wounded were taken', () => {
    assert.equal(taken('A medical helicopter flew the 30-year-old to Whitmore overnight.', 'Whitmore'), true);
  });

  it('should not read a town as a destination when nobody was moved there', () => {
    assert.equal(taken('The trip took two hours, and the family later moved to Whitmore.', 'Whitmore'), false);
  });
});

describe('whereTheWoundedWent, with a clinic in place of a hospital', () => {
  it('should read the town of "taken to a clinic in" as where the wounded were taken, as it does for a hospital', () => {
    assert.equal(taken('The cyclist was shot in the leg on Friday and driven to a clinic in Whitmore with light wounds.', 'Whitmore'), true);
    assert.equal(taken('Both wounded men were rushed to a small clinic in Dunmere overnight.', 'Dunmere'), true);
  });

  it('should still read a town where the clinic itself was hit as the scene', () => {
    assert.equal(taken('Gunmen opened fire at a clinic in Whitmore on Friday.', 'Whitmore'), false);
  });
});
