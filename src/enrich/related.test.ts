import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function related(body: string, publishedAt: string, eventDate: string): [string, string][] {
  const sentences = splitSentences(body);
  const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
  return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities).filter((r) => !r.near).map((r) => [r.date, r.description]);
}

/** The mentions of days too near the event to be told apart from it by date alone. */
function nearRelated(body: string, publishedAt: string, eventDate: string): [string, string][] {
  const sentences = splitSentences(body);
  const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
  return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities).filter((r) => r.near).map((r) => [r.date, r.description]);
}

describe('findRelated', () => {
  it("should read a possessive day's damage or blackout with what it was done to, and a meeting told by its verb", () => {
    // Published Friday 2027-03-12; "last Monday" is 2027-03-08, within the week: a near mention.
    assert.deepEqual(nearRelated("Unlike last Monday's damage to the Vela Link and the Tern pipeline, the fault was technical.", '2027-03-12T09:00:00Z', '2027-03-12'), [['2027-03-08', 'Damage to Vela Link']]);
    assert.deepEqual(nearRelated('Energy ministers who met in Vienna on Tuesday had asked for the listing.', '2027-03-12T09:00:00Z', '2027-03-11'), [['2027-03-09', 'Meeting in Vienna']]);
    assert.deepEqual(related('The outage is the worst since the Narva interconnector was damaged by ice in February 2024.', '2027-03-12T09:00:00Z', '2027-03-11'), [['2024-02', 'Narva interconnector damaged']]);
  });

  it("should take last month's event as earlier however near the month's end lies", () => {
    assert.deepEqual(related("The charges follow last month's Treasury sanctions on the company.", '2025-03-05T09:00:00Z', '2025-03-04'), [['2025-02', 'Treasury sanctions']]);
    // This month's is no earlier event: it may be the article's own.
    assert.deepEqual(related("This month's sanctions hit the company hard.", '2025-03-25T09:00:00Z', '2025-03-24'), []);
  });

  it('should read a run-off or an inauguration as an event noun, not a body named later in the sentence', () => {
    // The noun was missing: the description came from "election" and the body near it.
    assert.deepEqual(related('The Interior Ministry said the observers who monitored the March 8 run-off had been expelled.', '2026-04-14T09:00:00Z', '2026-04-13'), [['2026-03-08', 'Run-off']]);
    assert.deepEqual(related("The ruling settles last month's presidential runoff, the court said.", '2026-04-14T09:00:00Z', '2026-04-13'), [['2026-03', 'Presidential runoff']]);
    assert.deepEqual(related('Protests continued after the January 20 inauguration in the capital.', '2026-02-24T09:00:00Z', '2026-02-23'), [['2026-01-20', 'Inauguration']]);
  });

  it('should read an earlier event named right after its date, with what it was done to', () => {
    const body =
      'Patients filed a lawsuit on Monday over the June 4 ransomware attack on Meridian Health, which the FBI blamed on North Korean hackers. ' +
      'Investigators linked the group to the 2022 hack of Ronin Network and to the March 2023 hack of 3CX. Last month\'s sanctions did not stop the group, officials said.';
    assert.deepEqual(related(body, '2024-08-20T09:00:00Z', '2024-08-19'), [
      ['2024-06-04', 'Ransomware attack on Meridian Health'],
      ['2022', 'Hack of Ronin Network'],
      ['2023-03', 'Hack of 3CX'],
      ['2024-07', 'Sanctions'],
    ]);
  });

  it('should not take the start of a span of time for an earlier event, but should take an event named after "since the"', () => {
    const body = "Brinehold's leak site lists 41 victims since February, most of them in logistics. It is the second attack on a Dutch port operator since the March 3 breach at Westpoort Logistics.";
    assert.deepEqual(related(body, '2026-11-16T09:00:00Z', '2026-11-14'), [['2026-03-03', 'Breach at Westpoort Logistics']]);
  });

  it('should read an earlier event counted back from the own day ("four days after it launched"), but not an aftermath\'s', () => {
    const launch = 'SEOUL -- North Korea fired several cruise missiles into the sea on Saturday, the military said, four days after it launched a ballistic missile.';
    assert.deepEqual(related(launch, '2026-04-11T03:00:00Z', '2026-04-11'), [['2026-04-07', 'Ballistic missile launch']]);
    const strike = 'Russian forces struck Kharkiv on Friday, two days after a drone attack on Odesa killed four people.';
    assert.deepEqual(related(strike, '2026-04-11T03:00:00Z', '2026-04-10'), [['2026-04-08', 'Drone attack on Odesa']]);
    const arrest = 'Police arrested a man on Friday, three days after a shooting at a bar in Dayton.';
    assert.deepEqual(related(arrest, '2026-04-11T03:00:00Z', '2026-04-07'), []);
  });

  it("should read an earlier disaster, so that its toll is not the event's", () => {
    const body = 'A magnitude 6.2 earthquake struck West Sulawesi on Friday, killing at least 34 people. A 2018 quake and tsunami in Palu killed more than 4,000 people.';
    assert.deepEqual(related(body, '2025-03-08T04:00:00Z', '2025-03-07'), [['2018', 'Quake']]);
  });

  it("should read an event of a week or two before when its noun follows the date, and not the article's own event of days before", () => {
    const body = "The ministers met again in Geneva on Thursday. Last week's summit in Vienna ended without a deal, and the Nov. 10 talks in Oslo were cut short. Monday's session in Geneva set the agenda.";
    assert.deepEqual(related(body, '2026-11-20T09:00:00Z', '2026-11-19'), [
      ['2026-11', 'Summit in Vienna'],
      ['2026-11-10', 'Talks in Oslo'],
    ]);
  });

  it("should name a group's act by its possessive, not as a place the act happened in", () => {
    const body = "Analysts said the crew reused servers seen in Rhysida's attacks on two hospitals last year, officials said.";
    assert.deepEqual(related(body, '2026-11-20T10:00:00Z', '2026-11-18'), [['2025', "Rhysida's attacks"]]);
    // A place's possessive is where: the explosion in Beirut.
    const place = "The blast recalled Beirut's explosion in August 2020, which killed more than 200 people.";
    assert.deepEqual(related(place, '2026-11-20T10:00:00Z', '2026-11-18'), [['2020-08', 'Explosion in Beirut']]);
  });

  it("should not take a weekday's possessive for whose act it was", () => {
    const body = "The raid came weeks after Sunday's bombing in Kandahar last month, officials said.";
    assert.deepEqual(related(body, '2026-11-20T10:00:00Z', '2026-11-18'), [['2026-10', 'Bombing in Kandahar']]);
  });

  it('should name an intrusion by its own noun, and take no count of events for one', () => {
    const body = 'The attack recalls the intrusion at a Polish hydropower plant in Tczew in 2024. Poland had recorded more than 600 attempted attacks on its water sector last year.';
    assert.deepEqual(related(body, '2026-03-03T14:10:00Z', '2026-03-01'), [['2024', 'Intrusion in Tczew']]);
  });

  it('should not read a clause after the date as its noun ("last week after artillery fire hit"), nor a relative pronoun as a subject', () => {
    const body = "Sudan's army has accused the Rapid Support Forces of violating the ceasefire signed in Doha last week after artillery fire hit the main market in El Fasher on Wednesday, killing 11 people.";
    assert.deepEqual(related(body, '2026-03-26T07:30:00Z', '2026-03-25'), [['2026-03', 'Ceasefire in Doha']]);
    const quake = 'The magnitude 6.3 quake struck near the city of Herat, which was hit by a series of deadly earthquakes in October 2023.';
    assert.deepEqual(related(quake, '2026-03-16T07:45:00-04:00', '2026-03-14'), [['2023-10', 'Earthquakes in Herat']]);
  });

  it('should read charges or sanctions told by their legal act before a date under two weeks earlier', () => {
    const body = 'Ottawa froze the assets of two shipping firms on Monday, citing the indictment unsealed on May 6 in Boston. It also pointed to the sanctions imposed on April 30.';
    assert.deepEqual(related(body, '2027-05-18T09:00:00Z', '2027-05-17'), [
      ['2027-05-06', 'Indictment in Boston'],
      ['2027-04-30', 'Sanctions'],
    ]);
  });

  it('should still read the event named before its date', () => {
    assert.deepEqual(related('The two leaders met again on Monday, a follow-up to their summit at Camp David in August 2023.', '2024-08-20T09:00:00Z', '2024-08-19'), [['2023-08', 'Summit at Camp David']]);
  });
});

describe('findRelated: statements and abbreviations', () => {
  it('should read an earlier joint statement, and sanctions written after an abbreviation ("U.S.")', () => {
    const body =
      'The action follows last month\'s joint statement by Canada, Chile and Norway warning companies about North Korean IT workers. ' +
      'They welcomed last month\'s U.S. sanctions on a front company, and assessed the implementation of January\'s joint statement.';
    assert.deepEqual(related(body, '2025-03-15T09:00:00Z', '2025-03-14'), [
      ['2025-02', 'Joint statement'],
      ['2025-02', 'U.S. sanctions'],
      ['2025-01', 'Joint statement'],
    ]);
  });

  it("should not take a statement the article's own officials gave for an earlier event", () => {
    const body = 'The talks had been useful, the ministry wrote on Friday.';
    assert.deepEqual(related(body, '2025-03-15T09:00:00Z', '2025-03-14'), []);
  });

  it('should name a body after "by" as who acted, not as where', () => {
    const body = 'Seoul said on Monday it would follow the sanctions announced last month by the Finance Ministry against two shipping firms.';
    assert.deepEqual(related(body, '2027-04-13T09:00:00Z', '2027-04-12'), [['2027-03', 'Sanctions by Finance Ministry']]);
  });
});

describe("findRelated in a state's answer", () => {
  const answered = (body: string, publishedAt: string, eventDate: string): [string, string][] => {
    const sentences = splitSentences(body);
    const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
    return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities, true).map((r) => [r.date, r.description]);
  };

  it('should name the attack it answers as an earlier event, of its own month or days before', () => {
    assert.deepEqual(answered("The European Union on Monday imposed sanctions on three men, citing this month's attack on Santara Clinic in Kaunas.", '2025-03-18T07:00:00Z', '2025-03-17'), [['2025-03', 'Attack on Santara Clinic']]);
    const body = 'Canada on Monday sanctioned four men, accusing them of the attack that shut down the Harwick water works on March 3.';
    assert.equal(answered(body, '2025-03-18T07:00:00Z', '2025-03-17')[0]?.[0], '2025-03-03');
    // Another report says nothing of the same words: the attack may be its own story.
    assert.deepEqual(related(body.replace('Canada on Monday sanctioned four men, accusing', 'Police on Monday questioned four men, suspecting'), '2025-03-18T07:00:00Z', '2025-03-17'), []);
  });

  it("should not take this month's sanctions for an earlier event answered", () => {
    assert.deepEqual(answered("Japan on Friday condemned this month's sanctions on its banks.", '2025-03-22T07:00:00Z', '2025-03-21'), []);
  });

  it('should read an earlier act told by its verb and what it was done to, before its date', () => {
    const body = 'Hackers crippled the Viljandi water works on Tuesday. It came eight months after the same crew hit Kuressaare town hall in March, and a year after they breached the Ministry of Culture on May 4, 2025.';
    assert.deepEqual(related(body, '2026-11-19T09:00:00Z', '2026-11-17'), [
      ['2026-03', 'Attack on Kuressaare town hall'],
      ['2025-05-04', 'Breach of Ministry of Culture'],
    ]);
    // The event a relative clause tells by its act is named by its noun.
    assert.deepEqual(related('Older residents still recall the flood that struck Lindau in 1999.', '2026-11-19T09:00:00Z', '2026-11-17'), [['1999', 'Flood that struck Lindau']]);
  });

  it("should not take the story's own act, told by its verb on its own day, for an earlier one", () => {
    const body = 'The crew hit Kuressaare town hall on Tuesday, locking staff out of payroll. Officials said the gang attacked Kuressaare town hall on Nov. 17 from servers abroad.';
    assert.deepEqual(related(body, '2026-11-19T09:00:00Z', '2026-11-17'), []);
    assert.deepEqual(nearRelated(body, '2026-11-19T09:00:00Z', '2026-11-17'), []);
  });

  it('should take a verb that is no attack on a name, or one not yet done, for no earlier event', () => {
    const body = 'Grain prices hit a record in March. The rival firms hit new highs last month. A plan to hit Riga airport in January was foiled, and a hit Lisbon musical opened in February.';
    assert.deepEqual(related(body, '2026-11-19T09:00:00Z', '2026-11-17'), []);
  });

  it('should mark an earlier act dated by a day within two weeks of the event as near, and not a month or the own day', () => {
    const body = 'Gunmen stormed the Oldham depot on Friday. Police said the gunmen had raided Harlow police station on Nov. 6. The attack on the Leeds office in November was smaller.';
    assert.deepEqual(nearRelated(body, '2026-11-14T09:00:00Z', '2026-11-13'), [['2026-11-06', 'Raid on Harlow police station']]);
    assert.deepEqual(related(body, '2026-11-14T09:00:00Z', '2026-11-13'), []);
  });

  it('should read the act of an event noun told in the relative clause before its date', () => {
    const body = 'The outage came weeks after the fire that gutted the Lindau depot on March 2.';
    assert.deepEqual(related(body, '2026-11-19T09:00:00Z', '2026-11-17'), [['2026-03-02', 'Fire in Lindau']]);
  });
});

describe('findRelated: incidents at sea and two incidents in one sentence', () => {
  it('should read a seizure or a ramming as an earlier event', () => {
    assert.deepEqual(related('The fishermen, held since the March 2 seizure of their trawler, flew home on Friday.', '2031-04-05T09:00:00Z', '2031-04-04'), [['2031-03-02', 'Seizure']]);
    assert.deepEqual(related('The two navies set up an inquiry into the ramming of the ferry on March 2.', '2031-04-05T09:00:00Z', '2031-04-04'), [['2031-03-02', 'Ramming']]);
  });

  it("should give each of two dated incidents in one sentence its own place, not the other's", () => {
    const body = 'The envoy briefed the council on the seizure of a trawler in the Bay of Biscay on March 2 and the missile strike on a radar station on March 18.';
    const found = related(body, '2031-04-05T09:00:00Z', '2031-04-04');
    assert.deepEqual(found.map(([date]) => date), ['2031-03-02', '2031-03-18']);
    assert.match(found[0]![1], /^Seizure in (?:the )?Bay of Biscay$/);
    assert.doesNotMatch(found[1]![1], /Biscay/);
  });

  it('should not give a nationality word as the place of an earlier event', () => {
    const found = related('The council heard that a Chilean trawler was boarded during the seizure of the Chilean boat on March 2.', '2031-04-05T09:00:00Z', '2031-04-04');
    assert.deepEqual(found, [['2031-03-02', 'Seizure']]);
  });
});

describe("findRelated: a public body's earlier acts", () => {
  it('should read a crossing closed or reopened, told by its verb with the crossing named, as an earlier act', () => {
    assert.deepEqual(related('Unlike Chile, which closed its Colchane crossing in March, Peru kept its border open on Tuesday.', '2031-05-07T09:00:00Z', '2031-05-06'), [['2031-03', 'Closure of Colchane crossing']]);
    assert.deepEqual(related('Argentina reopened its Jama pass on April 30, the ministry recalled.', '2031-05-21T09:00:00Z', '2031-05-20'), [['2031-04-30', 'Reopening of Jama pass']]);
  });

  it("should read last week's act of a public body as a near mention, and not last week's shooting", () => {
    // Told on Monday 2031-05-12: last week ran from May 5 to 11.
    assert.deepEqual(nearRelated('Unlike Chile, which closed its Colchane crossing last week, Peru kept its border open, the minister said on Monday.', '2031-05-12T09:00:00Z', '2031-05-12'), [['2031-05', 'Closure of Colchane crossing']]);
    assert.deepEqual(nearRelated('Detectives said the shooting last week on Alder Street was not linked.', '2031-05-12T09:00:00Z', '2031-05-12'), []);
  });

  it('should read a closure, an outbreak or a state of emergency named by its noun as an earlier event', () => {
    assert.deepEqual(related('The closure of April 2 had left hundreds of buses stuck at the pass.', '2031-05-07T09:00:00Z', '2031-05-06'), [['2031-04-02', 'Closure']]);
    assert.deepEqual(related('The province lifted the state of emergency it declared on March 30 after the rivers fell.', '2031-05-07T09:00:00Z', '2031-05-06'), [['2031-03-30', 'State of emergency']]);
  });
});

describe('findRelated: a sum of money before the event noun', () => {
  it('should read a sum before the noun as one earlier event, not a count of events', () => {
    const found = related('Investigators said the $48 million theft in March was run from a rented office.', '2031-07-10T09:00:00Z', '2031-07-09');
    assert.deepEqual(found.map(([date]) => date), ['2031-03']);
  });
});

describe('findRelated: places of earlier events', () => {
  it('should not give a body named after the date as the place of the event', () => {
    const found = related('The museum said it had recovered the paintings taken in the theft in March that the Carabinieri blamed on a crew from Naples.', '2031-07-10T09:00:00Z', '2031-07-09');
    assert.equal(found.some(([, d]) => /Carabinieri/.test(d)), false);
  });

  it('should not give the place of an earlier item of a list to the next one opened by a preposition', () => {
    const found = related('Prosecutors charged the crew over the theft of jewels from a shop in Antwerp in January and for an attack that disabled a bank website in March.', '2031-07-10T09:00:00Z', '2031-07-09');
    const march = found.find(([date]) => date === '2031-03');
    assert.ok(march);
    assert.equal(/Antwerp/.test(march[1]), false);
  });
});

describe('findRelated: acts of policy named by a participle and a date', () => {
  it('should find the earlier act in "the levies announced on" a day', () => {
    const found = related('Growers marched on the ministry over the levies announced on March 3 and the appeal filed on March 20.', '2031-07-10T09:00:00Z', '2031-07-09');
    assert.deepEqual(found, [['2031-03-03', 'Levies announced'], ['2031-03-20', 'Appeal filed']]);
  });
});

describe('findRelated: a weekend, a week or the month so far just past', () => {
  const mentions = (body: string, publishedAt: string, eventDate: string) => {
    const sentences = splitSentences(body);
    const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
    return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities).map((r) => ({ description: r.description, date: r.date, span: r.span, near: r.near }));
  };

  it('should read a theft told by its verb "last weekend" as a near mention bounded to that weekend', () => {
    // Told on Thursday 2031-05-15; the weekend before was 10-11 May.
    const found = mentions('Regulators said on Thursday that intruders siphoned some $31 million in tokens from the Tallinn broker Kestrel last weekend.', '2031-05-15T16:00:00Z', '2031-05-15');
    assert.deepEqual(found, [{ description: 'Theft from Kestrel', date: '2031-05', span: { from: '2031-05-10', to: '2031-05-11' }, near: true }]);
  });

  it("should read \"the weekend's\" event and one \"earlier this month\" with their days", () => {
    const weekend = mentions("Staff were still restoring files after the weekend's breach at the clinic, a manager said on Thursday.", '2031-05-15T16:00:00Z', '2031-05-15');
    assert.deepEqual(weekend.map((m) => [m.description, m.span]), [['Breach', { from: '2031-05-10', to: '2031-05-11' }]]);
    const month = mentions('The insurer said it was still counting the cost of the hack it suffered earlier this month, a spokesman said on Thursday.', '2031-05-22T16:00:00Z', '2031-05-22');
    assert.deepEqual(month.map((m) => [m.description, m.date, m.span]), [['Hack', '2031-05', { from: '2031-05-01', to: '2031-05-21' }]]);
  });

  it('should read no event from a span with no event noun, nor from "since last weekend"', () => {
    assert.deepEqual(mentions('Shoppers crowded the market last weekend, traders said on Thursday.', '2031-05-15T16:00:00Z', '2031-05-15'), []);
    assert.deepEqual(mentions('The site has been down since last weekend, the owner said on Thursday.', '2031-05-15T16:00:00Z', '2031-05-15'), []);
  });

  it("should take a whole week when its noun follows it (\"last week's\")", () => {
    const named = mentions("Last week's cyberattack on the port authority delayed shipments, officials said on Wednesday.", '2031-05-14T16:00:00Z', '2031-05-14');
    assert.deepEqual(named.map((m) => [m.description, m.span]), [['Cyberattack', { from: '2031-05-05', to: '2031-05-11' }]]);
  });
});

describe('findRelated: an act on a named victim "last week"', () => {
  const mentions = (body: string, publishedAt: string, eventDate: string) => {
    const sentences = splitSentences(body);
    const timexes = findTimexes(body, sentences, referenceFrom(publishedAt));
    return findRelated(body, sentences, timexes, eventDate, recognizeEntities(body, sentences).entities).map((r) => ({ description: r.description, date: r.date, span: r.span, near: r.near }));
  };

  it('should read "the attack on" a named firm "last week" as a near mention bounded to that week', () => {
    // Told on Thursday 2031-05-15; the week before ran from 5 to 11 May.
    const found = mentions('Auditors said on Thursday that the attack on Pellucid Freight last week had exposed its billing records.', '2031-05-15T16:00:00Z', '2031-05-15');
    assert.deepEqual(found, [{ description: 'Attack on Pellucid Freight', date: '2031-05', span: { from: '2031-05-05', to: '2031-05-11' }, near: true }]);
  });

  it('should still read no event from a loose "the shooting last week" with no victim named before the date', () => {
    assert.deepEqual(mentions('Detectives on Thursday charged a teenager over the shooting last week near the bus depot.', '2031-05-15T16:00:00Z', '2031-05-15'), []);
  });
});

describe('findRelated: the court steps a sentencing report names', () => {
  const sentencing = "Oskar Lindqvist was sentenced on Wednesday in Trondheim to six years in prison for embezzling club funds. His lawyer said Lindqvist would appeal the jury's verdict in March. Lindqvist has been held since his arrest in 2024.";

  it('should read the verdict an appeal is made against, and the arrest of a year, as earlier events', () => {
    assert.deepEqual(related(sentencing, '2026-06-10T18:00:00Z', '2026-06-10'), [['2026-03', 'Verdict'], ['2024', 'Arrest']]);
  });

  it('should not read a verdict still to come as an earlier event', () => {
    const trial = 'Oskar Lindqvist went on trial on Wednesday in Trondheim. The jury will deliver its verdict in March.';
    assert.deepEqual(related(trial, '2026-06-10T18:00:00Z', '2026-06-10'), []);
  });
});

describe('findRelated: labels of earlier launches and meetings', () => {
  it('should keep an acronym\'s capitals in a launch\'s label ("an ICBM" is no "n icbm")', () => {
    const body = 'SEOUL -- North Korea fired two cruise missiles into the sea on Saturday, the military said, four days after it launched an ICBM.';
    assert.deepEqual(related(body, '2026-04-11T03:00:00Z', '2026-04-11'), [['2026-04-07', 'ICBM launch']]);
  });
  it('should read a meeting named by a body of three capitalised words after its day', () => {
    const body = 'North Korea fired two cruise missiles on Sunday, its first launch since the April 2 UN Security Council meeting on its programme.';
    assert.deepEqual(related(body, '2026-04-20T03:00:00Z', '2026-04-19'), [['2026-04-02', 'UN Security Council meeting']]);
  });
});

describe('findRelated: a ship seized, recalled in a relative clause (maritime review)', () => {
  it('should describe the seizure a relative clause recalls by the ship it took', () => {
    const body = 'Five navies agreed on May 21 to guard shipping off Port Sallow, after the rebels, which seized the tanker Mira Vell on May 2, threatened more raids.';
    assert.deepEqual(related(body, '2031-05-21T12:00:00Z', '2031-05-21'), [['2031-05-02', 'Seizure of Mira Vell']]);
  });

  it('should read no seizure where what was seized is a haul, not a named ship or body', () => {
    const body = 'Customs officers, who seized a record haul of cocaine on May 2, said on May 21 the port was now watched.';
    assert.deepEqual(related(body, '2031-05-21T12:00:00Z', '2031-05-21'), []);
  });
});
