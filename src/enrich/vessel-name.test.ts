import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesAVessel } from './vessel-name.js';

/** Whether the first mention of `name` in `text` names a vessel, the text itself being the story. */
function vessel(text: string, name: string, story = text): boolean {
  const at = text.indexOf(name);
  return namesAVessel(text, at, at + name.length, story);
}

describe('namesAVessel', () => {
  it('should read a town name right after a vessel word as the vessel', () => {
    assert.ok(vessel('Sailors aboard the patrol boat Rayong 4 were detained at dawn.', 'Rayong'));
    assert.ok(vessel('A gunboat rammed the frigate Chonburi near the reef.', 'Chonburi'));
  });

  it('should read a town name with a hull number as the vessel where the story speaks of a boat', () => {
    const headline = 'Rayong 4 sailors return home';
    assert.ok(vessel(headline, 'Rayong', `${headline}\nThe crew of the seized cutter landed on Monday.`));
    assert.ok(vessel('The cutter, Rayong 4, was on patrol when it was struck.', 'Rayong'));
  });

  it('should leave a town that is only near a vessel or followed by a distance or a count', () => {
    assert.ok(!vessel('The ferry sank 12 km off Rayong on Monday.', 'Rayong'));
    assert.ok(!vessel('Boats left Rayong 40 km behind them.', 'Rayong'));
    assert.ok(!vessel('A man was shot in Dayton 2 days after his release.', 'Dayton'));
    assert.ok(!vessel('He was found on a boat, Miami police said.', 'Miami'));
  });
});

describe('namesAVessel: a town before a count is no vessel (review68)', () => {
  it('should not read a town followed by a count of people or calls as a hull number', () => {
    const story = 'A fishing boat capsized near the harbour.';
    const text = 'In Rayong 14 people were rescued by a passing trawler.';
    assert.equal(namesAVessel(text, 3, 9, story), false);
    const calls = 'Portland 911 dispatchers took the first call at noon.';
    assert.equal(namesAVessel(calls, 0, 8, story), false);
  });
});

describe('namesAVessel: merchant size classes and IMO numbers (fixm70a)', () => {
  it('should read a name right after a merchant class word as the hull', () => {
    assert.ok(vessel('Owners said their ageing capesize Dayton Harbour would be scrapped.', 'Dayton'));
    assert.ok(vessel('A fire broke out on the bulk carrier Aurora Dawn overnight.', 'Aurora'));
    assert.ok(vessel('Insurers wrote off the suezmax Salem Pride last year.', 'Salem'));
  });

  it('should read a name followed by an IMO number as the hull', () => {
    assert.ok(vessel('Salvors reached Medina Wave (IMO 9123456) at first light.', 'Medina'));
    assert.ok(vessel('The crew of Medina, IMO 9123456, was taken off by helicopter.', 'Medina'));
  });

  it('should leave a town after an airline word or beside a short number', () => {
    assert.ok(!vessel('Flights from Medina to Cairo resumed on Monday.', 'Medina'));
    assert.ok(!vessel('The carrier said flights to Salem (about 40 daily) would resume.', 'Salem'));
  });
});

describe('namesAVessel: the first words of a ship\u2019s name the story gives', () => {
  const story = 'Armed men boarded the bulk carrier Coral Bay Star on Sunday. The Coral Bay Star was later released.';
  it('should read "Coral Bay" as the ship where the story calls it the bulk carrier Coral Bay Star', () => {
    const at = story.indexOf('The Coral Bay');
    assert.ok(namesAVessel(story, at + 4, at + 13, story));
  });
  it('should leave the town where the story names no ship of a longer name, or the name stops there', () => {
    const town = 'Armed men boarded the bulk carrier Coral Bay Star on Sunday. Officials in Coral Bay said the crew were safe.';
    const at = town.indexOf('Coral Bay said');
    assert.ok(!namesAVessel(town, at, at + 9, town));
    const plain = 'Flooding closed roads in Coral Bay on Sunday.';
    assert.ok(!namesAVessel(plain, 25, 34, plain));
  });
});

describe('namesAVessel inside a ship name', () => {
  it('should read a town that is a later word of a ship the story names as the vessel', () => {
    const story = 'Gunmen boarded the container ship Marisol Pearl on Monday and sailed it to port.';
    assert.ok(vessel(story, 'Pearl'));
  });

  it('should keep the town where the story writes it apart from the ship', () => {
    const story = 'Gunmen boarded the container ship Marisol Pearl on Monday. Its owner is based in Pearl, Mississippi.';
    const at = story.lastIndexOf('Pearl');
    assert.equal(namesAVessel(story, at, at + 5, story), false);
  });
});
