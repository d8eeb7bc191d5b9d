/**
 * Labels a newsroom or a press office puts before or after a headline: "PRESS RELEASE:", "LIVE:",
 * "UPDATE:", "BREAKING:", "EXCLUSIVE:", "WATCH:", "- latest updates". They say what kind of page
 * carried the story, not what happened, and an event titled "PRESS RELEASE: ..." reads as a document.
 * The event's title is the headline without them; the article keeps its headline as written.
 */

const LABEL = String.raw`(?:press|media|news)\s+(?:release|statement|advisory)|(?:official\s+)?statement|live(?:\s+(?:updates?|blog|coverage))?|updated?(?:\s+\d{1,2})?|breaking(?:\s+news)?|just\s+in|developing(?:\s+story)?|exclusive|watch|video|photos|pictures|in\s+pictures|listen|(?:news\s+)?alert|urgent|flash`;
/** A label at the start, set off by a colon, a dash or a bar: "BREAKING: ", "Live - ", "VIDEO | ". */
const OPENING = new RegExp(String.raw`^\s*(?:${LABEL})\s*(?::|\s[-–—|]|\|)\s*`, 'i');
/** A label at the end after a dash or a bar, or in brackets: " – live", " - as it happened", " (VIDEO)". */
const CLOSING = new RegExp(String.raw`(?:\s+[-–—|]\s*(?:${LABEL}|(?:the\s+)?latest(?:\s+(?:updates?|news))?|as\s+it\s+happened)|\s*[([]\s*(?:${LABEL})\s*[)\]])\s*$`, 'i');
/** What is left must still read as a headline. */
const MIN_WORDS = 3;

export function withoutTitleLabel(headline: string): string {
  let title = headline;
  // "BREAKING: LIVE: ..." carries two.
  for (let i = 0; i < 3; i++) {
    const cut = title.replace(OPENING, '').replace(CLOSING, '');
    if (cut === title) break;
    title = cut;
  }
  title = title.trim();
  return title.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_WORDS ? title : headline;
}
