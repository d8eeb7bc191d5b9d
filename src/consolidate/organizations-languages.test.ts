import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { organizationsOf } from './organizations.js';

describe('organizationsOf a body named in two languages', () => {
  it('should make one body of a charity one outlet names in English and another in French, under the name the list gives first', () => {
    const one = enrichedArticle('Doctors Without Borders said on Monday that its field hospital in Velmora had treated 95 people for burns.', { title: 'Burns ward fills', outlet: 'Ridge Courier', publishedAt: '2027-02-01T09:00:00Z' });
    const two = enrichedArticle('Médecins Sans Frontières reported on Monday that 95 burns patients had been seen at its field hospital in Velmora.', { title: 'Hospital under strain', outlet: 'La Vigie', publishedAt: '2027-02-01T11:00:00Z' });
    const found = organizationsOf([one, two]);
    const charity = found.filter((o) => /Borders|Frontières/.test(o.name));
    assert.deepEqual(charity.map((o) => [o.name, o.aliases, o.corroboration]), [['Médecins Sans Frontières', ['Doctors Without Borders'], 2]]);
  });

  it('should show a health agency under its English name when a report gives its French one', () => {
    const one = enrichedArticle("The Organisation mondiale de la santé said on Tuesday it had sent 40,000 test kits to Velmora's clinics.", { title: 'Kits on the way', outlet: 'La Vigie', publishedAt: '2027-02-02T09:00:00Z' });
    const two = enrichedArticle("The World Health Organization said on Tuesday that 40,000 test kits were on their way to Velmora's clinics.", { title: 'Test kits sent', outlet: 'Ridge Courier', publishedAt: '2027-02-02T10:00:00Z' });
    const agency = organizationsOf([one, two]).find((o) => /Health|santé/.test(o.name));
    assert.deepEqual(agency && [agency.name, agency.aliases], ['World Health Organization', ['Organisation mondiale de la santé']]);
  });
});
