import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupsInOrder } from '../../test/groups-in-order.js';

// A week's digest and the reports of two of the acts it tells, one file at a time in either order.
const FILES: Record<string, string> = {
  digest: [
    'Space and security week: a rocket, fresh sanctions and a summit',
    'By Mara Lindqvist, Orbit Desk',
    'Published: March 9, 2025 08:00 GMT',
    'Iran kept diplomats busy last week.',
    'On Monday it launched a Simorgh rocket carrying two research satellites from the Semnan spaceport.',
    'On Wednesday Britain sanctioned four Iranian drone makers and their Dubai agent.',
    'On Friday the leaders of France and Germany met in Aachen and called for talks with Tehran.',
  ].join('\n'),
  launch1: [
    'Iran puts two research satellites into orbit on Simorgh rocket',
    'By Tomas Reyes, Gulf Courier',
    'Published: March 3, 2025 14:10 GMT',
    'TEHRAN (Gulf Courier) - Iran launched a Simorgh rocket carrying two research satellites from the Semnan spaceport on Monday, state television said, the first such launch this year.',
    'The defence ministry said both satellites reached an orbit of about 500 km.',
  ].join('\n'),
  launch2: [
    'Simorgh rocket lifts two Iranian satellites from Semnan',
    'By Ana Ruiz, Levant Ledger',
    'Published: March 3, 2025 18:40 GMT',
    'TEHRAN - Iran fired a Simorgh rocket with two research satellites from its Semnan spaceport on Monday, Iranian state television reported.',
    'Officials in Tehran said the satellites would study weather patterns.',
  ].join('\n'),
  sanctions: [
    'Britain sanctions Iranian drone makers',
    'By Peter Hale, Thames Post',
    'Published: March 5, 2025 16:00 GMT',
    'LONDON - Britain sanctioned four Iranian drone makers and a Dubai trading agent on Wednesday, the Foreign Office said, freezing their assets in the UK.',
    'The Foreign Office said the firms had supplied engines for drones used against Ukraine.',
  ].join('\n'),
};

function eventsOf(order: readonly string[]): Promise<string[][]> {
  return groupsInOrder(FILES, order, '2025-03-20T00:00:00Z');
}

describe('cluster: a digest read first', () => {
  it('should start an event no later report joins, in either order', async () => {
    const expected = [['digest'], ['launch1', 'launch2'], ['sanctions']];
    assert.deepEqual(await eventsOf(['digest', 'launch1', 'sanctions', 'launch2']), expected);
    assert.deepEqual(await eventsOf(['launch2', 'sanctions', 'launch1', 'digest']), expected);
  });
});

// A round-up whose lead is one rescue, and a report of that rescue: same day, town and person.
const PLAIN: Record<string, string> = {
  digest: [
    'Week in review: a rescue, a fire and a strike',
    'By Hal Brennick, Dales Desk',
    'Published: April 12, 2025 08:00 GMT',
    'HARROGATE, England - Firefighters rescued Margaret Ellison, 81, from her flooded cottage in Harrogate on Monday after the River Nidd burst its banks, North Yorkshire Fire and Rescue Service said.',
    'On Wednesday a fire closed a bakery in Ripon.',
    'On Friday bus drivers in York walked out over pay.',
  ].join('\n'),
  rescue: [
    'Woman, 81, rescued from flooded Harrogate cottage',
    'By Nia Featherstone, Yorkshire Ledger',
    'Published: April 8, 2025 09:30 GMT',
    'HARROGATE, England - Margaret Ellison, 81, was carried from her flooded cottage in Harrogate by firefighters on Monday after the River Nidd burst its banks, North Yorkshire Fire and Rescue Service said.',
    'Ellison said she had lived by the river for fifty years and never seen it so high.',
  ].join('\n'),
};

describe('cluster: a digest that is plainly one event\'s story', () => {
  it("should be one event with a report of that event's day, town and person, in either order", async () => {
    assert.deepEqual(await groupsInOrder(PLAIN, ['digest', 'rescue'], '2025-04-20T00:00:00Z'), [['digest', 'rescue']]);
    assert.deepEqual(await groupsInOrder(PLAIN, ['rescue', 'digest'], '2025-04-20T00:00:00Z'), [['digest', 'rescue']]);
  });
});
