import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedAsDiplomaticChannel } from './diplomatic-channel.js';

describe('namedAsDiplomaticChannel', () => {
  it('should read a town after "through its embassy in" or "via channels in" as a channel, an embassy’s scene as none', () => {
    const channel = 'Norway said it had complained through its embassy in Ankara about the seizure.';
    assert.equal(namedAsDiplomaticChannel(channel, channel.indexOf('Ankara')), true);
    const via = 'The ministry protested via diplomatic channels in Vienna on Monday.';
    assert.equal(namedAsDiplomaticChannel(via, via.indexOf('Vienna')), true);
    const scene = 'Hundreds of protesters gathered outside the embassy in Ankara on Monday.';
    assert.equal(namedAsDiplomaticChannel(scene, scene.indexOf('Ankara')), false);
  });
});
