/**
 * A release's issuer or contact line: "Issued by: Press Office, Ministry of Works", "For media
 * enquiries contact the press desk", "Tel: +1 555 0100". It says who put the page out and how to reach
 * them, which is no claim about the event: read as a fact, it was corroborated by every release of
 * the same office and could reach the summary.
 */

/** A label and colon that open such a line ("Issued by:", "Contact:", "Email:"). */
const LABELLED = /^\s*(?:issued|released|published|distributed|signed|approved)\s+by\s*[:：]|^\s*(?:media\s+|press\s+)?(?:contacts?|enquiries|inquiries)\s*[:：]|^\s*(?:tel(?:ephone)?|phone|mobile|fax|e-?mail|website|web)\s*[:：.]\s*(?=[+(\d]|\S+@|\S+\.\w{2,}(?:\/|\s|$)|www\.|https?:)/i;

/** An invitation to get in touch: "For (further) media enquiries, contact ...", "For more information, please call ...". */
const INVITATION = /^\s*for\s+(?:further|more|additional)?\s*(?:media\s+|press\s+)?(?:information|details|enquiries|inquiries|comment)\b[^.]{0,40}\b(?:contact|call|email|e-mail|write|visit|reach)\b/i;

export function isContactLine(text: string): boolean {
  return LABELLED.test(text) || INVITATION.test(text);
}
