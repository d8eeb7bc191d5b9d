import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accidentEventsApart, accidentStepsApart } from './accident-steps.js';
import { incidentsApart, leadIncident } from './lead-incident.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';

describe('leadIncident: an air accident and the steps of its case', () => {
  it('should read a crash, the recorders found, a grounding, a report and a runway incursion', () => {
    assert.equal(leadIncident('Nine people died when a Tarnfield Air plane crashed short of the runway at Vessby on Sunday.'), 'crash');
    assert.equal(leadIncident('Eleven people were hurt when a Kestrel KX-310 crash-landed at Oldmere on Monday.'), 'crash');
    assert.equal(leadIncident('Nineteen people died when a Brava Air turboprop crashed into the sea on Tuesday.'), 'crash');
    assert.equal(leadIncident('Investigators on Tuesday recovered the cockpit voice recorder from the wreck of flight TF202.'), 'recovery');
    assert.equal(leadIncident('The regulator grounded all Kestrel KX-310 aircraft on Wednesday pending checks of the elevator.'), 'grounding');
    assert.equal(leadIncident('Tarnfield Air said its fleet of four KX-310s had been withdrawn from service.'), 'grounding');
    assert.equal(leadIncident('The safety board published its preliminary report into the loss of flight TF202 on Friday.'), 'report');
    assert.equal(leadIncident('A cargo jet rejected its take-off at Oldmere on Thursday after a tug crossed the runway.'), 'incursion');
    assert.equal(leadIncident('The regulator on Monday lifted its six-week grounding of the Kestrel KX-310.'), 'lifting');
  });
  it('should not read a car crash, a grounded teenager, a ship aground, a team that crashed out or a mention of the crash', () => {
    assert.equal(leadIncident('The gunman crashed his car into a pole after a police chase on Friday.'), null);
    assert.equal(leadIncident('The boy was grounded by his parents after the party.'), null);
    assert.equal(leadIncident('The freighter ran aground off Vessby on Monday.'), null);
    assert.equal(leadIncident('Her case was grounded in years of research.'), null);
    assert.equal(leadIncident('The New York Jets crashed out of the playoffs on Sunday.'), null);
    assert.equal(leadIncident('The KX-310 that crashed at Vessby on Sunday had flown 9,000 hours.'), null);
    assert.equal(leadIncident('Police found the weapon near the scene and recovered the stolen car.'), null);
  });
});

describe('accidentStepsApart', () => {
  it('should keep a grounding, a report or an incursion apart from a crash, whatever the days', () => {
    assert.equal(accidentStepsApart('grounding', ['crash']), true);
    assert.equal(accidentStepsApart('crash', ['report']), true);
    assert.equal(accidentStepsApart('incursion', ['crash']), true);
    assert.equal(incidentsApart('grounding', ['crash'], 0), true);
  });
  it('should leave a step of the event\'s own kind, and any report whose side leads with no accident, to the join model', () => {
    assert.equal(accidentStepsApart('crash', ['crash']), false);
    assert.equal(accidentStepsApart('grounding', ['crash', 'grounding']), false);
    assert.equal(accidentStepsApart('grounding', []), false);
    assert.equal(accidentStepsApart('strike', ['crash']), false);
    assert.equal(accidentStepsApart(null, ['crash']), false);
    // A shooting's court step and its shooting are no accident's: lead-incident.ts's rules as before.
    assert.equal(incidentsApart('ruling', ['crash'], 0), false);
  });
});

describe('accidentEventsApart', () => {
  it('should keep a crash\'s event and a grounding\'s apart, and not two events sharing a step or with none', () => {
    assert.equal(accidentEventsApart(['crash'], ['grounding']), true);
    assert.equal(accidentEventsApart(['crash', 'recovery'], ['recovery']), false);
    assert.equal(accidentEventsApart(['crash'], []), false);
    assert.equal(accidentEventsApart(['strike'], ['seizure']), false);
  });
});

describe('cluster: a crash and the regulator grounding the type', () => {
  const texts: Record<string, string[]> = {
    'a-crash.txt': [
      'Nine killed as Tarnfield Air plane crashes at Vessby',
      'By Lene Aasen, Vessby Post',
      'Published: March 2, 2031 22:10 GMT',
      'Nine people were killed when a Tarnfield Air Kestrel KX-310 crashed on approach to Vessby airport on Sunday evening, the rescue service said.',
      'Flight TF202 from Oldmere carried 30 passengers and three crew. The Accident Board said its inspectors were at the site.',
    ],
    'b-crash-retold.txt': [
      'Tarnfield Air crash at Vessby kills nine',
      'By Jon Rud, Northern Wire',
      'Published: March 3, 2031 07:30 GMT',
      'Nine people died when a Tarnfield Air Kestrel KX-310 crashed while landing at Vessby airport on Sunday, officials said on Monday.',
      'Flight TF202 from Oldmere came down in a field short of the runway, and the Accident Board has opened an investigation.',
    ],
    'c-grounding.txt': [
      'Regulator grounds Kestrel KX-310 after Vessby crash',
      'By Lene Aasen, Vessby Post',
      'Published: March 5, 2031 18:00 GMT',
      'The national aviation authority on Wednesday ordered all Kestrel KX-310 aircraft grounded, three days after a Tarnfield Air KX-310 crashed at Vessby, killing nine people.',
      'The order applies to 12 aircraft. Tarnfield Air said the Accident Board had shared early data from flight TF202.',
    ],
  };

  it('should give the grounding an event of its own day, in either order', async () => {
    const names = Object.keys(texts);
    for (const order of [names, [...names].reverse()]) {
      const dir = mkdtempSync(join(tmpdir(), 'cluster-accident-steps-'));
      const store = new SqliteStore(':memory:');
      try {
        for (const name of order) {
          writeFileSync(join(dir, name), texts[name]!.join('\n'));
          await ingestPaths([join(dir, name)], createStages(), { store, now: () => '2031-03-10T00:00:00Z' }, { maintain: false });
        }
        const events = await store.listEvents({ limit: 10, offset: 0 });
        assert.deepEqual(events.map((e) => `${e.date} ${e.articles.length}`).sort(), ['2031-03-02 2', '2031-03-05 1'], `order ${order.join(', ')}`);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('cluster: the recorders recovered days after a crash the report dates only by "last Tuesday\'s crash"', () => {
  const texts: Record<string, string[]> = {
    'a-crash.txt': [
      'Brava Air turboprop crashes off Cape Brava, 19 dead',
      'By Rita Moniz, Cape Courier',
      'Published: June 10, 2031 20:15 GMT',
      'Nineteen people were killed when a Brava Air turboprop crashed into the sea off Cape Brava on Tuesday afternoon, the coast guard said.',
      'Flight 77 from Santa Luz carried 22 passengers and four crew. The safety board said it had opened an investigation.',
    ],
    'b-crash-retold.txt': [
      'Nineteen die as Brava Air flight 77 goes down off Cape Brava',
      'By Tomas Reis, Island Wire',
      'Published: June 11, 2031 08:00 GMT',
      'A Brava Air turboprop plunged into the sea off Cape Brava on Tuesday, killing 19 people, officials said on Wednesday.',
      'Flight 77 had left Santa Luz an hour earlier. Seven survivors were taken to hospital.',
    ],
    'c-recorders.txt': [
      'Divers recover flight recorders of Brava Air turboprop',
      'By Rita Moniz, Cape Courier',
      'Published: June 13, 2031 17:30 GMT',
      "Divers on Friday recovered both flight recorders from the wreckage of last Tuesday's crash off Cape Brava, the safety board said.",
      'The recorders of flight 77 will be read at the board\'s laboratory next week.',
    ],
  };

  it("should give the recovery its own day and link the crash as its earlier event, in either order", async () => {
    const names = Object.keys(texts);
    for (const order of [names, [...names].reverse()]) {
      const dir = mkdtempSync(join(tmpdir(), 'cluster-accident-recalled-'));
      const store = new SqliteStore(':memory:');
      try {
        for (const name of order) {
          writeFileSync(join(dir, name), texts[name]!.join('\n'));
          await ingestPaths([join(dir, name)], createStages(), { store, now: () => '2031-06-20T00:00:00Z' }, { maintain: false });
        }
        const events = await store.listEvents({ limit: 10, offset: 0 });
        assert.deepEqual(events.map((e) => `${e.date} ${e.articles.length}`).sort(), ['2031-06-10 2', '2031-06-13 1'], `order ${order.join(', ')}`);
        const crash = events.find((e) => e.date === '2031-06-10')!;
        const recovery = events.find((e) => e.date === '2031-06-13')!;
        assert.deepEqual(recovery.related.map((r) => `${r.date} ${r.eventId ?? '-'}`), [`2031-06-10 ${crash.id}`], `order ${order.join(', ')}`);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
