import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorText, participantText, themeText } from './event-search-text.js';

describe('themeText', () => {
  it('should give each word of the theme ids once, as words', () => {
    assert.equal(themeText(['cyber', 'cyber.ransomware', 'cyber.threat-actor', 'health']), 'cyber ransomware threat actor health');
    assert.equal(themeText([]), '');
  });
});

describe('participantText', () => {
  it('should leave out an alias that only reorders the name, and keep one that adds a word', () => {
    assert.equal(participantText({ name: 'Kumagai Naoki', aliases: ['Naoki Kumagai'], role: 'ambassador', organization: null }), 'Kumagai Naoki ambassador ');
    assert.equal(participantText({ name: 'Yoon Jae-hyuk', aliases: ['Yun Jae-hyeok'], role: null, organization: 'Ministry of Foreign Affairs' }), 'Yoon Jae-hyuk Yun Jae-hyeok  Ministry of Foreign Affairs');
  });
});

describe('actorText', () => {
  it("should give an actor's name and the aliases its reports used that add a word", () => {
    assert.equal(actorText({ name: 'Lazarus Group', aliases: ['Hidden Cobra', 'Lazarus'] }), 'Lazarus Group Hidden Cobra');
  });
});
