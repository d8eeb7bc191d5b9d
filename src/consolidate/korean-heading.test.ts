import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOfficialSource, koreanHeadingFirst } from './korean-heading.js';

const w = (value: string, ...sources: string[]): { value: string; sources: string[] } => ({ value, sources });

describe('koreanHeadingFirst: which order of a Korean name heads a participant', () => {
  it('puts the family name first on a tie, though the first report wrote it last', () => {
    const names = [w('Min-ho Baek', 'wire'), w('Baek Min-ho', 'seoul-daily')];
    assert.deepEqual(koreanHeadingFirst(names, new Set()).map((n) => n.value), ['Baek Min-ho', 'Min-ho Baek']);
  });

  it('lets the order an official source uses head, then the order more reports use', () => {
    const official = new Set(['ministry-release']);
    const names = [w('Min-ho Baek', 'wire', 'paper'), w('Baek Min-ho', 'ministry-release')];
    assert.deepEqual(koreanHeadingFirst(names, official)[0]!.value, 'Baek Min-ho');
    assert.deepEqual(koreanHeadingFirst(names, new Set())[0]!.value, 'Min-ho Baek');
    const releaseWestern = [w('Baek Min-ho', 'seoul-daily'), w('Min-ho Baek', 'ministry-release')];
    assert.deepEqual(koreanHeadingFirst(releaseWestern, official)[0]!.value, 'Min-ho Baek');
  });

  it('leaves names with no hyphenated given name, and other spellings, as the vote gave them', () => {
    const plain = [w('Tanaka Hiro', 'a'), w('Hiro Tanaka', 'b')];
    assert.deepEqual(koreanHeadingFirst(plain, new Set()), plain);
    const spelled = [w('Min-ho Baek', 'a'), w('Baek Min-hoo', 'b')];
    assert.deepEqual(koreanHeadingFirst(spelled, new Set()), spelled);
  });
});

describe('isOfficialSource', () => {
  it('takes a department or agency named as the outlet, or a labelled release, and not a news agency', () => {
    const report = (outlet: string, body = 'Officials met on Monday.'): { outlet: string; headline: string | null; body: string } => ({ outlet, headline: null, body });
    assert.equal(isOfficialSource(report('Ministry of Unification')), true);
    assert.equal(isOfficialSource(report('U.S. Department of Commerce')), true);
    assert.equal(isOfficialSource(report('Harbour News Agency')), false);
    assert.equal(isOfficialSource(report('The Valley Times')), false);
    assert.equal(isOfficialSource(report('Valley Times', 'PRESS RELEASE: The council met on Monday.')), true);
  });
});
