import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { whereTheSuspectWasHeld } from './suspect-held.js';

const at = (body: string, town: string): boolean => whereTheSuspectWasHeld(body, body.indexOf(town), body.indexOf(town) + town.length);

describe('whereTheSuspectWasHeld', () => {
  it('should read a town named as where a suspect is jailed, held or caught at home', () => {
    assert.ok(at('Roe remains jailed without bond at Pine Ridge Regional Jail in Milford, records show.', 'Milford'));
    assert.ok(at('Roe is being held at the Dover police cellblock while detectives investigate.', 'Dover'));
    assert.ok(at('Roe was taken into custody in Reno two days later.', 'Reno'));
    assert.ok(at('Roe was caught hiding at his Salem home on Friday.', 'Salem'));
  });

  it('should leave a town where the event happened', () => {
    assert.ok(!at('Two brothers are held in the stabbing of a cook in Milford, officers said.', 'Milford'));
    assert.ok(!at('Deputies detained three men over a double killing in Dover.', 'Dover'));
    assert.ok(!at('A man was shot at his Salem home on Friday.', 'Salem'));
  });
});
