import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('counts of people who survived', () => {
  it('should read those a count tells survived as wounded', () => {
    assert.deepEqual(read('A 15-year-old was shot to death at a sleepover. The two other boys survived but were hit by gunfire.'), [1, 2]);
    assert.deepEqual(read('Gunfire erupted on a porch on Friday night. All three men are expected to survive, police said.'), [null, 3]);
  });

  it("should not read an obituary's survivors nor a part of a whole", () => {
    assert.deepEqual(read('Smith was shot and killed on Friday. He is survived by two sons. Two sons survived by a miracle.'), [1, null]);
    assert.deepEqual(read('Four people were shot and two of the victims survived.'), [null, 4]);
  });
});

describe('counts taken to hospital told alive', () => {
  it('should read those taken to hospital in a condition of the living as wounded, beside the dead', () => {
    assert.deepEqual(read('A woman was killed in the shooting. Three men were taken to the hospital in stable condition.'), [1, 3]);
    assert.deepEqual(read('One man died at the scene. Two others were transported to area hospitals with non-life-threatening injuries.'), [1, 2]);
  });

  it('should leave those taken to hospital as the shot, the dead among them, where the sentence tells a death', () => {
    assert.deepEqual(read('Three men were taken to the hospital in critical condition, where one of them died.'), [1, 2]);
  });
});


describe('counts found bleeding from gunshot wounds', () => {
  it('should read people found where they lay and bleeding from gunshot wounds as shot', () => {
    assert.deepEqual(read('Three men were found lying in a driveway and bleeding from gunshot wounds, one of them badly hurt.'), [null, 3]);
  });

  it('should not take "with" far from the people as their wounds', () => {
    assert.notDeepEqual(read('Two men were arrested late on Friday at a motel in connection with the gunshot wounds of a clerk.'), [null, 2]);
  });
});

describe('counts of people told where they were before their injuries', () => {
  it('should read "two other people inside the store suffered minor injuries" as wounded', () => {
    assert.deepEqual(read('A clerk was shot and killed during a robbery. Two other people inside the store suffered minor injuries.'), [1, 2]);
  });
});

describe('counts found suffering gunshot wounds', () => {
  it('should read "suffering gunshot wounds" without "from" as shot', () => {
    assert.deepEqual(read('Officers found three men suffering gunshot wounds in a parking lot.'), [null, 3]);
  });
});

describe('counts told in a condition of the living', () => {
  it('should read "three others are in stable condition" as wounded', () => {
    assert.deepEqual(read('A man was killed on Elm Street. Three others are in stable condition at a local hospital.'), [1, 3]);
    assert.deepEqual(read('Police said the four people were being treated at Mercy General Hospital for wounds that were not life threatening.'), [null, 4]);
  });

  it('should not read those told in a condition as wounded where the sentence goes on to a death', () => {
    assert.deepEqual(read('Two men were in critical condition; one of them died on Sunday.'), [1, null]);
  });
});

describe('counts of people who came to a medical centre with wounds', () => {
  it('should read those tied to the shooting who arrived at a medical center as shot', () => {
    assert.deepEqual(read('Two men tied to the incident showed up at Grady Medical Center with gunshot wounds.'), [null, 2]);
    assert.deepEqual(read('Three people arrived at the regional trauma center with gunshot wounds.'), [null, 3]);
  });

  it('should not read those who came to a medical center with no wound told', () => {
    assert.equal(read('Two relatives arrived at the medical center on Monday to visit.'), null);
  });
});
