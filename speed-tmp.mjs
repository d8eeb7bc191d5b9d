import { gumDocuments, crossnerTest } from './dist/train/ner-data.js';
import { modelSpans } from './dist/src/enrich/entities/model/spans.js';
import { recognizeEntities, recognizeByRules } from './dist/src/enrich/entities/recognize.js';
import { createEnrich } from './dist/src/enrich/index.js';
const docs = gumDocuments(() => false);
const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
for (const [name, fn] of [['model', (d) => modelSpans(d.text, d.sentences)], ['rules', (d) => recognizeByRules(d.text, d.sentences)], ['recognize', (d) => recognizeEntities(d.text, d.sentences)]]) {
  for (const d of docs) fn(d);
  const t = performance.now(); for (let r = 0; r < 5; r++) for (const d of docs) fn(d);
  const ms = (performance.now() - t) / 5; console.log(name, (words / ms * 1000).toFixed(0), 'words/s');
}
