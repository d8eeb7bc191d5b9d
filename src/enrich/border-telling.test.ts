import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { choosePlace } from './place.js';
import { splitSentences } from './sentences.js';
import { incidentAtBorder } from './border-telling.js';

function place(body: string) {
  return choosePlace(body, recognizeEntities(body, splitSentences(body)).entities, () => false, '');
}

describe('incidentAtBorder', () => {
  it('should read a lead that sets its act along, near or at a border', () => {
    assert.ok(incidentAtBorder('Rival units traded artillery fire across the contested frontier overnight, the army said.'));
    assert.ok(incidentAtBorder('Gunmen raided a border post before dawn on Tuesday, officials said.'));
    assert.ok(incidentAtBorder('A patrol was ambushed near the northern border with Valdoria on Sunday.'));
  });

  it('should not read a lead with no border in it', () => {
    assert.ok(!incidentAtBorder('A gunman opened fire in a shopping arcade on Saturday, police said.'));
  });
});

describe('choosePlace on a clash at a border that officials told of in a capital', () => {
  it('should not take the capital where an official told reporters for the scene', () => {
    const found = place('Two soldiers died when their patrol came under mortar fire along the disputed border on Sunday, army spokesman Colonel Arun Petchkul told reporters in Bangkok.');
    assert.notEqual(found?.name, 'Bangkok');
  });

  it('should keep a capital that the lead names as the scene, and a town where officials spoke', () => {
    const capital = place('Smugglers who had crossed the border were arrested in a raid in Bangkok on Sunday, police told reporters in Bangkok.');
    assert.equal(capital?.name, 'Bangkok');
    const town = place('A ranger was wounded when smugglers fired on his unit near the border on Sunday, a park official told reporters in Trat.');
    assert.equal(town?.name, 'Trat', 'a town near the border where officials speak is mostly the scene');
  });
});
