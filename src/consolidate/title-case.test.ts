import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { isDocumentLabel, isShouted, titleCased } from './title-case.js';

describe('isDocumentLabel and isShouted', () => {
  it('should take a document\'s kind with its numbering and a word or two of subject for a label', () => {
    assert.equal(isDocumentLabel('TYPHOID SITUATION REPORT No. 9 - Week 12'), true);
    assert.equal(isDocumentLabel('Outbreak update No. 3'), true);
    assert.equal(isDocumentLabel('Weekly epidemiological bulletin, 4 May 2031'), true);
  });

  it('should not take a headline that tells news for a label, whatever words of a document it holds', () => {
    assert.equal(isDocumentLabel('Watchdog report finds ferry crews overworked'), false);
    assert.equal(isDocumentLabel('Update: divers find second hiker alive'), false);
    assert.equal(isDocumentLabel('Typhoid cases pass 400 in Dunmarsh'), false);
  });

  it('should tell a headline in capitals from one with a few acronyms', () => {
    assert.equal(isShouted('DUNMARSH SHUTS SCHOOLS AS TYPHOID SPREADS'), true);
    assert.equal(isShouted('NATO and EU envoys meet in Tarvos'), false);
  });
});

describe('titleCased', () => {
  it('should put capitals in title case, small words low, and keep an acronym the text writes in capitals', () => {
    const body = 'Dunmarsh closed its schools on Monday. The WHO sent two epidemiologists.';
    assert.equal(titleCased('DUNMARSH SHUTS SCHOOLS AS WHO SENDS TEAM', body), 'Dunmarsh Shuts Schools as WHO Sends Team');
    assert.equal(titleCased('DUNMARSH SHUTS SCHOOLS AS WHO SENDS TEAM', 'Nobody knows who sent it.'), 'Dunmarsh Shuts Schools as Who Sends Team');
  });
});

describe('event titles: a headline in ordinary case over capitals and document labels (through buildEvent)', () => {
  it('should title an event of a lone situation report by its lead, without the dateline, not by the label', async () => {
    const a = enrichedArticle('Dunmarsh, 4 May 2031 - In the past 24 hours, 18 new suspected typhoid cases were logged in the river districts.\n\nThe board thanked the volunteers.', { title: 'TYPHOID SITUATION REPORT No. 9 - Week 18', outlet: 'Dunmarsh Health Board', publishedAt: '2031-05-04T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000696', [a], null, '2031-05-05T00:00:00Z');
    assert.equal(event.title, 'In the past 24 hours, 18 new suspected typhoid cases were logged in the river districts.');
  });

  it('should prefer another report\'s headline in ordinary case over an earlier one in capitals', async () => {
    const a = enrichedArticle('Dunmarsh closed all of its schools on Monday as typhoid spread to three more districts, the board said.\n\nParents queued at the clinic.', { title: 'DUNMARSH SHUTS SCHOOLS AS TYPHOID SPREADS', outlet: 'Dunmarsh Gazette', publishedAt: '2031-05-04T09:00:00Z' });
    const b = enrichedArticle('Dunmarsh closed all of its schools on Monday as typhoid spread to three more districts, the health board said.\n\nBuses were parked.', { title: 'Dunmarsh closes its schools as typhoid spreads', outlet: 'Valley Courier', publishedAt: '2031-05-04T11:00:00Z' });
    const event = await buildEvent('evt_0000000000000697', [a, b], null, '2031-05-05T00:00:00Z');
    assert.equal(event.title, 'Dunmarsh closes its schools as typhoid spreads');
  });

  it('should put a lone headline in capitals in title case', async () => {
    const a = enrichedArticle('Dunmarsh closed all of its schools on Monday as typhoid spread to three more districts, the board said.\n\nParents queued at the clinic.', { title: 'DUNMARSH SHUTS SCHOOLS AS TYPHOID SPREADS', outlet: 'Dunmarsh Gazette', publishedAt: '2031-05-04T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000698', [a], null, '2031-05-05T00:00:00Z');
    assert.equal(event.title, 'Dunmarsh Shuts Schools as Typhoid Spreads');
  });
});

describe('titleCased: a long body of one line', () => {
  it('should keep the text\'s acronyms and read a long one-line body once', () => {
    const body = `${'The NWA said the depot burned. '.repeat(1500)}`;
    assert.equal(titleCased('FIRE AT DEPOT AS NWA WARNS', body), 'Fire at Depot as NWA Warns');
    assert.equal(titleCased('FIRE AT DEPOT AS NWA WARNS', 'FIRE AT DEPOT AS NWA WARNS\nCrews worked all night.'), 'Fire at Depot as Nwa Warns');
  });
});
