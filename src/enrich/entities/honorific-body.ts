/**
 * "The Rt Hon. Minister of Finance, ...": the tagger reads the capitalised honorific before a post as an
 * organisation ("Rt Hon"). Words of address name no body; they are dropped.
 */
import type { Entity } from '../../model/types.js';

const HONORIFIC_ONLY = /^(?:(?:right|rt\.?)\s+)?(?:hon\.?|honou?rable)$|^(?:his|her)\s+(?:excellency|majesty|highness)$/i;

/** The entities without organisations that are only an honorific. */
export function withoutHonorificBodies(entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => e.type !== 'organization' || !HONORIFIC_ONLY.test(e.text.trim()));
}
