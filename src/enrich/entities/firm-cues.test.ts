import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { firmsTakenForPeople, firmsTheTaggerCut, firmsTheTaggerMissed } from './firm-cues.js';

/** Each name found once, at its first place in the body, as the type given (a person unless said). */
function types(body: string, found: readonly (string | [string, Entity['type']])[]): string[] {
  let from = 0;
  const entities: Entity[] = found.map((f) => {
    const [text, type] = typeof f === 'string' ? [f, 'person' as const] : f;
    const start = body.indexOf(text, from);
    from = start + text.length;
    return { text, type, start, end: start + text.length };
  });
  firmsTakenForPeople(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('firms named after people', () => {
  it("should be a firm before its shares or its staff in the plural, and so wherever it is named", () => {
    assert.deepEqual(types('Marlow Keane said profits fell. Marlow Keane shares dropped 3%.', ['Marlow Keane', 'Marlow Keane']), ['organization:Marlow Keane', 'organization:Marlow Keane']);
    assert.deepEqual(types('Marlow Keane analysts expect a cut.', ['Marlow Keane']), ['organization:Marlow Keane']);
    assert.deepEqual(types('Shares of Marlow Keane fell.', ['Marlow Keane']), ['organization:Marlow Keane']);
  });

  it("should be a firm before a company officer's title and a full name, or in apposition with its trade", () => {
    assert.deepEqual(types('Marlow Keane chief executive Ada Lind said the bank was safe.', ['Marlow Keane', 'Ada Lind']), ['organization:Marlow Keane', 'person:Ada Lind']);
    assert.deepEqual(types('Dunmore Reed, the brokerage, said its systems were hit.', ['Dunmore Reed']), ['organization:Dunmore Reed']);
    assert.deepEqual(types('Pruitt Brothers collapsed in 2009.', ['Pruitt Brothers']), ['organization:Pruitt Brothers']);
    assert.deepEqual(types('Investigators said Valcourt Aérospatiale had classed the fault as improbable; Valcourt disagreed.', ['Valcourt Aérospatiale', 'Valcourt']), ['organization:Valcourt Aérospatiale', 'organization:Valcourt']);
    assert.deepEqual(types('Investigators said Anna Aviles had classed the fault as improbable.', ['Anna Aviles']), ['person:Anna Aviles']);
    assert.deepEqual(types('A Marlow Keane spokesperson, Ada Lind, said no accounts were touched.', ['Marlow Keane', 'Ada Lind']), ['organization:Marlow Keane', 'person:Ada Lind']);
    assert.deepEqual(types('The former Marlow Keane trader Ada Lind was jailed.', ['Marlow Keane', 'Ada Lind']), ['organization:Marlow Keane', 'person:Ada Lind']);
  });

  it("should take the firm's first word written alone as the firm, as a person or an unknown place", () => {
    assert.deepEqual(types('Marlow Keane analysts expect a cut. Marlow said it would hire. Ada Lind left Marlow in May.', ['Marlow Keane', 'Marlow', 'Ada Lind', ['Marlow', 'location']]), [
      'organization:Marlow Keane',
      'organization:Marlow',
      'person:Ada Lind',
      'organization:Marlow',
    ]);
    // A firm of two names the tagger typed itself counts too.
    assert.deepEqual(types('Marlow Keane reported higher profits. Marlow said costs rose.', [['Marlow Keane', 'organization'], 'Marlow']), ['organization:Marlow Keane', 'organization:Marlow']);
  });

  it('should leave people alone: a person before a title and no name, before other plurals, or holding the word', () => {
    assert.deepEqual(types('Ada Lind chief executive of the bank, resigned.', ['Ada Lind']), ['person:Ada Lind']);
    assert.deepEqual(types('Tom Ruiz supporters rallied.', ['Tom Ruiz']), ['person:Tom Ruiz']);
    assert.deepEqual(types('Marlow Keane shares fell. Tom Marlow, a trader, said Marlow was right.', ['Marlow Keane', 'Tom Marlow', 'Marlow']), ['organization:Marlow Keane', 'person:Tom Marlow', 'person:Marlow']);
    assert.deepEqual(types('Tom Ruiz, the bank\'s chairman, resigned.', ['Tom Ruiz']), ['person:Tom Ruiz']);
  });
});

describe('a name typed a body as often as a person', () => {
  it('should be the body', () => {
    assert.deepEqual(types('Data leaked, said a spokeswoman for Marlow Keane. Marlow Keane said it hired investigators.', [['Marlow Keane', 'organization'], 'Marlow Keane']), ['organization:Marlow Keane', 'organization:Marlow Keane']);
    // More often a person: left to the vote that follows.
    assert.deepEqual(types('Tom Ruiz spoke. Tom Ruiz left. The Tom Ruiz Trust paid.', ['Tom Ruiz', 'Tom Ruiz', ['Tom Ruiz', 'organization']]), ['person:Tom Ruiz', 'person:Tom Ruiz', 'organization:Tom Ruiz']);
  });
});

describe("a company's name with its legal form", () => {
  it('should make the name alone the company', () => {
    assert.deepEqual(types('Brightwell Inc. said data was stolen. Critics said Brightwell was slow.', [['Brightwell Inc.', 'organization'], 'Brightwell']), ['organization:Brightwell Inc.', 'organization:Brightwell']);
  });
});

describe('a firm named in common words that the tagger passed over', () => {
  const at = (body: string, text: string, type: Entity['type'], from = 0): Entity => {
    const start = body.indexOf(text, from);
    return { text, type, start, end: start + text.length };
  };

  it("should add every mention the rules read where one has a firm's cue", () => {
    const body = 'Royal Granite agreed to pay a fine. Royal Granite chief executive Ada Lind said the bank had changed.';
    const rules = [at(body, 'Royal Granite', 'person'), at(body, 'Royal Granite', 'person', 10), at(body, 'Ada Lind', 'person')];
    const found = [at(body, 'Ada Lind', 'person')];
    assert.deepEqual(firmsTheTaggerMissed(body, rules, found).map((e) => `${e.type}:${e.text}@${e.start}`), ['organization:Royal Granite@0', 'organization:Royal Granite@36']);
  });

  it("should add a name after a firm's kind in lower case", () => {
    const body = 'Researchers at security firm Quiet Harbor said on Thursday.';
    assert.deepEqual(firmsTheTaggerMissed(body, [at(body, 'Quiet Harbor', 'person')], []).map((e) => `${e.type}:${e.text}`), ['organization:Quiet Harbor']);
  });

  it('should add nothing without a cue, nor over what the merge holds', () => {
    const body = 'Royal Granite agreed to pay a fine. Shares of Royal Granite fell.';
    assert.deepEqual(firmsTheTaggerMissed('Royal Granite agreed to pay a fine.', [at('Royal Granite agreed to pay a fine.', 'Royal Granite', 'person')], []), []);
    const rules = [at(body, 'Royal Granite', 'person'), at(body, 'Royal Granite', 'person', 10)];
    assert.deepEqual(firmsTheTaggerMissed(body, rules, [rules[1]!]).map((e) => e.start), []);
  });
});

describe("a firm's name ending in its trade that the tagger cut", () => {
  const at = (body: string, text: string, type: Entity['type'], from = 0): Entity => {
    const start = body.indexOf(text, from);
    return { text, type, start, end: start + text.length };
  };

  it("should take the rules' whole name for the tagger's first word of it, read as a place of no country", () => {
    const body = 'The ring is named after Sambong Trading, a shell company in Hunchun.';
    const found = [at(body, 'Sambong', 'location'), { ...at(body, 'Hunchun', 'location'), country: 'CN' }];
    firmsTheTaggerCut([at(body, 'Sambong Trading', 'person')], found);
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ['organization:Sambong Trading', 'location:Hunchun']);
  });

  it('should leave a known place the tagger found, and a name with no trade at its end', () => {
    const body = 'Busan Trading rose. Kim Sung-ho spoke.';
    const found = [{ ...at(body, 'Busan', 'location'), country: 'KR' }, at(body, 'Kim', 'person')];
    firmsTheTaggerCut([at(body, 'Busan Trading', 'person'), at(body, 'Kim Sung-ho', 'person')], found);
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ['location:Busan', 'person:Kim']);
  });
});
