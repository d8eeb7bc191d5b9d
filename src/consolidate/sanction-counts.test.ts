import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { sanctionCounts, sanctionCountsField } from './sanction-counts.js';

const report = (text: string, outlet: string) => enrichedArticle(text, { title: 'Sanctions', outlet, publishedAt: '2031-02-10T10:00:00Z' });

describe('sanctionCounts', () => {
  it('should count the people and bodies a sanctions act targets, and join the reports that count alike', () => {
    const a = report('The ministry on Monday designated three Syrian nationals and a Beirut-based bank for moving arms money.', 'Harbour Gazette');
    const b = report('Officials on Monday sanctioned three men and one lender accused of paying for the arms.', 'Quay Daily');
    assert.deepEqual(sanctionCounts([a, b]), [{ people: 3, bodies: 1, text: 'three Syrian nationals and a Beirut-based bank', sources: [a.id, b.id] }]);
  });

  it('should list a report that counts otherwise apart, and leave out a kind a count does not give', () => {
    const a = report('The ministry on Monday imposed sanctions on four individuals tied to the smuggling ring.', 'Harbour Gazette');
    const b = report('The ministry on Monday designated five people over the smuggling ring.', 'Quay Daily');
    assert.deepEqual(sanctionCounts([a, b]).map((c) => [c.people, c.bodies, c.sources]), [[4, null, [a.id]], [5, null, [b.id]]]);
  });

  it('should read no count where no sanctions act counts its targets, and set no field then', () => {
    const a = report('Police on Monday arrested two men and a woman at the port.', 'Harbour Gazette');
    const b = report('The ministry on Monday designated Ira Volk, a broker in Tartus.', 'Quay Daily');
    assert.deepEqual(sanctionCounts([a, b]), []);
    assert.deepEqual(sanctionCountsField([a, b]), {});
  });
});

describe('sanctionCounts only where sanctions are named', () => {
  it('should count nothing for a team picked to lead a recovery or a referee punishing a player', () => {
    const flood = enrichedArticle('The governor on Monday designated three officials to lead the flood recovery effort in Marrow County.', { title: 'Governor picks flood team', outlet: 'Marrow Ledger', publishedAt: '2031-02-10T10:00:00Z' });
    const match = enrichedArticle('Referees sanctioned one man for dissent after the final whistle at Quell Park.', { title: 'Quell Park draw', outlet: 'Marrow Ledger', publishedAt: '2031-02-10T10:00:00Z' });
    assert.deepEqual(sanctionCounts([flood, match]), []);
  });

  it('should count an act whose own sentence names the Treasury though the headline does not', () => {
    const a = enrichedArticle('The Treasury on Monday designated two brokers and a shipping firm for moving oil to the regime.', { title: 'Oil brokers targeted', outlet: 'Marrow Ledger', publishedAt: '2031-02-10T10:00:00Z' });
    assert.deepEqual(sanctionCounts([a]).map((c) => [c.people, c.bodies]), [[2, 1]]);
  });
});
