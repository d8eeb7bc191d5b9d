/**
 * Names the tagger reads as organisations that are something else, or only part of one: a law's title,
 * an honorific, a building in an address, a site named before its kind, a post after a body's
 * possessive, a body's remit after "on", a dateline before a dash, a country's possessive. Each rule is
 * in its own file.
 */
import type { Entity } from '../../model/types.js';
import { buildingsInAddresses } from './address-building.js';
import { bodiesWithoutPosts } from './body-post.js';
import { bodiesWithoutCountryPossessive } from './country-possessive.js';
import { bodiesWithoutDashedDateline } from './dateline-dash.js';
import { withoutHonorificBodies } from './honorific-body.js';
import { withoutLawTitleParts, withoutLawTitles } from './law-title.js';
import { bodiesWithRemits } from './remit-after-on.js';
import { sitesBeforeKindWords } from './site-before-kind.js';

/** The merged entities with those organisations read again, in the order of the text. */
export function rereadBodies(body: string, entities: readonly Entity[]): Entity[] {
  // A place joined to a dateline's dash is read again too (dateline-dash.ts).
  if (!entities.some((e) => e.type === 'organization' || (e.type === 'location' && /\s(?:--|[-–—])\s/.test(e.text)))) return [...entities];
  const out = bodiesWithoutCountryPossessive(bodiesWithoutDashedDateline(bodiesWithoutPosts(bodiesWithRemits(body, withoutHonorificBodies(withoutLawTitleParts(body, withoutLawTitles(entities)))))));
  out.sort((a, b) => a.start - b.start);
  buildingsInAddresses(body, out);
  sitesBeforeKindWords(body, out);
  return out;
}
