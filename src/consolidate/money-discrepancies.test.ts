import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { reportMoneyDiscrepancies } from './money-discrepancies.js';

const at = '2025-02-09T08:00:00Z';

describe('reportMoneyDiscrepancies', () => {
  it('should list the sums outlets give for one theft in unlike sentences, with the reports behind each', () => {
    const one = enrichedArticle('Hackers drained about $142 million in ether from a hot wallet of the Kestrel exchange on Saturday, the company said.\n\nWithdrawals were suspended.', { title: 'Kestrel exchange loses $142 million in hack', outlet: 'Coin Desk Daily', publishedAt: at });
    const two = enrichedArticle('The FBI on Monday attributed the theft of about $138 million in digital assets from the Kestrel exchange to North Korean hackers.\n\nNorth Korean hackers stole more than $1.3 billion in cryptocurrency in 2024, analysts say.', { title: 'FBI blames North Korea for Kestrel heist', outlet: 'Harbor Wire', publishedAt: at });
    const three = enrichedArticle('North Korean hackers were behind the theft of 142 million dollars in cryptocurrency from the Kestrel exchange, analysts said.', { title: 'Kestrel theft tied to Pyongyang', outlet: 'Seoul Dispatch', publishedAt: at });
    const [found, ...more] = reportMoneyDiscrepancies([one, two, three], []);
    assert.equal(more.length, 0);
    assert.equal(found?.about, 'amount stolen (across reports)');
    assert.deepEqual(found?.variants.map((v) => [v.value, v.sources.sort()]), [['$142 million', [one.id, three.id].sort()], ['$138 million', [two.id]]]);
  });

  it('should read a sum deep in a report only when it is the one sum of its kind there, and not compare sums of different things', () => {
    const one = enrichedArticle('Treasury sanctioned a front company on Thursday.\n\nIt named three managers.\n\nThey worked from Shenyang.\n\nThe network generated more than $20 million since 2021, Treasury said.', { title: 'Treasury sanctions front company', outlet: 'Harbor Wire', publishedAt: at });
    const two = enrichedArticle('Treasury sanctioned a front company on Thursday.\n\nIt named three managers.\n\nThey worked from Shenyang.\n\nThe network earned more than $25 million for the regime, an official said. An earlier scheme earned $3 million.', { title: 'US sanctions front company', outlet: 'Capital Observer', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([one, two], []), []);
    const ransom = enrichedArticle('The hackers demanded a ransom of $5 million from the hospital on Tuesday.', { title: 'Hospital hit', outlet: 'Metro Ledger', publishedAt: at });
    const fine = enrichedArticle('The hospital was fined $2 million on Tuesday for failing to protect records.', { title: 'Hospital fined', outlet: 'City Wire', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([ransom, fine], []), []);
  });

  it('should read a sum demanded in a ransomware report as the ransom, and compare ransoms whatever the currency', () => {
    const one = enrichedArticle('A ransomware attack on a hospital group forced the cancellation of operations on Monday, and the criminals behind it are demanding €4 million, said two people who have seen the demand.', { title: 'Ransomware gang demands €4m from Spanish hospital group', outlet: 'Altitude Times', publishedAt: at });
    const two = enrichedArticle('Cyber criminals who crippled the computer systems of a hospital chain early on Monday are demanding a ransom of $5 million in bitcoin, the company has confirmed.', { title: 'Hackers demand $5m in bitcoin', outlet: 'Daily Courant', publishedAt: at });
    const three = enrichedArticle('Hospitals were still working on paper on Wednesday, two days after a ransomware attack.\n\nThe attackers have demanded €4.5 million, according to a copy of the note.', { title: 'Hospital chain still on paper', outlet: 'Global Observer', publishedAt: at });
    const found = reportMoneyDiscrepancies([one, two, three], []);
    assert.deepEqual(found.map((d) => [d.about, d.variants.map((v) => v.value)]), [['amount ransom (across reports)', ['€4m', '$5m', '€4.5 million']]]);
    // A demand in a report of no ransom or extortion is not a ransom.
    const suit = enrichedArticle('The families demanded $5 million in damages from the city on Monday.', { title: 'Families sue city', outlet: 'Metro Ledger', publishedAt: at });
    const suit2 = enrichedArticle('The families demanded $4 million in damages from the city on Monday.', { title: 'Families sue', outlet: 'City Wire', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([suit, suit2], []), []);
  });

  it('should compare a bail set for each person with the bail another report sets for each, in birr too', () => {
    const one = enrichedArticle('A court in Hawassa released the two bloggers on bail of 15,000 birr each on Monday, their lawyer said.', { title: 'Bloggers freed on bail', outlet: 'Rift Herald', publishedAt: at });
    const two = enrichedArticle('The judge set bail at 25,000 birr each for the two bloggers, who walked free in Hawassa on Monday.', { title: 'Two bloggers walk free', outlet: 'Lakes Observer', publishedAt: at });
    const found = reportMoneyDiscrepancies([one, two], []);
    assert.deepEqual(found.map((d) => [d.about, d.variants.map((v) => v.value)]), [['amount bail each (across reports)', ['15,000 birr', '25,000 birr']]]);
  });

  it("should not compare a ransom in bitcoin with another's worth in dollars, nor take a market value, a reward or money raised for the sum", () => {
    const coins = enrichedArticle('The hackers demanded a ransom of 50 bitcoin from the hospital on Tuesday.', { title: 'Hospital hit by ransomware', outlet: 'Metro Ledger', publishedAt: at });
    const dollars = enrichedArticle('The hackers demanded a ransom worth about $2 million from the hospital on Tuesday.', { title: 'Ransomware hits hospital', outlet: 'City Wire', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([coins, dollars], []), []);
    const hack = enrichedArticle('Hackers stole $142 million from the Kestrel exchange on Saturday.', { title: 'Kestrel exchange hacked', outlet: 'Coin Daily', publishedAt: at });
    const token = enrichedArticle("Kestrel's token lost $300 million in market value after hackers broke into the exchange on Saturday, taking $142 million.", { title: 'Kestrel token plunges after hack', outlet: 'Harbor Wire', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([hack, token], []), []);
    const reward = enrichedArticle('The FBI raised the reward to $5 million for information on the hackers who stole $142 million.', { title: 'FBI offers reward', outlet: 'Coin Daily', publishedAt: at });
    const raised = enrichedArticle('The exchange, which raised $20 million from investors last year, said hackers stole $142 million.', { title: 'Exchange hacked', outlet: 'Harbor Wire', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([reward, raised], []), []);
  });
});

describe('reportMoneyDiscrepancies: the verbs of a theft', () => {
  it('should read the sum in "hackers drain $X" as stolen and list it against another outlet\'s theft figure', () => {
    const wire = enrichedArticle('Intruders took control of a signing key at the Larkspur exchange on Friday and moved tokens out of it within the hour.', { title: 'Hackers drain $64 million from Larkspur exchange', outlet: 'Pinecrest Wire', publishedAt: at });
    const trade = enrichedArticle('The Larkspur exchange said the theft of about $61 million would be covered from its reserves.', { title: 'Larkspur to cover losses', outlet: 'Ledger Weekly', publishedAt: at });
    const [found, ...more] = reportMoneyDiscrepancies([wire, trade], []);
    assert.equal(more.length, 0);
    assert.equal(found?.about, 'amount stolen (across reports)');
    assert.deepEqual(found?.variants.map((v) => v.value), ['$64 million', '$61 million']);
  });

  it('should read drains, draining, siphoned, looted and made off with as a theft', () => {
    for (const verb of ['drains', 'was draining', 'siphoned', 'looted', 'made off with']) {
      const one = enrichedArticle(`A crew ${verb} $9 million from the Orrin credit union, investigators said on Monday.`, { title: 'Credit union hit', outlet: 'Pinecrest Wire', publishedAt: at });
      const two = enrichedArticle('Investigators said the theft of $7 million from the Orrin credit union went unnoticed for days.', { title: 'Orrin credit union theft', outlet: 'Ledger Weekly', publishedAt: at });
      assert.deepEqual(reportMoneyDiscrepancies([one, two], []).map((d) => d.about), ['amount stolen (across reports)'], verb);
    }
  });

  it('should not take a drain on something for a theft', () => {
    const one = enrichedArticle('Auditors called the pension scheme a $3 billion drain on the state budget on Tuesday.', { title: 'Pension scheme criticised', outlet: 'Pinecrest Wire', publishedAt: at });
    const two = enrichedArticle('Auditors called the pension scheme a $4 billion drain on public money on Tuesday.', { title: 'Auditors criticise pensions', outlet: 'Ledger Weekly', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([one, two], []), []);
  });
});
