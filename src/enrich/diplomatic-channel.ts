/**
 * A town named only as the channel a government spoke through: "lodged a protest through its embassy in
 * Beijing", "protested via diplomatic channels in Beijing". Japan speaks to North Korea through Beijing
 * because it has no embassy in Pyongyang; the town is no scene of the launch the protest was about
 * (review ux72a saw Beijing given as the launch's place). An embassy in a town is a scene otherwise
 * ("protesters gathered outside the embassy in Beijing"): only "through" or "via" makes it a channel.
 */

/** The words before a town that make it a channel: "through its embassy in", "via diplomatic channels in". */
const CHANNEL_BEFORE = /\b(?:through|via)\s+(?:its\s+|their\s+|the\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,2}?(?:embassy|embassies|channels?|mission|consulate|intermediaries)\s+in\s+$/iu;

/** Whether the town at `start` of `body` is named as the channel a government spoke through. */
export function namedAsDiplomaticChannel(body: string, start: number): boolean {
  return CHANNEL_BEFORE.test(body.slice(Math.max(0, start - 80), start));
}
