/**
 * Two reports of one day (or of days a day apart) that place their events in towns far apart and name
 * no person in common are two events: a rule, not weighed. On a day of nationwide unrest every
 * report tells the same story in the same words (the price rise, the police, the tear gas, the
 * protesters), so the join model, reading words and the day, gathered a shooting in one town, tear gas
 * in the capital and looting in a third into one event (review ux69), the scene conflict's weight
 * being too light against a day and a vocabulary in common. The same holds for two shootings on one
 * night in two cities, but there misplaced reports of one shooting made the rule cost more than it gave
 * (below), so it reads protests only. A person named by both keeps the pair to the model: one story's reports placed
 * apart (a victim shot in one town who died in another's hospital) share its victim or its spokesman.
 */

/** Days apart within which the rule applies: beyond two days the date bands already weigh against a join. */
const NEAR_DAYS = 1;

/**
 * Whether the pair is two events of one day in towns apart: `gap` the days between the article's day
 * and the event's nearest, `scenesApart` whether the article's town is far from every town the event's
 * reports are placed in (pair-features.ts sceneConflict), `people` the overlap of people named.
 */
export function townsApart(gap: number | null, scenesApart: boolean, people: number, protests: { article: boolean; event: boolean }): boolean {
  return protests.article && protests.event && gap !== null && gap <= NEAR_DAYS && scenesApart && people === 0;
}
