import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FINANCIAL_CRIME } from './financial-crime.js';
import { detectThemes } from './themes.js';

describe('detectThemes: frauds of money and markets', () => {
  it('should give a securities fraud both the crime and the economy theme', () => {
    const themes = detectThemes('Fund manager indicted', 'A fund manager was indicted on Tuesday on charges of securities fraud. Prosecutors said he ran a Ponzi scheme that paid early investors with later ones.');
    assert.ok(themes.includes('crime') && themes.includes('economy'), themes.join(','));
  });

  it('should read a collapsed crypto exchange and its customers\' deposits as an economy story', () => {
    const themes = detectThemes('Founder of failed exchange arrested', 'Police arrested the founder of the collapsed crypto exchange Tarnby on Monday. Customer deposits worth $80 million vanished before the platform filed for bankruptcy.');
    assert.ok(themes.includes('economy'), themes.join(','));
  });

  it('should read insider trading or market manipulation in a headline as economy', () => {
    assert.ok(detectThemes('Trader charged with insider trading', 'He was arrested at his home.').includes('economy'));
    assert.ok(detectThemes('Regulator fines bank for market manipulation', 'The fine was the largest this year.').includes('economy'));
  });

  it('should not make a fraud outside finance, or a robbery, an economy story', () => {
    assert.ok(!detectThemes('Man charged with benefits fraud', 'He claimed payments for three years under false names, police said. He was charged with fraud.').includes('economy'));
    assert.ok(!detectThemes('Gunmen rob jeweller', 'Two gunmen robbed a jeweller on Friday and fled on a motorbike, police said.').includes('economy'));
  });

  it('should let through its word gate every match of its pattern', () => {
    const text = 'Investment Fraud, a Ponzi scheme, Insider Trading, Market Abuse, they Manipulated the Market, Embezzlement, Misappropriated Customer Funds, Investors\u2019 Deposits, a Crypto Exchange that Collapsed, a Failed Lender, Bankruptcy and Creditors.';
    let matched = 0;
    for (const m of text.matchAll(new RegExp(FINANCIAL_CRIME.pattern.source, FINANCIAL_CRIME.pattern.flags))) {
      matched++;
      assert.ok(FINANCIAL_CRIME.words.some((w) => m[0].toLowerCase().includes(w)), m[0]);
    }
    assert.ok(matched >= 10, `${matched} matches`);
  });
});

describe('detectThemes: embezzling, collapses and creditors need a market in their sentence', () => {
  it('should leave a parish treasurer who took the collection a crime story only', () => {
    const themes = detectThemes('Parish treasurer charged with embezzling', 'A former parish treasurer in Dunmere was charged on Monday with embezzling $12,000 from the Sunday collection over four years.');
    assert.ok(themes.includes('crime'), themes.join(','));
    assert.ok(!themes.includes('economy'), themes.join(','));
  });

  it('should not read a fallen stage, an unpaid relief fund or a club owing its creditors as economy', () => {
    const themes = detectThemes('Stage falls at Dunmere fair', 'Six people were hurt when a stage platform collapsed at the Dunmere fair on Saturday. Organisers said the relief fund failed to cover the repairs and the club still owed its creditors.');
    assert.ok(!themes.includes('economy'), themes.join(','));
  });

  it('should still read an embezzlement from investors as economy', () => {
    const themes = detectThemes('Adviser held over embezzling from investors', 'The adviser was arrested on Monday after embezzling $4 million that investors had placed with his firm.');
    assert.ok(themes.includes('economy'), themes.join(','));
  });
});
