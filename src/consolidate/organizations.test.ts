import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { organizationsOf } from './organizations.js';

const rows = (list: ReturnType<typeof organizationsOf>) => list.map((o) => [o.name, o.aliases, o.country, o.sources.length]);

describe('organizationsOf', () => {
  it('should merge an acronym with the name the text ties it to, and a body with its country-qualified form', () => {
    const one = enrichedArticle('The US Treasury Department on Tuesday placed sanctions on four shipping firms. The Office of Foreign Assets Control (OFAC) said the firms moved oil for the navy. OFAC listed eleven tankers.', { title: 'Treasury sanctions shipping firms', outlet: 'Gulf Ledger', publishedAt: '2025-06-04T10:00:00Z' });
    const two = enrichedArticle('The Treasury on Tuesday sanctioned four shipping companies accused of moving oil, the Office of Foreign Assets Control said.', { title: 'Four shippers blacklisted', outlet: 'Harbour Times', publishedAt: '2025-06-04T12:00:00Z' });
    const found = organizationsOf([one, two]);
    const ofac = found.find((o) => o.name === 'Office of Foreign Assets Control');
    assert.deepEqual(ofac && [ofac.aliases, ofac.sources.length, ofac.corroboration], [['OFAC'], 2, 2]);
    const treasury = found.find((o) => /Treasury/.test(o.name));
    assert.equal(treasury?.name, 'US Treasury Department');
    assert.equal(treasury?.country, 'US');
    assert.equal(treasury?.sources.length, 2);
  });

  it('should mark a body every report names only reacting to the event, and not one that took part', () => {
    const one = enrichedArticle('ODESSA - Russian missiles hit a grain terminal in Odessa on Friday, killing two workers, the Ukrainian Interior Ministry said. The Dutch Foreign Ministry and the Polish Foreign Office condemned the attack, while the Indian Foreign Ministry called for calm.', { title: 'Missiles hit Odessa terminal', outlet: 'Black Sea Wire', publishedAt: '2026-05-09T10:00:00Z' });
    const found = organizationsOf([one]).map((o) => [o.name, o.country, o.reacted ?? false]);
    assert.deepEqual(found.filter(([name]) => /Ministry|Office/.test(String(name))).sort(), [
      ['Dutch Foreign Ministry', 'NL', true], ['Indian Foreign Ministry', 'IN', true], ['Polish Foreign Office', 'PL', true], ['Ukrainian Interior Ministry', 'UA', false],
    ]);
  });

  it('should list no river as a body, in the report that writes its geographic noun nor in one that gives the name alone', () => {
    const one = enrichedArticle('The leaders signed a water-sharing accord for the Amu Darya at the summit on Thursday, the Interstate Water Commission said.', { title: 'Water accord signed', outlet: 'Test Wire', publishedAt: '2025-06-06T10:00:00Z' });
    const names = organizationsOf([one]).map((o) => o.name);
    assert.ok(!names.includes('Amu Darya'), JSON.stringify(names));
    assert.ok(names.includes('Interstate Water Commission'), JSON.stringify(names));
  });

  it('should set aside a name another report of the event writes with its geographic noun', () => {
    // The entities are set by hand: which names the tagger reads as bodies is not what is tested.
    const asBody = (text: string, name: string, outlet: string) => {
      const article = enrichedArticle(text, { title: 'Dam accord', outlet, publishedAt: '2025-06-06T10:00:00Z' });
      const start = article.body.indexOf(name);
      return { ...article, entities: [...article.entities.filter((e) => e.end <= start || e.start >= start + name.length), { text: name, type: 'organization' as const, start, end: start + name.length }] };
    };
    const one = asBody('Engineers agreed on Monday to share the flow of the Vakhsh basin between the two dams.', 'Vakhsh', 'Valley Post');
    const two = asBody('Engineers agreed on Monday on a new accord for the Vakhsh, the two governments said.', 'Vakhsh', 'Hill Courier');
    assert.deepEqual(organizationsOf([two]).map((o) => o.name), ['Vakhsh'], 'alone, the name is what the tagger made of it');
    assert.deepEqual(organizationsOf([one, two]).map((o) => o.name), []);
  });

  it('should tie an acronym to the initials of a name met in an earlier build as in the first', () => {
    // A name's initials are read once per name and kept: the event's later builds compare them again.
    const reports = () => [
      enrichedArticle('The Department of Justice on Monday charged two men with laundering ransom payments.', { title: 'Two charged', outlet: 'Capital Post', publishedAt: '2025-06-02T10:00:00Z' }),
      enrichedArticle('The DOJ said the two men moved the payments through exchanges abroad.', { title: 'DOJ charges two', outlet: 'Market Desk', publishedAt: '2025-06-02T12:00:00Z' }),
    ];
    const first = organizationsOf(reports());
    assert.deepEqual(rows(first), [['Department of Justice', ['DOJ'], null, 2]], JSON.stringify(first));
    assert.deepEqual(organizationsOf(reports()), first);
  });

  it('should join a short form that clips a longer name\'s first word, and a department\'s acronym, to that body', () => {
    const one = enrichedArticle('The Federal Reserve on Wednesday held its benchmark rate steady. The Fed said inflation had eased.', { title: 'Rates on hold', outlet: 'Market Desk', publishedAt: '2025-06-04T18:00:00Z' });
    const two = enrichedArticle('The Fed kept rates unchanged on Wednesday, and the DoD said its budget request was unaffected. The Department of Defense declined further comment.', { title: 'Fed holds', outlet: 'Capital Post', publishedAt: '2025-06-04T19:00:00Z' });
    const found = organizationsOf([one, two]);
    const fed = found.find((o) => o.name === 'Federal Reserve');
    assert.deepEqual(fed && [fed.aliases, fed.sources.length], [['Fed'], 2], JSON.stringify(found));
    const dod = found.find((o) => o.name === 'Department of Defense');
    assert.deepEqual(dod?.aliases, ['DoD'], JSON.stringify(found));
    assert.equal(found.length, 2, JSON.stringify(found));
  });

  it("should join a firm's first word written alone to the firm ('Okta' of 'Okta Inc.')", () => {
    const one = enrichedArticle('Brightwell Inc. said on Friday that hackers had stolen customer data. Analysts said Brightwell had been slow to respond.', { title: 'Data stolen', outlet: 'Market Desk', publishedAt: '2025-06-06T18:00:00Z' });
    const found = organizationsOf([one]);
    assert.deepEqual(rows(found), [['Brightwell Inc.', ['Brightwell'], null, 1]], JSON.stringify(found));
  });

  it("should join a name of several words to the one longer name that adds only its form ('NHS Foundation Trust', 'Group')", () => {
    const one = enrichedArticle("Harlow's and St Edric's NHS Foundation Trust said on Monday that it had cancelled operations after a ransomware attack. Harlow's and St Edric's said patients would be moved.", { title: 'Operations cancelled', outlet: 'Capital Post', publishedAt: '2025-06-02T18:00:00Z' });
    const found = organizationsOf([one]);
    assert.deepEqual(rows(found), [["Harlow's and St Edric's NHS Foundation Trust", ["Harlow's and St Edric's"], null, 1]], JSON.stringify(found));
  });

  it('should keep a short form apart where it could clip two of the event\'s names', () => {
    const one = enrichedArticle('The Federal Reserve and the Federal Bureau of Investigation opened a joint inquiry on Monday, a Fed official said.', { title: 'Joint inquiry', outlet: 'Capital Post', publishedAt: '2025-06-02T18:00:00Z' });
    const found = organizationsOf([one]);
    assert.ok(!found.some((o) => o.aliases.includes('Fed')), JSON.stringify(found));
  });

  it('should count copies of one story once, by the source groups given', () => {
    const one = enrichedArticle('The European Union on Monday froze the assets of two banks, the EU said in a statement.', { title: 'EU freezes bank assets', outlet: 'Wire A', publishedAt: '2025-06-02T10:00:00Z' });
    const two = enrichedArticle('The European Union on Monday froze the assets of two banks, the bloc said.', { title: 'EU freezes assets of two banks', outlet: 'Wire B', publishedAt: '2025-06-02T11:00:00Z' });
    const [eu] = organizationsOf([one, two], () => 'one-story');
    assert.deepEqual([eu?.name, eu?.aliases, eu?.sources.length, eu?.corroboration], ['European Union', ['EU'], 2, 1]);
  });

  it('should leave out the outlet that wrote the report and the dateline', () => {
    const one = enrichedArticle('UNITED NATIONS - The United Nations Security Council on Friday failed to adopt a resolution on the blockade, Gulf Ledger has learned.', { title: 'Council fails to act', outlet: 'Gulf Ledger', publishedAt: '2025-06-06T20:00:00Z' });
    const names = organizationsOf([one]).map((o) => o.name);
    assert.ok(!names.includes('Gulf Ledger'), names.join(', '));
    assert.ok(!names.some((n) => n === 'UNITED NATIONS'), names.join(', '));
  });

  it('should leave out a body named only where the report tells an earlier event', () => {
    const one = enrichedArticle('Rebels shelled the port of Kismu on Thursday, killing three dockers, the United Nations said. The European Union suspended aid to the port after a bombing there in March 2019.', { title: 'Port shelled', outlet: 'Coast Daily', publishedAt: '2025-05-09T10:00:00Z' });
    assert.ok(one.related.length > 0, 'the 2019 bombing is an earlier event');
    assert.deepEqual(rows(organizationsOf([one])), [['United Nations', [], null, 1]]);
  });

  it('should keep two bodies apart whose names differ in what they qualify', () => {
    const one = enrichedArticle('The African Union on Monday agreed to fund the mission, the European Union said.', { title: 'Unions fund mission', outlet: 'Addis Wire', publishedAt: '2025-06-02T10:00:00Z' });
    const names = organizationsOf([one]).map((o) => o.name).sort();
    assert.deepEqual(names, ['African Union', 'European Union']);
  });

  it('should not list a nationality the tagger took for a body', () => {
    const one = enrichedArticle('Philippine and Japanese officials met in Canberra on Monday, the Department of Foreign Affairs of the Philippines said.', { title: 'Officials meet', outlet: 'Harbour Review', publishedAt: '2025-06-02T10:00:00Z' });
    const names = organizationsOf([one]).map((o) => o.name);
    assert.ok(!names.some((n) => /^(?:Philippine|Japanese)$/.test(n)), names.join(', '));
  });

  it('should keep two countries\' bodies of one name apart, however a bare mention could join them', () => {
    const tagged = enrichedArticle("China's Foreign Ministry on Monday protested the visit. Japan's Foreign Ministry summoned the Chinese ambassador, the Foreign Ministry said on its website.", { title: 'Ministries trade protests', outlet: 'Strait Review', publishedAt: '2025-06-02T10:00:00Z' });
    assert.deepEqual(organizationsOf([tagged]).map((o) => [o.name, o.country]).sort(), [['Foreign Ministry', 'CN'], ['Foreign Ministry', 'JP']]);
    const qualified = enrichedArticle('The Chinese Foreign Ministry on Monday protested the patrol. The Japanese Foreign Ministry lodged a complaint, and the Foreign Ministry in Tokyo said talks would go on.', { title: 'Patrol protested', outlet: 'Strait Review', publishedAt: '2025-06-02T10:00:00Z' });
    const found = organizationsOf([qualified]);
    assert.ok(found.every((o) => o.aliases.every((alias) => !/Chinese|Japanese/.test(alias))), JSON.stringify(found));
    assert.deepEqual(found.filter((o) => /Chinese|Japanese/.test(o.name)).map((o) => [o.name, o.country]).sort(), [['Chinese Foreign Ministry', 'CN'], ['Japanese Foreign Ministry', 'JP']]);
  });

  it('should not join two bodies through an acronym both could stand for', () => {
    const one = enrichedArticle('The International Criminal Court (ICC) on Friday issued a warrant. The ICC said the International Cricket Council had no role.', { title: 'Warrant issued', outlet: 'Hague Letter', publishedAt: '2025-06-06T10:00:00Z' });
    const found = organizationsOf([one]);
    assert.deepEqual(found.find((o) => o.name === 'International Criminal Court')?.aliases, ['ICC']);
    assert.ok(found.some((o) => o.name === 'International Cricket Council'), JSON.stringify(found));
  });

  it('should keep a nationality of two words before a body the tagger cut it from', () => {
    const one = enrichedArticle('The South Korean Defense Ministry said on Tuesday that the North Korean Defense Ministry had not answered its calls.', { title: 'Hotline silent', outlet: 'Han Courier', publishedAt: '2025-06-03T10:00:00Z' });
    assert.deepEqual(organizationsOf([one]).map((o) => [o.name, o.country]).sort(), [['North Korean Defense Ministry', 'KP'], ['South Korean Defense Ministry', 'KR']]);
  });

  it('should leave out a news outlet the report names as the one it was told or that reported it', () => {
    const one = enrichedArticle("Iran's Foreign Ministry rejected the move on Monday, a ministry spokesman told Reuters. The BBC and CNN reported that Tehran would respond, according to the Associated Press.", { title: 'Tehran rejects move', outlet: 'Gulf Ledger', publishedAt: '2025-06-02T10:00:00Z' });
    assert.deepEqual(organizationsOf([one]).map((o) => o.name), ['Foreign Ministry']);
  });

  it("should leave out a road the tagger read as a body, and a newsroom named as its reporter's", () => {
    const one = enrichedArticle("Deputies shut Veterans Parkway on Sunday while they looked into a shooting on Harvard Boulevard that wounded a man, the Sheriff's Office said. KXYZ's Ann Lee spoke to neighbors.", { title: 'Man shot', outlet: 'Valley Courier', publishedAt: '2026-03-16T10:40:00Z' });
    const names = organizationsOf([one]).map((o) => o.name);
    assert.ok(!names.some((n) => /Parkway|Boulevard|KXYZ/.test(n)), names.join(', '));
  });

  it('should keep a news outlet the event happens to', () => {
    const one = enrichedArticle('Russia on Friday blocked the BBC and fined Reuters over their reporting, the Interior Ministry said.', { title: 'Outlets blocked', outlet: 'Gulf Ledger', publishedAt: '2025-06-06T10:00:00Z' });
    const names = organizationsOf([one]).map((o) => o.name);
    assert.ok(names.includes('BBC') && names.includes('Reuters'), names.join(', '));
  });

  it('should leave out a kind of body named with no name or country of its own, and keep it with one', () => {
    const local = enrichedArticle('The Springfield Police Department said on Sunday that the City Council would meet. The Police Department said the Court had ruled.', { title: 'Council to meet', outlet: 'Valley Sun', publishedAt: '2025-06-01T10:00:00Z' });
    assert.deepEqual(organizationsOf([local]).map((o) => o.name), ['Springfield Police Department']);
    const national = enrichedArticle("Iran's Army said on Monday it had shot down a drone.", { title: 'Drone downed', outlet: 'Valley Sun', publishedAt: '2025-06-02T10:00:00Z' });
    assert.deepEqual(organizationsOf([national]).map((o) => [o.name, o.country]), [['Army', 'IR']]);
  });

  it('should join an acronym that keeps the "of" of its name, in capitals or not', () => {
    const one = enrichedArticle('The Department of Justice on Monday charged two men with laundering funds for the hackers.', { title: 'Two charged', outlet: 'Capitol Letter', publishedAt: '2025-06-02T10:00:00Z' });
    const two = enrichedArticle('The DoJ on Monday charged two men over the laundering, officials said.', { title: 'Two men charged', outlet: 'Beltway Wire', publishedAt: '2025-06-02T12:00:00Z' });
    const three = enrichedArticle('Two men were charged on Monday, the DOJ said in a statement.', { title: 'Charges filed', outlet: 'Potomac Post', publishedAt: '2025-06-02T13:00:00Z' });
    const doj = organizationsOf([one, two, three]).find((o) => o.name === 'Department of Justice');
    assert.deepEqual([doj?.aliases, doj?.sources.length], [['DoJ'], 3]);
  });

  it('should join a department named with its portfolio before or after the word, and keep two portfolios apart', () => {
    const one = enrichedArticle('Forty citizens were flown out of Khartoum on Sunday, the Department of Foreign Affairs said.', { title: 'Citizens evacuated', outlet: 'Liffey Times', publishedAt: '2025-04-24T10:00:00Z' });
    const two = enrichedArticle('Forty citizens left Khartoum on Sunday on a military flight, the Foreign Affairs Department said.', { title: 'Citizens leave Khartoum', outlet: 'Shannon Courier', publishedAt: '2025-04-24T12:00:00Z' });
    const three = enrichedArticle('The Justice Department said on Sunday that it was not involved, and the Department of Defense declined to comment.', { title: 'No comment', outlet: 'Potomac Post', publishedAt: '2025-04-24T13:00:00Z' });
    const four = enrichedArticle('The Department of Justice said on Sunday that it had opened no case.', { title: 'No case', outlet: 'Beltway Wire', publishedAt: '2025-04-24T14:00:00Z' });
    const found = organizationsOf([one, two, three, four]);
    const foreign = found.filter((o) => /Foreign/.test(o.name));
    assert.deepEqual(foreign.map((o) => [o.name, o.aliases, o.sources.length]), [['Department of Foreign Affairs', ['Foreign Affairs Department'], 2]]);
    const justice = found.filter((o) => /Justice/.test(o.name));
    assert.deepEqual(justice.map((o) => [o.name, o.aliases, o.sources.length]), [['Department of Justice', ['Justice Department'], 2]]);
    assert.ok(found.some((o) => o.name === 'Department of Defense'), JSON.stringify(found));
  });

  it("should join a department named by the first part of its joint portfolio, in one country only", () => {
    const one = enrichedArticle("Officials met in Canberra on Monday to discuss maritime security, Australia's foreign affairs department said.", { title: 'Officials meet', outlet: 'Harbour Review', publishedAt: '2025-06-02T10:00:00Z' });
    const two = enrichedArticle("Hannah Kowalski of Australia's Department of Foreign Affairs and Trade said on Monday that the Canberra talks had been useful.", { title: 'Talks go well', outlet: 'Capital Ledger', publishedAt: '2025-06-02T12:00:00Z' });
    const found = organizationsOf([one, two]).filter((o) => /Foreign/.test(o.name));
    assert.deepEqual(found.map((o) => [o.country, o.sources.length]), [['AU', 2]], JSON.stringify(found));
    // Another country's foreign department stays apart.
    const three = enrichedArticle('Officials met in Canberra on Monday, the Philippine Department of Foreign Affairs said.', { title: 'Officials meet again', outlet: 'Manila Ledger', publishedAt: '2025-06-02T13:00:00Z' });
    assert.equal(organizationsOf([one, two, three]).filter((o) => /Foreign/.test(o.name)).length, 2);
  });

  it("should join a ministry one report names in lower case with its owner to the same ministry another names in full", () => {
    const one = enrichedArticle("Envoys of the two countries agreed on a fishing quota on Friday, Oslo's foreign ministry said.", { title: 'Quota agreed', outlet: 'Fjord Post', publishedAt: '2025-06-07T08:00:00Z' });
    const two = enrichedArticle("Anna Berg of Norway's Ministry of Foreign Affairs said on Friday that the quota would be cut, according to the Ministry of Foreign Affairs.", { title: 'Quota cut', outlet: 'North Sea Wire', publishedAt: '2025-06-07T10:00:00Z' });
    const ministry = organizationsOf([one, two]).find((o) => /Foreign/.test(o.name));
    assert.deepEqual(ministry && [ministry.country, ministry.sources.length, ministry.corroboration], ['NO', 2, 2]);
  });
  it("should set aside a body that is one of the event's outlets only while a report of that outlet is among the articles", () => {
    const one = enrichedArticle('The Brannock Institute said on Monday that the Northfield Gazette had obtained the flood maps before the council vote.', { title: 'Flood maps leaked', outlet: 'Valley Wire', publishedAt: '2025-06-02T10:00:00Z' });
    const two = enrichedArticle('Flood maps were shown to councillors on Monday.', { title: 'Councillors see flood maps', outlet: 'Northfield Gazette', publishedAt: '2025-06-02T12:00:00Z' });
    const names = (list: ReturnType<typeof organizationsOf>) => list.map((o) => o.name);
    assert.ok(names(organizationsOf([one])).includes('Northfield Gazette'), JSON.stringify(organizationsOf([one])));
    assert.ok(!names(organizationsOf([one, two])).includes('Northfield Gazette'));
    assert.ok(names(organizationsOf([one])).includes('Northfield Gazette'));
  });
});

describe('organizationsOf across spellings', () => {
  it('should make one body of a name written with and without its accents, shown as most reports write it', () => {
    const one = enrichedArticle('Polva Regional Hospital said on Monday that its systems were down.', { title: 'Systems down', outlet: 'Bay Times', publishedAt: '2026-03-02T10:00:00Z' });
    const two = enrichedArticle('Hackers shut down the computers of Põlva Regional Hospital on Monday, police said.', { title: 'Hospital hit', outlet: 'Harbour Wire', publishedAt: '2026-03-02T12:00:00Z' });
    const three = enrichedArticle('Põlva Regional Hospital moved its patients on Monday after a cyberattack.', { title: 'Patients moved', outlet: 'Coast Daily', publishedAt: '2026-03-02T14:00:00Z' });
    const found = organizationsOf([one, two, three]).filter((o) => /Hospital/.test(o.name));
    assert.deepEqual(found.map((o) => [o.name, o.sources.length]), [['Põlva Regional Hospital', 3]], JSON.stringify(found));
  });

  it("should name an office without the body a possessive gives as its parent ('the Treasury's Office of ...')", () => {
    const one = enrichedArticle("The US Treasury's Office of Foreign Assets Control on Monday named two men who ran a ransomware crew.", { title: 'Two named', outlet: 'Capital Post', publishedAt: '2026-03-02T10:00:00Z' });
    const found = organizationsOf([one]);
    assert.ok(found.some((o) => o.name === 'Office of Foreign Assets Control'), JSON.stringify(found));
    assert.ok(!found.some((o) => /['’]s Office/.test(o.name)), JSON.stringify(found));
    // The name as the report wrote it stays findable, as the office's alias.
    assert.ok(found.some((o) => o.name === 'Office of Foreign Assets Control' && o.aliases.includes("US Treasury's Office of Foreign Assets Control")), JSON.stringify(found));
  });

  it("should keep whole an official name whose possessive is a post or a people ('the Governor's Office of ...')", () => {
    const one = enrichedArticle("Shelters opened on Friday, the Governor's Office of Emergency Services said. The Mayor's Office of Emergency Management added two more.", { title: 'Shelters open', outlet: 'Valley Post', publishedAt: '2026-03-06T10:00:00Z' });
    const two = enrichedArticle("Water was cut to the old quarter on Friday, the People's Committee of Hanoi said.", { title: 'Water cut', outlet: 'River News', publishedAt: '2026-03-06T11:00:00Z' });
    const names = organizationsOf([one, two]).map((o) => o.name);
    for (const post of ['Governor', 'Mayor', 'People']) assert.ok(!names.includes(post), JSON.stringify(names));
    assert.ok(names.includes("Governor's Office of Emergency Services") && names.includes("People's Committee of Hanoi"), JSON.stringify(names));
  });
});

describe('organizationsOf with two countries\' bodies of one name', () => {
  it('should keep a report\'s unqualified ministry apart from the neighbour\'s ministry of that name', () => {
    const one = enrichedArticle('A Peruvian fishing boat was rammed near the maritime border on Monday, the Peruvian Ministry of Defence said.\n\nForeign Ministry spokeswoman Lucia Ramos said Lima had summoned the Chilean ambassador over the collision.', { title: 'Peru protests ramming of boat', outlet: 'Andes Ledger', publishedAt: '2026-03-03T09:00:00-05:00' });
    const two = enrichedArticle('The Chilean navy stopped a Peruvian fishing boat that had crossed the maritime border on Monday, the Chilean Ministry of Defence said.\n\nChile\'s Foreign Ministry said the boat had rammed a patrol launch and that its crew were safe.', { title: 'Chile says boat rammed launch', outlet: 'Pacific Sur', publishedAt: '2026-03-03T11:00:00-03:00', url: 'https://pacificsur.example/a' });
    const ministries = organizationsOf([one, two]).filter((o) => /Foreign Ministry/.test(o.name));
    assert.deepEqual(ministries.map((o) => o.country).sort(), ['CL', 'PE']);
  });
});

describe('organizationsOf with a group named after a firm', () => {
  it("should keep a firm apart from the alliance of its creditors, while still joining the firm's own longer name", () => {
    const one = enrichedArticle('Prosecutors on Monday charged the founder of a crypto exchange with fraud. The Corvel Creditors Alliance, which speaks for 4,000 customers, welcomed the charges. The crypto exchange Corvel halted withdrawals in May and filed for bankruptcy.', { title: 'Founder charged', outlet: 'Capital Post', publishedAt: '2026-03-02T10:00:00Z' });
    const found = organizationsOf([one]);
    const alliance = found.find((o) => o.name === 'Corvel Creditors Alliance');
    assert.ok(alliance, JSON.stringify(found));
    assert.ok(!alliance.aliases.includes('Corvel'), JSON.stringify(found));
  });

  it("should keep a body apart from one whose name has a country's word inside it ('Royal Navy', 'Royal Norwegian Navy')", () => {
    const one = enrichedArticle('Frigates of the Royal Navy and the Royal Norwegian Navy escorted four tankers through the Skagerrak on Tuesday. The Royal Norwegian Navy said its frigate led the convoy.', { title: 'Warships escort tankers', outlet: 'Northern Courier', publishedAt: '2026-03-03T09:00:00Z' });
    const two = enrichedArticle('A spokesman for the Royal Navy said on Tuesday that one destroyer had joined the escort in the Skagerrak.', { title: 'Destroyer joins escort', outlet: 'Harbour Wire', publishedAt: '2026-03-03T11:00:00Z' });
    const found = organizationsOf([one, two]);
    const navies = found.filter((o) => /Navy/.test(o.name)).map((o) => [o.name, o.aliases]).sort();
    assert.deepEqual(navies, [['Royal Navy', []], ['Royal Norwegian Navy', []]], JSON.stringify(found));
    // Nor is the "Royal Navy" given the Norwegian navy's country, the report's only other navy.
    const royal = found.find((o) => o.name === 'Royal Navy');
    assert.deepEqual([royal?.country, royal?.sources.length], [null, 2], JSON.stringify(found));
  });

  it("should still join a body with its country written before or after its name ('Royal Navy', 'Britain's Royal Navy')", () => {
    const one = enrichedArticle("Britain's Royal Navy sent a destroyer to escort four tankers through the Skagerrak on Tuesday.", { title: 'Destroyer joins escort', outlet: 'Northern Courier', publishedAt: '2026-03-03T09:00:00Z' });
    const two = enrichedArticle('The Royal Navy said on Tuesday that one destroyer had joined the escort in the Skagerrak.', { title: 'Destroyer joins escort', outlet: 'Harbour Wire', publishedAt: '2026-03-03T11:00:00Z' });
    const navies = organizationsOf([one, two]).filter((o) => /Navy/.test(o.name));
    assert.equal(navies.length, 1, JSON.stringify(navies));
    assert.equal(navies[0]?.sources.length, 2, JSON.stringify(navies));
  });

  it("should join a body with the other name the text gives it in apposition or brackets, and not the bodies of a list", () => {
    const one = enrichedArticle('Gavi, the Vaccine Alliance, said on Thursday it would send cholera vaccines to three flooded districts. Fighters of Liwa al-Sahil, also known in English as the Coastal Brigade, blocked a road near the port.', { title: 'Vaccines for flood towns', outlet: 'Metro Ledger', publishedAt: '2026-04-09T08:00:00Z' });
    const two = enrichedArticle('The doses will be delivered with the help of the Vaccine Alliance (Gavi) on Thursday. A commander of Liwa al-Sahil (the Coastal Brigade) said the road would reopen.', { title: 'Doses on the way', outlet: 'Harbour Times', publishedAt: '2026-04-09T12:00:00Z' });
    const found = organizationsOf([one, two]);
    const names = (o: (typeof found)[number]) => [o.name, ...o.aliases].sort();
    assert.ok(found.some((o) => names(o).join('|') === 'Gavi|Vaccine Alliance' && o.sources.length === 2), JSON.stringify(found));
    assert.ok(found.some((o) => names(o).join('|') === 'Coastal Brigade|Liwa al-Sahil' && o.sources.length === 2), JSON.stringify(found));
    const list = enrichedArticle('The Harbour Authority, the Dockworkers Union and the Shipping Council met on Monday to discuss the strike.', { title: 'Strike talks', outlet: 'City Post', publishedAt: '2026-04-09T12:00:00Z' });
    assert.ok(organizationsOf([list]).every((o) => o.aliases.length === 0), JSON.stringify(organizationsOf([list])));
  });
});
