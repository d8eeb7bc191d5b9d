/**
 * One event or two? When later articles show that an event holds two stories (two similar events
 * joined early, while each had one or two articles), its articles fall into two halves that are alike
 * within and unlike between. The articles' TF-IDF vectors are clustered by average linkage down to two
 * groups; the event splits when both groups are large and their mean similarity across is well below
 * the mean within each. Measured on ECB+'s merged topics: the mixed events split into their two
 * stories with both groups of 8 articles or more, while a single story's weakest split leaves a small
 * group (a few off-angle reports), which is why both groups must be large. Off-angle reports are set
 * aside while the two large groups form and then joined to the nearer: left to the end, one of them
 * stayed a group of its own and kept a mixed event whole (ECB+ in four stream orders: B-cubed
 * 0.871-0.900 without this, 0.885-0.906 with it). Only when each leans clearly to one side: a brief
 * as near to both halves is a sign of one story (announcement and reactions), and the merging goes on.
 */

/** Articles each group needs before an event is split. */
export const SPLIT_MIN_GROUP = 8;
/**
 * Mean similarity across over the lower of the two means within, below which the halves are two stories.
 * 0.8 since 2026-11-29 (was 0.7): at the bench's ECB+ order two more mixed events split (the 2009 and
 * 2014 Oscar hosts; two players' drink-driving arrests) and no single story did; at three other orders
 * the two values gave the same events or 0.8 slightly better (docs/benchmarks.md).
 */
export const SPLIT_MAX_RATIO = 0.8;
/**
 * At most this share of an event's articles are set aside as off-angle reports: more, and the small
 * groups are parts of one story told by many outlets (eight outlets' wordings of one story made two
 * groups of two outlets and six of one before the two merged).
 */
const OFF_ANGLE_SHARE = 0.2;

/** Unit-length sparse vectors (term -> weight). */
export type UnitVector = Map<string, number>;

/**
 * Share of a vector's length given to the people an article names when the words alone find no split
 * (withPeople). Two stories of one kind (two players' drink-driving arrests, two bids for one player)
 * share most of their words, so their halves are as alike across as within; who is in them is what
 * tells them apart. Measured on ECB+ in four stream orders (docs/benchmarks.md, tenth session): 0.7,
 * 0.8 and 0.9 split the same events in three orders; 0.8 split one more in the bench's order.
 */
export const PEOPLE_WEIGHT = 0.8;

/**
 * The split findSplit finds when the people each article names (`people[i]`: name keys, none of them a
 * term of the vectors, with weights such as inverse document frequencies) are blended into its vector
 * at PEOPLE_WEIGHT of its length; null unless each half has people of its own (named in a third of its
 * reports) and the halves share few of them. That guard matters: reports that name nobody beside ones that name the victim, or ones
 * that name the suspect's lawyer too, are one story, and blended vectors alone would cut it there.
 */
export function findSplitByPeople(vectors: readonly UnitVector[], people: readonly (readonly (readonly [string, number])[])[]): number[] | null {
  const moved = findSplit(withPeople(vectors, people));
  if (!moved) return null;
  const inMoved = new Set(moved);
  const stay = vectors.map((_, i) => i).filter((i) => !inMoved.has(i));
  const a = characteristicPeople(stay, people);
  const b = characteristicPeople(moved, people);
  if (a.size === 0 || b.size === 0) return null;
  let shared = 0;
  for (const name of a) if (b.has(name)) shared++;
  return shared <= Math.min(a.size, b.size) * MAX_SHARED_PEOPLE ? moved : null;
}

/**
 * Share of the smaller half's own people the other half may have too: two appointments to one cabinet
 * both name the president, two firings of one team's coaches both name the old coach, but one story's
 * reports name the same people whatever else they add.
 */
const MAX_SHARED_PEOPLE = 0.5;

/** Share of a group's articles that must name a person for the person to be one of the group's own. */
const CHARACTERISTIC_SHARE = 1 / 3;

function characteristicPeople(group: readonly number[], people: readonly (readonly (readonly [string, number])[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const i of group) for (const [name] of people[i] ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= group.length * CHARACTERISTIC_SHARE).map(([name]) => name));
}

/** Each article's vector with its people blended in (see findSplitByPeople); one naming nobody keeps its vector. */
function withPeople(vectors: readonly UnitVector[], people: readonly (readonly (readonly [string, number])[])[]): UnitVector[] {
  const keep = Math.sqrt(1 - PEOPLE_WEIGHT * PEOPLE_WEIGHT);
  return vectors.map((vector, i) => {
    const names = people[i] ?? [];
    const norm = Math.sqrt(names.reduce((s, [, w]) => s + w * w, 0));
    if (norm === 0) return vector;
    const out: UnitVector = new Map([...vector].map(([t, w]) => [t, w * keep]));
    for (const [name, w] of names) out.set(name, (out.get(name) ?? 0) + (PEOPLE_WEIGHT * w) / norm);
    return out;
  });
}

/** The indices of the group to move out, or null when the event is one story. */
export function findSplit(vectors: readonly UnitVector[]): number[] | null {
  const n = vectors.length;
  if (n < 2 * SPLIT_MIN_GROUP) return null;
  const sim: number[][] = vectors.map((a) => vectors.map((b) => dot(a, b)));
  let groups: number[][] = vectors.map((_, i) => [i]);
  const average = (a: readonly number[], b: readonly number[]): number => {
    let s = 0;
    for (const i of a) for (const j of b) s += sim[i]![j]!;
    return s / (a.length * b.length);
  };
  const big = (g: readonly number[]): boolean => g.length >= SPLIT_MIN_GROUP;
  while (groups.length > 2) {
    let best = { s: -Infinity, x: 0, y: 1 };
    for (let x = 0; x < groups.length; x++) {
      for (let y = x + 1; y < groups.length; y++) {
        const s = average(groups[x]!, groups[y]!);
        if (s > best.s) best = { s, x, y };
      }
    }
    // The next merge would join the only two large groups: the rest are a few off-angle reports, which
    // would otherwise stay apart to the end and leave a group too small to split off.
    const large = groups.filter(big);
    if (big(groups[best.x]!) && big(groups[best.y]!) && large.length === 2 && n - large[0]!.length - large[1]!.length <= n * OFF_ANGLE_SHARE) {
      const [x, y] = large as [number[], number[]];
      // Each off-angle group must lean clearly to one side; one as near to both (a brief that tells the
      // whole story) is a sign of one story, and the merging goes on as before.
      const sides = groups.filter((g) => !big(g)).map((g) => ({ g, toX: average(g, x), toY: average(g, y) }));
      if (sides.every(({ toX, toY }) => Math.min(toX, toY) / Math.max(toX, toY) < SPLIT_MAX_RATIO)) {
        const [inX, inY] = [sides.filter((s) => s.toX > s.toY).flatMap((s) => s.g), sides.filter((s) => s.toX < s.toY).flatMap((s) => s.g)];
        groups = [[...x, ...inX], [...y, ...inY]];
        break;
      }
    }
    groups[best.x] = [...groups[best.x]!, ...groups[best.y]!];
    groups = groups.filter((_, i) => i !== best.y);
  }
  const [a, b] = groups as [number[], number[]];
  if (a.length < SPLIT_MIN_GROUP || b.length < SPLIT_MIN_GROUP) return null;
  const within = (g: readonly number[]): number => {
    let s = 0;
    let pairs = 0;
    for (const i of g) for (const j of g) if (i < j) (s += sim[i]![j]!), pairs++;
    return s / pairs;
  };
  const ratio = average(a, b) / Math.min(within(a), within(b));
  if (!(ratio < SPLIT_MAX_RATIO)) return null;
  // The group without the first article moves out: the event's first story keeps its id.
  return (a.includes(0) ? b : a).sort((x, y) => x - y);
}

function dot(a: UnitVector, b: UnitVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) s += x * y;
  }
  return s;
}
