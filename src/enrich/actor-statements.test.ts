import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { actorLinks, type ActorMention } from './actor-statements.js';

/** Mentions of `names` (written as `canonical` or as given in the pairs) where the text first writes them. */
function mentionsOf(text: string, names: readonly (string | [string, string])[]): ActorMention[] {
  const out: ActorMention[] = [];
  let from = 0;
  for (const n of names) {
    const [written, canonical] = typeof n === 'string' ? [n, n] : n;
    const start = text.indexOf(written, from);
    assert.ok(start >= 0, `${written} is in the text`);
    out.push({ canonical, start, end: start + written.length });
    from = start + written.length;
  }
  return out;
}

describe('actorLinks: a report ties two named groups', () => {
  it('reads "also known as", "aka", "dubbed" and "which X calls" as one group', () => {
    const cases: [string, string, string][] = [
      ['Investigators blamed Crimson Kite, also known as Glass Heron, for the outage.', 'Crimson Kite', 'Glass Heron'],
      ['The loader belongs to Crimson Kite (aka Glass Heron), the vendor wrote.', 'Crimson Kite', 'Glass Heron'],
      ['Crimson Kite, dubbed Glass Heron by one vendor, reused the loader.', 'Crimson Kite', 'Glass Heron'],
      ['Crimson Kite, which one Redmond vendor calls Glass Heron, reused the loader.', 'Crimson Kite', 'Glass Heron'],
      ['Crimson Kite, also tracked by some firms as Glass Heron, reused the loader.', 'Crimson Kite', 'Glass Heron'],
    ];
    for (const [text, a, b] of cases) assert.deepEqual(actorLinks(text, mentionsOf(text, [a, b])), [{ kind: 'alias', actor: a, other: b }], text);
  });

  it('reads a second other name after "known as A and also as B"', () => {
    const text = 'The cell, known overseas as the Crimson Kite and also as Glass Heron, went quiet in June.';
    assert.deepEqual(actorLinks(text, mentionsOf(text, ['Crimson Kite', 'Glass Heron'])), [{ kind: 'alias', actor: 'Crimson Kite', other: 'Glass Heron' }]);
    // Without the naming words before the first, "and" joins two groups named side by side.
    const listed = 'Officials blamed Crimson Kite and also Glass Heron for the outage.';
    assert.deepEqual(actorLinks(listed, mentionsOf(listed, ['Crimson Kite', 'Glass Heron'])), []);
  });

  it('reads a unit of a larger group, whichever side the larger one is written', () => {
    const cases: [string, string[], string, string][] = [
      ['Amber Moth, a unit of the wider Crimson Kite, ran the intrusion.', ['Amber Moth', 'Crimson Kite'], 'Amber Moth', 'Crimson Kite'],
      ['The agency said Amber Moth is an offshoot of Crimson Kite.', ['Amber Moth', 'Crimson Kite'], 'Amber Moth', 'Crimson Kite'],
      ['Analysts say Amber Moth, part of the sprawling Crimson Kite, wrote the lure.', ['Amber Moth', 'Crimson Kite'], 'Amber Moth', 'Crimson Kite'],
      ["Crimson Kite's unit Amber Moth wrote the lure.", ['Crimson Kite', 'Amber Moth'], 'Amber Moth', 'Crimson Kite'],
      ['Amber Moth, a Crimson Kite subgroup, wrote the lure.', ['Amber Moth', 'Crimson Kite'], 'Amber Moth', 'Crimson Kite'],
      ['Sanctions named Amber Moth, the Crimson Kite unit the bureau blamed for the theft.', ['Amber Moth', 'Crimson Kite'], 'Amber Moth', 'Crimson Kite'],
    ];
    for (const [text, names, unit, parent] of cases) assert.deepEqual(actorLinks(text, mentionsOf(text, names)), [{ kind: 'unit', actor: unit, other: parent }], text);
  });

  it('ties the group a sentence names by another name to the larger group', () => {
    const text = 'The crew, also known among vendors as Glass Heron and Dusk Finch, is a unit of the wider Crimson Kite, the bureau said.';
    const mentions = mentionsOf(text, [['Glass Heron', 'Amber Moth'], ['Dusk Finch', 'Amber Moth'], 'Crimson Kite']);
    assert.deepEqual(actorLinks(text, mentions), [{ kind: 'unit', actor: 'Amber Moth', other: 'Crimson Kite' }]);
  });

  it('ties nothing where the two names are only named together', () => {
    const texts = [
      'Crimson Kite and Glass Heron both used the loader.',
      'Crimson Kite hit banks. Also known for phishing, Glass Heron hit ports.',
      'Crimson Kite, unlike Glass Heron, avoided exchanges.',
      "Crimson Kite, known as Glass Heron's sister crew, avoided exchanges.",
      "Crimson Kite, the Glass Heron unit's old rival, avoided exchanges.",
      'Crimson Kite, the Glass Heron of the south, avoided exchanges.',
    ];
    for (const text of texts) assert.deepEqual(actorLinks(text, mentionsOf(text, ['Crimson Kite', 'Glass Heron'])), [], text);
    // Two names of one group tie nothing new.
    const same = 'Crimson Kite, also known as Kite Team, struck again.';
    assert.deepEqual(actorLinks(same, mentionsOf(same, ['Crimson Kite', ['Kite Team', 'Crimson Kite']])), []);
  });
});
