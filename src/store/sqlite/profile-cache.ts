/**
 * Parsed event profiles kept between candidate lookups. Every arriving article scores about 25
 * candidate events, and parsing their stored profiles (a few hundred weighted terms each) was the
 * largest single cost of ingest (about 2.3 ms an article on GVA). The events a stream keeps scoring
 * are the ones inside its time window, so a bounded least-recently-used set holds them: memory is set
 * by the capacity, not by the store.
 *
 * Profiles are frozen: one object is handed to every caller, so none may change it.
 */
import { Lru } from '../../util/lru.js';
import type { EventProfile } from '../store.js';

export class ProfileCache extends Lru<string, EventProfile> {
  /** Stores the profile frozen and gives it back. */
  override set(eventId: string, profile: EventProfile): EventProfile {
    const frozen = freezeProfile(profile);
    super.set(eventId, frozen);
    return frozen;
  }
}

function freezeProfile(profile: EventProfile): EventProfile {
  Object.freeze(profile.terms);
  Object.freeze(profile.names);
  Object.freeze(profile.dates);
  return Object.freeze(profile);
}
