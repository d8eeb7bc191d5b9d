import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutEarlierDeaths } from './casualty-earlier-death.js';
import { findCasualties } from './casualties.js';

describe('withoutEarlierDeaths', () => {
  it('should blank a death the story dates before its own wounding or places at the same spot', () => {
    const text = 'Three men shot outside corner store.\n\nThree men were shot on Elm Street on Friday night. Neighbors said a 27-year-old had been killed by gunfire on that same block last month.';
    const out = withoutEarlierDeaths(text);
    assert.equal(out.length, text.length);
    assert.match(out, /Three men were shot on Elm Street/);
    assert.doesNotMatch(out, /killed by gunfire/);
    assert.doesNotMatch(withoutEarlierDeaths('Boy wounded at a park.\n\nA boy was wounded at the park. The boy\'s uncle was fatally stabbed near that park in 2009.'), /fatally/);
    assert.doesNotMatch(withoutEarlierDeaths('Girl wounded in the hand.\n\nA girl was wounded in the hand. Detectives are asking whether it was revenge for the slaying of a cook on Thursday, the first homicide of the year.'), /slaying/);
  });

  it('should blank a death of another cause than a gun, not one of a hunting accident', () => {
    assert.doesNotMatch(withoutEarlierDeaths('Four hurt at funeral shooting.\n\nFour people were shot at the funeral. The man being mourned was killed in a motorcycle accident.'), /motorcycle/);
    assert.match(withoutEarlierDeaths('Teen hurt on hunting trip.\n\nA teen was hurt and his grandfather died in a hunting accident.'), /hunting accident/);
  });

  it('should keep the text whole where the headline tells a death, and a sentence that also tells the wounded', () => {
    const followUp = 'Woman killed last month named.\n\nThe woman stabbed to death last month was named by police on Thursday.';
    assert.equal(withoutEarlierDeaths(followUp), followUp);
    const trial = 'Witnesses heard in Main Street case.\n\nThe shooter fired into the crowd in 2016, killing one woman and injuring three others.';
    assert.equal(withoutEarlierDeaths(trial), trial);
    const breach = 'Market shelling tests truce.\n\nAt least 14 people were killed on Wednesday when shells struck a market, in the worst breach of last week\'s truce.';
    assert.equal(withoutEarlierDeaths(breach), breach);
    const today = 'Two shot on Oak Avenue.\n\nA teen was killed and his friend was wounded in the foot on Oak Avenue on Sunday.';
    assert.equal(withoutEarlierDeaths(today), today);
  });
});

describe('findCasualties with a death told as background', () => {
  it('should read the wounding alone', () => {
    assert.deepEqual(findCasualties('Four men shot near the park.\n\nFour men were shot near the park on Tuesday evening. A 24-year-old was killed by gunfire on that same block last month.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Boy injured in accidental shooting.\n\nAn 11-year-old was injured when a rifle discharged at a cousin\'s house. Exactly two weeks ago, a 14-year-old girl died after a pistol her brother found went off.'), { killed: null, injured: 1 });
  });
});
