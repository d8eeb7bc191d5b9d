import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lateIncidentDay } from './late-incident-day.js';

describe('lateIncidentDay', () => {
  it('should take a day that follows the incident with no later step between', () => {
    assert.equal(lateIncidentDay('Detectives say the man shot his cousin outside a corner store on ', '.'), true);
    assert.equal(lateIncidentDay('The boy died three weeks ago, on ', ', killed by a single gunshot.'), true);
    assert.equal(lateIncidentDay('Prosecutors say the two men shot four people at a cookout on or about ', '.'), true);
  });

  it('should take a day that opens what the sentence tells', () => {
    assert.equal(lateIncidentDay('Shortly after closing time on ', ', two bartenders were shot outside the tavern.'), true);
    assert.equal(lateIncidentDay('According to the complaint, on ', ', the defendant opened fire on a passing car.'), true);
  });

  it('should take a day that opens a sentence of the bullet that struck, but not a bullet told before the day', () => {
    assert.equal(lateIncidentDay('On ', ', the boy was asleep when a bullet pierced his bedroom wall.'), true);
    assert.equal(lateIncidentDay('Prosecutors say he cornered the man in a stairwell on ', ', finishing him with a bullet to the head.'), true);
    // The bullet before the day: a surgeon's day, not the incident's.
    assert.equal(lateIncidentDay('Doctors removed the bullet from his spine on ', '.'), false);
  });

  it('should take the day of shots fired, with "just after" or "shortly before" as the day\'s own preposition', () => {
    assert.equal(lateIncidentDay('Witnesses say three men were firing shots in the parking lot of the diner, just after ', ', the prosecutor said.'), true);
    assert.equal(lateIncidentDay('Someone fired into the apartment shortly before ', '.'), true);
    assert.equal(lateIncidentDay('A gunman fired several rounds at the house on ', '.'), true);
    assert.equal(lateIncidentDay('The two homicides happened just before ', ' in the 3700 block of Elm Street.'), true);
    // "After" that opens a clause of its own still takes the day.
    assert.equal(lateIncidentDay('A gunman fired several rounds at the house and fled after he was spotted on ', '.'), false);
    // A dismissal is no shooting.
    assert.equal(lateIncidentDay('The school board fired the principal on ', '.'), false);
  });

  it('should take the day an incident happened, past a time and a place set off by commas', () => {
    assert.equal(lateIncidentDay('Police said it happened at about 11 p.m. in Dayton, Ohio, on ', '.'), true);
  });

  it('should read "to" before a verb as a purpose, not as the end of a span', () => {
    assert.equal(lateIncidentDay('According to the complaint, on ', ', to settle a dispute over money, the brothers shot a neighbor twice.'), true);
    assert.equal(lateIncidentDay('Deputies were called to the farm on ', ' to find two men shot in a shed.'), true);
    // A span's end is still one.
    assert.equal(lateIncidentDay('Eleven people were shot in the county ', ' to June 30.'), false);
  });

  it('should leave the day of a later step to that step', () => {
    assert.equal(lateIncidentDay('The woman who shot her neighbor was arrested on ', ' at a motel.'), false);
    assert.equal(lateIncidentDay('He was arraigned on ', ', two weeks after the shooting.'), false);
    assert.equal(lateIncidentDay('Police say he shot a clerk and was found on ', ' at a motel.'), false);
    assert.equal(lateIncidentDay('The victim, who was born on ', ', was shot twice.'), false);
    // "Arrested in the shooting on" may be the arrest's day: left as event-date.ts leaves it.
    assert.equal(lateIncidentDay('Police arrested a second man in the fatal shooting on ', '.'), false);
  });

  it('should leave out an incident cited as background and a day that dates a publication', () => {
    assert.equal(lateIncidentDay('It was the third shooting on the block since a man was killed on ', '.'), false);
    assert.equal(lateIncidentDay('According to an article published on ', ', dozens of children have shot themselves this year.'), false);
    assert.equal(lateIncidentDay('The county counted 31 fatal shootings from ', ', 2024, through the end of June.'), false);
    // The span's end as well as its start: a tally's period, not one incident's day.
    assert.equal(lateIncidentDay('The county counted 31 accidental shootings of children from Jan. 1, 2023, through ', ' of this year.'), false);
  });

  it('should leave a day whose sentence tells no shooting or killing', () => {
    assert.equal(lateIncidentDay('His mother said she last spoke to him on ', '.'), false);
    assert.equal(lateIncidentDay('The grandmother died on ', ' of cancer.'), false);
  });

  it('should take the day since which a victim has lain wounded', () => {
    assert.equal(lateIncidentDay('The deputy has remained in critical condition since he was shot on ', '.'), true);
  });

  it('should take the day police were called out to the incident', () => {
    assert.equal(lateIncidentDay('The inquiry opened once officers responded to a bar on Elm Avenue on ', '.'), true);
    assert.equal(lateIncidentDay('Deputies rushed to a farmhouse on Pine Road on ', ' after a caller heard gunfire.'), true);
  });

  it('should take the day the dead were found, but not a day someone was only found', () => {
    assert.equal(lateIncidentDay('A mother and her two sons were found dead inside a van near a rest stop on ', '.'), true);
    assert.equal(lateIncidentDay('The missing hiker was found on ', ' near the lake.'), false);
  });
});
