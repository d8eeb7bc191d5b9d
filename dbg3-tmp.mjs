import { gumDocuments } from './dist/train/ner-data.js';
import { modelSpans } from './dist/src/enrich/entities/model/spans.js';
import { tokenize } from './dist/src/enrich/tokens.js';
const d = gumDocuments(() => false)[5];
const sp = modelSpans(d.text, d.sentences);
for (const s of sp.filter(s => s.kind === 'LOC').slice(0, 8)) console.log(JSON.stringify(d.text.slice(s.start - 20, s.end + 10)), s.start, s.end, JSON.stringify(d.text.slice(s.start, s.end)));
const i = d.text.indexOf('New Zealand'); console.log(JSON.stringify(d.text.slice(i - 30, i + 40)));
console.log(tokenize(d.text.slice(i - 30, i + 40)).map(t => t.text).join('|'));
