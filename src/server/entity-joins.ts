/**
 * Which entries of one kind join, kept between lists: the entity list is asked for after every change
 * of the store, and a change adds or drops few of its 28,000 names (at 10,000 articles) while working
 * out every name's keys and comparing every bucket's pairs again took most of a second. Each update
 * compares only the pairs a changed entry is in, or a bucket that crossed MAX_BUCKET holds, and keeps
 * the others' answers; a first update from nothing compares them all, so the groups are the same
 * whether the state is new or kept (entity-joins.test.ts checks it over a run of changes).
 */
import type { EntitySummary } from './entities.js';

/** Beyond this many entries a bucket's pairs are not compared (a key many names share). */
export const MAX_BUCKET = 200;

/**
 * The rules of one kind: an entry's keys (two entries compared share one), a signature that changes
 * whenever the keys or any answer of `same` may change for a name and country (a body's acronym ties),
 * and whether two entries are one, `a` before `b` in the order of their ids (joinId).
 */
export interface JoinRules {
  keysOf(e: EntitySummary): readonly string[];
  signatureOf(e: EntitySummary): string;
  same(a: EntitySummary, b: EntitySummary): boolean;
}

interface Node {
  id: string;
  entry: EntitySummary;
  signature: string;
  keys: readonly string[];
  matches: Set<Node>;
  /** The update that last listed it. */
  listed: number;
}

/** An entry's identity in the store's list: its name and a body's country (entityNames gives each once). */
const joinId = (e: EntitySummary): string => (e.country ? `${e.name}\u0000${e.country}` : e.name);

export class JoinState {
  private nodes = new Map<string, Node>();
  private buckets = new Map<string, Set<Node>>();
  private generation = 0;

  /**
   * The entries of `list` (one kind, the store's order) in groups, as `joined` always gave them: groups
   * in the order of their first entry, each entry in list order; entries joined where `same` holds,
   * except through one that fits two entries that are not one (it stays alone, and so does the pair
   * it would have bridged); a group holding two that are not one falls apart.
   */
  update(list: readonly EntitySummary[], rules: JoinRules): EntitySummary[][] {
    const steps = this.steps(list, rules);
    for (;;) {
      const step = this.next(steps);
      if (step.done) return step.value;
    }
  }

  /** A step of an update; one that fails leaves joins no list gave, so the next update starts from nothing. */
  private next(steps: Generator<void, EntitySummary[][]>): IteratorResult<void, EntitySummary[][]> {
    try {
      return steps.next();
    } catch (error) {
      this.nodes = new Map();
      this.buckets = new Map();
      throw error;
    }
  }

  /**
   * update, giving the event loop a turn every `sliceMs` of work: grouping a large store from nothing
   * takes most of a second, which no request should wait behind. The state must not be updated
   * otherwise meanwhile (EntityGrouping runs one update at a time).
   */
  async updateInSlices(list: readonly EntitySummary[], rules: JoinRules, sliceMs = 15): Promise<EntitySummary[][]> {
    const steps = this.steps(list, rules);
    let started = performance.now();
    for (;;) {
      const step = this.next(steps);
      if (step.done) return step.value;
      if (performance.now() - started < sliceMs) continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      started = performance.now();
    }
  }

  /** The work of update, pausing (a yield) every few hundred entries. */
  private *steps(list: readonly EntitySummary[], rules: JoinRules): Generator<void, EntitySummary[][]> {
    const ids: string[] = [];
    const changed = new Set<Node>();
    // The bucket sizes before this update, of the buckets that gained or lost an entry.
    const touched = new Map<string, number>();
    const leave = (node: Node): void => {
      for (const key of node.keys) {
        const bucket = this.buckets.get(key)!;
        if (!touched.has(key)) touched.set(key, bucket.size);
        bucket.delete(node);
        if (bucket.size === 0) this.buckets.delete(key);
      }
    };
    const enter = (node: Node): void => {
      for (const key of node.keys) {
        let bucket = this.buckets.get(key);
        if (!touched.has(key)) touched.set(key, bucket?.size ?? 0);
        if (!bucket) this.buckets.set(key, (bucket = new Set()));
        bucket.add(node);
      }
    };
    const generation = ++this.generation;
    const order: Node[] = [];
    for (const entry of list) {
      if (order.length % 512 === 511) yield;
      let id = joinId(entry);
      let node = this.nodes.get(id);
      // An id written twice in one list (no store gives one) is told apart by its turn.
      for (let n = 1; node?.listed === generation; n++) node = this.nodes.get((id = `${joinId(entry)}\u0000${n}`));
      ids.push(id);
      const signature = rules.signatureOf(entry);
      if (node && node.signature === signature) {
        node.entry = entry;
        node.listed = generation;
        order.push(node);
        continue;
      }
      if (node) leave(node);
      else this.nodes.set(id, (node = { id, entry, signature, keys: [], matches: new Set(), listed: generation }));
      node.entry = entry;
      node.signature = signature;
      node.listed = generation;
      node.keys = [...new Set(rules.keysOf(entry))];
      enter(node);
      changed.add(node);
      order.push(node);
    }
    for (const [id, node] of this.nodes) {
      if (node.listed === generation) continue;
      leave(node);
      for (const other of node.matches) other.matches.delete(node);
      this.nodes.delete(id);
    }
    // A bucket that crossed the limit either way: all its pairs are compared, or none, from now on.
    for (const [key, before] of touched) {
      const bucket = this.buckets.get(key);
      const after = bucket?.size ?? 0;
      if (bucket && before <= MAX_BUCKET !== after <= MAX_BUCKET) for (const node of bucket) changed.add(node);
    }
    yield* this.compare(changed, rules);
    return this.groups(list, ids, order, rules);
  }

  /** Every pair a node of `changed` is in, within a bucket of MAX_BUCKET entries or fewer, compared again. */
  private *compare(changed: ReadonlySet<Node>, rules: JoinRules): Generator<void, void> {
    for (const node of changed) {
      for (const other of node.matches) if (!changed.has(other)) other.matches.delete(node);
      node.matches = new Set();
    }
    const done = new Set<Node>();
    for (const node of changed) {
      if (done.size % 128 === 127) yield;
      done.add(node);
      const seen = new Set<Node>();
      for (const key of node.keys) {
        const bucket = this.buckets.get(key)!;
        if (bucket.size > MAX_BUCKET) continue;
        for (const other of bucket) {
          // A pair of two changed nodes was compared in the first one's turn.
          if (other === node || seen.has(other) || done.has(other)) continue;
          seen.add(other);
          if (sameInOrder(node, other, rules)) {
            node.matches.add(other);
            other.matches.add(node);
          }
        }
      }
    }
  }

  private groups(list: readonly EntitySummary[], ids: readonly string[], order: readonly Node[], rules: JoinRules): EntitySummary[][] {
    const meeting = order.filter((node) => node.matches.size > 0);
    // An entry that meets entries of two countries (a countryless "Foreign Ministry" beside Thailand's
    // and Cambodia's) can be neither's: it is set aside first, and the others are judged without it.
    // Else it also made Thailand's "Foreign Ministry" ambiguous (meeting it and "Thai Foreign
    // Ministry", which it does not meet), and Thailand's two names of one ministry stayed two entries.
    // Not where the entries of the two countries meet each other: an international body's names, whose
    // spokesmen's countries differ ("MSF" of France and of Belgium), are one body wherever it spoke.
    const bridging = new Set(meeting.filter((node) => new Set([...node.matches].map((o) => o.entry.country).filter((c) => c !== undefined)).size > 1 && apartByCountry([...node.matches])));
    // An entry that meets two that do not meet each other is ambiguous.
    const ambiguous = new Set<Node>(bridging);
    for (const node of meeting) {
      if (bridging.has(node)) continue;
      const m = [...node.matches].filter((o) => !bridging.has(o));
      if (m.some((a, x) => m.slice(x + 1).some((b) => !a.matches.has(b)))) ambiguous.add(node);
    }
    const parent = new Map<Node, Node>();
    const root = (n: Node): Node => {
      const p = parent.get(n);
      if (p === undefined || p === n) return n;
      const r = root(p);
      parent.set(n, r);
      return r;
    };
    for (const node of meeting) {
      if (ambiguous.has(node)) continue;
      for (const other of node.matches) if (!ambiguous.has(other)) parent.set(root(node), root(other));
    }
    // Groups in the order of their first entry: most entries meet none and are a group alone (an index).
    const out: (number | number[])[] = [];
    const joinedAt = new Map<Node, number[]>();
    order.forEach((node, i) => {
      if (node.matches.size === 0) {
        out.push(i);
        return;
      }
      const r = root(node);
      const group = joinedAt.get(r);
      if (group) group.push(i);
      else {
        const fresh = [i];
        joinedAt.set(r, fresh);
        out.push(fresh);
      }
    });
    const same = (i: number, j: number): boolean => (ids[i]! <= ids[j]! ? rules.same(list[i]!, list[j]!) : rules.same(list[j]!, list[i]!));
    // A chain of joins may still hold two that are not one (A~B, B~C, not A~C): such a group falls apart.
    const whole = (g: number[]): boolean => g.every((x, p) => g.slice(p + 1).every((y) => same(x, y)));
    const groups: EntitySummary[][] = [];
    for (const g of out) {
      if (typeof g === 'number') groups.push([list[g]!]);
      else if (g.length === 1 || whole(g)) groups.push(g.map((i) => list[i]!));
      else for (const i of g) groups.push([list[i]!]);
    }
    return groups;
  }
}

/** Whether two of `nodes`, of two countries, do not meet each other. */
function apartByCountry(nodes: readonly Node[]): boolean {
  return nodes.some((a, x) => a.entry.country !== undefined && nodes.slice(x + 1).some((b) => b.entry.country !== undefined && b.entry.country !== a.entry.country && !a.matches.has(b)));
}

/**
 * `same` asked with the two in the order of their ids, not of the list: the list's order follows the
 * events' counts, which change without a name changing, and a kept answer must not depend on it.
 */
function sameInOrder(a: Node, b: Node, rules: JoinRules): boolean {
  return a.id <= b.id ? rules.same(a.entry, b.entry) : rules.same(b.entry, a.entry);
}
