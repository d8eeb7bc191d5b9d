import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../sentences.js';
import { recognizeByRules, recognizeEntities } from './recognize.js';
import { bodiesReadInPieces, endsInRemitList } from './body-with-and.js';

const organisations = (text: string): string[] => recognizeEntities(text, splitSentences(text)).entities.filter((e) => e.type === 'organization').map((e) => e.text);
const ruleOrganisations = (text: string): string[] => recognizeByRules(text, splitSentences(text)).entities.filter((e) => e.type === 'organization').map((e) => e.text);

describe('bodies with "and" in their names', () => {
  it('should read a body whose head comes after "and" whole', () => {
    assert.deepEqual(ruleOrganisations('The Food and Drug Administration approved the vaccine on Monday.'), ['Food and Drug Administration']);
    assert.deepEqual(ruleOrganisations('The Securities and Exchange Commission sued the firm.'), ['Securities and Exchange Commission']);
  });

  it("should read a body led by a people's adjective whole, and leave two bodies listed", () => {
    assert.deepEqual(organisations('The suit was brought by the Australian Competition and Consumer Commission over flights.'), ['Australian Competition and Consumer Commission']);
    assert.deepEqual(ruleOrganisations('The Canadian Fisheries and Oceans Agency fined the boat.'), ['Canadian Fisheries and Oceans Agency']);
  });

  it("should read a head's remit listed after it whole", () => {
    assert.deepEqual(ruleOrganisations('Inspectors from the Bureau of Mines, Quarries, Forests and Rivers visited the site.'), ['Bureau of Mines, Quarries, Forests and Rivers']);
  });

  it('should read a remit of two words, "and" and one more after the head whole, where the name ends there', () => {
    assert.deepEqual(organisations('The talks were led by the Department of Rural Affairs and Tourism on Monday.'), ['Department of Rural Affairs and Tourism']);
    assert.ok(endsInRemitList('Ministry of Rural Affairs and Fisheries'));
    // A capitalised word after it goes on into another name ("... and Tourism Minister Ana Ruiz").
    assert.ok(!ruleOrganisations('The Ministry of Rural Affairs and Tourism Minister Ana Ruiz met.').includes('Ministry of Rural Affairs and Tourism'));
  });

  it('should keep two bodies joined by "and" two', () => {
    assert.deepEqual(ruleOrganisations('He fought for the Zemstvo and Workers Party of Ruritania in the war.').includes('Zemstvo and Workers Party of Ruritania'), false);
    assert.deepEqual(ruleOrganisations('Officials of the African Union and the European Union met on Monday.'), ['African Union', 'European Union']);
    assert.deepEqual(ruleOrganisations('The Baltic Investment Bank and Nordic Climate Fund warned of a slowdown.'), ['Baltic Investment Bank', 'Nordic Climate Fund']);
  });

  it("should let the rules' whole name win over the tagger's piece that ends or starts as it does", () => {
    assert.deepEqual(organisations('The Food and Drug Administration approved the vaccine on Monday.'), ['Food and Drug Administration']);
    assert.deepEqual(organisations('Inspectors from the Bureau of Mines, Quarries, Forests and Rivers visited the site.'), ['Bureau of Mines, Quarries, Forests and Rivers']);
  });

  it('should not give the whole name the win over a person the tagger found in it', () => {
    const body = 'Lund and Drug Administration officials met.';
    const rules = [{ text: 'Lund and Drug Administration', type: 'organization' as const, start: 0, end: 28 }];
    assert.deepEqual(bodiesReadInPieces(body, rules, [{ start: 0, end: 4, kind: 'PER' }, { start: 9, end: 28, kind: 'ORG' }]), []);
    assert.equal(bodiesReadInPieces(body, rules, [{ start: 9, end: 28, kind: 'ORG' }]).length, 1);
  });

  it('should tell a remit list from a list of bodies', () => {
    assert.ok(endsInRemitList('Ministry of Health, Labour and Welfare'));
    assert.ok(!endsInRemitList('Harlow Fund for Open Courts, Foundation for Coastal Law'));
  });
});
