/**
 * A video carousel's captions: a paragraph that opens with "Caption" and gives other stories' titles
 * and blurbs ("Caption Two found dead in Elm County farmhouse ..."), as newspaper pages
 * that embed a video player keep in their text. Their deaths and woundings are other events'.
 */

/** A paragraph (or line) opening with the word "Caption", to its end. */
const CAPTION_PARAGRAPH = /(?<=^|\n)Caption\s+[^\n]*/g;

/** The text with caption paragraphs blanked (offsets kept). */
export function withoutCaptions(text: string): string {
  if (!text.includes('Caption')) return text;
  return text.replace(CAPTION_PARAGRAPH, (m) => ' '.repeat(m.length));
}
