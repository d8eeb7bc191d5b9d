import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutTallies } from './casualty-tally.js';

describe('withoutTallies', () => {
  it("should blank a report's worldwide or yearly count of deaths, and a country's within it", () => {
    const text = 'The index counted 37 editors killed in the twelve months to March 1. Brazil was the deadliest country, with six killed. The alliance recorded 40 editors killed during the year. A reporter was shot dead in Recife on Friday.';
    const out = withoutTallies(text);
    assert.equal(out.length, text.length);
    for (const n of ['37', 'six killed', '40']) assert.ok(!out.includes(n), n);
    assert.ok(out.includes('A reporter was shot dead in Recife on Friday.'));
    assert.ok(!withoutTallies('Forty-one reporters were killed worldwide last spring, the group said.').includes('killed'));
  });

  it('should keep the toll of a clause whose words of the world, the year or a deadliest region are not told of the count', () => {
    for (const text of [
      'A cargo plane came down near Lusaka on Monday, killing all 11 crew members and prompting messages of sympathy from around the world.',
      'A man with a rifle killed seven worshippers at a temple on Sunday in a massacre denounced worldwide.',
      'Floods killed 23 people on Thursday in the deadliest region of the province, a minister said.',
      'Mourners gathered globally as the toll from the ferry sinking rose to 40 on Friday.',
    ]) assert.equal(withoutTallies(text), text);
    // Told of the count, it is a tally: after the harm, after the count's people, ranking a country.
    for (const text of ['Seventy reporters were killed globally in the twelve months, the group said.', 'It counted 33 journalists worldwide who were killed.', 'Peru was again the deadliest country for reporters, with five killed.']) {
      assert.ok(!/\d|Seventy|five killed/.test(withoutTallies(text)), text);
    }
  });

  it('should keep a toll whose victims come from around the world or across the country, and blank one scoped worldwide', () => {
    for (const text of ['The airliner crash killed 189 travellers from around the world, the carrier said.', 'The coach crash killed 14 pilgrims from across the country on Sunday.']) {
      assert.equal(withoutTallies(text), text);
    }
    assert.ok(!withoutTallies('Some 61 aid workers were killed around the world this year, the agency said.').includes('61'));
  });

  it("should blank a sentence tallying the city's year and keep the event's, offsets kept", () => {
    const text = 'Two men were shot on Oak Street. More than 240 people have been wounded across the city this year.';
    const out = withoutTallies(text);
    assert.equal(out.length, text.length);
    assert.ok(out.startsWith('Two men were shot on Oak Street.'));
    assert.ok(!out.includes('240'));
  });

  it("should keep a sentence that ranks the event in the tally (\"the city's third homicide this year\")", () => {
    const text = "The killing was the city's third homicide this year.";
    assert.equal(withoutTallies(text), text);
  });

  it("should blank a headline that counts what the body's lead tallies over separate shootings, offsets kept", () => {
    const text = 'Six people shot in Riverside.\n\nSix people were wounded in separate shootings across Riverside on Saturday. A man was shot on Pine Street.';
    const out = withoutTallies(text);
    assert.equal(out.length, text.length);
    assert.ok(!out.includes('Six people shot in Riverside'));
    assert.ok(out.includes('A man was shot on Pine Street.'));
  });

  it('should keep the headline when the tally gives another count, stands far below the lead, or says "in shootings" alone', () => {
    const other = '2 killed at gas station.\n\nTwo men were killed at a gas station on Friday. In other shootings on Friday, three men were wounded.';
    assert.ok(withoutTallies(other).startsWith('2 killed at gas station.'));
    const far = `2 killed, 2 wounded at gas station.\n\nTwo men were killed and two wounded at a gas station. ${'The station had opened in the spring and stayed open late. '.repeat(8)}In other shootings on Friday, two men were wounded.`;
    assert.ok(withoutTallies(far).startsWith('2 killed, 2 wounded at gas station.'));
    const string = 'Shootings leave 1 dead, 3 hurt.\n\nA cook died and three bystanders were hurt in a string of shootings late Thursday.';
    assert.ok(withoutTallies(string).startsWith('Shootings leave 1 dead, 3 hurt.'));
  });

  it('should blank a harm told since a day or a weekend (a span of shootings), not a clause whose "since" is of something else', () => {
    const text = 'Three men were shot on Elm Street on Friday. At least seven more people have been hurt in gunfire since last weekend.';
    const out = withoutTallies(text);
    assert.equal(out.length, text.length);
    assert.ok(out.startsWith('Three men were shot on Elm Street on Friday.'));
    assert.ok(!out.includes('seven'));
    // Only the span's part of a sentence that also tells the event's count.
    const where = 'Four people were shot Monday on the corner where at least nine more have been wounded since Saturday.';
    const kept = withoutTallies(where);
    assert.equal(kept.length, where.length);
    assert.ok(kept.startsWith('Four people were shot Monday on the corner '));
    assert.ok(!kept.includes('nine'));
    assert.ok(!withoutTallies('Nine people have been shot across the county since early Saturday.').includes('Nine'));
    const party = 'Three teens were wounded at a barbecue that had run since Friday evening.';
    assert.equal(withoutTallies(party), party);
  });
});

describe('withoutTallies, one incident\'s own report', () => {
  it('should keep the toll a police, autopsy or crash report finds, and blank what an annual report or a survey found', () => {
    const police = 'Bus crash on Route 9\n\nA police report found that three people were killed when a lorry hit a bus near Marlow on Friday.';
    assert.equal(withoutTallies(police), police);
    const after = 'Two men were injured in the fire on Elm Street, the fire marshal\'s report found.';
    assert.equal(withoutTallies(after), after);
    const yearly = 'The annual report found 312 people were killed on the county\'s roads.';
    assert.equal(withoutTallies(yearly).trim(), '');
    const survey = 'A survey recorded 40 people injured by fireworks.';
    assert.equal(withoutTallies(survey).trim(), '');
  });
});
