/**
 * Parsed event profiles kept between candidate lookups. Every arriving article scores about 25
 * candidate events, and parsing their stored profiles (a few hundred weighted terms each) was the
 * largest single cost of ingest (about 2.3 ms an article on GVA). The events a stream keeps scoring
 * are the ones inside its time window, so a bounded least-recently-used set holds them: memory is set
 * by the capacity, not by the store.
 *
 * Profiles are frozen: one object is handed to every caller, so none may change it.
 */
import type { EventProfile } from '../store.js';

export class ProfileCache {
  private readonly entries = new Map<string, EventProfile>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`profile cache capacity must be a whole number, got ${capacity}`);
  }

  get(eventId: string): EventProfile | undefined {
    const found = this.entries.get(eventId);
    if (found) {
      // Re-inserted so the Map's order is the order of last use.
      this.entries.delete(eventId);
      this.entries.set(eventId, found);
    }
    return found;
  }

  set(eventId: string, profile: EventProfile): EventProfile {
    const frozen = freezeProfile(profile);
    if (this.capacity === 0) return frozen;
    this.entries.delete(eventId);
    this.entries.set(eventId, frozen);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return frozen;
  }

  delete(eventId: string): void {
    this.entries.delete(eventId);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function freezeProfile(profile: EventProfile): EventProfile {
  Object.freeze(profile.terms);
  Object.freeze(profile.names);
  Object.freeze(profile.dates);
  return Object.freeze(profile);
}
