import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseFiguresIn } from './case-figures.js';

const read = (text: string, names?: ReadonlySet<string>) => caseFiguresIn(text, names).map((f) => [f.kind, f.written]);

describe('caseFiguresIn', () => {
  it('should read the days someone was held, in either wording', () => {
    assert.deepEqual(read('Three students held for 27 days without charge were freed in Mombasa on Friday.'), [['days held', '27 days']]);
    assert.deepEqual(read('The blogger, who had spent twenty-five days in police custody, walked free.'), [['days held', '25 days']]);
  });

  it('should read "held" or "kept" for days only of a person, and a day "until" only of custody', () => {
    assert.deepEqual(read('The book fair was held for four days in May.'), []);
    assert.deepEqual(read('The fair, visited by 9,000 people, was held for four days.'), []);
    assert.deepEqual(read('Okoro, a cartoonist, was held for 12 days.', new Set(['okoro'])), [['days held', '12 days']]);
    assert.deepEqual(read('The city kept its libraries shut until April 9.'), []);
    assert.deepEqual(read('The prison was sealed off until May 2 after the riot.'), []);
  });

  it('should read the day custody runs to, in either order of day and month', () => {
    assert.deepEqual(read('The judge ordered the cameraman kept in pretrial detention for one month, until March 14.'), [['held until', 'March 14']]);
    assert.deepEqual(read('She must remain in custody until 15 March while investigators examine her files.'), [['held until', 'March 15']]);
  });

  it('should read the sentence faced', () => {
    assert.deepEqual(read('Espionage carries a sentence of up to life in prison in Belarus.'), [['sentence faced', 'up to life']]);
    assert.deepEqual(read('His lawyer said he faced up to 15 years in prison.'), [['sentence faced', 'up to 15 years']]);
  });

  it('should read the force of a raid and a crowd outside a court', () => {
    assert.deepEqual(read('Some 120 police officers from the anti-graft unit searched the offices of the weekly on Monday.'), [['officers', 'some 120']]);
    assert.deepEqual(read('About forty people, most of them fellow reporters, waited outside the district court.'), [['crowd', 'about 40']]);
  });

  it('should leave out figures of another year, a crowd elsewhere than at a building, days of no detention, a jail term and a range to life', () => {
    assert.deepEqual(read('In 2024 he was held for 12 days after covering a strike.'), []);
    assert.deepEqual(read('About 300 people gathered in the main square for a vigil.'), []);
    assert.deepEqual(read('The trial is expected to last 40 days.'), []);
    assert.deepEqual(read('He was sentenced to 90 days in jail for the theft.'), []);
    assert.deepEqual(read('He faces up to 25 years to life in prison.'), []);
  });
});
