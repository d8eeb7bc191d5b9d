import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

function roles(body: string): [string, string | null][] {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => [p.name, p.role]);
}

describe('namedAmongHurt', () => {
  it('should mark the youngest of the dead the article has just counted as a victim', () => {
    const body = 'Three miners were killed when a tunnel caved in at the Harrow Hill colliery on Friday. Their families gathered at the gate. The youngest, Owen Pryde, was 20 and had started work in June.';
    assert.deepEqual(roles(body).filter(([n]) => n === 'Owen Pryde'), [['Owen Pryde', 'victim']]);
  });

  it('should mark a person named among the dead or as one of those hurt', () => {
    assert.deepEqual(roles('Flood waters swept through the valley overnight. Among the dead was Marta Kowal, a retired teacher.').filter(([n]) => n === 'Marta Kowal'), [['Marta Kowal', 'victim']]);
    assert.deepEqual(roles('A bus left the road near Tarvin on Sunday. One of those injured, Leo Banks, was flown to hospital.').filter(([n]) => n === 'Leo Banks'), [['Leo Banks', 'victim']]);
  });

  it('should not mark the youngest of those arrested, nor the youngest speaker, nor anyone where no dead are counted', () => {
    // The group before is of suspects.
    assert.deepEqual(roles('Two people died in the attack. Police later arrested three men. The youngest, Dean Marsh, is 17.').filter(([n]) => n === 'Dean Marsh'), [['Dean Marsh', null]]);
    // A survivor who tells what happened is a witness here.
    assert.deepEqual(roles('Four workers were killed in the fire. The youngest, Kim Alder, said she had run for the door.').filter(([n]) => n === 'Kim Alder'), [['Kim Alder', null]]);
    // No dead or hurt told before: the youngest of a team.
    assert.deepEqual(roles('The council picked five new members on Monday. The youngest, Ruth Okon, is 23.').filter(([n]) => n === 'Ruth Okon'), [['Ruth Okon', null]]);
  });

  it('should leave an official quoted after the count of the dead with their own title', () => {
    const body = 'Five workers were killed in the blast. Fire chief Alan Burke said crews worked through the night.';
    assert.deepEqual(roles(body).filter(([n]) => n === 'Alan Burke').map(([, r]) => r === 'victim'), [false]);
  });

  // ux75a fault 10: the job before the name had kept the nurse from the victims.
  it('should mark a person named among the dead after a bare job word', () => {
    assert.deepEqual(roles('A wall fell on the ward on Friday. Among the dead was nurse Dilan Aziz, 34.').filter(([n]) => n === 'Dilan Aziz'), [['Dilan Aziz', 'victim']]);
  });

  it("should not mark the person whose relative is named among the dead", () => {
    assert.deepEqual(roles('A wall fell on the ward on Friday. Among the dead was the son of Dilan Aziz.').filter(([n]) => n === 'Dilan Aziz').map(([, r]) => r === 'victim'), [false]);
  });
});
