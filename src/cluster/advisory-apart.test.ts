import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleFeatures } from './features.js';
import type { EventProfile } from '../store/store.js';
import { advisoryApart } from './advisory-apart.js';
import { leadIncident } from './lead-incident.js';

function article(incident: ArticleFeatures['incident'], date: string): ArticleFeatures {
  return { terms: new Map(), names: [], date, figures: [], scene: null, earlier: [], act: null, datedInText: true, incident };
}

function event(incidents: string[], dates: string[]): EventProfile {
  return { terms: {}, names: [], dates, size: 2, incidents };
}

describe('advisoryApart', () => {
  it("reads agencies' advisory as the lead's news, by its issuers or as its subject", () => {
    assert.equal(leadIncident('OTTAWA (Wire) - Security agencies in Canada and Norway on Friday issued a joint advisory on the Greywick extortion crew, which hit two water utilities last week.'), 'advisory');
    assert.equal(leadIncident("Friday's joint advisory on the Greywick crew lists three servers and a phishing domain."), 'advisory');
    assert.equal(leadIncident('Hackers breached the billing servers of a water utility in Tromso on Tuesday.'), 'intrusion');
  });

  it('reads no alert or advisory as the lead of hacking where the lead tells no cyber threat (review75 fault 5)', () => {
    assert.notEqual(leadIncident('Government agencies issued an alert on Friday as the Cedar Ridge blaze, which began on Tuesday, spread towards two villages.'), 'advisory');
    assert.notEqual(leadIncident('Security agencies issued a high alert across the port city on Sunday, two days after a car bombing near the market.'), 'advisory');
  });

  it('sets an advisory apart from the attack it names days before, either way round', () => {
    assert.equal(advisoryApart(article('advisory', '2026-05-08'), event([], ['2026-05-05'])), true);
    assert.equal(advisoryApart(article(null, '2026-05-05'), event(['advisory'], ['2026-05-08'])), true);
  });

  it('keeps two reports of one advisory, and a later report of it that leads otherwise, together', () => {
    assert.equal(advisoryApart(article('advisory', '2026-05-09'), event(['advisory'], ['2026-05-08'])), false);
    assert.equal(advisoryApart(article(null, '2026-05-10'), event(['advisory'], ['2026-05-08'])), false);
    assert.equal(advisoryApart(article('advisory', '2026-05-08'), event([], ['2026-05-07'])), false);
  });
});
