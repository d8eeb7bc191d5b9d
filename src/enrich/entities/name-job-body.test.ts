import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { namesBeforeJobs } from './name-job-body.js';

const org = (body: string, text: string): Entity => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length });

// ux71a fault 7: a report's contact line gave two organisations, a person's name and her job.
describe('namesBeforeJobs', () => {
  it('should read the name before ", <job>, <body>" as the person and drop the job', () => {
    const body = 'For further information: Ingrid Solheim, Head of Office, OCHA.';
    const entities = [org(body, 'Ingrid Solheim'), org(body, 'Head of Office'), org(body, 'OCHA')];
    namesBeforeJobs(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.type]), [['Ingrid Solheim', 'person'], ['OCHA', 'organization']]);
  });

  it('should leave bodies listed with commas, and a body before a job that is no job', () => {
    const body = 'Funding came from Save Children, Head Start, Oxfam and the Red Cross.';
    const entities = [org(body, 'Save Children'), org(body, 'Head Start'), org(body, 'Oxfam')];
    namesBeforeJobs(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['organization', 'organization', 'organization']);
    const one = 'Partners: Islamic Relief, Country Office, UNICEF.';
    const kept = [org(one, 'Islamic Relief')];
    namesBeforeJobs(one, kept);
    assert.equal(kept[0]!.type, 'organization');
  });
});
