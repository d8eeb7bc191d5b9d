import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';
import { tenseOf } from './timex-tense.js';

/** Monday 15 March 2010, 2 p.m. */
const MONDAY = referenceFrom('2010-03-15T14:00');

function read(text: string): string[] {
  return findTimexes(text, splitSentences(text), MONDAY).map((t) => `${t.text}=${t.value}`);
}

/** The tense the clause gives the date that ends the sentence (its last word, before the full stop). */
function tenseAtEnd(sentence: string): boolean | null {
  const start = sentence.search(/\S+\.$/);
  return tenseOf(sentence, start, sentence.length - 1);
}

describe('"by" before a date', () => {
  it('should look ahead as a deadline', () => {
    assert.equal(tenseAtEnd('The company must repay the loan by Friday.'), true);
    assert.equal(tenseAtEnd('The company said it must pay by Friday.'), true);
    assert.equal(tenseAtEnd('A judge ordered the firm to pay by Friday.'), true);
    assert.equal(tenseAtEnd('The court ruled that he must be returned by Friday.'), true);
  });

  it('should not look ahead after a past verb of its own clause, which tells how things stood by then', () => {
    assert.equal(tenseAtEnd('The death toll rose to 45 by Sunday.'), false);
    assert.equal(tenseAtEnd('The fire was contained by Tuesday.'), false);
  });
});

describe('"by" and a date fronted before the clause', () => {
  it('should take the tense of the verb after it', () => {
    assert.deepEqual(read('By Wednesday afternoon, the fire had burned 10,000 acres.'), ['Wednesday afternoon=2010-03-10TAF']);
    assert.deepEqual(read('By Friday, the company must repay the loan.'), ['Friday=2010-03-19']);
  });

  it('should read a past total by a weekday as the weekday before', () => {
    assert.deepEqual(read('The death toll rose to 45 by Sunday evening.'), ['Sunday evening=2010-03-14TEV']);
  });
});

describe('a product that goes on sale', () => {
  it('should look ahead in the present and back in the past', () => {
    assert.deepEqual(read('The new phone goes on sale in June.'), ['June=2010-06']);
    assert.deepEqual(read('The tablets go on sale in June.'), ['June=2010-06']);
    assert.deepEqual(read('The tablets went on sale in June.'), ['June=2009-06']);
  });
});

describe('a thing put off to a day', () => {
  it('should look ahead after a past verb that puts it off', () => {
    assert.deepEqual(read('The judge adjourned the case until Friday.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('The suspect was remanded in custody until Thursday.'), ['Thursday=2010-03-18']);
    assert.deepEqual(read('Trading in the shares was suspended until Wednesday.'), ['Wednesday=2010-03-17']);
  });

  it('should leave a past perfect and a road closed until a day in the past', () => {
    assert.deepEqual(read('The firm had postponed the launch until Friday.'), ['Friday=2010-03-12']);
    assert.deepEqual(read('The road was closed until Friday.'), ['Friday=2010-03-12']);
  });
});

describe('a headline with "to" and its verb', () => {
  it('should look ahead, the copula left out', () => {
    assert.deepEqual(read('Apple to report quarterly earnings on Thursday'), ['Thursday=2010-03-18']);
    assert.deepEqual(read('Man to be sentenced Friday for fatal crash'), ['Friday=2010-03-19']);
  });

  it('should leave a noun phrase with "to" and a finite verb after the date', () => {
    assert.deepEqual(read('Damage to homes on Monday was extensive.'), ['Monday=2010-03-15']);
    assert.deepEqual(read('Visits to the museum fell on Thursday.'), ['Thursday=2010-03-11']);
    assert.deepEqual(read('Police went to school on Thursday.'), ['Thursday=2010-03-11']);
  });

  it('should leave an opening whose "to" is a preposition ("According to police", "Due to")', () => {
    // The past verb stands more than 70 characters before the date, out of the window; the opening had read as a headline's future.
    assert.deepEqual(read('According to police, the man quarrelled with a neighbor in front of a two-story brick house on Elm Street Friday.'), ['Friday=2010-03-12']);
    assert.deepEqual(read('Due to the storm, the county fair got off to a slow start with only a handful of visitors at the gates of the fairground on Saturday.'), ['Saturday=2010-03-13']);
    assert.deepEqual(read('Speaking to reporters, the mayor of the town got a few questions about the flooded neighborhoods along the river on Thursday.'), ['Thursday=2010-03-11']);
  });
});

describe('a date something leads up to', () => {
  it('should look ahead after "ahead of", "the run-up to" and "the eve of" with no past verb', () => {
    // Read as the Sunday before (14 March): the clause holds no tense of its own.
    assert.deepEqual(read("Voters go to the polls ahead of Sunday's election."), ['Sunday=2010-03-21']);
    assert.deepEqual(read("Candidates are campaigning hard in the run-up to Sunday's vote."), ['Sunday=2010-03-21']);
    assert.deepEqual(read("Riot police lined the avenue on the eve of Saturday's march."), ['Saturday=2010-03-13']);
  });

  it('should leave it in the past under a past verb', () => {
    assert.deepEqual(read("Stocks rose ahead of Friday's jobs report."), ['Friday=2010-03-12']);
  });
});

describe('present tenses of scheduled things', () => {
  it('should look ahead after "kicks off", "reopens", "premieres"', () => {
    assert.deepEqual(read('The festival kicks off Thursday.'), ['Thursday=2010-03-18']);
    assert.deepEqual(read('The museum reopens on Saturday.'), ['Saturday=2010-03-20']);
    assert.deepEqual(read('The documentary premieres Friday.'), ['Friday=2010-03-19']);
  });
});

describe('a participle after a modal and "remain", "stay", "get" or "have"', () => {
  it('should look ahead: the participle is no past tense there', () => {
    // Said on a Monday, each had been the weekday before the publication ("closed" read as a past verb).
    assert.deepEqual(read('The exchange will remain closed until Wednesday.'), ['Wednesday=2010-03-17']);
    assert.deepEqual(read('Schools will stay closed on Friday.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('Workers will get paid on Friday.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('Lawmakers will have voted on the bill by Thursday.'), ['Thursday=2010-03-18']);
  });

  it('should keep the past where the verb itself is past', () => {
    assert.deepEqual(read('The store remained closed on Friday.'), ['Friday=2010-03-12']);
    assert.deepEqual(read('The victim is said to have died on Friday.'), ['Friday=2010-03-12']);
  });
});

describe('a day awaited', () => {
  it('should look ahead after "await" in the present', () => {
    assert.deepEqual(read("Investors await Friday's jobs report."), ['Friday=2010-03-19']);
    assert.deepEqual(read("The family is awaiting Thursday's ruling."), ['Thursday=2010-03-18']);
  });
});

describe('"won\'t" and presents of a thing scheduled', () => {
  it('should read "won\'t" as "will not", not the past of "win"', () => {
    assert.deepEqual(read("The company won't comment until Friday."), ['Friday=2010-03-19']);
    assert.deepEqual(read('The firm won the contract on Friday.'), ['Friday=2010-03-12']);
  });

  it('should look ahead from "comes into force", "gets under way" and "head to the polls"', () => {
    assert.deepEqual(read('The new law comes into force on Friday.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('The summit gets under way on Saturday.'), ['Saturday=2010-03-20']);
    assert.deepEqual(read('Voters head to the polls on Sunday.'), ['Sunday=2010-03-21']);
    assert.deepEqual(read('The law came into force on Friday.'), ['Friday=2010-03-12']);
  });
});

describe('time allowed until a day to do something', () => {
  it('should be a deadline ahead', () => {
    assert.deepEqual(read('He has until Friday to decide.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('Police have been given until Thursday to question him.'), ['Thursday=2010-03-18']);
  });

  it('should stay past where a simple past tells of a deadline gone', () => {
    assert.deepEqual(read('He had until Friday to decide.'), ['Friday=2010-03-12']);
    assert.deepEqual(read('The suspect was held until Friday.'), ['Friday=2010-03-12']);
  });
});

describe('"take effect" with a plural subject', () => {
  it('should look ahead as "takes effect" does', () => {
    assert.deepEqual(read('The new rules, which take effect on Friday, were approved by the board.'), ['Friday=2010-03-19']);
  });
});

describe('"to be" after a verb of seeming or saying, plans forecast, and a market\'s move', () => {
  it('should keep a date past after "appeared to be", "said to be"', () => {
    // "to be" had looked ahead, so the Saturday was the next one.
    assert.deepEqual(read('Police said the victim appeared to be shot on Saturday.'), ['Saturday=2010-03-13']);
  });

  it('should look ahead from "is forecast to", "is projected to", "is poised to"', () => {
    assert.deepEqual(read('The storm, which is forecast to hit the coast on Friday, has already killed 10 people.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('The bank is poised to cut rates on Thursday.'), ['Thursday=2010-03-18']);
  });

  it('should keep a possessive date before a market\'s move past', () => {
    assert.deepEqual(read("Stocks are rebounding after Friday's plunge."), ['Friday=2010-03-12']);
    assert.deepEqual(read("Thousands are expected to attend Saturday's rally."), ['Saturday=2010-03-20']);
  });
});

describe('a comparison with a plan or a forecast', () => {
  it('should not look ahead from "than expected", "as expected", "as planned", "as scheduled"', () => {
    // Each had been read as the day or month ahead: the plan's word counted as the clause's tense.
    assert.deepEqual(read('Retail sales rose more than expected on Thursday.'), ['Thursday=2010-03-11']);
    assert.deepEqual(read('The airline posted a smaller-than-expected loss on Friday.'), ['Friday=2010-03-12']);
    assert.deepEqual(read('Inflation rose faster than expected in February.'), ['February=2010-02']);
    assert.deepEqual(read('The election went ahead as planned on Sunday.'), ['Sunday=2010-03-14']);
    assert.deepEqual(read('The offensive began as previously scheduled Saturday night.'), ['Saturday night=2010-03-13TNI']);
  });

  it('should still look ahead where the plan is the clause\'s own', () => {
    assert.deepEqual(read('The vote is expected on Friday.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('The launch will go ahead as planned on Friday.'), ['Friday=2010-03-19']);
    assert.deepEqual(read('A ruling, expected on Thursday, could delay the merger.'), ['Thursday=2010-03-18']);
  });
});

describe('a day awaited after an article', () => {
  it('should look ahead after "awaiting a" or "awaiting the"', () => {
    // The present passive before "while" is cut off by the clause; the awaited hearing had been last Thursday.
    assert.deepEqual(read('She stays in custody while awaiting a Thursday bail hearing.'), ['Thursday=2010-03-18']);
  });
});

describe('the end of a week reported on', () => {
  it('should not look ahead after "the week through" with no verb to say so', () => {
    assert.equal(tenseAtEnd('Bond yields slid in the week through Friday.'), null);
    assert.equal(tenseAtEnd('Copper, up 2% in the week thru Thursday.'), null);
    assert.deepEqual(read('Bond yields slid in the week through Friday.'), ['Friday=2010-03-12']);
  });

  it('should still look ahead after "through" that ends no week', () => {
    assert.equal(tenseAtEnd('The lender extended its credit line through Friday.'), true);
  });
});

describe('a name in quotes inside the clause', () => {
  it("should keep the verb before a quoted nickname or initials governing the date after them", () => {
    assert.equal(tenseAtEnd('The girl was struck by a cousin, "K.L.M." on Sunday.'), false);
    assert.equal(tenseAtEnd('The store was robbed by a man known as "Ace" on Thursday.'), false);
  });

  it('should still end a clause at a quotation closed by a comma', () => {
    // The quotation's "will" is the speaker's; the date's own clause ("he said Thursday") is past.
    assert.equal(tenseAtEnd('"The road will reopen soon," he said Thursday.'), false);
  });

  it('should read the weekday after a quoted name in a past clause as the one before publication', () => {
    // Monday 15 March 2010: without the rule the quote opened a clause of no tense, and "Sunday"
    // was read as the day after publication's weekday rule would give a future one.
    assert.deepEqual(read('The bike was taken by a neighbour, "Jojo" on Sunday.'), ['Sunday=2010-03-14']);
    assert.deepEqual(read('The bike was taken by a neighbour, "Jojo" on Tuesday.'), ['Tuesday=2010-03-09']);
  });
});

describe('words that end as a participle and are none', () => {
  it('should not read a level that "is down" as a present passive looking ahead', () => {
    // Said in March: January is this year's, not next year's.
    assert.deepEqual(read('Copper is down a fifth from its January peak.'), ['January=2010-01']);
    assert.deepEqual(read('The shares are down 12% from where they stood in February.'), ['February=2010-02']);
  });

  it('should still read a present passive of a plan as looking ahead', () => {
    assert.equal(tenseAtEnd('The final hearing is held on Friday.'), true);
  });
});

describe('tenseOf: an act called for a day and told as done', () => {
  it('should not put a called strike ahead where the sentence tells it done, and keep one still to come ahead', () => {
    const strike = 'The general strike called by the dock unions for Monday shut down the port.';
    assert.notEqual(tenseOf(strike, strike.indexOf('Monday'), strike.indexOf('Monday') + 6), true);
    const ahead = 'Ports will close during a general strike called by the unions for Thursday.';
    assert.equal(tenseOf(ahead, ahead.indexOf('Thursday'), ahead.indexOf('Thursday') + 8), true);
  });
});
