import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanAuthorName, looksLikeByline, parseAgencyByline, parseByline, parseNamesOverAgency, splitGluedByline } from './byline.js';

describe('parseByline', () => {
  it('should read an author and an outlet', () => {
    assert.deepEqual(parseByline('By Minkyung Shin, The Readable'), { authors: ['Minkyung Shin'], agency: null, outlet: 'The Readable' });
  });

  it('should read a byline printed with its date, and never take the date for the outlet', () => {
    const plain = { authors: ['Sofia Marchetti'], agency: null, outlet: null };
    assert.deepEqual(parseByline('By Sofia Marchetti 18 Nov 2026'), plain);
    assert.deepEqual(parseByline('By Sofia Marchetti, 18 Nov 2026'), plain);
    assert.deepEqual(parseByline('By Sofia Marchetti | Nov. 3, 2025 10:42 AM EST'), plain);
    assert.deepEqual(parseByline('By Sofia Marchetti · Updated: November 3, 2025'), plain);
    assert.deepEqual(parseByline('By Sofia Marchetti, The Harbour Post, 2026-11-18 08:00'), { ...plain, outlet: 'The Harbour Post' });
    assert.equal(parseByline('By 18 Nov 2026'), null);
  });

  it('should read an agency as an agency, not an author', () => {
    assert.deepEqual(parseByline('By Yonhap'), { authors: [], agency: 'Yonhap', outlet: null });
  });

  it("should read a wire's name no list holds after the comma as the agency, and a paper's as the outlet", () => {
    assert.deepEqual(parseByline('By Nia Brennan, Moorland Press Agency'), { authors: ['Nia Brennan'], agency: 'Moorland Press Agency', outlet: null });
    assert.deepEqual(parseByline('By Nia Brennan, PA Media'), { authors: ['Nia Brennan'], agency: 'PA Media', outlet: null });
    assert.deepEqual(parseByline('By Nia Brennan, Moorland Free Press'), { authors: ['Nia Brennan'], agency: null, outlet: 'Moorland Free Press' });
  });

  it("should keep a site named 'The Wire' as the outlet, and read no wire in outlets named '... News Service'", () => {
    assert.deepEqual(parseByline('By Ravi Menon, The Wire'), { authors: ['Ravi Menon'], agency: null, outlet: 'The Wire' });
    // A credit with "News" in it is left to the page's masthead or site, as before the wire rule.
    assert.deepEqual(parseByline('By Ravi Menon, Courthouse News Service'), { authors: ['Ravi Menon'], agency: null, outlet: null });
    assert.deepEqual(parseByline('By Ravi Menon, Capital News Service'), { authors: ['Ravi Menon'], agency: null, outlet: null });
    assert.deepEqual(parseByline('By Ravi Menon, Fjord Newswire'), { authors: ['Ravi Menon'], agency: 'Fjord Newswire', outlet: null });
  });

  it('should read the agency a wire byline prints after the name with no comma', () => {
    assert.deepEqual(parseByline('By ELENA MARSH Associated Press'), { authors: ['ELENA MARSH'], agency: 'AP', outlet: null });
    assert.deepEqual(parseByline('By Piet de Wit and Anna Roy Reuters'), { authors: ['Piet de Wit', 'Anna Roy'], agency: 'Reuters', outlet: null });
    // A name of one word before the agency's is too short to split: the line stays unread as a name.
    assert.deepEqual(parseByline('By Ruth Bloomberg')?.authors, ['Ruth Bloomberg']);
  });

  it('should keep roles out of the authors', () => {
    assert.deepEqual(parseByline('By Jane Doe and John Roe, Senior Reporters')?.authors, ['Jane Doe', 'John Roe']);
  });

  it('should read a byline with a long run of uncollapsed spaces in linear time', () => {
    const started = Date.now();
    // Too long for a byline either way; what matters is how long it takes to say so.
    assert.equal(parseByline(`By Jane${'\u2003'.repeat(3000)}Doe`), null);
    assert.ok(Date.now() - started < 500, `took ${Date.now() - started} ms`);
  });

  it('should read a byline that gives a job and no name as a byline with no author', () => {
    for (const line of ['By Staff Reporter', 'By Our Special Correspondent', 'By a Staff Writer', 'By Web Desk']) {
      assert.deepEqual(parseByline(line), { authors: [], agency: null, outlet: null }, line);
    }
    // A headline that opens with "By" is no byline.
    assert.equal(parseByline('By the numbers: the cost of the floods'), null);
  });

  it('should read a newsroom byline as the outlet', () => {
    assert.deepEqual(parseByline('By Liffey Ledger staff'), { authors: [], agency: null, outlet: 'Liffey Ledger' });
  });

  it('should not read a sentence as a byline', () => {
    assert.equal(parseByline('By the time police arrived, the crowd had gone.'), null);
  });
});

describe('parseAgencyByline', () => {
  it('should read a name and an agency after a comma, without "By", as the byline', () => {
    assert.deepEqual(parseAgencyByline('ELENA MARSH, Reuters'), { authors: ['ELENA MARSH'], agency: 'Reuters', outlet: null });
    assert.deepEqual(parseAgencyByline('Jo Ruiz and Tom Abel, The Associated Press'), { authors: ['Jo Ruiz', 'Tom Abel'], agency: 'AP', outlet: null });
  });

  it('should leave a headline of names, or a name and an outlet no list holds, alone', () => {
    assert.equal(parseAgencyByline('Biden, Xi agree to resume talks'), null);
    assert.equal(parseAgencyByline('Elena Marsh, Harbour Post'), null);
    assert.equal(parseAgencyByline('Senior Reporter, Reuters'), null);
  });
});

describe('parseNamesOverAgency', () => {
  it("should read names in capitals over a line that is only an agency's name as the byline, and nothing else", () => {
    assert.deepEqual(parseNamesOverAgency('JO RUIZ and TOM ABEL', 'The Associated Press'), { authors: ['JO RUIZ', 'TOM ABEL'], agency: 'AP', outlet: null });
    assert.equal(parseNamesOverAgency('JO RUIZ', 'The Harbour Post'), null);
    assert.equal(parseNamesOverAgency('Floods close the port', 'Reuters'), null);
    assert.equal(parseNamesOverAgency('Floods Close Port', 'Reuters'), null);
  });
});

describe('splitGluedByline', () => {
  it('should split a headline a scraper glued to its byline', () => {
    const split = splitGluedByline('Officials discuss cooperation against cyber threatsBy Yonhap');
    assert.equal(split?.headline, 'Officials discuss cooperation against cyber threats');
    assert.equal(split?.byline.agency, 'Yonhap');
  });

  it('should leave an ordinary line alone', () => {
    assert.equal(splitGluedByline('Stand By Me is a film'), null);
  });

  it('should refuse a paragraph of megabytes without overflowing the regexp stack', () => {
    const line = 'The council met on Monday to discuss the budget. '.repeat(200_000);
    assert.equal(splitGluedByline(line), null);
  });
});

describe('cleanAuthorName', () => {
  it('should keep names and refuse what metadata puts in their place', () => {
    assert.equal(cleanAuthorName('By Jane Doe'), 'Jane Doe');
    assert.equal(cleanAuthorName('Jane Doe, Senior Reporter'), 'Jane Doe');
    assert.equal(cleanAuthorName('신민경'), '신민경');
    for (const junk of ['https://www.facebook.com/janedoe', 'jane@example.org', 'Email the author', 'Staff', 'Senior Reporter', 'Reuters']) {
      assert.equal(cleanAuthorName(junk), null, junk);
    }
  });
});

describe('byline lines that name no one', () => {
  it('should read a beat or desk before a job as a byline without authors', () => {
    assert.deepEqual(parseByline('By Test Reporter'), { authors: [], agency: null, outlet: null });
    assert.deepEqual(parseByline('By Westminster Correspondent'), { authors: [], agency: null, outlet: null });
    assert.deepEqual(parseByline('By Metro Desk'), { authors: [], agency: null, outlet: null });
    // A name with its job after a comma keeps the name.
    assert.deepEqual(parseByline('By Rosa Lind, Health Reporter')?.authors, ['Rosa Lind']);
  });

  it('should know the shape of a byline line without reading a name from it', () => {
    assert.equal(looksLikeByline('By Test Reporter'), true);
    assert.equal(looksLikeByline('BY ORLA KEANE AND TOM REID'), true);
    assert.equal(looksLikeByline('By Orla Keane, Harbour Post'), true);
    assert.equal(looksLikeByline('By Tuesday the roads had reopened.'), false);
    assert.equal(looksLikeByline('By the numbers: how the budget was spent'), false);
    assert.equal(looksLikeByline('Bypass reopens after crash'), false);
  });
});

describe('a byline credit followed by the city the author filed from', () => {
  it('should take the publication as the outlet, not the trailing city', () => {
    assert.equal(parseByline('By Marta Quell, The Riverside Ledger, Cardiff')?.outlet, 'The Riverside Ledger');
    assert.equal(parseByline('By Marta Quell, Northern Weekly Review, Aberdeen')?.outlet, 'Northern Weekly Review');
    assert.deepEqual(parseByline('By Marta Quell, The Riverside Ledger, Cardiff')?.authors, ['Marta Quell']);
  });

  it('should keep the first credit when none reads as a publication', () => {
    assert.equal(parseByline('By Marta Quell, Bloomfield, Perth')?.outlet, 'Bloomfield');
  });

  it('should still read a lone credit after the name as the outlet', () => {
    assert.equal(parseByline('By Marta Quell, Halvorsen Media')?.outlet, 'Halvorsen Media');
    assert.equal(parseByline('By Marta Quell, Senior Writer, The Riverside Ledger')?.outlet, 'The Riverside Ledger');
  });
});

describe("a byline credit after a wire's name", () => {
  it('should read a bare place after the wire as no outlet, and keep a publication after it', () => {
    const filed = parseByline('By Marta Quell, Associated Press, Lisbon');
    assert.equal(filed?.agency, 'AP');
    assert.equal(filed?.outlet, null);
    assert.equal(parseByline('By Marta Quell, Associated Press, The Riverside Ledger')?.outlet, 'The Riverside Ledger');
  });
});

describe('parseByline, a filing town whose name holds a masthead word', () => {
  it('should take a town after a wire credit for where the story was filed, not the outlet', () => {
    assert.equal(parseByline('By Mira Castell, Associated Press, The Hague')?.outlet, null);
    assert.equal(parseByline('By Mira Castell, Reuters, Sun City')?.outlet, null);
    assert.equal(parseByline('By Mira Castell, The Harbour Ledger, The Hague')?.outlet, 'The Harbour Ledger');
  });

  it("should keep a masthead's one word that a small town is also named, beside a wire too", () => {
    assert.equal(parseByline('By Mira Castell, Herald')?.outlet, 'Herald');
    assert.equal(parseByline('By Mira Castell, Reuters, Herald')?.outlet, 'Herald');
  });
});
