import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockadeApart } from './aid-blockade.js';
import { incidentsApart, leadIncident } from './lead-incident.js';

describe('aid-blockade', () => {
  it('should read a convoy or aid trucks held at a crossing as a blockade', () => {
    assert.equal(leadIncident('A convoy of 24 trucks carrying flour and tents for flood survivors has been stuck since Monday at the Tervo border crossing because of a customs dispute, officials said on Tuesday.'), 'blockade');
    assert.equal(leadIncident('A Red Cross convoy held at the Orsk checkpoint was allowed through on Thursday after the two ministries agreed on a joint inspection.'), 'blockade');
    assert.equal(leadIncident('Forty aid trucks were stranded at the Velmar crossing on Sunday.'), 'blockade');
  });

  it('should leave a single truck at a checkpoint, and a quake that struck, as they were', () => {
    assert.equal(leadIncident('A pickup truck was stopped at a police checkpoint on Route 9 late Saturday, and the driver fled on foot.'), null);
    assert.equal(leadIncident('Trucks carrying earthquake aid reached the valley on Sunday.'), null);
    // Trucks of migrants or contraband, or an army's convoy, held at a crossing are no aid held.
    assert.equal(leadIncident('Two lorries carrying 40 migrants were stopped at the border crossing near Velko on Monday, police said.'), null);
    assert.equal(leadIncident('Police said two trucks carrying smuggled cigarettes were stopped at a checkpoint outside Dravna on Tuesday.'), null);
    assert.equal(leadIncident('A military convoy was halted at the Tervo checkpoint by villagers on Friday.'), null);
    assert.equal(leadIncident('A magnitude 6.1 earthquake struck the mountain district early on Tuesday, killing at least 40 people.'), 'quake');
  });

  it('should set aid held at a crossing apart from a disaster on the next day, either way round', () => {
    assert.equal(blockadeApart('quake', ['blockade']), true);
    assert.equal(blockadeApart('blockade', ['landslide']), true);
    assert.equal(incidentsApart('quake', ['blockade'], 1), true);
    assert.equal(incidentsApart('blockade', ['landslide', 'landslide'], 0), true);
  });

  it('should leave a blockade with blockades, and an event whose reports lead with both, to the other rules', () => {
    assert.equal(blockadeApart('blockade', ['blockade']), false);
    assert.equal(blockadeApart('blockade', ['quake', 'blockade']), false);
    assert.equal(blockadeApart('quake', ['quake']), false);
    assert.equal(incidentsApart('quake', ['quake'], 0), false);
  });
});
