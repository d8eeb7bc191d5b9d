import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { renderEvent } from './render.js';

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
});
