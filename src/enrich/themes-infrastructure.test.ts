import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectThemes, THEME_RULES } from './themes.js';

describe('detectThemes, energy and critical infrastructure', () => {
  it('should give a cut seabed cable, a pipeline leak and a substation fire the infrastructure theme', () => {
    for (const [headline, body] of [
      ['Ferry anchor blamed for outage', 'A subsea cable between Gotland and the mainland failed on Sunday. The island ran on a diesel power station until the interconnector was mended.'],
      ['Leak shuts line', 'Operators closed the offshore pipeline after a pressure drop, and the gas storage site nearby was emptied.'],
      ['Arson suspected in Kolberg blackout', 'Thirty thousand homes lost power after a fire at an electrical substation, the grid operator said.'],
      ['Refinery hit', 'Drones set a fuel tank burning at the refinery, and the LNG terminal down the coast stopped loading.'],
    ] as const) {
      assert.ok(detectThemes(headline, body).includes('infrastructure'), body);
    }
  });

  it('should give no infrastructure theme to a news blackout, a deals pipeline or a cable channel', () => {
    const body = 'The junta imposed a media blackout on the north. The studio said its pipeline of films was full and its cable channel would show them.';
    assert.ok(!detectThemes('Junta silences press', body).includes('infrastructure'));
  });

  it('should let through its word gate every text its pattern matches in', () => {
    const texts = [
      'The Undersea Cable, the Interconnector, a Gas Pipeline and the Power Grid failed; the Grid Operator blamed a Transmission Line.',
      'A Substation fire caused a Blackout and Power Outages; the Refinery, the LNG Terminal, Gas Storage and an Oil Depot shut.',
      'The EU blacklists ten ships; the UN Listing named them, and they were Designated By the Treasury as Designated Entities.',
    ];
    let matched = 0;
    for (const rule of THEME_RULES.filter((r) => r.theme === 'infrastructure' || r.theme === 'sanctions')) {
      for (const { pattern, words } of rule.patterns) {
        for (const text of texts) {
          for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
            matched++;
            assert.ok(words.some((w) => m[0].toLowerCase().includes(w)), `${pattern} at "${m[0]}"`);
          }
        }
      }
    }
    assert.ok(matched >= 14, `${matched} matches`);
  });
});

describe('detectThemes, sanctions in other words', () => {
  it("should make a bloc's blacklisting and listing of ships a sanctions story", () => {
    assert.ok(detectThemes('Bloc blacklists nine freighters', 'The ships carried grain from occupied ports, the council said.').includes('sanctions'));
    const body = 'The UN listing names four vessels and their Panama owner. The owner was designated by the Treasury last year.';
    assert.ok(detectThemes('Four vessels named', body).includes('sanctions'));
  });

  it('should make no sanctions story of a share listing or a designated driver', () => {
    const body = 'The miner plans a new listing in Toronto. Police praised the designated driver scheme and the designated areas for smokers.';
    assert.ok(!detectThemes('Miner to list shares', body).includes('sanctions'));
  });
});

describe('detectThemes, a vessel boarded by a state at sea', () => {
  it('should make a tanker boarded by coastguards or a patrol vessel a maritime story', () => {
    const body = 'Swedish coastguards boarded the Malta-flagged tanker Silver Heron on Tuesday. Its patrol boat Rimfaxe had boarded another bulk carrier, the Odra, a week earlier.';
    assert.ok(detectThemes('Tanker held off Gotland', body).includes('maritime'));
  });

  it('should make no maritime story of border guards boarding a train', () => {
    const body = 'Border guards boarded the night train at the frontier. Border guards boarded a bus later and checked the passengers.';
    assert.ok(!detectThemes('Checks at the frontier', body).includes('maritime'));
  });
});
