import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseEventsApart, caseStepOf, caseStepsApart, nonViolentCase } from './case-steps.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';
import type { NewsEvent } from '../model/types.js';

/** The files' names as written and reversed: each case must come out the same in either arrival order. */
function bothOrders(texts: Record<string, string[]>): string[][] {
  const names = Object.keys(texts);
  return [names, [...names].reverse()];
}

/** The events of the files ingested one at a time in the order given, into a fresh store. */
async function ingestInOrder(texts: Record<string, string[]>, order: readonly string[], now: string): Promise<NewsEvent[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-case-steps-'));
  const store = new SqliteStore(':memory:');
  try {
    for (const name of order) {
      writeFileSync(join(dir, name), texts[name]!.join('\n'));
      await ingestPaths([join(dir, name)], createStages(), { store, now: () => now }, { maintain: false });
    }
    return await store.listEvents({ limit: 10, offset: 0 });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('nonViolentCase', () => {
  it('should read a report naming a crime against money or trust', () => {
    assert.equal(nonViolentCase('Treasurer held over pension scheme', 'Officers detained the treasurer of the Orbeck dockers pension fund on suspicion of embezzling members\' savings.'), true);
    assert.equal(nonViolentCase('Broker charged', 'The broker was charged with insider trading in shares of a shipping firm.'), true);
  });
  it('should read a court step that names no charge, such as a hearing or a plea', () => {
    assert.equal(nonViolentCase('Ex-treasurer denies all counts', 'Ms. Ilse Varga entered a plea of not guilty at her first hearing and was denied bail.'), true);
  });
  it('should not read a court step of a violent crime, nor a report with no crime or court at all', () => {
    assert.equal(nonViolentCase('Man convicted over park stabbing', 'A jury convicted Rolf Imhof of stabbing a jogger in the Tennant Park last spring.'), false);
    assert.equal(nonViolentCase('Ferry timetable changes', 'The winter ferry timetable begins on Monday with two fewer crossings a day.'), false);
  });
});

describe('caseStepsApart', () => {
  it('should keep two days of a case that harmed no one apart when both sides tell such a case', () => {
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { nonViolentCases: 1 }, 40), true);
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { nonViolentCases: 2 }, 3), true);
  });
  it('should leave a report of the same step a day on to the join model', () => {
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { nonViolentCases: 1 }, 1), false);
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { nonViolentCases: 1 }, null), false);
  });
  it('should leave a crime that killed or wounded someone to its follow-ups, as GVA files a trial with its shooting', () => {
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { nonViolentCases: 1, harms: ['dead'] }, 200), false);
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: 'hurt' }, { nonViolentCases: 1 }, 200), false);
  });
});

describe('cluster: the steps of an embezzlement case months apart', () => {
  const texts: Record<string, string[]> = {
    'a-arrest.txt': [
      'Pension fund treasurer arrested over missing savings',
      'By Maren Holt, Orbeck Courier',
      'Published: May 6, 2033 17:40 GMT',
      'Police arrested Ilse Varga, treasurer of the Orbeck dockers pension fund, at her home on Friday on suspicion of embezzling 14 million crowns of members\' savings, prosecutor Anselm Roke said.',
      'Roke said the fund\'s auditors raised the alarm in March after finding payments to a consultancy that Varga controlled.',
    ],
    'b-arrest-retold.txt': [
      'Dockers fund treasurer held, accused of embezzlement',
      'By Piet Lunde, Harbour Gazette',
      'Published: May 7, 2033 08:15 GMT',
      'Ilse Varga, the treasurer of the Orbeck dockers pension fund, was arrested on Friday over the embezzlement of 14 million crowns, prosecutor Anselm Roke said.',
      'Members of the fund gathered outside its offices on Saturday morning to ask what was left of their savings.',
    ],
    'c-charge.txt': [
      'Former fund treasurer charged with embezzlement',
      'By Maren Holt, Orbeck Courier',
      'Published: May 26, 2033 15:00 GMT',
      'Prosecutor Anselm Roke on Thursday charged Ilse Varga, the former treasurer of the Orbeck dockers pension fund, with embezzling 14 million crowns and forging the fund\'s accounts.',
      'Varga\'s lawyer, Oskar Brenn, said his client would answer every count in court.',
    ],
    'd-verdict.txt': [
      'Ex-treasurer found guilty of draining dockers fund',
      'By Maren Holt, Orbeck Courier',
      'Published: November 14, 2033 16:20 GMT',
      'A court in Orbeck on Monday convicted Ilse Varga, the former treasurer of the Orbeck dockers pension fund, of embezzling 14 million crowns, prosecutor Anselm Roke said.',
      'Her lawyer, Oskar Brenn, said she would decide on an appeal once the sentence was known.',
    ],
    'e-sentence.txt': [
      'Ex-treasurer of dockers fund gets six years',
      'By Maren Holt, Orbeck Courier',
      'Published: December 9, 2033 12:05 GMT',
      'A court in Orbeck on Friday sentenced Ilse Varga, the former treasurer of the Orbeck dockers pension fund, to six years in prison for embezzling 14 million crowns.',
      'Prosecutor Anselm Roke had asked for eight years; her lawyer, Oskar Brenn, said she would appeal.',
    ],
  };

  it('should give each step an event of its own day and join the arrest told again the next morning, in either order', async () => {
    for (const order of bothOrders(texts)) {
      const events = await ingestInOrder(texts, order, '2033-12-10T00:00:00Z');
      assert.deepEqual(events.map((e) => `${e.date} ${e.articles.length}`).sort(), ['2033-05-06 2', '2033-05-26 1', '2033-11-14 1', '2033-12-09 1'], `order ${order.join(', ')}`);
    }
  });
});

describe('nonViolentCase: a crime word or a loose court word with no case around it', () => {
  it('should not read a hearing of lawmakers, a contest jury or a disputed count as a case', () => {
    assert.equal(nonViolentCase('Airline boss questioned by lawmakers', 'The airline\'s chief executive testified before a Senate transport panel about delayed refunds.'), false);
    assert.equal(nonViolentCase('Norway takes the song contest', 'The duo won after finishing first in the jury vote and third with viewers.'), false);
    assert.equal(nonViolentCase('Opposition cries fraud as tally stalls', 'Party leaders said the slow count in two provinces hid fraud and called supporters to the square.'), false);
  });
  it('should not read a warning about a scam, nor a verdict or trial that is no court\'s', () => {
    assert.equal(nonViolentCase('Scam calls warning', 'Officers asked older residents to hang up on callers posing as bank staff, a fraud that has cost the town thousands.'), false);
    assert.equal(nonViolentCase('Critics deliver verdict on new stadium', 'The verdict from fans was mixed after the first match at the rebuilt ground.'), false);
    assert.equal(nonViolentCase('Vaccine study expands', 'A trial began in four hospitals to compare two doses of the new shot.'), false);
  });
  it('should read a crime beside a charge, a court or an arrest in the same sentence, and a firm court step alone', () => {
    assert.equal(nonViolentCase('Clerk in court', 'A court clerk was charged on Tuesday with defrauding the county of road-tax receipts.'), true);
    assert.equal(nonViolentCase('Ex-mayor gets four years', 'The former mayor was sentenced to four years on Friday.'), true);
    assert.equal(nonViolentCase('Jury out in bribes case', 'The verdict is expected Monday, the judge told the lawyers.'), true);
    assert.equal(nonViolentCase('Port official held abroad on bribery warrant', 'Officers in Lisbon picked him up at his flat late on Sunday.'), true);
  });
});

describe('caseStepsApart: one side alone is not enough', () => {
  it('should leave to the join model an article that tells a case when no report of the event does, and the other way round', () => {
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { nonViolentCases: 0 }, 40), false);
    assert.equal(caseStepsApart({ harm: null }, { nonViolentCases: 2 }, 3), false);
  });
});

describe('caseStepOf', () => {
  it('should read the step whose verb comes first in the lead', () => {
    assert.equal(caseStepOf('Harbour police on Monday arrested Ludvik Sorn on a warrant charging him with fraud.'), 'arrest');
    assert.equal(caseStepOf('Officers searched the offices of the Kestrel Coin exchange in Brno and seized servers.'), 'search');
    assert.equal(caseStepOf('A court of appeals on Friday upheld the conviction of the former treasurer.'), 'appeal');
    assert.equal(caseStepOf('The former treasurer was sentenced to six years for embezzlement.'), 'sentence');
  });
  it('should not read a step in a lead that tells none, nor a held meeting or a search for a missing hiker as one', () => {
    assert.equal(caseStepOf('The exchange\'s board held an emergency meeting on Monday.'), null);
    assert.equal(caseStepOf('Volunteers joined the search for a hiker missing since Sunday.'), null);
    assert.equal(caseStepOf('Shares in the lender fell by a third on Tuesday.'), null);
  });
});

describe('caseStepsApart: two steps told the same day', () => {
  const raid = { nonViolentCase: true, harm: null, caseStep: 'search' as const };
  it('should keep a raid apart from an arrest the same day in a town far away', () => {
    assert.equal(caseStepsApart(raid, { nonViolentCases: 2, caseSteps: ['arrest'] }, 0, true), true);
  });
  it('should leave to the join model the same step told from another town, another step in the same town, or a step it cannot read', () => {
    assert.equal(caseStepsApart(raid, { nonViolentCases: 2, caseSteps: ['arrest', 'search'] }, 0, true), false);
    assert.equal(caseStepsApart(raid, { nonViolentCases: 2, caseSteps: ['arrest'] }, 0, false), false);
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { nonViolentCases: 2, caseSteps: ['arrest'] }, 0, true), false);
    assert.equal(caseStepsApart(raid, { nonViolentCases: 2 }, 0, true), false);
  });
  it('should leave a crime that wounded someone to the join model, whatever its towns', () => {
    assert.equal(caseStepsApart(raid, { nonViolentCases: 2, caseSteps: ['arrest'], harms: ['hurt'] }, 0, true), false);
  });
});

describe('caseEventsApart', () => {
  const arrest = { nonViolentCases: 2, caseSteps: ['arrest'], scenes: ['25.1,55.3'] };
  it('should keep apart two events of other steps whose towns are far apart', () => {
    assert.equal(caseEventsApart(arrest, { nonViolentCases: 1, caseSteps: ['search'], scenes: ['50.1,14.4'] }), true);
  });
  it('should not keep apart events of one step, of one town, or of a crime that wounded someone', () => {
    assert.equal(caseEventsApart(arrest, { nonViolentCases: 1, caseSteps: ['arrest'], scenes: ['50.1,14.4'] }), false);
    assert.equal(caseEventsApart(arrest, { nonViolentCases: 1, caseSteps: ['search'], scenes: ['25.2,55.3'] }), false);
    assert.equal(caseEventsApart(arrest, { nonViolentCases: 1, caseSteps: ['search'], scenes: ['50.1,14.4'], harms: ['dead'] }), false);
    assert.equal(caseEventsApart(arrest, { caseSteps: ['search'], scenes: ['50.1,14.4'] }), false);
  });
});

describe('cluster: a raid abroad on the day of the arrest', () => {
  const texts: Record<string, string[]> = {
    'a-arrest.txt': [
      'Kestrel Coin founder arrested in Lisbon on fraud warrant',
      'Home | Markets | Crypto | Subscribe',
      'By Ana Ferraz, Tagus Ledger',
      'Published: April 12, 2034 15:20 GMT',
      'LISBON - Portuguese police on Wednesday arrested Ludvik Sorn, the founder of the failed crypto exchange Kestrel Coin, on a warrant charging him with wire fraud, prosecutors said.',
      'Sorn, 44, was detained at a hotel near the port. Prosecutors accuse him of defrauding customers of about 90 million euros.',
      'Share this article | Related stories',
    ],
    'b-arrest-retold.txt': [
      'Exchange founder Sorn detained in Portugal',
      'By Tomas Wirth, Coin Desk Weekly',
      'Published: April 12, 2034 18:05 GMT',
      'Police in Lisbon detained Kestrel Coin founder Ludvik Sorn on Wednesday over the collapse of the exchange, which prosecutors say defrauded its customers.',
      'His lawyer said Sorn would fight extradition. Newsletter | Podcasts',
    ],
    'c-raid.txt': [
      'Police search Kestrel Coin offices in Brno',
      'By Jana Kolar, Moravia Today',
      'Published: April 12, 2034 16:40 GMT',
      'BRNO - Czech police on Wednesday searched the Brno offices of the crypto exchange Kestrel Coin and seized servers, a police spokeswoman said.',
      'The search was carried out at the request of prosecutors who accuse the founder Ludvik Sorn of fraud.',
      'Cookies help us deliver our services.',
    ],
    'd-raid-retold.txt': [
      'Raid on Kestrel Coin in Brno',
      'By Petr Novy, Danube Wire',
      'Published: April 12, 2034 19:30 GMT',
      'Czech police raided the office of the crypto exchange Kestrel Coin in Brno on Wednesday, the force said.',
      'Detectives seized computers and questioned staff as part of an investigation into the exchange founder Ludvik Sorn.',
    ],
  };

  it('should give the arrest and the raid an event each, in either order, though one raid report names no crime', async () => {
    for (const order of bothOrders(texts)) {
      const events = await ingestInOrder(texts, order, '2034-04-13T00:00:00Z');
      assert.deepEqual(events.map((e) => `${e.location?.name} ${e.articles.length}`).sort(), ['Brno 2', 'Lisbon 2'], `order ${order.join(', ')}`);
    }
  });
});

describe('nonViolentCase: crimes against the state or of speech, and detention before trial', () => {
  it('should read a reporter accused of espionage, treason or sedition beside an arrest or a charge', () => {
    assert.equal(nonViolentCase('Editor held', 'Security officers detained the editor at his flat and accused him of espionage, his lawyer said.'), true);
    assert.equal(nonViolentCase('Two publishers arrested', 'The two were arrested on suspicion of publishing seditious material, police said.'), true);
  });
  it('should read a detention ordered or extended before trial as a court step', () => {
    assert.equal(nonViolentCase('Editor kept in custody', 'A judge ordered the editor held in pretrial detention for two more months.'), true);
    assert.equal(nonViolentCase('Editor kept in custody', 'The court on Monday extended his detention until the spring.'), true);
  });
  it('should not read such a crime named with no charge, arrest or court, nor a case that names violence', () => {
    assert.equal(nonViolentCase('Spy novel tops charts', 'The thriller about Cold War espionage sold 40,000 copies in its first week.'), false);
    assert.equal(nonViolentCase('Attacker charged', 'The man accused of treason was also charged with the attack on a police station.'), false);
  });
});

describe('caseStepsApart: a report that only leads with a step', () => {
  it('should keep apart, days on, a step told without the crime and an event whose reports name the case, either way round', () => {
    assert.equal(caseStepsApart({ stepLead: true, harm: null }, { nonViolentCases: 2 }, 4), true);
    assert.equal(caseStepsApart({ nonViolentCase: true, harm: null }, { stepLeads: 1 }, 4), true);
  });
  it('should leave to the join model such a report the same day or a day on, or where no side names the case', () => {
    assert.equal(caseStepsApart({ stepLead: true, harm: null }, { nonViolentCases: 2 }, 1), false);
    assert.equal(caseStepsApart({ stepLead: true, harm: null }, { nonViolentCases: 2 }, null), false);
    assert.equal(caseStepsApart({ stepLead: true, harm: null }, { stepLeads: 3 }, 4), false);
  });
  it('should leave an arrest days after a shooting to the shooting, as GVA files it', () => {
    assert.equal(caseStepsApart({ stepLead: true, harm: null }, { nonViolentCases: 1, harms: ['dead'] }, 4), false);
  });
});

describe('cluster: an editor\'s detention and his pretrial hearing a week later', () => {
  const texts: Record<string, string[]> = {
    'a-detained.txt': [
      'Kazan editor held by security service on espionage charge',
      'By Lena Marsh, Volga Wire',
      'Published: March 4, 2031 17:10 GMT',
      'KAZAN - Officers of the Federal Security Service detained Timur Valiev, an editor of the independent news site Kama Vestnik, in Kazan on Tuesday and accused him of espionage, his lawyer said.',
      'Valiev, 34, was led away from his office in the morning and his computers were taken, lawyer Olga Rudneva said.',
      'Kama Vestnik\'s founder, Ilya Sagitov, said the accusation was invented.',
    ],
    'b-detained-retold.txt': [
      'Kama Vestnik editor Timur Valiev arrested in Kazan',
      'By Petra Lind, Eastern Press Review',
      'Published: March 5, 2031 09:30 GMT',
      'Security officers arrested Timur Valiev, editor of the Kazan site Kama Vestnik, on the morning of March 4, colleagues said.',
      'He is accused of espionage, his lawyer Olga Rudneva said. Valiev denies wrongdoing.',
    ],
    'c-hearing.txt': [
      'Judge orders Kama Vestnik editor kept in custody',
      'By Lena Marsh, Volga Wire',
      'Published: March 11, 2031 15:45 GMT',
      'A court in Kazan on Tuesday ordered Timur Valiev, the Kama Vestnik editor accused of espionage, held in pretrial detention until May 11.',
      'Judge Rustem Khabibullin turned down a plea by his lawyer, Olga Rudneva, to let him wait for trial under house arrest. Valiev was detained on March 4.',
    ],
    'd-hearing-retold.txt': [
      'Court keeps Kazan editor Valiev behind bars',
      'By Anton Grey, Tatar Herald English',
      'Published: March 12, 2031 08:00 GMT',
      'A district court in Kazan ruled on Tuesday that editor Timur Valiev must remain in custody while the espionage case against him is investigated.',
      'Judge Rustem Khabibullin agreed with investigators, who said Valiev might try to leave the country. His lawyer, Olga Rudneva, said she would appeal.',
    ],
  };

  it('should give the detention and the hearing an event each, in either order', async () => {
    for (const order of bothOrders(texts)) {
      const events = await ingestInOrder(texts, order, '2031-03-13T00:00:00Z');
      assert.deepEqual(events.map((e) => `${e.date} ${e.articles.length}`).sort(), ['2031-03-04 2', '2031-03-11 2'], `order ${order.join(', ')}`);
    }
  });
});

describe('cluster: a newsroom raid and the search of a former writer\'s home four days later', () => {
  const texts: Record<string, string[]> = {
    'a-raid.txt': [
      'Police raid Steppe Courier newsroom, detain two editors',
      'By Aigerim Sultan, Almaty Daily Times',
      'Published: May 16, 2031 18:20 GMT',
      'About 80 police officers searched the offices of the weekly Steppe Courier in Almaty on Friday and detained its owner and its deputy editor, police said.',
      'Owner Marat Dauletov, 58, and deputy editor Zhanna Omarova, 41, were detained on suspicion of subversion, a police spokesman, Colonel Yerlan Bekov, told reporters. Officers took away 20 boxes of papers.',
    ],
    'b-raid-retold.txt': [
      'Almaty police raid opposition weekly Steppe Courier',
      'By Tom Hale, Central Asia Monitor',
      'Published: May 16, 2031 20:05 GMT',
      'Dozens of officers raided the Almaty offices of the Steppe Courier on Friday in the latest move against independent media.',
      'Police arrested the paper\'s owner, Marat Dauletov, and deputy editor Zhanna Omarova on subversion charges, the weekly said.',
    ],
    'c-home-search.txt': [
      'Police search home of former Steppe Courier writer',
      'By Aigerim Sultan, Almaty Daily Times',
      'Published: May 20, 2031 16:00 GMT',
      'Police searched the Almaty flat of Nurlan Kasenov, a former writer for the Steppe Courier, on Tuesday and took away his laptop and diaries, his daughter said.',
      'Kasenov, 63, was not detained. He had been questioned after last week\'s raid on the paper\'s offices, in which its owner Marat Dauletov and deputy editor Zhanna Omarova were detained.',
    ],
  };

  it('should give the raid and the later search an event each, in either order, though the search report names no crime', async () => {
    for (const order of bothOrders(texts)) {
      const events = await ingestInOrder(texts, order, '2031-05-21T00:00:00Z');
      assert.deepEqual(events.map((e) => `${e.date} ${e.articles.length}`).sort(), ['2031-05-16 2', '2031-05-20 1'], `order ${order.join(', ')}`);
    }
  });
});
