import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseLayout } from './layout.js';
import { textToBlocks } from './text-blocks.js';

describe("analyseLayout, a firm's press release under its labelled masthead", () => {
  it('should take the title under the date line as the headline and the firm as the issuer', () => {
    const text = [
      'NORDWIND AIR - PRESS RELEASE',
      'Oslo, 3 March 2027',
      'Nordwind Air suspends flights to Tromsø after runway damage',
      'Nordwind Air confirms that all flights to Tromsø are suspended until the runway is repaired.',
      'Passengers may rebook free of charge, the airline said.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Nordwind Air suspends flights to Tromsø after runway damage');
    assert.equal(layout.outlet, 'Nordwind Air');
  });

  it('should keep a headline that follows a release label as the headline, with no issuer from it', () => {
    const text = ['Press release: Council approves harbour budget', 'Oslo, 3 March 2027', 'The council approved the harbour budget on Tuesday by nine votes to four.'].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Press release: Council approves harbour budget');
    assert.notEqual(layout.outlet, 'Council approves harbour budget');
  });

  it('should keep a Title Case headline after "Press Release:" under a site\'s name (review72 fault 7)', () => {
    const text = ['State of Vermont', 'Home | News | Contact', 'Press Release: Governor Signs Flood Relief Bill', 'March 3, 2027', 'The governor signed the flood relief bill on Tuesday after the legislature passed it.'].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Press Release: Governor Signs Flood Relief Bill');
  });
});

describe("analyseLayout, a wire's credit line under the headline", () => {
  it('should take the line as the agency, and the line above it as the headline', () => {
    const text = [
      'Coastal Aviation Weekly',
      'News | Safety | Airlines | Subscribe',
      'Freighter overruns runway at Vigo',
      'Albion Press Agency',
      'March 3, 2027',
      'A cargo jet overran the runway at Vigo on Tuesday night, the airport operator said on Wednesday.',
      'No one was hurt, the operator said.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Freighter overruns runway at Vigo');
    assert.equal(layout.agency, 'Albion Press Agency');
  });

  it('should take the line as the agency where the date line sits between it and the headline (ux73a)', () => {
    const text = [
      'Coastal Aviation Weekly | Safety | Airlines',
      'Freighter overruns runway at Vigo',
      'Mar. 3, 2027 6:40PM GMT+1',
      'Albion Press Agency',
      'A cargo jet overran the runway at Vigo on Tuesday night, the airport operator said on Wednesday.',
      'No one was hurt, the operator said.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Freighter overruns runway at Vigo');
    assert.equal(layout.agency, 'Albion Press Agency');
  });

  it('should keep a wire\'s name as the masthead on the page\'s first line, and a title that only holds "Press"', () => {
    const text = ['Albion Press Agency', 'Freighter overruns runway at Vigo', 'March 3, 2027', 'A cargo jet overran the runway at Vigo on Tuesday night, the airport operator said.'].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Freighter overruns runway at Vigo');
    assert.equal(layout.agency ?? null, null);
    const titled = ['Coastal Aviation Weekly', 'Freighter overruns runway at Vigo', 'Free Press hails port reopening', 'March 3, 2027', 'A cargo jet overran the runway at Vigo on Tuesday night.'].join('\n');
    assert.equal(analyseLayout(textToBlocks(titled).blocks, {}).agency ?? null, null);
  });
});

describe("analyseLayout, a federal department's release under its masthead and label", () => {
  it('should take the department as the issuer and the title under the date as the headline', () => {
    const text = [
      'U.S. DEPARTMENT OF COMMERCE',
      'PRESS RELEASE',
      'March 5, 2027',
      'Commerce Adds Nine Firms to Entity List Over Drone Parts Exports',
      'WASHINGTON -- Today, the Department of Commerce added nine firms to the Entity List for supplying drone engines to sanctioned buyers.',
      'The firms are based in three countries, the department said.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Commerce Adds Nine Firms to Entity List Over Drone Parts Exports');
    assert.equal(layout.outlet, 'U.S. Department of Commerce');
  });
});

describe("analyseLayout, a wire's credit line named \"... Press Wire\" and a dateline on its own line (review ux77a)", () => {
  it('should take "Nordic Press Wire" under the headline as the agency, not as the headline', () => {
    const text = [
      'Fjordland Business Post',
      'Markets | Energy | Shipping',
      'Norway trims cod quota for the Barents Sea',
      'Nordic Press Wire',
      'April 7, 2026',
      'Norway on Tuesday cut the cod quota for the Barents Sea by a fifth, the fisheries ministry said.',
      'Fishing groups said the cut would cost jobs in the north.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Norway trims cod quota for the Barents Sea');
    assert.equal(layout.agency, 'Nordic Press Wire');
  });

  it('should keep a Title Case headline ending in "Wire" as the headline, with no agency', () => {
    const text = ['Valley Courier', 'Thieves Strip Copper Wire From Rail Depot', 'April 7, 2026', 'Thieves took about a tonne of copper wire from the rail depot on Monday night, police said.'].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Thieves Strip Copper Wire From Rail Depot');
    assert.equal(layout.agency ?? null, null);
  });

  it('should give a lone dateline back to the lead it opens, and leave a date line of the head alone', () => {
    const text = [
      'Nordic Press Wire',
      'Norway trims cod quota for the Barents Sea',
      'By Ingrid Havik',
      'OSLO, April 7, 2026 (NPW)',
      'Norway on Tuesday cut the cod quota for the Barents Sea by a fifth, the fisheries ministry said.',
      'Fishing groups said the cut would cost jobs in the north.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.paragraphs[0], 'OSLO, April 7, 2026 (NPW) — Norway on Tuesday cut the cod quota for the Barents Sea by a fifth, the fisheries ministry said.');
    const plain = ['Norway trims cod quota for the Barents Sea', 'By Ingrid Havik', 'April 7, 2026', 'Norway on Tuesday cut the cod quota for the Barents Sea by a fifth, the fisheries ministry said.'].join('\n');
    assert.equal(analyseLayout(textToBlocks(plain).blocks, {}).paragraphs[0], 'Norway on Tuesday cut the cod quota for the Barents Sea by a fifth, the fisheries ministry said.');
  });
});
