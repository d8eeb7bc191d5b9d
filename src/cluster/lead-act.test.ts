import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actKey, actsApart, answersEarlierStory, leadAct, leadsWithStateAct } from './lead-act.js';

const key = (lead: string): string | null => {
  const act = leadAct(lead);
  return act ? actKey(act) : null;
};

describe('leadAct', () => {
  it('should read paraphrases of one act as one kind by one actor', () => {
    assert.equal(key('OTTAWA - Canada on Monday blacklisted four shipping firms accused of carrying Iranian oil.'), 'sanction:CA');
    assert.equal(key('The Canadian government imposed sanctions on four shipping firms on Monday.'), 'sanction:CA');
    assert.equal(key('Ottawa added four shipping firms to its sanctions list.'), 'sanction:CA');
  });

  it('should take the first act of the lead and the states its subject names', () => {
    assert.equal(key('China on Thursday vetoed a council draft that would have tightened sanctions on Myanmar.'), 'vote:CN');
    assert.equal(key("Brazil and Argentina's foreign ministers issued a joint statement on Sunday."), 'statement:AR+BR');
    assert.equal(key('BRUSSELS (Wire) -- The European Union condemned the strike.'), 'statement:EU');
    assert.equal(key('Iran on Friday rejected the sanctions imposed by Britain and France.'), 'statement:IR>FR+GB');
    assert.equal(key('Iran test-fired two cruise missiles on Saturday.'), 'launch:IR');
  });

  it("should read a leader who oversaw or watched a launch as the state's launch", () => {
    assert.equal(key("Iran's supreme leader watched Monday's test of a new cruise missile, state television said."), 'launch:IR');
    assert.equal(key('Pakistani leader Omar Baig supervised the launch of a new ballistic missile on Friday.'), 'launch:PK');
    // A leader named without a state is no state's act.
    assert.equal(key('The president oversaw the test launch of two short-range rockets on Friday.'), null);
  });

  it('should not read a bare noun, a company or a court as a state act', () => {
    assert.equal(key('Tightened sanctions have hit exports, officials said.'), null);
    assert.equal(key('The company launched its new phone on Tuesday.'), null);
    assert.equal(key('The judge rejected the appeal.'), null);
  });

  it("should read visa bans imposed on a country's officials as sanctions, and leave travel restrictions alone", () => {
    assert.equal(key('WASHINGTON -- The United States on Wednesday imposed visa restrictions on the head of Arland\'s election board.'), 'sanction:US');
    assert.equal(key('Canada imposed visa bans on four Arlandic judges.'), 'sanction:CA');
    assert.equal(key('China imposed travel restrictions on the city of Wuhan on Thursday.'), null);
  });

  it('should read the agent of a passive lead as the actor, not the target before the verb', () => {
    assert.equal(key('Four Iranian shipping firms were sanctioned by the United States on Monday.'), 'sanction:US');
    assert.equal(key('Russian banks blacklisted by EU'), 'sanction:EU');
    assert.equal(key("North Korea's launch was condemned on Friday by Japan."), 'statement:JP>KP');
    assert.equal(key('Three Russian banks were sanctioned on Friday.'), null);
  });

  it("should not read a country in a person's name as a state", () => {
    assert.equal(key('Rep. Jim Jordan on Monday condemned the ruling.'), null);
    assert.equal(key('Senator Chad Smith condemned the strike.'), null);
    assert.equal(key('On Monday Jordan condemned the strike.'), 'statement:JO');
    assert.equal(key("Jordan's King Abdullah condemned the strike."), 'statement:JO');
  });

  it("should read a government's welcome, attribution or blame as its statement", () => {
    assert.equal(key("Latvia's defence minister, Ilze Berzina, welcomed the penalties that Canada and Japan imposed on Friday on the bank's owners."), 'statement:LV>CA+JP');
    assert.equal(key('Britain on Thursday attributed the attack on the Harwick water works to a unit of Iran\'s military.'), 'statement:GB>IR');
    assert.equal(key('Poland blamed Belarus for the cable cut.'), 'statement:PL>BY');
    assert.equal(key('The harbour board welcomed the new ferry.'), null);
  });

  it("should read a state's official who says something of sanctions as the state's statement on them", () => {
    assert.equal(key("Finland's trade minister, Aino Lehto, said the sanctions that Britain announced on Friday would cut off the smugglers' bank accounts."), 'statement:FI>GB');
    assert.equal(key('Norway says new sanctions on the shipping firms are overdue'), 'statement:NO');
    assert.equal(key('Chile\'s foreign ministry told reporters on Tuesday that sanctions were not on the table.'), 'statement:CL');
  });

  it('should not read a plain verb of speech as a statement without a state speaking, without sanctions, or in the passive', () => {
    assert.equal(key('A lawyer for the shipping firm said the sanctions were unlawful.'), null);
    assert.equal(key("Norway's foreign minister said the resolution would be put to a vote on Friday."), null);
    assert.equal(key("Japan's defence minister said the missile fell into the sea west of Hokkaido."), null);
    assert.equal(key('Swedish firms were said to have broken the sanctions for years.'), null);
    // An enforcement report: the sanctions are broken, not answered.
    assert.equal(key('The US Justice Department said the trading firm evaded sanctions for six years.'), null);
    assert.equal(key('Dutch prosecutors said the broker had violated EU sanctions on oil.'), null);
  });

  it('should not read a private speaker with a nationality word, a relative clause or "all told" as a state speaking', () => {
    assert.equal(key('A Danish shipping analyst said sanctions would do little to curb the smuggling.'), null);
    assert.equal(key('Syrian farmers said the sanctions had doubled the price of seed.'), null);
    assert.equal(key('A Panamanian freighter that Greek officials said was hauling Syrian fuel in breach of the embargo despite sanctions sank on Monday.'), null);
    assert.equal(key("Venezuela's gold sales, all told, fell by a third after sanctions were tightened."), null);
    // A state's official named with a title still speaks for it.
    assert.equal(key('Foreign Minister Kwame Mensah of Ghana said the sanctions would hurt trade.'), 'statement:GH');
    assert.equal(key("Ghana's foreign minister said the sanctions would hurt trade."), 'statement:GH');
  });

  it('should read a sanctions evasion scheme as enforcement, and a breakthrough or a breakdown over sanctions as a statement', () => {
    assert.equal(key("Canada's foreign ministry said two brokers ran a sanctions-busting scheme from Dubai."), null);
    assert.equal(key("Norway's foreign minister said the evasion of sanctions had cost the treasury dearly."), null);
    assert.equal(key("Cuba's foreign minister said there was a breakthrough on sanctions relief."), 'statement:CU');
    assert.equal(key("Cuba's foreign minister said the talks broke down over sanctions relief."), 'statement:CU');
  });

  it("should not read a capital's police, prosecutors or mayor, nor a place a subject is in, as the state", () => {
    // A city's own people answering a crime in it: no government speaks.
    assert.equal(key('Paris prosecutors blamed a leaking boiler for the blast that tore through a bakery.'), null);
    assert.equal(key("London's mayor welcomed the arrest of a man over the stabbing in Lewisham."), null);
    assert.equal(key('Mexico City police blamed a gang feud for the killing of a taxi driver.'), null);
    assert.equal(key('D.C. police praised a neighbour whose call helped them arrest a suspect.'), null);
    assert.equal(key('The mother of a boy killed in Ottawa welcomed the charge against a driver.'), null);
    // The capital alone still speaks for its government.
    assert.equal(key('Moscow rejected the sanctions on Tuesday.'), 'statement:RU');
  });

  it('should read a crime without an actor', () => {
    assert.equal(key('Police arrested a 24-year-old man after a woman was shot.'), 'crime:');
  });
});

describe('actsApart', () => {
  it("should set apart another state's act, and a council vote from sanctions", () => {
    assert.equal(actsApart('statement:IR>FR', ['sanction:GB']), true);
    assert.equal(actsApart('vote:CN', ['sanction:EU']), true);
  });

  it('should keep acts of one state, one council meeting, crimes and sides with no act together', () => {
    assert.equal(actsApart('statement:GB', ['sanction:GB']), false);
    assert.equal(actsApart('vote:UN', ['vote:CN']), false);
    assert.equal(actsApart('crime:', ['sanction:GB']), false);
    assert.equal(actsApart(null, ['sanction:GB']), false);
    assert.equal(actsApart('statement:IR', []), false);
    assert.equal(actsApart('statement:IR', ['sanction:GB', 'statement:FR+IR']), false);
  });

  it('should keep a statement that names no one it answers with the act it may answer', () => {
    const launch = key('North Korea fired two ballistic missiles into the sea on Sunday.')!;
    assert.equal(actsApart(key('Tokyo condemned the launch on Sunday, calling it a threat to peace.'), [launch]), false);
    assert.equal(actsApart(launch, [key('Japan protested the missile launch through diplomatic channels on Sunday.')!]), false);
  });

  it('should keep one act told in the active and in the passive together', () => {
    const active = key('The United States on Monday sanctioned four Iranian shipping firms.');
    const passive = key('Four Iranian shipping firms were sanctioned by the United States on Monday.');
    assert.equal(actsApart(passive, [active!]), false);
  });

  it("should keep an answer to the event's act alone with it, and set apart one that answers several states", () => {
    assert.equal(actsApart('statement:IR>GB', ['sanction:GB']), false);
    assert.equal(actsApart('sanction:GB', ['statement:IR>GB']), false);
    assert.equal(actsApart('statement:IR>FR+GB', ['sanction:GB']), true);
  });
});

describe('answersEarlierStory', () => {
  it("should set a state's act apart from an earlier story whose reports lead with no state's act", () => {
    assert.equal(answersEarlierStory('sanction:EU', []), true);
    assert.equal(answersEarlierStory('statement:LV>CA+JP', ['crime:']), true);
  });

  it("should keep a story's own follow-up, and a story one of whose reports leads with a state's act", () => {
    assert.equal(answersEarlierStory('crime:', []), false);
    assert.equal(answersEarlierStory(null, []), false);
    assert.equal(answersEarlierStory('sanction:EU', ['statement:EE']), false);
  });
});

describe('leadsWithStateAct', () => {
  it("should read the lead sentence, else the headline, and count no crime as a state's act", () => {
    const body = 'Canada on Friday sanctioned three owners of the Perrin Bank. The bank denied wrongdoing.';
    assert.equal(leadsWithStateAct(body, [{ start: 0, end: 60 }], null), true);
    assert.equal(leadsWithStateAct('The bank was closed.', [{ start: 0, end: 20 }], 'Japan blacklists Perrin Bank owners'), true);
    assert.equal(leadsWithStateAct('Police arrested two men on Friday.', [{ start: 0, end: 34 }], null), false);
  });
});
