import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toldAsTheScene } from './told-scene.js';

const at = (body: string, town: string): boolean => toldAsTheScene(body, body.indexOf(town));

describe('toldAsTheScene', () => {
  it("should read the town a sentence about the story's incident sets it in", () => {
    assert.ok(at('The incident occurred shortly before noon in the 300 block of Birch Lane in Hampton.', 'Hampton'));
    assert.ok(at('It happened Sunday at the Oak Grove Apartments in Maple Heights.', 'Maple Heights'));
    assert.ok(at('The shooting took place in the town of Ridgeway, deputies said.', 'Ridgeway'));
  });

  it('should leave another incident, and a town where someone was taken', () => {
    assert.ok(!at('The quarrel grew from an incident that took place last spring in Dallas.', 'Dallas'));
    assert.ok(!at('It happened after an ambulance had taken him to a hospital in Hampton.', 'Hampton'));
    assert.ok(!at('A man was shot in Hampton.', 'Hampton'));
  });

  it('should read the town the police were sent to for the incident', () => {
    assert.ok(at('On Friday officers were dispatched to a reported stabbing in Cedar Grove.', 'Cedar Grove'));
    assert.ok(at('Officers responded to a reported stabbing in Dunbar around 2 a.m.', 'Dunbar'));
    assert.ok(!at('Officers responded to complaints of a prowler who lives in Dunbar.', 'Dunbar'));
  });
});
