import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actDayBeforeItsCause, AFTER_PUBLIC_ACT, causeOfDatedAct, publicActDay } from './act-day.js';

describe('publicActDay', () => {
  it("should read a public body's act right before its day, with what it was done for or to", () => {
    assert.equal(publicActDay('Lorries queued on Friday after Peru closed the border post to buses on '), true);
    assert.equal(publicActDay('The council declared a state of emergency on '), true);
    assert.equal(publicActDay('Argentina reopened its Jama crossing with Chile on '), true);
  });

  it('should not give a day to an act another verb stands between, nor to a tally or a shooting', () => {
    assert.equal(publicActDay('The council lifted the state of emergency it declared on '), false);
    assert.equal(publicActDay('The province has logged 310 cases since the start of the outbreak on '), false);
    assert.equal(publicActDay('A guard was shot at the crossing on '), false);
  });
});

describe('AFTER_PUBLIC_ACT', () => {
  it('should read a clause telling the act a day followed', () => {
    assert.equal(AFTER_PUBLIC_ACT.test(' after Peru closed the border post to buses on Thursday.'), true);
    assert.equal(AFTER_PUBLIC_ACT.test(' after a guard was shot at the crossing.'), false);
  });
});

describe('causeOfDatedAct', () => {
  it("should read the possessive day of the incident a dated public act followed", () => {
    assert.equal(causeOfDatedAct('A curfew was imposed in Dorrance on Thursday after ', "'s shooting in which four died."), true);
    assert.equal(causeOfDatedAct('The governor declared a state of emergency on Friday following ', "'s riots in the port."), true);
  });

  it('should not read a possessive day after an act told with no day, after no act, or naming no incident', () => {
    assert.equal(causeOfDatedAct('A curfew was imposed in Dorrance after ', "'s shooting."), false);
    assert.equal(causeOfDatedAct('Police made two arrests on Thursday after ', "'s shooting."), false);
    assert.equal(causeOfDatedAct('A curfew was imposed in Dorrance on Thursday after ', "'s council meeting."), false);
  });
});

describe('actDayBeforeItsCause', () => {
  it("should read a public act's day followed by the incident it answers, the act told active or passive", () => {
    assert.equal(actDayBeforeItsCause('A curfew was imposed in Dorrance on ', " after Tuesday's shooting in which four died."), true);
    assert.equal(actDayBeforeItsCause('The mayor imposed a curfew on ', " following Tuesday's riots."), true);
  });

  it("should not read an act's day with no incident after it, nor another act's day", () => {
    assert.equal(actDayBeforeItsCause('A curfew was imposed in Dorrance on ', ' after the shooting.'), false);
    assert.equal(actDayBeforeItsCause('Two men were arrested in Dorrance on ', " after Tuesday's shooting."), false);
    assert.equal(actDayBeforeItsCause('The curfew was lifted early on ', ' as crowds thinned.'), false);
  });
});
