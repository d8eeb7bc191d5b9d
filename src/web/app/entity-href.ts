/** Links to an entity's page, from any view (the feed's cards, an event's page, the entity list). */
import type { EntityKind } from './types.js';

/** Pages link to entities by kind, name and (organisations) country; the entity view looks the id up. */
export function entityHref(name: string, kind: EntityKind = 'person', country?: string | null): string {
  const organisationCountry = kind === 'organization' && country ? `&country=${encodeURIComponent(country)}` : '';
  return `#/entity?${kind === 'person' ? '' : `kind=${kind}&`}name=${encodeURIComponent(name)}${organisationCountry}`;
}
