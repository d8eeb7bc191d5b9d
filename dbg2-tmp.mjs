import { shippedModel } from './dist/src/enrich/entities/model/spans.js';
import { LABELS } from './dist/src/enrich/entities/model/labels.js';
const m = shippedModel();
for (const s of ["New Zealand 's Prime Minister John Key said the vote would go ahead .", "It was based on the United Kingdom 's flag .", "based on the United Kingdom's flag ."]) {
  const w = s.split(' '); const l = m.tag(w); console.log(w.map((x, i) => x + '/' + LABELS[l[i]]).join(' '));
}
