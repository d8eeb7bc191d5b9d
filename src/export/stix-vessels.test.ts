import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExportedEvent } from '../model/source-article.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { EXPORTERS } from './index.js';

type Obj = Record<string, unknown> & { type: string; id: string };

function objects(events: ExportedEvent[]): Obj[] {
  return (JSON.parse(EXPORTERS.stix(events)) as { objects: Obj[] }).objects;
}

describe('STIX 2.1 export: ships', () => {
  const a = sampleArticle(71, { body: 'Armed men boarded the bulk carrier Sea Lark (IMO 9345678) on Sunday.' });
  const b = sampleArticle(72, { body: 'The MV Sea Lark was released on Friday.' });
  const lark = (article: typeof a, aliases: string[]) => [{ name: 'Sea Lark', aliases, imo: '9345678', flag: 'LR', sources: [article.id], corroboration: 1 }];

  it('should write a ship as one infrastructure object with its IMO number and flag, in the report, whichever events name it', () => {
    const found = objects([sampleEvent('evt_0000000000000711', [a], { vessels: lark(a, []) }), sampleEvent('evt_0000000000000712', [b], { vessels: lark(b, ['MV Sea Lark']) })]);
    const ships = found.filter((o) => o.type === 'infrastructure');
    assert.equal(ships.length, 1);
    assert.equal(ships[0]!.name, 'Sea Lark');
    assert.deepEqual(ships[0]!.external_references, [{ source_name: 'imo', external_id: '9345678' }]);
    assert.equal(ships[0]!.x_triangulate_flag, 'LR');
    assert.equal(ships[0]!.x_triangulate_kind, 'vessel');
    for (const report of found.filter((o) => o.type === 'report')) assert.ok((report.object_refs as string[]).includes(ships[0]!.id));
    // A ship is no identity: neither a person nor a body of that name.
    assert.equal(found.some((o) => o.type === 'identity' && o.name === 'Sea Lark'), false);
  });

  it('should write no infrastructure for an event that names no ship', () => {
    assert.equal(objects([sampleEvent('evt_0000000000000713', [a])]).some((o) => o.type === 'infrastructure'), false);
  });
});
