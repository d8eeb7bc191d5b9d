import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

function roles(body: string): [string, string | null][] {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => [p.name, p.role]);
}

describe('legalRole', () => {
  it('should mark people arrested, charged or named in an indictment, and those who pleaded guilty', () => {
    assert.deepEqual(roles('The two Americans, Dale Whitcomb, 41, of Goodyear, Arizona, and Tanya Ellery-Brooks, 38, of Concord, North Carolina, were arrested on Wednesday.'), [['Dale Whitcomb', 'arrested'], ['Tanya Ellery-Brooks', 'arrested']]);
    assert.deepEqual(roles('Besides Jong and Ri, the indictment names Pak Un-chol, Kim Song-hyok and Han Chol-nam.').filter(([, r]) => r), [['Pak Un-chol', 'defendant'], ['Kim Song-hyok', 'defendant'], ['Han Chol-nam', 'defendant']]);
    assert.deepEqual(roles('Also charged in the new indictment is Tonya Ellery-Brooks, 38, of Concord.'), [['Tonya Ellery-Brooks', 'defendant']]);
    assert.deepEqual(roles('Mary Jones pleaded guilty on Monday.'), [['Mary Jones', 'convicted']]);
    // The indictment in the present tense, after a clause of its own, and "charging" a list of nationals.
    assert.deepEqual(roles('The indictment, unsealed in federal court in Nashville, charges Jong Song-hwa, Ri Kyong-sik and Pak Un-chol with wire fraud conspiracy.'), [['Jong Song-hwa', 'defendant'], ['Ri Kyong-sik', 'defendant'], ['Pak Un-chol', 'defendant']]);
    assert.deepEqual(roles('Prosecutors unsealed an indictment charging North Korean nationals Kang Tae-bok and Han Jin-song with money laundering.'), [['Kang Tae-bok', 'defendant'], ['Han Jin-song', 'defendant']]);
    // A trade or a nationality between the verb and the name.
    assert.deepEqual(roles('A court on Friday sentenced journalist Pavel Surin to six years in prison.'), [['Pavel Surin', 'convicted']]);
    // The strongest of a person's mentions: arrested, then charged.
    assert.deepEqual(roles('Tom Hale was arrested on Friday. On Monday, Hale was charged with murder.'), [['Tom Hale', 'defendant']]);
  });

  it('should mark the suspect and the victims the police name, and the people shot, stabbed or killed', () => {
    assert.deepEqual(roles('Police identified the suspect as Tyler Brant, 20, of Westerville.'), [['Tyler Brant', 'suspect']]);
    assert.deepEqual(roles('The woman who was killed was identified as Angela Morris, 34.'), [['Angela Morris', 'victim']]);
    assert.deepEqual(roles('The victim, named locally as Omar Bello, 24, died at the scene.'), [['Omar Bello', 'victim']]);
    // Who killed them and when may stand between ("shot and killed by police officers on Saturday").
    assert.deepEqual(roles('The man shot and killed by Eastvale police officers on Saturday has been identified as Dario Lenz, 31.'), [['Dario Lenz', 'victim']]);
    // The victim, not the 17-year-old arrested in the next sentence.
    assert.deepEqual(roles('John Smith, 25, was shot and killed on Friday. A 17-year-old is in custody, police said.'), [['John Smith', 'victim']]);
    // Named in apposition to the wounded man, or to the suspect.
    assert.deepEqual(roles('The wounded man, Dario Lenz, 24, was in stable condition.'), [['Dario Lenz', 'victim']]);
    assert.deepEqual(roles('Officers said the suspect, Tyler Brant, had fled on foot.'), [['Tyler Brant', 'suspect']]);
    // A suspect shot by police is the suspect.
    assert.deepEqual(roles('Dan Cole was shot by officers after he fired at them. Cole was arrested at the hospital.'), [['Dan Cole', 'arrested']]);
  });

  it('should read a count of men or women before the names as no other clause', () => {
    assert.deepEqual(roles('Police arrested two men, Raj Mehta and Anil Rao, on suspicion of spying.'), [['Raj Mehta', 'arrested'], ['Anil Rao', 'arrested']]);
  });

  it('should read the part a relative clause right after the name (or its age) gives', () => {
    assert.deepEqual(roles('The court heard from Oleg Marin, 34, who pleaded guilty in February.'), [['Oleg Marin', 'convicted']]);
    assert.deepEqual(roles('Ivan Teodor, who was arrested in April, denied the charges.'), [['Ivan Teodor', 'arrested']]);
    // A relative clause of someone else's, after another word, says nothing of the name.
    assert.deepEqual(roles('Ivan Teodor met the driver, who was arrested in April.'), [['Ivan Teodor', null]]);
  });

  it('should not mark the officer who made an arrest, someone merely named, or a name in another clause', () => {
    assert.deepEqual(roles('Jane Doe was arrested by Officer Tim Lee.'), [['Jane Doe', 'arrested'], ['Tim Lee', 'Officer']]);
    assert.deepEqual(roles('A man named John Smith called police on Friday.'), [['John Smith', null]]);
    assert.deepEqual(roles('Police charged Tom Hale with assault, and Mary Cole was a witness.'), [['Tom Hale', 'defendant'], ['Mary Cole', null]]);
    // A possessive inside another person's apposition names whose boss pleaded guilty, not who did.
    assert.deepEqual(roles('Ana Pell was charged on Monday. Karl Dorn, Pell\'s former boss at the bank, pleaded guilty in 2019.'), [['Ana Pell', 'defendant'], ['Karl Dorn', "Pell's former boss at the bank"]]);
    // A title the article gives comes first.
    assert.deepEqual(roles('A lawyer for Whitcomb, Gregory Sandoval, was charged with contempt.'), [['Gregory Sandoval', 'lawyer for Whitcomb']]);
  });

  it('should read "held on suspicion of" as an arrest, and not a bare "held"', () => {
    assert.deepEqual(roles('Owen Price, 47, was held at a flat in Leeds on suspicion of causing death by dangerous driving, police said.'), [['Owen Price', 'arrested']]);
    assert.deepEqual(roles('Owen Price was held up in traffic on the way to the hearing.'), [['Owen Price', null]]);
  });

  it('should not mark a parent victim when the relative clause tells of their child\'s death', () => {
    assert.deepEqual(roles('Maria Dunn, whose daughter was killed in the fire, said the landlord had ignored the alarms.'), [['Maria Dunn', null]]);
  });
});

describe('legalRole: people a sanctions act designates, each described as the list goes', () => {
  it('marks every listed person sanctioned though one is described between the verb and the next', () => {
    const found = roles('The finance ministry designated Pak Tae-sung, a broker based in Dalian, China, and Ko Min-jae, a courier who moves cash for the bureau, on Tuesday.');
    assert.deepEqual(found.filter(([n]) => n === 'Ko Min-jae'), [['Ko Min-jae', 'sanctioned']]);
    assert.deepEqual(roles('Officials sanctioned Lena Vos, a notary in Antwerp, and Piet Blom for moving the ransom.').filter(([n]) => n === 'Piet Blom'), [['Piet Blom', 'sanctioned']]);
  });

  it('still reads a clause that leaves the list as no part of it', () => {
    assert.deepEqual(roles('The court sanctioned the lender, a move that angered Piet Blom, and closed the hearing.').filter(([n]) => n === 'Piet Blom'), [['Piet Blom', null]]);
  });
});

describe('legalRole: people a sanctions office names or lists', () => {
  it('marks the people named in a sentence about sanctions, and not those named to a post', () => {
    assert.deepEqual(roles("The bloc's sanctions office named Pak Tae-sung and Ko Min-jae in its new list.").filter(([, r]) => r), [['Pak Tae-sung', 'sanctioned'], ['Ko Min-jae', 'sanctioned']]);
    assert.deepEqual(roles('The ministry, which handles sanctions, named Lena Vos as its new envoy.').filter(([n]) => n === 'Lena Vos').map(([, r]) => r === 'sanctioned'), [false]);
    assert.deepEqual(roles('The club named Piet Blom in its squad for the cup.'), [['Piet Blom', null]]);
  });
});
