import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { choosePlace } from './place.js';
import { splitSentences } from './sentences.js';
import { tellingsBesideScene, tellsIncident } from './telling-town.js';

function place(body: string) {
  return choosePlace(body, recognizeEntities(body, splitSentences(body)).entities, () => false, '');
}

describe('tellingsBesideScene', () => {
  const mention = (key: string, start: number, spoken: boolean, scene: boolean) => ({ key, start, end: start + key.length, spoken, scene });
  const of = (list: ReturnType<typeof mention>[]) => tellingsBesideScene(list, (m) => m.spoken, (m) => m.scene, (m) => m.key).map((m) => m.start);

  it('should give the telling mentions of a place other than the scene set elsewhere', () => {
    assert.deepEqual(of([mention('royal oak', 10, true, true), mention('hazel park', 80, false, true)]), [10]);
  });

  it('should give none where no other place is set as the scene, or the telling place is the scene', () => {
    assert.deepEqual(of([mention('royal oak', 10, true, true)]), []);
    assert.deepEqual(of([mention('royal oak', 10, true, true), mention('hazel park', 80, false, false)]), []);
    assert.deepEqual(of([mention('fresno', 10, false, true), mention('fresno', 80, true, true)]), []);
  });
});

describe('choosePlace where an official spoke in another town', () => {
  it('should not take the town where the police chief told reporters for the scene', () => {
    assert.equal(place('Police chief Dana Ruiz told reporters in Modesto on Wednesday that three people were killed at a grocery store in Turlock.')?.name, 'Turlock');
    assert.equal(place('The district police chief said in Peshawar on Wednesday that a bomb had killed six people at a market in Mardan.')?.name, 'Mardan');
  });

  it('should keep the town where officials spoke when no other place is set as the scene, or it is the scene', () => {
    assert.equal(place('A gunman killed three people at a grocery store on Tuesday, police chief Dana Ruiz told reporters in Modesto.')?.name, 'Modesto');
    assert.equal(place('Two men were shot outside a bar in Fresno late Saturday. The sheriff told reporters in Fresno that no one was arrested.')?.name, 'Fresno');
  });
});

describe('tellsIncident', () => {
  it('should take a sentence that tells the act or its toll', () => {
    assert.equal(tellsIncident('three people were killed at a grocery store in Turlock'), true);
    assert.equal(tellsIncident('A bomb went off at a market in Mardan.'), true);
  });

  it('should take a sentence of the act set at a hospital, a courthouse or a funeral (review72 fault 2)', () => {
    assert.equal(tellsIncident('three people were killed at a hospital in Turlock'), true);
    assert.equal(tellsIncident('Two men were shot outside the courthouse in Turlock.'), true);
    assert.equal(tellsIncident('A gunman opened fire at a funeral in Turlock, killing three people.'), true);
  });

  it('should not take where the wounded were taken, a vigil, a funeral or a jail', () => {
    assert.equal(tellsIncident('The wounded were taken to a hospital in Berkeley, where they were in stable condition.'), false);
    assert.equal(tellsIncident('A vigil is planned at a church in Alameda on Monday.'), false);
    assert.equal(tellsIncident('The shooting suspect was booked into the county jail in Martinez.'), false);
  });
});

describe('choosePlace where the act was at a hospital in another town', () => {
  it('should take the hospital\'s town, not the town where the police chief told reporters', () => {
    assert.equal(place('Police chief Dana Ruiz told reporters in Modesto on Wednesday that three people were killed at a hospital in Turlock.')?.name, 'Turlock');
  });
});

describe('choosePlace where the wounded, a vigil or a jail are in other towns', () => {
  it('should keep the town where officials spoke when other towns are only where the wounded went or mourners meet (review71 c1)', () => {
    const body = 'A gunman killed one man and wounded two others outside a nightclub early Sunday, police said.\n\nPolice Chief Ana Ferro told reporters in Oakland that the suspect fled on foot. The wounded were taken to a hospital in Berkeley, where they were in stable condition. A vigil is planned at a church in Alameda on Monday.';
    assert.equal(place(body)?.name, 'Oakland');
  });

  it('should still leave the telling town where a sentence of the act sets it elsewhere, beside a vigil town', () => {
    const body = 'Police chief Dana Ruiz told reporters in Modesto on Wednesday that three people were killed at a grocery store in Turlock. A vigil is planned at a church in Ceres on Friday.';
    assert.equal(place(body)?.name, 'Turlock');
  });
});
