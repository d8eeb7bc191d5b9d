import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { noEventWarning } from '../cluster/no-event.js';
import { articlesTable, casualtyFigures, eventsTable, renderArticle, renderEvent, sourceLine } from './render.js';

describe('renderEvent', () => {
  it("should name a source by its outlet, else by its address's site, and by the file it came in only when it has neither", () => {
    const named = sampleArticle(1, { outlet: 'Ohio Ledger', source: { file: 'batch1.jsonl', url: 'https://www.ohioledger.example/a' } });
    const bare = sampleArticle(2, { outlet: null, source: { file: 'batch1.jsonl', url: 'https://www.ohioledger.example/b' } });
    const file = sampleArticle(3, { outlet: null, source: { file: 'in/notes.txt' } });
    const text = renderEvent(sampleEvent('evt_0000000000000001', [named, bare, file]), [named, bare, file]);
    assert.match(text, /Ohio Ledger/);
    assert.match(text, /ohioledger\.example/);
    assert.match(text, /notes\.txt/);
    assert.doesNotMatch(text, /batch1\.jsonl/);
  });

  it("should name an outlet once, with how many of its reports, where several of its reports are sources", () => {
    const first = sampleArticle(1, { outlet: 'Deccan Daily' });
    const second = sampleArticle(2, { outlet: 'Deccan Daily' });
    const other = sampleArticle(3, { outlet: 'Coast Wire' });
    const text = renderEvent(sampleEvent('evt_0000000000000001', [first, second, other]), [first, second, other]);
    assert.match(text, /\(Deccan Daily ×2, Coast Wire\)/);
    assert.doesNotMatch(text, /Deccan Daily, Deccan Daily/);
  });

  it('should write a revised toll in the order reported, with when each figure was first given, and disputed figures side by side', () => {
    const [a, b, c] = [1, 2, 3].map((n) => sampleArticle(n, { outlet: `Outlet ${n}` })) as [ReturnType<typeof sampleArticle>, ReturnType<typeof sampleArticle>, ReturnType<typeof sampleArticle>];
    const event = sampleEvent('evt_0000000000000001', [a, b, c], {
      discrepancies: [
        { about: 'killed', revised: true, variants: [{ value: '12', sources: [a.id], firstReported: '2026-11-16T10:00:00Z', lastReported: '2026-11-16T10:00:00Z' }, { value: '19', sources: [b.id], firstReported: '2026-11-17T09:00:00Z', lastReported: '2026-11-17T09:00:00Z' }] },
        { about: 'injured', variants: [{ value: '30', sources: [a.id] }, { value: '27', sources: [c.id] }] },
      ],
    });
    const text = renderEvent(event, [a, b, c]);
    assert.match(text, /killed, revised as reports came in: "12" \(Outlet 1, from 2026-11-16 10:00 UTC\) then "19" \(Outlet 2, from 2026-11-17 09:00 UTC\)/);
    assert.match(text, /injured: "30" \(Outlet 1\) vs "27" \(Outlet 3\)/);
  });

  it('should write a preliminary count, then the final counts that still differ side by side', () => {
    const [a, b, c] = [1, 2, 3].map((n) => sampleArticle(n, { outlet: `Outlet ${n}` })) as [ReturnType<typeof sampleArticle>, ReturnType<typeof sampleArticle>, ReturnType<typeof sampleArticle>];
    const event = sampleEvent('evt_0000000000000001', [a, b, c], {
      discrepancies: [{ about: 'turnout', variants: [{ value: '61.2%', sources: [a.id], preliminary: true }, { value: '60.4%', sources: [b.id] }, { value: '60.9%', sources: [c.id] }] }],
    });
    assert.match(renderEvent(event, [a, b, c]), /turnout: "61\.2%" \(Outlet 1, preliminary count\) then "60\.4%" \(Outlet 2\) vs "60\.9%" \(Outlet 3\)/);
  });

  it('should say that an event has no place rather than leave the line out', () => {
    const a = sampleArticle(1, { outlet: 'Outlet 1' });
    assert.match(renderEvent(sampleEvent('evt_0000000000000001', [a], { location: null }), [a]), /^place: +none named/m);
    assert.match(renderEvent(sampleEvent('evt_0000000000000001', [a]), [a]), /^place: +Dublin, IE$/m);
  });

  it('should list the CVE ids with how many outlets state each and which', () => {
    const [a, b] = [1, 2].map((n) => sampleArticle(n, { outlet: `Outlet ${n}` })) as [ReturnType<typeof sampleArticle>, ReturnType<typeof sampleArticle>];
    const event = sampleEvent('evt_0000000000000001', [a, b], { vulnerabilities: [{ cve: 'CVE-2025-1234', sources: [a.id, b.id], corroboration: 2 }, { cve: 'CVE-2024-0001', sources: [b.id], corroboration: 1 }] });
    assert.match(renderEvent(event, [a, b]), /\ncves: +CVE-2025-1234 \(2 outlets: Outlet 1, Outlet 2\); CVE-2024-0001 \(1 outlet: Outlet 2\)\n/);
  });
});

describe('eventsTable', () => {
  it('should list each event\'s best-corroborated bodies, three at most, by their acronyms where they have them', () => {
    const a = sampleArticle(1);
    const named: [string, string[]][] = [['Office of Foreign Assets Control', ['OFAC']], ['Treasury', []], ['World Food Programme', ['WFP']], ['African Union', ['AU']]];
    const organizations = named.map(([name, aliases], k) => ({ name, aliases, country: null, sources: [a.id], corroboration: 4 - k }));
    const text = eventsTable([sampleEvent('evt_0000000000000001', [a], { organizations }), sampleEvent('evt_0000000000000002', [a])]);
    assert.match(text.split('\n')[0]!, /SOURCES\s+BODIES\s+TITLE/);
    assert.match(text, /OFAC, Treasury, WFP /);
    assert.doesNotMatch(text, /AU|African Union/);
  });
});

describe('casualtyFigures', () => {
  it('should print only the figures the reports give, with no "? killed" where only the injured are counted', () => {
    assert.equal(casualtyFigures({ killed: null, injured: 4 }), '4 injured');
    assert.equal(casualtyFigures({ killed: 2, injured: null }), '2 killed');
    assert.equal(casualtyFigures({ killed: 0, injured: 3 }), '0 killed, 3 injured');
  });
});

describe('sourceLine', () => {
  it("should give a JSON Lines record's line and address beside its file, and say when nothing is known", () => {
    assert.equal(sourceLine({ file: 'feeds/june.jsonl', line: 12, url: 'https://news.example/ferry', id: 'f-7' }), 'feeds/june.jsonl:12  https://news.example/ferry  #f-7');
    assert.equal(sourceLine({ file: 'saved/ferry.html' }), 'saved/ferry.html');
    assert.equal(sourceLine({ url: 'https://news.example/ferry' }), 'https://news.example/ferry');
    assert.equal(sourceLine({}), '-');
  });
});

describe('casualtyFigures: deaths from illness', () => {
  it('should write an outbreak\'s deaths as died of illness with the running total\'s day, never as killed', () => {
    assert.equal(casualtyFigures({ killed: null, injured: null, died: 30, diedAsOf: '2026-04-27' }), '30 died of illness (running total as of 2026-04-27)');
  });
});

describe('renderEvent: sanctioned bodies and counted targets', () => {
  it('should mark a body a sanctions act named, and print the targets each report counted', () => {
    const a = sampleArticle(1);
    const b = sampleArticle(2);
    const event = sampleEvent('evt_0000000000000001', [a, b], {
      organizations: [{ name: 'Marrowgate Shipping', aliases: [], country: null, sources: [a.id, b.id], corroboration: 2, sanctioned: [a.id] }],
      sanctionCounts: [{ people: 3, bodies: 1, text: 'three nationals and a bank', sources: [a.id, b.id] }],
    });
    const text = renderEvent(event, [a, b]);
    assert.match(text, /^ {2}- Marrowgate Shipping \| sanctioned \(as .+ states\) {2}\[/m);
    assert.match(text, /^Sanctions targets counted\n {2}3 people and 1 body: "three nationals and a bank"/m);
  });
});

describe('articles without an event', () => {
  it('should say where the event would be that an article has none, and why', () => {
    const column = sampleArticle(4, { warnings: [noEventWarning('table of contents')] });
    assert.match(articlesTable([column]), /none: table of contents/);
    assert.match(renderArticle(column), /^event: +none \(table of contents: stored as an article alone\)$/m);
    assert.match(renderArticle(column), /no event: table of contents/);
  });
});
