import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message } from '../model/types.js';
import { noEventOf, noEventReason, noEventWarning } from './no-event.js';
import { REPORTS_WITH_EVENTS } from './no-event-reports.fixture.js';

const page = (headline: string, body: string, url?: string, warnings: Message[] = []) => ({ headline, body, warnings, source: url ? { id: 'a', url } : { id: 'a' } });
const REPORT = 'The ferry ran aground off Skerry on Wednesday with 140 passengers aboard.';

describe('noEventOf', () => {
  it("should know a column by the disclaimer that closes it, in the present tense, on a line of its own", () => {
    assert.equal(noEventOf(page('We owe the ferry crews better', `${REPORT}\n\nThe island deserves a port that works.\n\nThe views expressed in this column are the author's own.`)), 'opinion column');
    assert.equal(noEventOf(page('We owe the ferry crews better', `Opinions expressed are solely those of the writer.\n\n${REPORT}`)), 'opinion column');
  });

  it('should know a column or an editorial by the section label its outlet puts on the headline', () => {
    assert.equal(noEventOf(page('Opinion: The grounding we should have seen coming', REPORT)), 'opinion column');
    assert.equal(noEventOf(page('EDITORIAL | A port that was not ready', REPORT)), 'editorial');
    assert.equal(noEventOf(page('[Op-ed] Skerry needs a second ferry', REPORT)), 'opinion column');
    assert.equal(noEventOf(page('Skerry needs a second ferry | Opinion', REPORT)), 'opinion column');
    assert.equal(noEventOf(page('Letters to the editor: the ferry, the fares', REPORT)), 'letter to the editor');
  });

  it('should know a column by the label the extract stage cut from its headline', () => {
    const cut: Message = { stage: 'extract', rule: 'opinion-label', message: 'opinion section label cut from the headline: "Editorial"', severity: 'info' };
    assert.equal(noEventOf(page('A port that was not ready', REPORT, undefined, [cut])), 'editorial');
  });

  it("should know a column by its address's opinion section", () => {
    assert.equal(noEventOf(page('Why the port paid', REPORT, 'https://example.com/opinion/2026/11/port')), 'opinion column');
    assert.equal(noEventOf(page('Why the port paid', REPORT, 'https://example.co.uk/comment/why-the-port-paid')), 'opinion column');
    assert.equal(noEventOf(page('A port that was not ready', REPORT, 'https://example.com/news/editorials/port-not-ready')), 'editorial');
  });

  it('should know the section after an edition, a language or a date in the address', () => {
    assert.equal(noEventOf(page('Why the port paid', REPORT, 'https://example.co.uk/uk/opinion/why-the-port-paid')), 'opinion column');
    assert.equal(noEventOf(page('Why the port paid', REPORT, 'https://example.org/en/opinion/why-the-port-paid')), 'opinion column');
    assert.equal(noEventOf(page('Why the port paid', REPORT, 'https://example.com/2026/11/12/opinion/why-the-port-paid.html')), 'opinion column');
  });

  it("should know a newsletter's table of contents by its heading and the short lines under it", () => {
    assert.equal(noEventOf(page('The Harbour Brief, 12 November', 'In this issue:\nFerry grounded off Skerry\nPort fees to rise\nWhat the council decided\n\nThanks for reading.')), 'table of contents');
  });

  it('should leave every report of the must-not list its event', () => {
    for (const r of REPORTS_WITH_EVENTS) assert.equal(noEventOf(page(r.headline, r.body, r.url)), null, r.why);
  });
});

describe('noEventWarning', () => {
  it('should give the reason back from the warning it makes, and none from other warnings', () => {
    assert.equal(noEventReason([noEventWarning('table of contents')]), 'table of contents');
    assert.equal(noEventReason([{ stage: 'cluster', rule: 'new-event', message: 'started event evt_1', severity: 'info' }]), null);
  });
});
