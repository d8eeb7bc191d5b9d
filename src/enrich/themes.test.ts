import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectThemes, THEME_RULES } from './themes.js';

describe('detectThemes', () => {
  it('should give cyber detail: a named actor, a CVE, ransomware and an IT-worker scheme', () => {
    const themes = detectThemes(
      'North Korean hackers behind crypto heist',
      'Investigators said APT38 exploited CVE-2024-12345 before deploying ransomware. Prosecutors also charged a man who ran a laptop farm for IT workers.',
    );
    for (const t of ['cyber', 'cyber.threat-actor', 'cyber.vulnerability', 'cyber.ransomware', 'cyber.it-workers']) assert.ok(themes.includes(t), t);
  });

  it('should read a war told without an army as military: drones, shelling, paramilitaries', () => {
    assert.ok(detectThemes('Mosque attack kills 35', 'A drone strike hit a mosque in El Fasher on Friday. The RSF paramilitary denied it.').includes('military'));
    assert.ok(detectThemes('Odesa hit overnight', 'Russian drones attacked Odesa overnight. Ukraine said it downed 40 attack drones.').includes('military'));
    assert.ok(!detectThemes('Fuel prices climb', 'Drivers are shelling out more at the pump. Consumers shelled out $5 a gallon.').includes('military'));
  });

  it('should read an explosion or a fire at a works as a disaster, and not a gunfight or a bomb in a market', () => {
    assert.ok(detectThemes('Blast at chemical plant kills 12', 'An explosion tore through a chemical factory on Monday. The blast at the plant set off a fire.').includes('disaster'));
    assert.ok(detectThemes('Six killed in boiler explosion', 'Six workers died when a boiler exploded at a pharmaceutical unit.').includes('disaster'));
    // A headline leaves out the article: "blast at pharmaceutical unit".
    assert.ok(detectThemes('Six killed in blast at pharmaceutical unit in Boisar', 'Six workers were killed on Thursday, police said.').includes('disaster'));
    assert.ok(!detectThemes('Gunmen open fire', 'Gunmen opened fire in a market on Monday. A bomb blast in the market killed two.').includes('disaster'));
  });

  it('should read a fire at a data centre, a depot or another facility as a disaster', () => {
    assert.ok(detectThemes('Two firefighters hurt in Leipzig data center blaze', 'Firefighters fought the flames for six hours.').includes('disaster'));
    assert.ok(detectThemes('Outage at cloud host', 'A fire broke out at a data centre run by Aster Cloud on Sunday. The fire spread through the Aster data center before crews contained it.').includes('disaster'));
    assert.ok(detectThemes('Bus depot destroyed', 'A blaze at the city bus depot destroyed 30 buses overnight, and a fire raged in the storage facility next door.').includes('disaster'));
  });

  it('should not read a gunman firing at a warehouse, or a manager fired from a plant, as a disaster', () => {
    assert.ok(!detectThemes('Shots at warehouse', 'A gunman opened fire at a warehouse in Ohio on Monday. Officers returned fire at the depot gate.').includes('disaster'));
    assert.ok(!detectThemes('Plant manager fired', 'The plant manager was fired on Friday after the audit. Workers said the facility fired three supervisors.').includes('disaster'));
  });

  it('should read a report about a works blast it recalls by its dead, with the blast in its headline, as a disaster', () => {
    assert.ok(detectThemes('Faulty seal behind refinery blast, report says', 'A seal had worn through months before the explosion that killed four men at the Oskar refinery, the report said on Monday.').includes('disaster'));
    assert.ok(detectThemes('Grain mill blast: owner fined', 'Dust had built up in the Hollins grain mill for weeks before the blast which killed two workers, the court heard.').includes('disaster'));
    // The blast named once in the body, with no blast in the headline: one hit is not enough.
    assert.ok(!detectThemes('Owner fined over safety failings', 'Dust had built up in the Hollins grain mill for weeks before the blast which killed two workers, the court heard.').includes('disaster'));
    // A headline's blast with no works in the body.
    assert.ok(!detectThemes('Blast kills two in market', 'A bomb went off in a crowded market on Friday, killing two people.').includes('disaster'));
  });

  it('should read a derailment or a capsized ferry as a disaster', () => {
    assert.ok(detectThemes('Train derails in Portugal', 'An intercity train derailed near Pombal on Saturday, killing three people. Two carriages overturned after the derailment.').includes('disaster'));
    assert.ok(detectThemes('Ferry sinks', 'A ferry capsized off the coast on Monday; the ferry accident left 12 missing.').includes('disaster'));
  });

  it('should not read an actor named after weather as a disaster', () => {
    const themes = detectThemes('Volt Typhoon hackers hid in water utilities', 'Officials said the cyber intrusion by Volt Typhoon lasted months.');
    assert.ok(themes.includes('cyber.threat-actor'));
    assert.ok(!themes.includes('disaster'));
  });

  it('should not take words with other common senses as themes', () => {
    const body = 'The photographer took a shot of the crowd. The ad campaign drew candidates for the job. ' +
      'Workers drill for oil while remote workers log in; the virus of rumour spread and the shares he holds fell.';
    assert.deepEqual(detectThemes('A busy day in town', body), []);
  });

  it('should read a theft of money as crime, but not a steal or a stolen base', () => {
    assert.ok(detectThemes('Thieves steal $3 million from Lisbon art dealer', 'The gallery was closed for the holiday, its owner said.').includes('crime'));
    assert.ok(detectThemes('Bank vault emptied', 'The gang stole about €900,000. It was one of three heists in the city this year.').includes('crime'));
    assert.ok(!detectThemes('Rivera steals the show', 'He stole second base twice and had a steal late in the game.').includes('crime'));
  });

  it('should still find crime, elections and sanctions from their phrases', () => {
    const themes = detectThemes('', 'A man was shot dead on Friday and police arrested two suspects. ' +
      'The presidential campaign resumed as voters queued. The Treasury imposed sanctions; OFAC listed the firms.');
    for (const t of ['crime', 'elections', 'sanctions']) assert.ok(themes.includes(t), t);
  });

  it('should not make "hacked to death" a cyber story', () => {
    assert.ok(!detectThemes('Farmer hacked to death in village', '').includes('cyber'));
  });

  it('should let through its word gate every text its pattern matches in', () => {
    // Our own sentences with at least one match of each rule, in the cases the patterns take.
    const texts = [
      'CYBERCRIMINALS hacked the ministry; the Ransomware crew used a Zero-Day and CVE 2024 3400, said APT 41 watchers.',
      'Unpatched Vulnerabilities let them exploit the flaw, and IT contractors ran a laptop farm for remote IT work.',
      'The Ambassador held Peace Talks in Geneva before Border talks. Sanctioned by OFAC, the firms faced Export Controls.',
      'Naval Drills followed Airstrikes; Kamikaze drones and Shelling broke the Cease-fire. Police arrested the Gunmen.',
      'He was Fatally Shot in a drive-by shooting; thieves stole $5 after thefts. Earthquakes, a magnitude-6 quake, Flooding.',
      'Typhoons and a Train crash, a bridge collapsed; a Chemical Leak and an explosion at the plant.',
      'Inflation and Stock Markets fell before the Presidential Race; candidates for mayor met Voters at the Public Health office.',
    ];
    let matched = 0;
    for (const rule of THEME_RULES) {
      for (const { pattern, words } of rule.patterns) {
        for (const text of texts) {
          pattern.lastIndex = 0;
          const hit = pattern.test(text);
          pattern.lastIndex = 0;
          if (!hit) continue;
          matched++;
          assert.ok(words.some((w) => text.toLowerCase().includes(w)), `${pattern} in "${text}"`);
        }
      }
    }
    assert.ok(matched >= 25, `${matched} matches`);
  });
});

describe('detectThemes, markets, money and trade', () => {
  it("should make a central bank's rate decision and a currency's slide an economy story", () => {
    const body = 'The Reserve Bank of Norland kept its policy rate at 4.5% on Tuesday. The krona has fallen against the dollar for six weeks, and the governor said the bank stood ready to act.';
    assert.ok(detectThemes('Norland holds rates', body).includes('economy'));
    assert.ok(detectThemes('Lira weakens again', 'The lira slipped to a record low as the central bank sold reserves.').includes('economy'));
  });

  it("should make a refiner's profit warning and its share fall an economy story", () => {
    assert.ok(detectThemes('Smelter cuts outlook', 'Arnhem Smelting issued a profit warning on Monday and its shares fell 9% by noon.').includes('economy'));
  });

  it('should give a ban on exports, tariffs on goods and a WTO case the trade detail and its parent', () => {
    for (const [headline, body] of [
      ['Nickel exports halted', 'The mining ministry announced an export ban on raw nickel ore from March.'],
      ['Duties on bicycles', 'The bloc will put tariffs on bicycles from two countries.'],
      ['Case at Geneva', 'The government lodged a complaint at the WTO over the subsidies.'],
      ['Talks fail', 'The trade dispute between the two neighbours deepened on Friday.'],
    ] as const) {
      const themes = detectThemes(headline, body);
      assert.ok(themes.includes('economy.trade') && themes.includes('economy'), `${body}: ${themes.join(', ')}`);
    }
  });

  it('should give no economy theme to a crime story that names sums of money or a rate of another kind', () => {
    const robbery = 'Two men robbed a money changer of 40,000 pesos and 900 rupees on Friday. Police said the rate of such robberies had doubled in the district.';
    assert.ok(!detectThemes('Money changer robbed', robbery).includes('economy'));
    const drugs = 'Officers said the gang ran the drug trade in the port and fled with the shares of the haul.';
    assert.ok(!detectThemes('Gang leader held', drugs).includes('economy'));
    assert.ok(!detectThemes('Gang leader held', drugs).includes('economy.trade'));
    const ban = 'The council voted a ban on fireworks after the fire at the stadium; the stock of rockets was seized.';
    assert.ok(!detectThemes('Fireworks banned', ban).includes('economy.trade'));
  });

  it('should let through the word gates of the markets and trade cues every text their patterns match in', () => {
    const texts = [
      'The Benchmark Rate and the Exchange Rate moved; the Rupiah Has Lost ground Against the US Dollar after a Profit Warning.',
      'Shares Slumped, Bond Yields rose and the Composite Index fell; Operating Profit slid as the Currency Weakened.',
      'An Export Ban, Import Duties, Tariffs On steel, Anti-Dumping cases, a Free-Trade pact and the World Trade Organisation.',
      'Retaliatory Tariffs followed the Trade Dispute; the Dispute Settlement Body heard the WTO case after the Ban On Exports.',
    ];
    let matched = 0;
    for (const rule of THEME_RULES.filter((r) => r.theme.startsWith('economy'))) {
      for (const { pattern, words } of rule.patterns) {
        for (const text of texts) {
          for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
            matched++;
            assert.ok(words.some((w) => m[0].toLowerCase().includes(w)), `${pattern} at "${m[0]}"`);
          }
        }
      }
    }
    assert.ok(matched >= 20, `${matched} matches`);
  });
});

describe('detectThemes: sums drained, siphoned, looted or made off with', () => {
  it('should read a sum that hackers or thieves drain as crime, from the headline alone', () => {
    assert.ok(detectThemes('Hackers drain $48 million from Larkspur token bridge', 'The bridge paused deposits on Tuesday evening.').includes('crime'));
    assert.ok(detectThemes('Attackers have drained about €6 million from a payments start-up', '').includes('crime'));
  });

  it('should read a sum siphoned, looted or made off with as crime', () => {
    for (const headline of ['Clerk siphoned $2 million from the county fund', 'Gang looted £400,000 from cash depot', 'Robbers made off with $90,000 in jewellery']) {
      assert.ok(detectThemes(headline, '').includes('crime'), headline);
    }
  });

  it('should not read a drain with no thief, a drain on something, or an emptied reservoir as crime', () => {
    assert.ok(!detectThemes('Strike drains $40 million from port budget', 'Dock workers stayed out for a third week.').includes('crime'));
    assert.ok(!detectThemes('Engineers drain reservoir to repair dam wall', 'The lake will be refilled in spring.').includes('crime'));
    assert.ok(!detectThemes('Subsidy is a $3 billion drain on the treasury, auditors say', '').includes('crime'));
  });
});

describe('detectThemes: protest and unrest', () => {
  it('should read demonstrations, riots, curfews, tear gas and a general strike as protest', () => {
    assert.ok(detectThemes('Police fire tear gas at marchers in Port Elara', 'Hundreds gathered near the port on Monday.').includes('protest'));
    assert.ok(detectThemes('Fuel price anger spreads', 'Demonstrators blocked the ring road on Tuesday. Police used water cannon to clear them.').includes('protest'));
    assert.ok(detectThemes('Curfew declared in northern towns', 'The governor announced the measure late on Friday.').includes('protest'));
    assert.ok(detectThemes('Unions call a general strike', 'Bus drivers and teachers will join the walkout on Thursday, the federation said.').includes('protest'));
  });

  it('should not read an air strike, a market rally, the month of March or a protest vote as protest', () => {
    assert.ok(!detectThemes('Air strike hits depot', 'An air strike destroyed a fuel depot. A second strike hit the bridge.').includes('protest'));
    assert.ok(!detectThemes('Shares rally on rate hopes', 'Stocks rallied for a third day as the market rally broadened in March.').includes('protest'));
    assert.ok(!detectThemes('A protest vote for the small parties', 'Analysts read the result as a protest vote. The study demonstrated a shift in March.').includes('protest'));
    assert.ok(!detectThemes('Striker signs for Porto', 'The striker scored twice before he left. Lightning struck the stadium roof.').includes('protest'));
  });
});

describe('detectThemes: demonstrations of a product', () => {
  it('should not read demonstrations of a product as protest', () => {
    assert.ok(!detectThemes('Carmaker shows new van', 'The firm held demonstrations of its delivery van. Buyers watched demonstrations of the loading ramp.').includes('protest'));
  });
});

describe('detectThemes: an air crash told by its verb', () => {
  it('should read a plane or a passenger jet that crashed as a disaster, and not a team that crashed out', () => {
    assert.ok(detectThemes('Nine killed as Tarnfield Air plane crashes at Vessby', 'Nine people were killed when the aircraft came down short of the runway.').includes('disaster'));
    assert.ok(detectThemes('Nine killed at Vessby', 'A Tarnfield Air passenger jet crashed on approach on Sunday. The jet crashed in a field.').includes('disaster'));
    assert.ok(!detectThemes('Jets crash out', 'The New York Jets crashed out of the playoffs. Fans booed as the Jets crashed to a fourth defeat.').includes('disaster'));
  });
});
