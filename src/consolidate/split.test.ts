import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSplit, findSplitByPeople, SPLIT_MIN_GROUP, type UnitVector } from './split.js';

function unit(weights: Record<string, number>): UnitVector {
  const norm = Math.sqrt(Object.values(weights).reduce((s, w) => s + w * w, 0));
  return new Map(Object.entries(weights).map(([t, w]) => [t, w / norm]));
}

// Two stories that share a topic word: a coach fired in one city, another coach fired elsewhere.
const first = (i: number): UnitVector => unit({ coach: 1, fired: 1, boston: 2, harlow: 2, [`detail${i}`]: 1 });
const second = (i: number): UnitVector => unit({ coach: 1, fired: 1, denver: 2, okafor: 2, [`other${i}`]: 1 });

describe('findSplit', () => {
  it('should split an event whose articles tell two stories, moving the one without the first article', () => {
    const vectors = [...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => first(i)), ...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => second(i))];
    assert.deepEqual(findSplit(vectors), Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => SPLIT_MIN_GROUP + i));
  });

  it('should keep one story whole, and an event too small to tell', () => {
    assert.equal(findSplit(Array.from({ length: 2 * SPLIT_MIN_GROUP + 2 }, (_, i) => first(i))), null);
    assert.equal(findSplit([first(1), first(2), second(1), second(2)]), null);
  });

  it('should keep a story with a few off-angle reports whole', () => {
    const vectors = [...Array.from({ length: 14 }, (_, i) => first(i)), ...Array.from({ length: 3 }, (_, i) => second(i))];
    assert.equal(findSplit(vectors), null);
  });

  it('should split off a smaller second story only when it is far apart', () => {
    // Six reports of another coach's firing among fourteen: across them the words share little (a mean
    // of a fifth of those within), so they are another story although fewer than SPLIT_MIN_GROUP.
    // (Each of its reports has words of its own, as different outlets' reports do.)
    const told = (i: number): UnitVector => unit({ coach: 1, fired: 1, denver: 2, okafor: 2, [`told${i}`]: 2, [`quote${i}`]: 2 });
    const far = [...Array.from({ length: 14 }, (_, i) => first(i)), ...Array.from({ length: 6 }, (_, i) => told(i))];
    assert.deepEqual(findSplit(far), Array.from({ length: 6 }, (_, i) => 14 + i));
    // Six reports that share most of the story's words (across, two thirds of the mean within) may be
    // one angle of the same story: so few are not split off on that.
    const near = (side: string) => (i: number): UnitVector => unit({ coach: 1, fired: 1, [side]: 1, [`${side}${i}`]: 0.5 });
    const angle = [...Array.from({ length: 14 }, (_, i) => near('boston')(i)), ...Array.from({ length: 6 }, (_, i) => near('reaction')(i))];
    assert.equal(findSplit(angle), null);
    // Five pages that are nearly one text (a paywall's words where the article failed to load) are no
    // story of their own, however far from the rest.
    const wall = (i: number): UnitVector => unit({ subscribe: 3, continue: 3, reading: 3, account: 3, [`w${i}`]: 0.3 });
    assert.equal(findSplit([...Array.from({ length: 15 }, (_, i) => first(i)), ...Array.from({ length: 5 }, (_, i) => wall(i))]), null);
    // The same likeness between two large groups is two stories.
    const large = [...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => near('boston')(i)), ...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => near('reaction')(i))];
    assert.deepEqual(findSplit(large), Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => SPLIT_MIN_GROUP + i));
  });

  it('should split two stories that each have an off-angle report, joining each to the nearer story', () => {
    // A report of each story that shares little with the rest (a sidebar, a profile): left to the end
    // of the merging, one of them stayed a group of its own and the event was kept whole.
    const offAngle = (story: string): UnitVector => unit({ [story]: 1, [`${story}-profile`]: 3, [`${story}-family`]: 3 });
    const vectors = [...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => first(i)), offAngle('boston'), ...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => second(i)), offAngle('denver')];
    const moved = findSplit(vectors);
    assert.deepEqual(moved, [...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => SPLIT_MIN_GROUP + 1 + i), 2 * SPLIT_MIN_GROUP + 1]);
  });

  it('should keep whole one story that eight outlets tell in their own words', () => {
    // Each outlet's reports are alike; the eight outlets share the story's words. Many small groups are
    // parts of the story, not off-angle reports to set aside.
    const vectors = Array.from({ length: 40 }, (_, i) => unit({ zephyr: 1, exchange: 1, [`outlet${i % 8}a`]: 2, [`outlet${i % 8}b`]: 2, [`report${i}`]: 1 }));
    assert.equal(findSplit(vectors), null);
  });

  it('should keep one story whole when a brief tells both of its halves', () => {
    // The announcement and the reactions to it, and two briefs that tell both: as near to each half,
    // the briefs are a sign of one story, not off-angle reports to set aside.
    const announcement = (i: number): UnitVector => unit({ coach: 2, fired: 2, boston: 1, statement: 2, [`a${i}`]: 1 });
    const reaction = (i: number): UnitVector => unit({ coach: 2, fired: 2, boston: 1, fans: 2, [`r${i}`]: 1 });
    const brief = (i: number): UnitVector => unit({ coach: 2, fired: 2, statement: 1, fans: 1, [`b${i}`]: 4 });
    const vectors = [...Array.from({ length: 9 }, (_, i) => announcement(i)), ...Array.from({ length: 9 }, (_, i) => reaction(i)), brief(1), brief(2)];
    assert.equal(findSplit(vectors), null);
  });

  it('should split two stories when a report of a third story, near neither, sits among them', () => {
    // Two Oscar hosts named years apart, and a report of another topic that joined early: it is as far
    // from both, which says nothing of whether they are one story; it goes to one side and they split.
    const jackman = (i: number): UnitVector => unit({ oscar: 2, host: 2, jackman: 3, [`j${i}`]: 1 });
    const degeneres = (i: number): UnitVector => unit({ oscar: 2, host: 2, degeneres: 3, [`d${i}`]: 1 });
    const other = unit({ oscar: 1, rehab: 3, lohan: 3 });
    const vectors = [...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => jackman(i)), ...Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => degeneres(i)), other];
    const moved = findSplit(vectors);
    assert.ok(moved, 'split');
    for (let i = 0; i < SPLIT_MIN_GROUP; i++) {
      assert.ok(!moved.includes(i), `report ${i} stays`);
      assert.ok(moved.includes(SPLIT_MIN_GROUP + i), `report ${SPLIT_MIN_GROUP + i} moves`);
    }
  });

  it('should split two stories of one kind told in the same words when they name other people', () => {
    // Two players of one team arrested for drink-driving a month apart: the words are the same.
    const vectors = Array.from({ length: 2 * SPLIT_MIN_GROUP }, (_, i) => arrest(i));
    const people = vectors.map((_, i) => [[i < SPLIT_MIN_GROUP ? 'n:p:jackson vincent' : 'n:p:jamal williams', 3] as const]);
    assert.equal(findSplit(vectors), null);
    assert.deepEqual(findSplitByPeople(vectors, people), Array.from({ length: SPLIT_MIN_GROUP }, (_, i) => SPLIT_MIN_GROUP + i));
  });

  it('should split two casts that share a minor figure', () => {
    // Riots after a police shooting, and a strike against cuts two years on: both name the prime minister now and then.
    const vectors = Array.from({ length: 2 * SPLIT_MIN_GROUP + 2 }, (_, i) => arrest(i));
    const cast = (i: number): string[] => (i <= SPLIT_MIN_GROUP ? ['n:p:alexandros grigoropoulos', ...(i % 3 === 0 ? ['n:p:karamanlis costas'] : [])] : ['n:p:george papandreou', 'n:p:anna diamantopoulou', ...(i % 4 === 0 ? ['n:p:karamanlis costas'] : [])]);
    const people = vectors.map((_, i) => cast(i).map((n) => [n, 3] as const));
    assert.deepEqual(findSplitByPeople(vectors, people), Array.from({ length: SPLIT_MIN_GROUP + 1 }, (_, i) => SPLIT_MIN_GROUP + 1 + i));
  });

  // Single stories whose reports name different people by half, each kept whole by one of the checks.
  const wholeStories: [string, number, (i: number) => string[]][] = [
    ['half its reports name his lawyer too', 18, (i) => ['n:p:jackson vincent', ...(i % 2 ? ['n:p:goldberg sam'] : [])]],
    ['its first reports name nobody, the later ones the victim', 18, (i) => (i < SPLIT_MIN_GROUP + 1 ? [] : ['n:p:doe john'])],
    ['all name the victim, some outlets quote a neighbour and others his mother', 20, (i) => ['n:p:doe john', i % 2 ? 'n:p:lee karen' : 'n:p:doe maria']],
    ['all name the defendant, the first reports quote the prosecutor and the later ones his lawyer', 24, (i) => ['n:p:mark smith', i < 12 ? 'n:p:ana ortiz' : 'n:p:goldberg sam']],
    ['its first reports name a witness now and then, the later ones the victim', 20, (i) => (i < 10 ? (i % 3 === 0 ? ['n:p:lee karen'] : []) : ['n:p:doe john'])],
    ['the wire spells the name one way and the local papers another', 20, (i) => [i < 10 ? 'n:p:gaddafi muammar' : 'n:p:gadhafi moammar']],
    ['some outlets give the middle initial', 20, (i) => [i % 2 ? 'n:p:doe john' : 'n:p:a. doe john']],
    ['the first reports lead with the defendant, the later with the victim, and both name the same others', 20, (i) => [i < 10 ? 'n:p:mark smith' : 'n:p:doe john', ...(i % 2 ? ['n:p:lee karen'] : []), ...(i % 3 ? ['n:p:ana ortiz'] : [])]],
  ];
  for (const [story, n, named] of wholeStories) {
    it(`should keep one story whole when ${story}`, () => {
      const vectors = Array.from({ length: n }, (_, i) => report(i));
      assert.equal(findSplit(vectors), null);
      assert.equal(findSplitByPeople(vectors, vectors.map((_, i) => named(i).map((key) => [key, 4] as const))), null);
    });
  }
});

// A report of an arrest, with a detail of its own.
function arrest(i: number): UnitVector {
  return unit({ arrested: 2, driving: 2, chargers: 2, [`detail${i}`]: 1 });
}

// A report of a story with three details of its own (its words half shared with the others').
function report(i: number): UnitVector {
  return unit({ arrested: 2, driving: 2, chargers: 2, [`a${i}`]: 3, [`b${i}`]: 3, [`c${i}`]: 3 });
}
