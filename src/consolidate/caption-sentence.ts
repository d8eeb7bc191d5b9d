/**
 * A photo's caption kept in a scraped page's text, read as the report's first sentence: "Image 1 of 11
 * Police investigate the scene ...", "The home where the boy was shot (Credit: Channel 4)", "[ ] Hide
 * Caption [ ] Show Caption", "Photo: Ann Lee, The Courier". An analyst saw a summary open with one.
 * A caption describes a picture, not the event, and is no summary's sentence; where the page glued the
 * story's lead to it ("... (Credit: Channel 4) A teenager was shot Monday night."), the lead after the
 * credit is the sentence.
 */

/**
 * A photo's credit or a gallery's controls, wherever they stand in the sentence: a credit in brackets
 * ("(Photo: ...)", "(Credit: ...)", "(Courtesy of ...)"), "Photo: X", "Photo by X", "AP Photo/X",
 * "Getty Images", "Buy This Photo", "Image 3 of 8", "View Full Caption", "Show Caption"; and a
 * photographer's name over the outlet in brackets with no picture word ("( Ann Lee / Daily Courier )",
 * "(Ann Lee/KXYZ)"): a person of two to four capitalised words, a slash, the outlet's capitalised words.
 * A bracket of outlets alone ("(WXYZ/WABC)") has no person before its slash and is a dateline's.
 */
const CREDIT =
  /\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*\/\s*[\p{Lu}\d&][\p{L}\d.&'’-]*(?:\s+[\p{Lu}\d&][\p{L}\d.&'’-]*){0,4}\s*\)|\((?:[^()]{0,40}\b)?(?:[Pp]hotos?|PHOTOS?|[Cc]redit|CREDIT|[Cc]ourtesy|[Ii]mage|[Ss]ource: (?:\S+ )?(?:[Pp]hoto|[Vv]ideo))\b[^()]{0,80}\)|\b(?:[Pp]hotos?|PHOTOS?|Photograph)(?::| by\b| BY\b| courtesy\b)|\bCourtesy(?: of\b|:)|\bAP Photo\/|\bGetty Images\b|\bBuy This Photo\b|\bEnlarge \||\b(?:Image|Photo|Slide) \d+ of \/? ?\d+\b|\b(?:View Full|Hide|Show) Caption\b|\bCaption Close\b|\[\s*\]/u;

/** How a caption opens: a credit's words or a gallery's before the picture's description. */
const CAPTION_OPENING = /^(?:Courtesy photo|File photo|Mug ?shot of|(?:This|The above|An undated) photo\b|Pictured\b|Photos?:)/i;

/**
 * Who stands where in a picture: "Ann Lee (left) and her brother". The one-letter forms are left out:
 * "Sen. Ann Lee (R)" is a party.
 */
const PICTURE_PLACE = /\((?:left|right|center|centre)\)/u;

/** A picture's own words: "are shown in undated photos", "in a photo from", "sent us this photo of". */
const PICTURE_WORDS = /\b(?:is|are) (?:shown|pictured)\b|\bin an? (?:\p{L}+ ){0,2}photo\b|\bphoto (?:provided|released|taken) by\b|\b(?:this|these) photos? (?:of|shows?)\b/u;

/**
 * A verb of a report's own: a lead that says a suspect "is pictured in footage released by police" or
 * "was seen in a photo posted to Facebook" tells of a picture but is the story's sentence. The picture's
 * words themselves are taken out before this is asked; "undated" is a caption's word, and "the
 * shooting" or "the hearing" a noun.
 */
const REPORT_VERB = /\b(?:said|says|told|was|were|has|have|had|will|would|could|(?!undated\b|unidentified\b)\p{Ll}{3,}ed)\b|(?<!\b(?:the|a|an|his|her|their|its)\s)\b\p{Ll}{3,}ing\b/u;

/** A caption by its picture's words: a short sentence (ten words at most), or one with no verb of its own. */
function pictureCaption(text: string): boolean {
  if (PICTURE_PLACE.test(text)) return true;
  const m = PICTURE_WORDS.exec(text);
  if (!m) return false;
  if (text.split(/\s+/).length <= 10) return true;
  return !REPORT_VERB.test(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length));
}

/**
 * The sentence without a caption it holds: null when it is a caption only (it opens with a gallery's
 * counter or a credit, or it has a picture's words), the words after the last credit when they make a
 * sentence of their own (a capital, six words at least), else the sentence as it is.
 */
export function withoutCaption(text: string): string | null {
  const trimmed = text.trim();
  if (CAPTION_OPENING.test(trimmed) || pictureCaption(trimmed)) return null;
  let end = -1;
  for (const m of trimmed.matchAll(CREDITS)) {
    // "Image 1 of 11 Police investigate the scene": what follows a gallery's counter is the picture's
    // description. A credit that opens the sentence closed the caption before it ("(Credit: Channel 4) A
    // girl was shot ...").
    if (m.index === 0 && !m[0].startsWith('(')) return null;
    // A bracket the sentence goes on after in lower case is an aside ("released images (see photo
    // below) of the man"); a credit's bracket opens the sentence or closes it (or the caption glued before a lead).
    if (m[0].startsWith('(') && m.index > 0 && /^\s*[,;:]?\s*\p{Ll}/u.test(trimmed.slice(m.index + m[0].length))) continue;
    end = m.index + m[0].length;
  }
  if (end < 0) return text;
  // "Photo: Ann Lee, The Courier": the name after a colon or "by" is the credit's too.
  if (/(?::|\bby|\bcourtesy)$/i.test(trimmed.slice(0, end))) return null;
  const rest = trimmed.slice(end).replace(/^[\s|.,;:–—-]+/, '').trim();
  if (!/^[\p{Lu}"“\d]/u.test(rest) || rest.split(/\s+/).length < 6) return null;
  // The rest may be a caption again ("Image 4 of 9 The porch on Ash Street ...").
  return withoutCaption(rest) === rest ? rest : null;
}

const CREDITS = new RegExp(CREDIT.source, 'gu');

/** A photo's credit that opens the text after a sentence: "(Credit: Channel 4)", "(Photo: Ann Lee)", "Photo: Ann Lee". */
const CREDIT_NEXT = /^\s*(?:\((?:[Pp]hoto|PHOTO|[Cc]redit|CREDIT|[Cc]ourtesy|COURTESY|[Ii]mage|[Ff]ile [Pp]hoto)\b[^()\n]{0,80}\)|(?:[Pp]hotos?|PHOTOS?)(?::| by\b| BY\b| courtesy\b))/;

/** Whether the text right after a sentence is a photo's credit, which makes the sentence its caption. */
export function creditAfter(after: string): boolean {
  return CREDIT_NEXT.test(after);
}
