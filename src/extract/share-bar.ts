/**
 * A page's share bar as scraped text prints it: "Share | Tweet | Email", or the buttons' words with
 * only spaces between them ("Share  Tweet  Save"). Such a line is no headline, no byline and no
 * prose; read as a short title it was taken for the headline of a copied page (review ux77b fault 4).
 * Only lines made wholly of the buttons' words are taken: one other word makes it a sentence or a title.
 */

const BUTTON = String.raw`(?:share(?:\s+(?:on|via|this(?:\s+(?:article|story))?))?|tweet|save|bookmark|email|e-mail|print|copy\s+link|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|bluesky|gift(?:\s+(?:this\s+)?article)?|x)`;
const SHARE_BAR = new RegExp(String.raw`^${BUTTON}(?:\s*[|/·•,]\s*${BUTTON}|\s+${BUTTON})*\s*$`, 'i');

/** Whether the line is only the buttons of a share bar. */
export function isShareBar(text: string): boolean {
  return SHARE_BAR.test(text.trim());
}
