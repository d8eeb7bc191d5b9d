import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutEarlierDeaths } from './casualty-earlier-death.js';
import { findCasualties } from './casualties.js';

describe('withoutEarlierDeaths', () => {
  it('should blank a death the story dates before its own wounding or places at the same spot', () => {
    const text = 'Three men shot outside corner store.\n\nThree men were shot on Elm Street on Friday night. Neighbors said a 20-year-old was shot and killed on the same block last week.';
    const out = withoutEarlierDeaths(text);
    assert.equal(out.length, text.length);
    assert.match(out, /Three men were shot on Elm Street/);
    assert.doesNotMatch(out, /shot and killed/);
    assert.doesNotMatch(withoutEarlierDeaths('Boy wounded at a park.\n\nA boy was wounded at the park. The boy\'s cousin was fatally shot in the same neighborhood in 2011.'), /fatally/);
    assert.doesNotMatch(withoutEarlierDeaths('Girl shot in the arm.\n\nA girl was shot in the arm. Police are looking at whether it was retaliation for the slaying of a man on Tuesday, the first homicide of the year.'), /slaying/);
  });

  it('should blank a death of another cause than a gun, not one of a hunting accident', () => {
    assert.doesNotMatch(withoutEarlierDeaths('Four hurt at funeral shooting.\n\nFour people were shot at the funeral. The man being mourned was killed in a motorcycle accident.'), /motorcycle/);
    assert.match(withoutEarlierDeaths('Teen hurt on hunting trip.\n\nA teen was hurt and his uncle was killed in a hunting accident.'), /hunting accident/);
  });

  it('should keep the text whole where the headline tells a death, and a sentence that also tells the wounded', () => {
    const followUp = 'Man killed last week identified.\n\nThe man who was shot and killed last week was identified on Monday.';
    assert.equal(withoutEarlierDeaths(followUp), followUp);
    const trial = 'Witnesses heard in Main Street case.\n\nThe gunman opened fire in 2014, killing one man and wounding four others.';
    assert.equal(withoutEarlierDeaths(trial), trial);
    const breach = 'Market shelling tests truce.\n\nAt least 14 people were killed on Wednesday when shells struck a market, in the worst breach of last week\'s truce.';
    assert.equal(withoutEarlierDeaths(breach), breach);
    const today = 'Two shot on Oak Avenue.\n\nA man was killed and a woman was shot in the leg on Oak Avenue on Sunday.';
    assert.equal(withoutEarlierDeaths(today), today);
  });
});

describe('findCasualties with a death told as background', () => {
  it('should read the wounding alone', () => {
    assert.deepEqual(findCasualties('Four men shot near the park.\n\nFour men were shot near the park on Tuesday evening. A 19-year-old was shot and killed on the same block just last week.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Girl injured in accidental shooting.\n\nA 12-year-old girl was injured when a gun went off at a friend\'s home. Exactly one week ago, a 13-year-old boy died after a gun found by teenagers went off.'), { killed: null, injured: 1 });
  });
});
