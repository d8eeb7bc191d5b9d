import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PersonMention } from '../model/types.js';
import { speaksForAuthorities } from './officials.js';

/** A person as the people stage gives them: every mention of `name` in `body`, with the role it read. */
function person(body: string, name: string, role: string | null): PersonMention {
  const mentions = [...body.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length }));
  return { name, variants: [], role, organization: null, country: null, mentions, byline: false, inEvent: true };
}

describe('speaksForAuthorities: a spokesperson with a military rank', () => {
  it('should count a spokeswoman whose role was read as her rank as one who tells the news', () => {
    const body = 'The navy said it had turned the trawler back. Army spokeswoman Major General Ilse Marrow said nobody was hurt.';
    assert.equal(speaksForAuthorities(person(body, 'Ilse Marrow', 'Major General'), body), true);
    const headed = 'Defence ministry spokesman, Rear Admiral Teodor Vask, told reporters the drill would go on.';
    assert.equal(speaksForAuthorities(person(headed, 'Teodor Vask', 'Rear Admiral'), headed), true);
  });

  it('should not count a general quoted beside a spokesman, or one the spokesman speaks for', () => {
    const body = 'Lieutenant General Oskar Brenn ordered the border closed, a spokesman said. The spokesman for General Oskar Brenn gave no figures.';
    assert.equal(speaksForAuthorities(person(body, 'Oskar Brenn', 'Lieutenant General'), body), false);
    const twoSentences = 'The ministry named no spokesman. General Ada Kolme led the operation.';
    assert.equal(speaksForAuthorities(person(twoSentences, 'Ada Kolme', 'General'), twoSentences), false);
  });
});
