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
