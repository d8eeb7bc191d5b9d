import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';

const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

describe('counts of people who survived', () => {
  it('should read those a count tells survived as wounded', () => {
    assert.deepEqual(read('Outside a gym, a teenage girl was shot to death. The two other girls survived but were hit by gunfire.'), [1, 2]);
    assert.deepEqual(read('Shots rang out near a laundromat late Monday. All four women are expected to survive, deputies said.'), [null, 4]);
  });

  it("should not read an obituary's survivors nor a part of a whole", () => {
    assert.deepEqual(read('Smith was shot and killed on Friday. He is survived by two sons. Two sons survived by a miracle.'), [1, null]);
    assert.deepEqual(read('Five teens were shot and three of the victims survived.'), [null, 5]);
  });
});

describe('counts taken to hospital told alive', () => {
  it('should read those taken to hospital in a condition of the living as wounded, beside the dead', () => {
    assert.deepEqual(read('A teen died in the gunfire. Two women were rushed to a hospital in fair condition.'), [1, 2]);
    assert.deepEqual(read('One woman was killed. Four others were transported to nearby hospitals with what police called non-life-threatening injuries.'), [1, 4]);
  });

  it('should leave those taken to hospital as the shot, the dead among them, where the sentence tells a death', () => {
    assert.deepEqual(read('Four teens were rushed to a hospital in serious condition, where one of them died.'), [1, 3]);
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
  it('should read "three other men inside the bakery sustained minor injuries" as wounded', () => {
    assert.deepEqual(read('A clerk was shot and killed in a holdup. Three other men inside the bakery sustained minor injuries.'), [1, 3]);
  });
});

describe('counts found suffering gunshot wounds', () => {
  it('should read "suffering gunshot wounds" without "from" as shot', () => {
    assert.deepEqual(read('Officers found three men suffering gunshot wounds in a parking lot.'), [null, 3]);
  });
});

describe('counts told in a condition of the living', () => {
  it('should read "four others are in fair condition" as wounded', () => {
    assert.deepEqual(read('A woman was killed on Birch Lane. Four others are in fair condition at a nearby clinic.'), [1, 4]);
    assert.deepEqual(read('Police said the four people were being treated at Mercy General Hospital for wounds that were not life threatening.'), [null, 4]);
  });

  it('should not read those told in a condition as wounded where the sentence goes on to a death', () => {
    assert.deepEqual(read('Three teens were in serious condition; one of them died on Monday.'), [1, null]);
  });
});

describe('counts of people who came to a medical centre with wounds', () => {
  it('should read those tied to the shooting who arrived at a medical center as shot', () => {
    assert.deepEqual(read('Three men linked to the shooting later arrived at Riverside Medical Center with bullet wounds.'), [null, 3]);
    assert.deepEqual(read('Three people arrived at the regional trauma center with gunshot wounds.'), [null, 3]);
  });

  it('should not read those who came to a medical center with no wound told', () => {
    assert.equal(read('Two relatives arrived at the medical center on Monday to visit.'), null);
  });
});

describe('counts of people being treated or receiving treatment', () => {
  const lead = 'A gunman opened fire outside a pool hall on Friday night, killing two men. ';

  it('should read those being treated for their wounds, or at a hospital, as wounded', () => {
    assert.deepEqual(read(`${lead}Nine others were being treated for their wounds.`), [2, 9]);
    assert.deepEqual(read(`${lead}Nine others were being treated at a hospital.`), [2, 9]);
  });

  it('should read those receiving treatment for wounds or at a hospital, and other victims treated, as wounded', () => {
    assert.deepEqual(read(`${lead}Three others were receiving treatment for gunshot wounds.`), [2, 3]);
    assert.deepEqual(read(`${lead}Four others are receiving treatment at Harlan County Hospital.`), [2, 4]);
    assert.deepEqual(read(`${lead}Four others are receiving treatment.`), [2, 4]);
    assert.deepEqual(read(`${lead}Five victims are being treated.`), [2, 5]);
  });

  it('should not read those treated for shock, treated to a meal, treated as suspects or for an illness', () => {
    assert.deepEqual(read(`${lead}Four people were treated for shock.`), [2, null]);
    assert.deepEqual(read(`${lead}Four others are receiving treatment for shock.`), [2, null]);
    assert.deepEqual(read(`${lead}Three officers were treated to lunch by the mayor the next day.`), [2, null]);
    assert.deepEqual(read(`${lead}Two others are being treated as suspects.`), [2, null]);
    assert.deepEqual(read(`${lead}Two patients are receiving treatment for cancer at the clinic next door.`), [2, null]);
    assert.deepEqual(read(`${lead}Two people are being treated.`), [2, null]);
  });
});

describe('bodies found, and all aboard killed', () => {
  it('should read bodies found in a report of a disaster as its dead', () => {
    assert.deepEqual(read('The river burst its banks on Monday. Rescuers found 14 bodies in the mud.'), [14, null]);
  });

  it('should not read bodies of water or of evidence, nor the bodies of an old burial ground, as dead (review72 fault 9)', () => {
    assert.equal(read('Archaeologists found 40 bodies in a Roman cemetery near the town.'), null);
    assert.equal(read('Police found 3 bodies of water contaminated.'), null);
    assert.equal(read('Investigators recovered 2 bodies of evidence.'), null);
  });

  it('should read "killing all 157 people on board" as a toll of 157', () => {
    assert.deepEqual(read('The plane crashed shortly after take-off, killing all 157 people on board.'), [157, null]);
  });
});
