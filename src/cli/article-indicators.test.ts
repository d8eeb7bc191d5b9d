import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../store/contract.js';
import { publicArticle } from './present.js';
import { renderArticle } from './render.js';

/** A vendor's note that gives two network indicators, defanged, and a hash beside its kind's name. */
const NOTE = [
  'Analysts at the lab said the loader called home to patch-mirror[.]net and to 198.51.100[.]23 before it fetched its second stage.',
  'The dropper has the SHA-256 hash 3b5d5c3712955042212316173ccf37be800b1d4f0f6e8c5e7c1b4a3f2e1d0c9b, the lab said.',
].join('\n\n');

describe('article JSON and show: the indicators an article gives', () => {
  it('should list the indicators of a report in its JSON, refanged and in the order given', () => {
    const article = sampleArticle(41, { body: NOTE, contentHash: 'f'.repeat(64) });
    assert.deepEqual(publicArticle(article).indicators, [
      { type: 'domain', value: 'patch-mirror.net' },
      { type: 'ipv4', value: '198.51.100.23' },
      { type: 'sha256', value: '3b5d5c3712955042212316173ccf37be800b1d4f0f6e8c5e7c1b4a3f2e1d0c9b' },
    ]);
  });

  it('should leave the field out of an article that gives none', () => {
    assert.equal('indicators' in publicArticle(sampleArticle(42)), false);
  });

  it('should print an indicators line when showing an article that gives some, and none otherwise', () => {
    const text = renderArticle(sampleArticle(43, { body: NOTE, contentHash: 'e'.repeat(64) }));
    assert.match(text, /^indicators: .*domain patch-mirror\.net.*ipv4 198\.51\.100\.23/m);
    assert.doesNotMatch(renderArticle(sampleArticle(44)), /^indicators:/m);
  });
});
