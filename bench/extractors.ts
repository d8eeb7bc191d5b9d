/**
 * The extractors the benchmark compares, behind one signature: bytes of a page in, body text, headline
 * and publication date out. Both decode the page the same way (charset from BOM, meta, detection).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createExtract } from '../src/extract/index.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { rawDocument } from '../src/ingest/read-input.js';
import { NewsDocument } from '../src/model/document.js';

export interface Extracted {
  body: string;
  headline: string | null;
  date: string | null;
}

export type ExtractorName = 'triangulate' | 'readability';
export const EXTRACTORS: readonly ExtractorName[] = ['triangulate', 'readability'];

function decode(bytes: Buffer, id: string): string {
  try {
    return decodeBytes(bytes, id, true).text;
  } catch {
    return bytes.toString('utf8');
  }
}

const extract = createExtract();

export function makeExtractor(name: ExtractorName): (bytes: Buffer, id: string) => Extracted {
  if (name === 'triangulate') {
    return (bytes, id) => {
      const doc = new NewsDocument(rawDocument(decode(bytes, id), 'html', { file: id }, {}));
      try {
        extract(doc);
      } catch {
        // A page with no article text is refused by the stage; its metadata still counts here.
      }
      return { body: doc.article.body, headline: doc.article.headline, date: doc.article.publishedAt?.slice(0, 10) ?? null };
    };
  }
  return (bytes, id) => {
    const { document } = parseHTML(decode(bytes, id));
    // Readability mutates the DOM it is given; each page gets its own.
    const result = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return { body: result?.textContent ?? '', headline: result?.title ?? null, date: result?.publishedTime?.slice(0, 10) ?? null };
  };
}
