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
 * What a split asks of its two groups: how many articles each needs, and how far below the lower mean
 * within the mean across must lie.
 */
export interface SplitBar {
  minGroup: number;
  maxRatio: number;
  /** Mean similarity within the smaller group from which it is copies of one page, not a story of its own. */
  maxWithinSmaller: number;
}

/** Two large groups, clearly apart (see SPLIT_MIN_GROUP and SPLIT_MAX_RATIO). */
export const LARGE_GROUPS: SplitBar = { minGroup: SPLIT_MIN_GROUP, maxRatio: SPLIT_MAX_RATIO, maxWithinSmaller: Infinity };
/**
 * A smaller second story (5 to 7 articles) splits off only when it is far apart: the mean across
 * under 0.6 of the lower mean within. Read off ECB+'s events at four stream orders: the two events
 * whose smaller story had 5 and 7 articles sat at 0.52 and 0.44, while the nearest wrong cut of one
 * story into groups of 5 or more (one rehab stay told by twenty outlets, cut 9 and 11) sat at 0.74, and
 * the mixed events the bar leaves whole at 0.75 to 0.80 (docs/clustering.md). A few pages that are
 * nearly one text (a paywall's or a cookie wall's words where the article failed to load: mean within
 * 0.85 or more; the two stories above had 0.51 and 0.27) are no story of their own and stay.
 */
export const SMALL_GROUP: SplitBar = { minGroup: 5, maxRatio: 0.6, maxWithinSmaller: 0.85 };
/**
 * At most this share of an event's articles are set aside as off-angle reports: more, and the small
 * groups are parts of one story told by many outlets (eight outlets' wordings of one story made two
 * groups of two outlets and six of one before the two merged).
 */
const OFF_ANGLE_SHARE = 0.2;

/**
 * An off-angle group whose similarity to the nearer side is below this share of the similarity between
 * the two sides is another story's, not a brief telling both. Found on ECB+ (seed-2 order): a report of
 * another topic (0.19 and 0.20 to the two Oscar-host stories, which were 0.30 to each other) kept the
 * two stories whole; a brief of one story is nearer (0.52 to each of two halves 0.64 apart, split.test.ts).
 */
const OTHER_STORY = 0.75;

/** Unit-length sparse vectors (term -> weight). */
export type UnitVector = Map<string, number>;

/**
 * Weight of the people an article names in its blended vector when the words alone find no split
 * (findSplitByPeople): the people part has length 0.8 and the words 0.6 (0.64 and 0.36 of the squared
 * length). Two stories of one kind (two players' drink-driving arrests, two bids for one player) share
 * most of their words, so their halves are as alike across as within; who is in them tells them apart.
 * Measured on ECB+ in four stream orders (docs/benchmarks.md, tenth session).
 */
export const PEOPLE_WEIGHT = 0.8;

/** People keys of each article (none of them a term of the vectors) with weights, such as inverse document frequencies. */
export type ArticlePeople = readonly (readonly (readonly [string, number])[])[];

/**
 * The split findSplit finds when the people each article names are blended into its vector, or null
 * unless the halves are two casts: each half must have people of its own (named in a third of its
 * reports) named by two thirds of its reports; its leading people (named nearly as often as its most
 * named) must be all but absent from the other half; and at most half of its own people may appear
 * there. Without these checks the blended vectors cut single stories: everyone names the victim while
 * outlets quote different neighbours; early reports name nobody or a witness, later ones the victim;
 * one outlet quotes the prosecutor, another the defence. A name and its variants ("John A. Doe" and
 * "John Doe", "Gaddafi" and "Gadhafi") count as one person here (see samePerson). So two stories that
 * share their lead (two appointments both led by the president) stay together: the words and the
 * people cannot tell them from one story.
 */
export function findSplitByPeople(vectors: readonly UnitVector[], people: ArticlePeople): number[] | null {
  // Large groups only: the smaller bar was read off the words alone.
  const moved = vectors.length < 2 * SPLIT_MIN_GROUP ? null : splitWith(similarities(withPeople(vectors, people)), LARGE_GROUPS);
  if (!moved) return null;
  const inMoved = new Set(moved);
  const stay = vectors.map((_, i) => i).filter((i) => !inMoved.has(i));
  return twoCasts(stay, moved, people) && twoCasts(moved, stay, people) ? moved : null;
}

/** Share of a half's reports that must name a person for the person to be one of the half's own. */
const OWN_SHARE = 1 / 3;
/**
 * Share of a half's reports that must name one of its own people: at 1/2, a shooting's first reports,
 * from before the victim was named, split off when half of them quoted one neighbour.
 */
const NAMED_SHARE = 2 / 3;
/** A half's own people named at least this share as often as its most named one lead it. */
const LEADING_SHARE = 0.75;
/** Share of the other half's reports above which a person counts as present there. */
const PRESENT_SHARE = 0.15;
/** Share of a half's own people that may be present in the other half (a prime minister named now and then in both). */
const MAX_SHARED_PEOPLE = 0.5;

/** Whether `half` has a cast of its own, apart from `other`'s (see findSplitByPeople). */
function twoCasts(half: readonly number[], other: readonly number[], people: ArticlePeople): boolean {
  const counts = new Map<string, number>();
  for (const i of half) for (const name of new Set((people[i] ?? []).map(([n]) => n))) counts.set(name, (counts.get(name) ?? 0) + 1);
  const own = [...counts].filter(([, n]) => n >= half.length * OWN_SHARE).sort((x, y) => y[1] - x[1]);
  const ownNames = own.map(([name]) => name);
  // A half with no people of its own fails here too.
  const naming = half.filter((i) => (people[i] ?? []).some(([n]) => ownNames.includes(n))).length;
  if (naming === 0 || naming < half.length * NAMED_SHARE) return false;
  const present = (name: string): boolean => other.filter((i) => (people[i] ?? []).some(([n]) => samePerson(n, name))).length > other.length * PRESENT_SHARE;
  const leading = own.filter(([, n]) => n >= own[0]![1] * LEADING_SHARE);
  if (leading.some(([name]) => present(name))) return false;
  return ownNames.filter(present).length <= ownNames.length * MAX_SHARED_PEOPLE;
}

/**
 * Two people keys for one person: equal, or sharing a word of four letters or more ("a. doe john" and
 * "doe john"), or of five or more spelt within two letters of each other, as transliterations are
 * ("gaddafi" and "gadhafi", "muammar" and "moammar"). Erring towards one person keeps a story whole.
 */
function samePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const theirs = nameWords(b);
  return nameWords(a).some((w) => theirs.some((v) => v === w || (w.length >= 5 && v.length >= 5 && withinTwoEdits(w, v))));
}

function nameWords(key: string): string[] {
  return key.slice(key.lastIndexOf(':') + 1).split(/[\s.'’-]+/).filter((w) => w.length >= 4);
}

/** Whether the Levenshtein distance is at most two (it stops once a whole row is past two). */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > 2) return false;
    previous = row;
  }
  return previous[b.length]! <= 2;
}

/** Each article's vector with its people blended in (see findSplitByPeople); one naming nobody keeps its vector. */
function withPeople(vectors: readonly UnitVector[], people: ArticlePeople): UnitVector[] {
  const keep = Math.sqrt(1 - PEOPLE_WEIGHT * PEOPLE_WEIGHT);
  return vectors.map((vector, i) => {
    // A key given twice counts once (its weight would otherwise be doubled and the length not one).
    const names = [...new Map(people[i] ?? [])];
    const norm = Math.sqrt(names.reduce((s, [, w]) => s + w * w, 0));
    if (norm === 0) return vector;
    const out: UnitVector = new Map([...vector].map(([t, w]) => [t, w * keep]));
    for (const [name, w] of names) out.set(name, (out.get(name) ?? 0) + (PEOPLE_WEIGHT * w) / norm);
    return out;
  });
}

/**
 * The indices of the group to move out, or null when the event is one story: two large groups clearly
 * apart, else a smaller group far apart (SMALL_GROUP).
 */
export function findSplit(vectors: readonly UnitVector[]): number[] | null {
  if (vectors.length < 2 * SPLIT_MIN_GROUP) return null;
  // One matrix for both bars: the pairs' similarities are most of the work.
  const sim = similarities(vectors);
  return splitWith(sim, LARGE_GROUPS) ?? splitWith(sim, SMALL_GROUP);
}

/** Every pair's similarity (dot products of unit vectors), each pair computed once. */
function similarities(vectors: readonly UnitVector[]): number[][] {
  const n = vectors.length;
  const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    sim[i]![i] = dot(vectors[i]!, vectors[i]!);
    for (let j = i + 1; j < n; j++) sim[i]![j] = sim[j]![i] = dot(vectors[i]!, vectors[j]!);
  }
  return sim;
}

function splitWith(sim: readonly (readonly number[])[], bar: SplitBar): number[] | null {
  const n = sim.length;
  let groups: number[][] = sim.map((_, i) => [i]);
  const average = (a: readonly number[], b: readonly number[]): number => {
    let s = 0;
    for (const i of a) for (const j of b) s += sim[i]![j]!;
    return s / (a.length * b.length);
  };
  const big = (g: readonly number[]): boolean => g.length >= bar.minGroup;
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
      // A group far nearer to neither side than the sides are to each other (a report of a third story
      // that joined early, a page whose text is mostly clutter) tells nothing of whether they are one:
      // it goes to the nearer side. A brief that tells both halves is near each (see OTHER_STORY).
      const across = average(x, y);
      const sides = groups.filter((g) => !big(g)).map((g) => ({ g, toX: average(g, x), toY: average(g, y) }));
      if (sides.every(({ toX, toY }) => Math.min(toX, toY) / Math.max(toX, toY) < SPLIT_MAX_RATIO || Math.max(toX, toY) < across * OTHER_STORY)) {
        const [inX, inY] = [sides.filter((s) => s.toX >= s.toY).flatMap((s) => s.g), sides.filter((s) => s.toX < s.toY).flatMap((s) => s.g)];
        groups = [[...x, ...inX], [...y, ...inY]];
        break;
      }
    }
    groups[best.x] = [...groups[best.x]!, ...groups[best.y]!];
    groups = groups.filter((_, i) => i !== best.y);
  }
  const [a, b] = groups as [number[], number[]];
  if (a.length < bar.minGroup || b.length < bar.minGroup) return null;
  const within = (g: readonly number[]): number => {
    let s = 0;
    let pairs = 0;
    for (const i of g) for (const j of g) if (i < j) (s += sim[i]![j]!), pairs++;
    return s / pairs;
  };
  const ratio = average(a, b) / Math.min(within(a), within(b));
  if (!(ratio < bar.maxRatio)) return null;
  if (!(within(a.length <= b.length ? a : b) < bar.maxWithinSmaller)) return null;
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
