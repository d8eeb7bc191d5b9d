import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from './block.js';
import { datedMasthead, mastheadOutlet } from './masthead.js';

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text, tag: 'p', linkDensity: 0, inArticle: false }));

describe('mastheadOutlet', () => {
  it("should take the masthead line or the navigation bar's first item above the headline", () => {
    assert.equal(mastheadOutlet(blocks('THE CAPITAL OBSERVER', 'Politics | National Security | Economy | Opinion', 'Five charged in IT worker scheme'), 2), 'The Capital Observer');
    assert.equal(mastheadOutlet(blocks('Harbor Wire | World | Asia-Pacific | Markets', 'Subscribe for $1 a week', 'Allies warn firms over IT workers'), 2), 'Harbor Wire');
  });

  it('should take no section, page furniture, date or sentence, and nothing below the headline', () => {
    assert.equal(mastheadOutlet(blocks('Politics | National Security | Economy', 'Menu', 'Monday, March 3', 'Five charged in IT worker scheme'), 3), null);
    assert.equal(mastheadOutlet(blocks('Breaking News', 'Five charged in IT worker scheme'), 1), null);
    assert.equal(mastheadOutlet(blocks('Five charged in IT worker scheme', 'HARBOR WIRE'), 0), null);
    assert.equal(mastheadOutlet(blocks('Police said the man fled.', 'Five charged'), 1), null);
  });

  it("should take a line alone only when it names an outlet: no topic's kicker, author or link above the headline", () => {
    for (const line of ['North Korea', 'Middle East', 'Cybersecurity', 'JOHN SMITH', 'Contact Us', 'Donate', 'Sponsored Content', 'Special Report', 'Register']) {
      assert.equal(mastheadOutlet(blocks(line, 'Five charged in IT worker scheme'), 1), null, line);
    }
    assert.equal(mastheadOutlet(blocks('PACIFIC DISPATCH', 'Five charged in IT worker scheme'), 1), 'Pacific Dispatch');
  });

  it('should take a masthead named a report, not a kind of report above the headline', () => {
    assert.equal(mastheadOutlet(blocks('SOUTHERN FLANK REPORT', 'Markets | Defence | Energy', 'Drones hit a fuel depot near the coast'), 2), 'Southern Flank Report');
    for (const line of ['Market Report', 'Investigative Report', 'THE ANNUAL REPORT']) {
      assert.equal(mastheadOutlet(blocks(line, 'Drones hit a fuel depot near the coast'), 1), null, line);
    }
  });
});

describe('mastheadOutlet, desks and watches, menus and dated briefs', () => {
  it("should take a masthead named a watch, a desk or a digest, not the section menu's first word below it", () => {
    assert.equal(mastheadOutlet(blocks('NORTH SEA FREIGHT WATCH', 'Ports | Shipping | Data | About', 'Dock strike ends after four days'), 2), 'North Sea Freight Watch');
    assert.equal(mastheadOutlet(blocks('Ports | Shipping | Data | About', 'Dock strike ends after four days'), 1), null);
  });

  it('should read the name and the day of a brief that opens with both', () => {
    assert.deepEqual(datedMasthead('Harbour Desk Brief -- 3 March 2027'), { outlet: 'Harbour Desk Brief', iso: '2027-03-03' });
    assert.deepEqual(datedMasthead('NORTHERN WIRE | March 3, 2027'), { outlet: 'Northern Wire', iso: '2027-03-03' });
    assert.equal(mastheadOutlet(blocks('Harbour Desk Brief -- 3 March 2027', 'The port of Kiel closed two berths after a crane failed.'), -1), 'Harbour Desk Brief');
  });

  it('should read no name from a line whose first part is no outlet or whose rest is no date', () => {
    assert.equal(datedMasthead('Dock strike -- 3 March 2027'), null);
    assert.equal(datedMasthead('Harbour Desk Brief -- ports and shipping'), null);
    assert.equal(mastheadOutlet(blocks('The port of Kiel closed two berths after a crane failed.'), -1), null);
  });
});

describe("a public body's masthead over its own release", () => {
  it('should name the body and the state it serves as the outlet', () => {
    assert.equal(mastheadOutlet(blocks('MINISTRY OF WATER - REPUBLIC OF KORVALIA', 'Home | Notices | Tenders', 'Boil-water notice for three districts'), 2), 'Ministry of Water, Republic of Korvalia');
    assert.equal(mastheadOutlet(blocks('Department of Roads, Government of Estmark', 'Bridge on the coast road closed for repairs'), 1), 'Department of Roads, Government of Estmark');
  });

  it('should take a body alone only in capitals, as mastheads print it', () => {
    assert.equal(mastheadOutlet(blocks('OFFICE OF THE PRESIDENT', 'Statement on the fuel shortage in the north'), 1), 'Office of the President');
    assert.equal(mastheadOutlet(blocks('Ministry of Defence', 'Drills planned off the east coast next week'), 1), null);
  });

  it('should take no sentence about a body and no body beside a word that is no state', () => {
    assert.equal(mastheadOutlet(blocks('The Ministry of Water said on Monday that wells were tested.', 'Boil-water notice'), 1), null);
    assert.equal(mastheadOutlet(blocks('MINISTRY OF WATER - LATEST NOTICES', 'Boil-water notice for three districts'), 1), null);
  });
});
