import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { situationReportDisaster } from './disasters.js';
import { articleLeadIncident, incidentsApart, leadIncident } from './lead-incident.js';

describe('leadIncident: disasters and attacks on convoys', () => {
  it('should read a quake, an aftershock, a landslide, a flood and an ambushed convoy by their verbs', () => {
    assert.equal(leadIncident('A magnitude 6.1 earthquake struck the mountain district early on Tuesday, killing at least 40 people.'), 'quake');
    assert.equal(leadIncident('A strong aftershock of magnitude 5.2 struck near Dorvane this afternoon, killing three people.'), 'quake');
    assert.equal(leadIncident('Four people were killed when a 5.0-magnitude aftershock hit the province on Monday.'), 'quake');
    assert.equal(leadIncident('A landslide buried half of the hill village of Tarn on Saturday.'), 'landslide');
    assert.equal(leadIncident('Rescuers have recovered nine bodies from Tarn, which was buried by a landslide on Saturday.'), 'landslide');
    assert.equal(leadIncident('Flash floods swept through the valley overnight, washing away two bridges.'), 'flood');
    assert.equal(leadIncident('Gunmen opened fire on a convoy of relief trucks on the pass road on Thursday, killing two drivers.'), 'ambush');
    assert.equal(leadIncident('A food agency convoy was attacked near the border crossing, officials said.'), 'ambush');
  });

  it('should read nothing where the disaster is named without being reported, nor where it is the time of the news', () => {
    assert.equal(leadIncident('Families in earthquake-hit villages slept outdoors on Friday.'), null);
    assert.equal(leadIncident('Trucks carrying earthquake aid reached the valley on Sunday.'), null);
    assert.equal(leadIncident('The death toll from the earthquake has risen to 318, the ministry said on Saturday.'), null);
    assert.equal(leadIncident('Four people died on Monday, almost a week after an earthquake killed more than 300 people.'), null);
    assert.equal(leadIncident('Gunmen attacked a wedding party in the village, killing five.'), null);
  });
});

describe('situationReportDisaster', () => {
  it("should read the disaster a situation report's headline names, and only a situation report's", () => {
    assert.equal(situationReportDisaster('Dorvane: Earthquake - Situation Report No. 4'), 'quake');
    assert.equal(situationReportDisaster('Delta Floods Flash Update No. 2'), 'flood');
    assert.equal(situationReportDisaster('Earthquake toll rises to 318'), null);
    assert.equal(situationReportDisaster('Situation Report No. 4: refugee arrivals'), null);
    assert.equal(situationReportDisaster(null), null);
  });

  it("should give a situation report the headline's disaster when its lead tells only the toll", () => {
    const body = 'The death toll from the 4 March earthquake has risen to 96.';
    assert.equal(articleLeadIncident(body, [{ start: 0, end: body.length }], 'Dorvane: Earthquake - Situation Report No. 4'), 'quake');
  });
});

describe('incidentsApart: two quakes, a quake and an ambush', () => {
  it('should set apart an aftershock six days after the quake, and an ambush two days after it', () => {
    assert.equal(incidentsApart('quake', ['quake'], 6, { sameKindGap: 6 }), true);
    assert.equal(incidentsApart('ambush', ['quake'], 2, { sameKindGap: null }), true);
  });

  it("should keep two reports of one quake a day apart ('on Monday night' and 'early Tuesday')", () => {
    assert.equal(incidentsApart('quake', ['quake'], 1, { sameKindGap: 1 }), false);
  });
});
