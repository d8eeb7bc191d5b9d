import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import type { NewsEvent } from '../model/types.js';

/** The event's case discrepancies as [about, [value, sources]...]. */
function across(event: NewsEvent, about: string): [string, string[]][] | undefined {
  return event.discrepancies.find((d) => d.about === about)?.variants.map((v) => [v.value, v.sources]);
}

describe('reportCaseDiscrepancies (through buildEvent)', () => {
  it('should list the days held two reports of one day give differently, not a later report counting the days on', async () => {
    const one = enrichedArticle('KAMPALA (Lake Wire) - Two Ugandan bloggers held for 21 days without charge were freed in Kampala on Monday, their lawyer said.', { title: 'Uganda frees two bloggers', outlet: 'Lake Wire', publishedAt: '2026-06-08T15:00:00Z' });
    const two = enrichedArticle('KAMPALA - Ugandan police on Monday freed bloggers Okello Amani and Nakato Birungi, who had spent 19 days in detention in Kampala.', { title: 'Bloggers Okello and Nakato freed', outlet: 'Nile Observer', publishedAt: '2026-06-09T08:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-06-10T00:00:00Z');
    assert.deepEqual(across(event, 'days held (across reports)'), [['21 days', [one.id]], ['19 days', [two.id]]]);
    const held = enrichedArticle('KAMPALA - The two Ugandan bloggers have been held for 30 days without charge, their lawyer said on Monday.', { title: 'Bloggers still held', outlet: 'Lake Wire', publishedAt: '2026-06-08T15:00:00Z' });
    const now = enrichedArticle('KAMPALA - The two bloggers, now held for 31 days without charge, were moved to Luzira prison on Tuesday.', { title: 'Bloggers moved', outlet: 'Nile Observer', publishedAt: '2026-06-09T14:00:00Z' });
    const later = await buildEvent('evt_0000000000000002', [held, now], null, '2026-06-10T00:00:00Z');
    assert.equal(across(later, 'days held (across reports)'), undefined);
  });

  it('should list different offences two reports of one day charge, not a charge named days later', async () => {
    const one = enrichedArticle('MINSK (Baltic Wire) - Security officers detained photographer Anton Kasko in Minsk on Tuesday and accused him of high treason, his wife said.', { title: 'Belarus detains photographer', outlet: 'Baltic Wire', publishedAt: '2026-04-07T12:00:00Z' });
    const two = enrichedArticle('MINSK - Photographer Anton Kasko, detained in Minsk on Tuesday, is accused of espionage, a court clerk said.', { title: 'Photographer Kasko held', outlet: 'Vilnius Daily', publishedAt: '2026-04-07T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-04-08T00:00:00Z');
    assert.deepEqual(across(event, 'charge (across reports)'), [['treason', [one.id]], ['espionage', [two.id]]]);
    const late = enrichedArticle('MINSK - Photographer Anton Kasko, detained in Minsk last Tuesday, was formally charged with espionage on Friday, his wife said.', { title: 'Kasko charged', outlet: 'Vilnius Daily', publishedAt: '2026-04-10T18:00:00Z' });
    const updated = await buildEvent('evt_0000000000000002', [one, late], null, '2026-04-11T00:00:00Z');
    assert.equal(across(updated, 'charge (across reports)'), undefined);
  });

  it("should list no charge dispute from a state's accusation of another state beside the person's charge", async () => {
    const one = enrichedArticle('MOSCOW (Steppe Wire) - A Moscow court charged the Canadian reporter Paul Greer with treason on Tuesday, his lawyer said.', { title: 'Russia charges Canadian reporter', outlet: 'Steppe Wire', publishedAt: '2026-05-05T12:00:00Z' });
    const two = enrichedArticle('MOSCOW - Paul Greer, a Canadian reporter, appeared before a Moscow court on Tuesday. The same day Moscow accused Kyiv of terrorism over a drone strike on an oil depot.', { title: 'Canadian reporter Greer in court', outlet: 'Volga Daily', publishedAt: '2026-05-05T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-05-06T00:00:00Z');
    assert.equal(across(event, 'charge (across reports)'), undefined);
  });

  it('should list the day custody runs to and the sentence faced where two reports differ', async () => {
    const one = enrichedArticle('MINSK (Baltic Wire) - A Minsk court on Thursday ordered photographer Anton Kasko held in pretrial detention for two months, until June 11. Treason carries a sentence of up to life in prison.', { title: 'Court keeps Kasko in custody', outlet: 'Baltic Wire', publishedAt: '2026-04-09T12:00:00Z' });
    const two = enrichedArticle('MINSK - A district court in Minsk ruled on Thursday that photographer Anton Kasko must stay in custody until June 9. His lawyer said he faced up to 15 years in prison.', { title: 'Kasko stays behind bars', outlet: 'Vilnius Daily', publishedAt: '2026-04-10T08:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-04-11T00:00:00Z');
    assert.deepEqual(across(event, 'held until (across reports)'), [['June 11', [one.id]], ['June 9', [two.id]]]);
    assert.deepEqual(across(event, 'sentence faced (across reports)'), [['up to life', [one.id]], ['up to 15 years', [two.id]]]);
  });

  it('should compare the sentence faced in reports days apart, not where they name different charges', async () => {
    const one = enrichedArticle('MINSK (Baltic Wire) - Security officers detained photographer Anton Kasko in Minsk on Tuesday and accused him of high treason. Treason carries a sentence of up to life in prison.', { title: 'Belarus detains photographer', outlet: 'Baltic Wire', publishedAt: '2026-04-07T12:00:00Z' });
    const two = enrichedArticle('MINSK - A Minsk court on Monday kept photographer Anton Kasko in custody. His lawyer said he faced up to 15 years in prison.', { title: 'Kasko kept in custody', outlet: 'Vilnius Daily', publishedAt: '2026-04-13T18:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-04-14T00:00:00Z');
    assert.deepEqual(across(event, 'sentence faced (across reports)'), [['up to life', [one.id]], ['up to 15 years', [two.id]]]);
    const other = enrichedArticle('MINSK - A Minsk court on Monday charged photographer Anton Kasko with espionage. His lawyer said he faced up to 15 years in prison.', { title: 'Kasko charged', outlet: 'Vilnius Daily', publishedAt: '2026-04-13T18:00:00Z' });
    const charged = await buildEvent('evt_0000000000000002', [one, other], null, '2026-04-14T00:00:00Z');
    assert.equal(across(charged, 'sentence faced (across reports)'), undefined);
  });

  it("should list a raid's officers and a crowd outside the court that reports count with figures no value fits, not figures that fit", async () => {
    const one = enrichedArticle('VALLETTA (Med Wire) - About 80 police officers searched the offices of the weekly Il-Gazzetta in Valletta on Wednesday. About 25 supporters gathered outside the courthouse later that day.', { title: 'Police search Maltese weekly', outlet: 'Med Wire', publishedAt: '2026-02-11T12:00:00Z' });
    const two = enrichedArticle('VALLETTA - More than 150 officers raided the Valletta newsroom of Il-Gazzetta on Wednesday. Some 60 people, many of them reporters, stood outside the court.', { title: 'Il-Gazzetta newsroom raided', outlet: 'Island Post', publishedAt: '2026-02-11T20:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-02-12T00:00:00Z');
    assert.deepEqual(across(event, 'number of officers (across reports)'), [['about 80', [one.id]], ['more than 150', [two.id]]]);
    assert.deepEqual(across(event, 'size of the crowd (across reports)'), [['about 25', [one.id]], ['some 60', [two.id]]]);
    const near = enrichedArticle('VALLETTA - Some 85 officers raided the Valletta newsroom of Il-Gazzetta on Wednesday.', { title: 'Il-Gazzetta raided', outlet: 'Island Post', publishedAt: '2026-02-11T20:00:00Z' });
    const agreeing = await buildEvent('evt_0000000000000002', [one, near], null, '2026-02-12T00:00:00Z');
    assert.equal(across(agreeing, 'number of officers (across reports)'), undefined);
  });

  it('should list the sentence faced once, not again as the number of years of a fact', async () => {
    const one = enrichedArticle('TORVA - Morvian prosecutors on Thursday charged opposition leader Dan Ivers with organising mass riots, a charge that carries up to 12 years in prison, his lawyer said.', { title: 'Ivers charged', outlet: 'Torva Times', publishedAt: '2026-05-21T12:00:00Z' });
    const two = enrichedArticle('TORVA - Opposition leader Dan Ivers was formally charged on Thursday with organising mass riots, a charge that carries up to six years in prison, the prosecutor general\'s office said.', { title: 'Ivers formally charged', outlet: 'Morvia Post', publishedAt: '2026-05-21T14:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-05-22T00:00:00Z');
    assert.deepEqual(across(event, 'sentence faced (across reports)'), [['up to 12 years', [one.id]], ['up to 6 years', [two.id]]]);
    assert.deepEqual(event.discrepancies.filter((d) => d.about.startsWith('number of years')), []);
  });
});
