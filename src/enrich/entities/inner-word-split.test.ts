import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitAtInnerWords } from './inner-word-split.js';
import type { ModelSpan } from './model/spans.js';

function split(body: string, name: string, kind: ModelSpan['kind']): string[] {
  const start = body.indexOf(name);
  return splitAtInnerWords(body, [{ start, end: start + name.length, kind }]).map((s) => `${s.kind}:${body.slice(s.start, s.end)}`);
}

describe('a span run across a word no name holds', () => {
  it('should cut at a verb, giving each part its kind', () => {
    assert.deepEqual(split('In the 28th minute Korea substituted Park Joo-Ho for Kim.', 'Korea substituted Park Joo-Ho', 'LOC'), ['LOC:Korea', 'PER:Park Joo-Ho']);
    assert.deepEqual(split('The rally cheered Highland Crofters Party leaders Morag Baillie and her deputy.', 'Highland Crofters Party leaders Morag Baillie', 'PER'), ['ORG:Highland Crofters Party', 'PER:Morag Baillie']);
  });

  it('should cut at two such words in a row, and keep foreign particles', () => {
    assert.deepEqual(split('Then Korea substituted striker Park Joo-Ho for Kim.', 'Korea substituted striker Park Joo-Ho', 'LOC'), ['LOC:Korea', 'PER:Park Joo-Ho']);
    assert.deepEqual(split('A report by the Bundesamt für Verfassungsschutz said so.', 'Bundesamt für Verfassungsschutz', 'ORG'), ['ORG:Bundesamt für Verfassungsschutz']);
  });

  it('should cut a list joined by "or"', () => {
    assert.deepEqual(split('Voters could back the Wessex Farmers Party or Mercia Green Party this time.', 'Wessex Farmers Party or Mercia Green Party', 'ORG'), ['ORG:Wessex Farmers Party', 'ORG:Mercia Green Party']);
  });

  it('should leave whole the names that hold lower-case words', () => {
    for (const name of ['Union for a Popular Movement', 'Umkhonto we Sizwe', 'Soqosoqo Duavata ni Lewenivanua', 'Hizb al-Istiqlal', 'Bank of the West', 'Ludwig van Beethoven']) {
      assert.deepEqual(split(`They named ${name} again.`, name, 'ORG'), [`ORG:${name}`]);
    }
  });
});
