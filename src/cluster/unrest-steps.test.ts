import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadIncident } from './lead-incident.js';
import { unrestStepsApart } from './unrest-steps.js';

describe('leadIncident: steps of unrest', () => {
  it('should read a labour strike under way, not one only called, nor a drone strike', () => {
    assert.equal(leadIncident('A nationwide teachers strike closed most schools in the north on Monday, the union said.'), 'stoppage');
    assert.equal(leadIncident('The dock workers went on strike at dawn on Wednesday over unpaid wages.'), 'stoppage');
    assert.equal(leadIncident('The walkout by rail staff entered its third day on Friday with no talks planned.'), 'stoppage');
    assert.equal(leadIncident('The bakers union urged members to join a general strike called for next week.'), null);
    assert.equal(leadIncident('A drone strike hit a depot near the river on Sunday, officials said.'), 'strike');
  });
  it('should read a political figure detained, not a suspect arrested for a shooting', () => {
    assert.equal(leadIncident('Police detained opposition leader Tamsin Okoro at her office on Sunday night, her aides said.'), 'detention');
    assert.equal(leadIncident('Student leader Boris Elmqvist was arrested outside the campus late on Monday.'), 'detention');
    assert.equal(leadIncident('Deputies arrested a teenager on Friday over the gunfire outside a Larkfield bakery.'), null);
  });
  it('should read a political figure charged, or detained with the office sought between, not a man charged over a shooting', () => {
    assert.equal(leadIncident('Prosecutors on Friday charged opposition leader Vesna Marlowe with inciting disorder, her lawyer said.'), 'detention');
    assert.equal(leadIncident('Party leader Idris Calloway was formally charged on Wednesday with calls to overthrow the state.'), 'detention');
    assert.equal(leadIncident('Security officers detained opposition presidential candidate Oren Halbrook at his flat before dawn on Monday.'), 'detention');
    assert.equal(leadIncident('Prosecutors on Friday charged a 19-year-old man with murder over the shooting outside a Larkfield bar.'), null);
  });
  it('should read a government taking back a rise in prices or taxes', () => {
    assert.equal(leadIncident('The cabinet on Monday scrapped the bread price increase after three days of riots.'), 'concession');
    assert.equal(leadIncident('The government halved the rise in bus fares on Friday, the transport minister said.'), 'concession');
    assert.equal(leadIncident('Parliament voted on Friday to raise the tax on cigarettes.'), null);
  });
  it('should read a curfew a minister decided to impose', () => {
    assert.equal(leadIncident('The governor has decided to impose a curfew on the port district from 9pm.'), 'imposition');
  });
});

describe('unrestStepsApart', () => {
  const day = (d: number): string => `2031-03-${String(d).padStart(2, '0')}`;
  it('should keep a strike report from an event of other steps, even on the same day', () => {
    assert.equal(unrestStepsApart({ incident: 'stoppage', date: day(5) }, { incidents: ['detention'], incidentDays: [`detention@${day(5)}`], dates: [day(5)] }, 0, null), true);
  });
  it('should keep a concession from a protest event of another day whose reports lead with no step', () => {
    assert.equal(unrestStepsApart({ incident: 'concession', date: day(12) }, { incidents: [], dates: [day(5), day(6)] }, 6, null), true);
  });
  it('should join a strike second day to the event of its first day', () => {
    assert.equal(unrestStepsApart({ incident: 'stoppage', date: day(6) }, { incidents: ['stoppage'], incidentDays: [`stoppage@${day(5)}`], dates: [day(5)] }, 1, 1), false);
  });
  it('should leave a step of the same day as an event with no step to the join model', () => {
    assert.equal(unrestStepsApart({ incident: 'detention', date: day(5) }, { incidents: [], dates: [day(5)] }, 0, null), false);
  });
  it('should keep a report of a day of protest from an event made only of steps on other days', () => {
    assert.equal(unrestStepsApart({ incident: null, date: day(3) }, { incidents: ['stoppage'], incidentDays: [`stoppage@${day(5)}`, `stoppage@${day(6)}`], dates: [day(5), day(6)] }, 2, null), true);
    assert.equal(unrestStepsApart({ incident: null, date: day(3) }, { incidents: ['stoppage'], incidentDays: [`stoppage@${day(5)}`], dates: [day(3), day(5)] }, 0, null), false);
  });
});

describe('unrestStepsApart: a public act against steps of unrest', () => {
  it('should keep a curfew declared on another day from an event made only of strike days', () => {
    const day = (d: number): string => `2031-03-${String(d).padStart(2, '0')}`;
    assert.equal(unrestStepsApart({ incident: 'imposition', date: day(3) }, { incidents: ['stoppage'], incidentDays: [`stoppage@${day(5)}`], dates: [day(5)] }, 2, null), true);
  });
});

describe('leadIncident: a protest', () => {
  it('should read a lead of marchers or looters as a protest, and a curfew told after protests as the curfew', () => {
    assert.equal(leadIncident('Hundreds of farmers marched on the ministry in the provincial capital on Monday.'), 'protest');
    assert.equal(leadIncident('Youths looted two warehouses near the bus depot late on Sunday, the mayor said.'), 'protest');
    assert.equal(leadIncident('Organisers of Sunday\'s opposition rally in the capital said 8,000 people had come.'), 'protest');
    assert.equal(leadIncident('The senator spoke at a campaign rally in Dunmore on Sunday as bank shares rallied.'), null);
    assert.equal(leadIncident('The council imposed a curfew on the old town on Monday night after protesters burned a police post.'), 'imposition');
  });
});

describe('unrestStepsApart: undated pairs', () => {
  it('should leave a step to the join model when either side has no day', () => {
    assert.equal(unrestStepsApart({ incident: 'stoppage', date: null }, { incidents: ['detention'], dates: [] }, null, null), false);
  });
});

describe('leadIncident: words of protest that tell none', () => {
  it('should not read a protest vote, riot police at a match or demonstrations of a product as a protest', () => {
    assert.notEqual(leadIncident('Voters cast a protest vote for the small parties in the regional poll on Sunday.'), 'protest');
    assert.notEqual(leadIncident('Riot police lined the stands as the cup final ended in a draw on Saturday.'), 'protest');
    assert.notEqual(leadIncident('The firm held demonstrations of its new delivery van at the trade fair on Monday.'), 'protest');
    assert.equal(leadIncident('Protesters blocked the ring road on Monday as the fuel price rise took effect.'), 'protest');
  });

  it('should read a long run of letters and dashes in a lead quickly and as nothing', () => {
    assert.equal(leadIncident('a-'.repeat(20000)), null);
  });

  it('should read no detention where the words before "were arrested" are no name: marchers held at a protest', () => {
    assert.equal(leadIncident('Aides to the opposition leader said several were arrested after the march through Karvel on Sunday.'), null);
    assert.equal(leadIncident('Supporters of the opposition leader and party members were detained as police cleared the square in Karvel.'), null);
    // The name, capitalised, still reads.
    assert.equal(leadIncident('Opposition leader Ana Petrov was arrested in Karvel on Sunday.'), 'detention');
  });
});
