/**
 * People who hold a public office (ministers, commissioners, governors, ambassadors, heads of state
 * and of central banks) come back in every step of a policy story: the trade minister who announces
 * an export ban is at the talks a month later, the commissioner who sets tariffs postpones them three
 * weeks on. Named in common by two reports more than six days apart, they are no evidence that the
 * reports tell one event (ux68: a ban, tariffs, their postponement and talks weeks apart had joined
 * through the same two ministers). A victim's or an accused's name in common still is.
 */
import type { PersonMention } from '../model/types.js';

/** A role that is an office of state or of a public body, held over many events. */
const OFFICE = /\b(?:(?:prime\s+|foreign\s+|trade\s+|finance\s+|deputy\s+)?minister|commissioner|governor|ambassador|envoy|president|premier|chancellor|secretary(?:\s+of\s+state|\s+general)?|trade\s+representative|king|queen|head\s+of\s+state)\b/i;

/**
 * Titles of the same words that are no office of state: a force's or a newsroom's ("police
 * commissioner", "press secretary"), a school's, a club's or a firm's ("vice president of sales"), a
 * town's or a county's (they comment on its crimes, whose follow-ups name them again: review68).
 */
const NOT_OFFICE = /\b(?:police|press|fire|school|college|university|club|league|union|association|tenants?|residents|sales|marketing|vice|company|firm|board|student|parish|county|city|town|district|village|neighbou?rhood|team|party)\b/i;

/** The names (as the article's people give them) whose role is a public office of a state or a union of states. */
export function officeHolderNames(people: readonly Pick<PersonMention, 'name' | 'role'>[]): Set<string> {
  const names = new Set<string>();
  for (const p of people) if (p.role && OFFICE.test(p.role) && !NOT_OFFICE.test(p.role)) names.add(p.name);
  return names;
}

/**
 * Whether every person key two sides share is an office-holder's on one side or the other (and they
 * share at least one): the people rule's exemption for reports weeks apart then does not hold.
 */
export function sharesOnlyOfficeHolders(article: readonly string[], event: readonly string[], offices: ReadonlySet<string>): boolean {
  const inEvent = new Set(event);
  const shared = article.filter((n) => n.startsWith('p:') && inEvent.has(n));
  return shared.length > 0 && shared.every((n) => offices.has(n));
}
