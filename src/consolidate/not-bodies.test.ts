import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesNoBody } from './not-bodies.js';

function check(body: string, name: string): boolean {
  const start = body.indexOf(name);
  return namesNoBody(name, body, start, start + name.length);
}

describe('names tagged as bodies that name none', () => {
  it('should set aside currencies, tokens, periods and technical schemes', () => {
    assert.equal(check('The miner now sees a loss of EUR 40 million.', 'EUR'), true);
    assert.equal(check('Thieves also took some USDT from the wallet.', 'USDT'), true);
    assert.equal(check('Output fell in Q3 against a year earlier.', 'Q3'), true);
    assert.equal(check('The bug scores 9.1 on the CVSS scale.', 'CVSS'), true);
    assert.equal(check('The file has the SHA-256 hash given below.', 'SHA'), true);
  });

  it('should set aside a ticker, a cut country name, an island province, a treaty article and a release number', () => {
    assert.equal(check('Shares of Korlan Mining (XETRA: KRLM) slid.', 'KRLM'), true);
    assert.equal(check("Envoys of the Democratic People's Republic of Korea left.", 'Democratic People'), true);
    assert.equal(check('Smelters will be built in the Riau Islands.', 'Riau Islands'), true);
    assert.equal(check('The curbs break Article XI of the trade pact.', 'Article XI of the trade pact'), true);
    assert.equal(check('Press Release No. 12/2026 was issued.', 'Press Release No.'), true);
  });

  it('should set aside a product by its initials before a noun, and a union by its kind alone', () => {
    assert.equal(check('Carmakers in Ostrava fear the new EV tariffs.', 'EV'), true);
    assert.equal(check('LNG imports from Qatar rose.', 'LNG'), true);
    assert.equal(check('Union leader Jo Alves of the dockers said the strike would go on.', 'Union'), true);
  });

  it('should keep real bodies, initials included', () => {
    assert.equal(check('The FBI said on Monday it had found the men.', 'FBI'), false);
    assert.equal(check('The European Union said the tariffs broke the rules.', 'European Union'), false);
    assert.equal(check('EVN, the power utility, said the grid held.', 'EVN'), false);
    assert.equal(check('Korlan Mining said profit would fall.', 'Korlan Mining'), false);
  });
});
