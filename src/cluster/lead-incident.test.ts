import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentsApart, leadIncident } from './lead-incident.js';
import { countedAfter } from './lead-incident.js';

describe('leadIncident', () => {
  it('should read strikes, seizures and releases told in either voice', () => {
    assert.equal(leadIncident('Rockets struck a fuel depot outside the port city before dawn on Thursday, the army said.'), 'strike');
    assert.equal(leadIncident('Artillery shelled two villages on the northern bank overnight.'), 'strike');
    assert.equal(leadIncident('The coast guard seized a foreign trawler and its nine crew near the reef on Friday.'), 'seizure');
    assert.equal(leadIncident('A fishing boat and its crew were detained by the navy after crossing the maritime line.'), 'seizure');
    assert.equal(leadIncident('The government on Sunday freed the fourteen fishermen it had held since August.'), 'release');
    assert.equal(leadIncident('Released hostages land at the capital airport'), 'release');
  });

  it('should not read an earlier incident named as the time of the news, nor a crime report', () => {
    assert.equal(leadIncident('The market reopened on Friday, three days after a missile strike hit the square.'), null);
    assert.equal(leadIncident('Nine sailors held since the seizure of their ship returned home on Tuesday.'), null);
    assert.equal(leadIncident('Police seized a handgun and detained a 24-year-old man after the shooting.'), null);
    assert.equal(leadIncident('The victim was released from hospital on Sunday, police said.'), null);
  });
});

describe('incidentsApart', () => {
  it('should set apart an incident of another kind on another day', () => {
    assert.equal(incidentsApart('strike', ['seizure'], 14), true);
    assert.equal(incidentsApart('release', ['seizure'], 28), true);
  });

  it('should keep incidents of one kind, a day apart, or where a side leads with no incident', () => {
    assert.equal(incidentsApart('seizure', ['release', 'seizure'], 20), false);
    assert.equal(incidentsApart('strike', ['seizure'], 1), false);
    assert.equal(incidentsApart(null, ['seizure'], 9), false);
    assert.equal(incidentsApart('strike', [], 9), false);
    assert.equal(incidentsApart('strike', ['seizure'], null), false);
  });
});

describe('leadIncident: the acts of public bodies in a running story', () => {
  it('should read each step of an epidemic and of a border dispute by what was done to what', () => {
    assert.equal(leadIncident('Peru on Tuesday declared a dengue outbreak in the northern region of Piura after nine deaths.'), 'declaration');
    assert.equal(leadIncident('A measles epidemic has been declared in three districts of the province, the ministry announced.'), 'declaration');
    assert.equal(leadIncident('The cabinet lifted the state of emergency in the capital on Friday, ten weeks after imposing it.'), 'lifting');
    assert.equal(leadIncident('Authorities imposed an overnight curfew on the port city on Saturday.'), 'imposition');
    assert.equal(leadIncident('Chile shut its Colchane border crossing to tourists on Sunday, citing the spread of the virus.'), 'closure');
    assert.equal(leadIncident('Argentina reopened two border posts with Bolivia on Monday.'), 'reopening');
    assert.equal(leadIncident('Health teams began vaccinating children in the hill districts on Wednesday.'), 'launch');
    assert.equal(leadIncident('A consignment of 300,000 vaccine doses landed in the capital overnight, the ministry said.'), 'arrival');
    assert.equal(leadIncident('The airline suspended flights to the island for a fortnight.'), 'suspension');
    assert.equal(leadIncident('Rail services between the two capitals resumed on Thursday after a month.'), 'resumption');
    assert.equal(leadIncident('The two ministers signed a water-sharing agreement in the border town on Tuesday.'), 'signing');
    assert.equal(leadIncident('The supreme court on Monday upheld the electoral board\'s count.'), 'ruling');
    assert.equal(leadIncident('The region has logged 2,140 suspected cases and 31 deaths since the start of the outbreak, officials said on Monday.'), 'tally');
  });

  it('should read no act where nothing public was done to anything, nor a shooting report', () => {
    assert.equal(leadIncident('The patient was declared dead on arrival at the county hospital.'), null);
    assert.equal(leadIncident('Detectives launched an investigation after a man was shot outside a bar on Sunday.'), null);
    assert.equal(leadIncident('Deputies closed the road for several hours while they searched the field.'), null);
    assert.equal(leadIncident('A nurse said on Friday that water trucks had reached the camp where families waited for days.'), null);
    assert.equal(leadIncident('The defendant signed a plea agreement on Tuesday, his lawyer said.'), null);
    assert.equal(leadIncident('The district hospital was reopened two years after the floods.'), null);
  });
});

describe('countedAfter', () => {
  it('should read the incident a lead counts its own act from, by noun or by verb', () => {
    assert.equal(countedAfter('Police closed the river crossing on Friday, three days after a drone strike on a nearby barracks.'), 'strike');
    assert.equal(countedAfter('Bolivia reopened the pass on Thursday, four weeks after closing it over the outbreak.'), 'closure');
    assert.equal(countedAfter('Clinics began vaccinating on Friday, two days after 500,000 doses arrived from the stockpile.'), 'arrival');
    assert.equal(countedAfter('The ban was lifted on Monday, a week after the declaration of the emergency.'), 'declaration');
  });

  it('should read none where no span is counted, or the span counts from something else', () => {
    assert.equal(countedAfter('The border was closed on Friday after a drone strike on a barracks.'), null);
    assert.equal(countedAfter('Schools reopened on Monday, two weeks after the floods.'), null);
    assert.equal(countedAfter('Talks resumed on Tuesday, about two weeks after a pause.'), null);
  });
});

describe('incidentsApart: a counted span and acts of one kind on other days', () => {
  it('should set apart a report that counts its act from the event\'s incident, however it is dated', () => {
    assert.equal(incidentsApart('closure', ['strike'], null, { after: 'strike' }), true);
    assert.equal(incidentsApart('reopening', ['closure'], 0, { after: 'closure' }), true);
  });

  it('should set apart an act of the event\'s kind told on a day of its own, and keep one told again near its day', () => {
    assert.equal(incidentsApart('declaration', ['declaration'], 9, { sameKindGap: 9 }), true);
    assert.equal(incidentsApart('tally', ['declaration', 'tally'], 14, { sameKindGap: 14 }), true);
    assert.equal(incidentsApart('closure', ['closure'], 2, { sameKindGap: 2 }), false);
    assert.equal(incidentsApart('closure', ['closure'], 5, { sameKindGap: null }), false);
  });

  it('should leave a public body\'s act in a crime story to the model', () => {
    assert.equal(incidentsApart('closure', ['ruling'], 12, { crime: true }), false);
    assert.equal(incidentsApart('ruling', ['strike'], 12, { crime: true }), false);
    assert.equal(incidentsApart('strike', ['seizure'], 12, { crime: true }), true);
  });
});

describe('leadIncident: a mission announced, a market moved and a seizure recalled (maritime review)', () => {
  it('should read a naval mission announced or warships sent as a deployment, not the seizure a relative clause recalls', () => {
    assert.equal(leadIncident('Five navies announced on Wednesday a mission to escort tankers past Port Sallow, after the rebels, which seized the tanker Mira Vell on Monday, threatened more raids.'), 'deployment');
    assert.equal(leadIncident('Norway will send two frigates to the Sallow channel, its defence minister said.'), 'deployment');
    assert.equal(leadIncident('The rebels, who seized the tanker Mira Vell on Monday, freed its crew on Wednesday.'), 'release');
  });

  it('should still read a seizure in a lead or a headline in the present, and no deployment in a team\'s or a police operation', () => {
    assert.equal(leadIncident('Rebels seize tanker off Port Sallow'), 'seizure');
    assert.equal(leadIncident('The coast guard seized a trawler off Port Sallow on Monday.'), 'seizure');
    assert.equal(leadIncident('Passengers board ferry to Sallow as the strike ends'), null);
    assert.equal(leadIncident('Police launched an operation to find the missing girl on Monday.'), null);
  });

  it('should read premiums or rates moved to a figure as a market move, and keep a market move apart from a mission a day before', () => {
    assert.equal(leadIncident('War-risk premiums for tankers bound for Port Sallow rose to 2% of hull value on Thursday, brokers said.'), 'market');
    assert.equal(leadIncident('Underwriters raised war-risk premiums for the Sallow channel on Thursday.'), 'market');
    assert.equal(leadIncident('Premiums were discussed at the meeting on Thursday.'), null);
    assert.ok(incidentsApart('market', ['deployment'], 1));
    assert.ok(!incidentsApart('market', ['deployment'], 0));
    assert.ok(!incidentsApart('market', ['market', 'deployment'], 1));
  });
});
