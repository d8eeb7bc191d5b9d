/**
 * A bounded map that keeps what was used lately: the store's caches of what candidate lookups read
 * again and again, bounded whatever the store's size. Two generations of half the capacity each: new
 * and used entries go to the young one; when it is full it becomes the old one and the old one is
 * dropped, so an entry unused for a whole generation is gone. (An exact least-recently-used order
 * kept in one Map, by deleting and re-inserting on every hit, cost more than the lookups it saved.)
 */
export class Lru<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`cache capacity must be a whole number, got ${capacity}`);
    this.half = Math.max(1, Math.floor(capacity / 2));
  }

  get(key: K): V | undefined {
    const found = this.young.get(key);
    if (found !== undefined) return found;
    const aged = this.old.get(key);
    if (aged !== undefined) this.put(key, aged);
    return aged;
  }

  /** The value without counting it as a use. */
  peek(key: K): V | undefined {
    return this.young.get(key) ?? this.old.get(key);
  }

  set(key: K, value: V): void {
    if (this.capacity === 0) return;
    this.old.delete(key);
    this.put(key, value);
  }

  delete(key: K): void {
    this.young.delete(key);
    this.old.delete(key);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }

  get size(): number {
    let n = this.young.size;
    for (const key of this.old.keys()) if (!this.young.has(key)) n++;
    return n;
  }

  private put(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
  }
}
