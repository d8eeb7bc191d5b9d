import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MARITIME_RULE } from './theme-maritime.js';
import { detectThemes, THEMES } from './themes.js';

describe('detectThemes: the maritime theme', () => {
  it('should be a theme a filter may name', () => {
    assert.ok(THEMES.includes('maritime'));
  });

  it('should read a drone or missile strike on a merchant ship as maritime', () => {
    const themes = detectThemes('Freighter struck by drone near strait', 'A drone hit the grain freighter Nordwind Lark before dawn. A second drone later targeted another vessel nearby, the navy said.');
    assert.ok(themes.includes('maritime'), themes.join());
  });

  it('should read piracy, a hijacking and crew held hostage as maritime', () => {
    assert.ok(detectThemes('Pirates seize fishing dhow', 'Armed men boarded a dhow at dawn.').includes('maritime'));
    assert.ok(detectThemes('', 'Gunmen hijacked the chemical tanker Osprey Vale on Sunday. Its crew were taken hostage and the owners fear a long ransom talk.').includes('maritime'));
    assert.ok(detectThemes('Navy patrols step up', 'Attacks of piracy have risen this year, and the coast guard says pirates now range further out.').includes('maritime'));
    // Talks on maritime security are diplomacy, not an attack at sea.
    assert.ok(!detectThemes('Three navies hold maritime security talks', 'Ministers met on Monday to discuss patrols.').includes('maritime'));
  });

  it('should read a state detaining a vessel as maritime (review ux73a fault 3)', () => {
    const themes = detectThemes('Data cable cut', 'Police detained a bulk carrier suspected of cutting the cable. The coastguard cutter Vigil had boarded the bulk carrier Grey Petrel at dawn.');
    assert.ok(themes.includes('maritime'), themes.join());
  });

  it('should not read ships in other news, software piracy or a ball team as maritime', () => {
    assert.ok(!detectThemes('Port welcomes largest boxship', 'The boxship docked at the new quay on Monday. Passengers boarded the cruise ship at noon.').includes('maritime'));
    assert.ok(!detectThemes('Freighter rams pier', 'The ship hit the pier while berthing, and the vessel struck a buoy on its way out.').includes('maritime'));
    assert.ok(!detectThemes('Studio fights film piracy', 'Online piracy costs the studio millions; software piracy is rising too.').includes('maritime'));
    assert.ok(!detectThemes('Pittsburgh Pirates win', 'The Pirates beat the Cubs 4-2 on Sunday.').includes('maritime'));
  });

  it('should let through its word gate every text its patterns match in', () => {
    const texts = ['hijacked the tanker', 'strikes on commercial shipping', 'a supramax was boarded', 'the seizure of two fishing trawlers', 'pirate skiffs', 'crew held hostage', 'piracy'];
    for (const text of texts) {
      for (const { pattern, words } of MARITIME_RULE.patterns) {
        pattern.lastIndex = 0;
        const m = pattern.exec(text);
        pattern.lastIndex = 0;
        if (m) assert.ok(words.some((w) => m[0].toLowerCase().includes(w)), `${pattern} at "${m[0]}"`);
      }
    }
  });
});

describe('detectThemes: advisories, boardings and air raids', () => {
  it('should read a vessel reported struck, and armed men who boarded, as maritime', () => {
    assert.ok(detectThemes('Vessel reported struck by projectile', 'The master said the engine room caught fire.').includes('maritime'));
    assert.ok(detectThemes('Skiff crew robbed', 'Armed men boarded a cargo dhow overnight. Two hours later gunmen boarded a second boat nearby.').includes('maritime'));
  });

  it('should read a raid by warplanes as military', () => {
    assert.ok(detectThemes('Jets strike radar posts', 'Warplanes struck four radar posts near the coast on Tuesday, and fighter jets circled for an hour.').includes('military'));
  });
});

describe('detectThemes: a ship set ablaze, and jets that strike', () => {
  it('should read a cargo ship set ablaze off a coast as maritime, and not a ship set alight for a festival', () => {
    assert.ok(detectThemes('Cargo ship set ablaze off the cape', 'The crew abandoned the vessel at dawn.').includes('maritime'));
    assert.ok(!detectThemes('Old ship set alight', 'A replica longship was burned at the winter festival, as every year.').includes('maritime'));
  });

  it('should read jets that strike as military, and not the Jets team', () => {
    assert.ok(detectThemes('Allied jets strike supply depots', 'The raids lasted two hours.').includes('military'));
    assert.ok(!detectThemes('Jets strike deal with quarterback', 'The team signed him for two seasons.').includes('military'));
  });
});
