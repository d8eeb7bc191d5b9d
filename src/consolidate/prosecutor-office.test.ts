import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { organizationsOf } from './organizations.js';
import { prosecutorOffices } from './prosecutor-office.js';

const offices = (body: string) => prosecutorOffices(body).map((o) => [o.text, o.country, body.slice(o.start, o.end)]);

describe('prosecutorOffices', () => {
  it('should read a lower-case federal prosecutor\'s office with the country of the dateline\'s town', () => {
    assert.deepEqual(offices('LIEGE -- A fire gutted a warehouse on Sunday. The federal prosecutor\'s office has opened an inquiry.'), [["Federal Prosecutor's Office", 'BE', "federal prosecutor's office"]]);
  });

  it('should read the town after the office as its seat and country', () => {
    assert.deepEqual(offices('Two men were held on Friday, the district prosecutor\'s office in Tallinn said.'), [["District Prosecutor's Office in Tallinn", 'EE', "district prosecutor's office in Tallinn"]]);
  });

  it('should take a country\'s people word before the office as its country, not its name', () => {
    assert.deepEqual(offices('The Belgian federal prosecutor\'s office took over the case.'), [["Federal Prosecutor's Office", 'BE', "federal prosecutor's office"]]);
  });

  it('should leave the prosecutor alone, and a capitalised office to the tagger', () => {
    assert.deepEqual(offices('The prosecutor said the men would be charged. The Federal Prosecutor\'s Office declined to comment.'), []);
  });
});

describe('organizationsOf, a lower-case prosecutor\'s office', () => {
  it('should list the office that opened an investigation with its country', () => {
    const one = enrichedArticle('LIEGE -- A fire gutted a chemical warehouse in Liege on Sunday, police said. The federal prosecutor\'s office has opened an investigation into the cause.', { title: 'Warehouse fire in Liege', outlet: 'Test Wire', publishedAt: '2026-04-06T10:00:00Z' });
    const office = organizationsOf([one]).find((o) => /Prosecutor/.test(o.name));
    assert.deepEqual(office && [office.name, office.country], ["Federal Prosecutor's Office", 'BE']);
  });

  it('should list no body for a prosecutor named by role alone', () => {
    const one = enrichedArticle('LIEGE -- A fire gutted a chemical warehouse in Liege on Sunday, police said. The prosecutor has opened an investigation into the cause.', { title: 'Warehouse fire in Liege', outlet: 'Test Wire', publishedAt: '2026-04-06T10:00:00Z' });
    assert.deepEqual(organizationsOf([one]).filter((o) => /Prosecutor/i.test(o.name)), []);
  });
});
