/**
 * People a page names only as makers of its parts, not as people of its story: a photo's credit
 * ("Photo: Ann Lee, Staff", "( Ann Lee / The Courier )"), an embedded post's signature ("— Ann Lee
 * (@AnnLeeTV) May 2, 2016"), a byline line left in the text ("By Ann Lee"), the newsroom's reporter in a
 * video's teaser ("Channel 5's Ann Lee has the details", "courier reporter Ann Lee answers your
 * questions"). A site's photographers and reporters sign every story it runs, so as the story's people
 * they linked unrelated shootings weeks apart (GVA); they are no participant of the event either. A
 * wire's closing credit left in the text names its staff the same way ("Reporting by Ana Ruiz and Omar
 * Fadel in Aden; Additional reporting by ...; Editing by Clare Moreton", "Compiled by ...").
 * Someone is credited only when every mention of them is such a credit: a reporter who was shot is
 * named elsewhere in the story as one of its people.
 */
import type { PersonMention, Span } from '../model/types.js';
import { forASide } from './court-sides.js';

/** Words that label a credit before the name ("Photo: ", "Photo by ", "Video courtesy of ", "Credit: "). */
const LABEL_BEFORE = /(?:^|[\s(|•·–—-])(?:(?:(?:staff |file )?(?:photos?|video|image|graphic|credit|photographer|photo illustration)|courtesy)\s*[:|/]|(?:photos?|video|images?|graphic)\s+(?:by|courtesy of)|courtesy of)\s*$/i;
/** A byline left in the text: a line that opens "By", "Reporting by". */
const BYLINE_BEFORE = /\n\s*(?:by|reporting by|written by|story by)\s*$/i;
/** A journalist's job right before the name ("Bee reporter Ann Lee", "photojournalist Ann Lee"). */
const JOURNALIST_BEFORE = /\b(?:reporter|correspondent|anchor(?:man|woman)?|(?:photo)?journalist|photographer|videographer|camera(?:man|woman)|columnist|(?:staff )?writer|meteorologist|producer|editor)\s+$/i;
/** The name is one a newsroom's possessive gives ("NBC 6's Ann Lee"). */
const OWNED_BEFORE = /\p{Lu}[\p{L}\d.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*)*['’]s\s+$/u;
/** After the name: a post's handle, "/ Outlet", ", Staff". */
const CREDIT_AFTER = /^(?:\s*\(\s*@|\s*\/\s*(?:\p{Lu}|staff\b|special\b)|,\s*(?:staff|contributor|special to|for the)\b)/iu;
/** After a newsroom's name: what its reporters do in a teaser ("has the details", "reports"). */
const REPORTS_AFTER = /^\s+(?:reports|reporting|has\s+(?:the\s+|more\s+|an?\s+|emotional\s+)*(?:details|story|update|latest|reaction|more)|is live|was live|joins us|speaks (?:to|with)|talks? (?:to|with)|answers your)\b/i;
/** The person is one of the story's: something befell them or they did something the story tells. */
const TAKES_PART = /^(?:,\s*\d{1,3}\s*,|(?:,[^,.]{1,60},|\s+and\s+[^.,]{1,40})?\s+(?:was|were|is|are|had been|has been)\s+(?:\w+\s+)?(?:shot|killed|wounded|injured|hurt|attacked|assaulted|struck|slain|robbed|threatened|held))/i;

/** A word of a name (an initial keeps its dot, no other word does); one name in a credit, on one line, with the town the staff member filed from ("Omar Fadel in Aden"); no i flag, so that names are capitalised. */
const CREDIT_WORD = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)`;
const CREDIT_NAME = String.raw`${CREDIT_WORD}(?:[^\S\n]+${CREDIT_WORD}){0,3}(?:[^\S\n]+in[^\S\n]+${CREDIT_WORD}(?:[^\S\n]+${CREDIT_WORD}){0,2})?`;
/**
 * The staff's jobs a wire credit names: "Reporting by", "Additional reporting by", "Editing by", "Compiled
 * by". Not "Edited by", "Produced by" nor "Research by", which open a story's own sentences ("Research by
 * Ana Ruiz found ...").
 */
const CREDIT_JOB = String.raw`(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Gg]raphics|[Ff]act-?checking)\s+by`;
const CREDIT_CLAUSE = String.raw`${CREDIT_JOB}[^\S\n]+${CREDIT_NAME}(?:(?:[^\S\n]*,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+|[^\S\n]*&[^\S\n]*)${CREDIT_NAME})*`;
/**
 * A whole credit: clauses joined by ";" or ","; it opens a line, a sentence or a bracket, so that
 * "criticised the reporting by Ana Ruiz" in a sentence of the story is none.
 */
const CREDIT_RUN = new RegExp(String.raw`(?:^|\n|[.!?]["”’]?\s+|\(\s*|[-–—]\s*)(${CREDIT_CLAUSE}(?:[^\S\n]*[;,/][^\S\n]*${CREDIT_CLAUSE})*)`, 'gu');

/** The spans of the body's wire credits, read once for the body's people. */
let runsOf: { body: string; spans: Span[] } = { body: '', spans: [] };
function creditRuns(body: string): Span[] {
  if (runsOf.body !== body) {
    const spans: Span[] = [];
    for (const m of body.matchAll(CREDIT_RUN)) {
      const start = m.index! + m[0].length - m[1]!.length;
      spans.push({ start, end: start + m[1]!.length });
    }
    runsOf = { body, spans };
  }
  return runsOf.spans;
}

export function isCredited(body: string, person: Pick<PersonMention, 'mentions'>): boolean {
  return person.mentions.length > 0 && person.mentions.every((m) => creditMention(body, m));
}

function creditMention(body: string, m: Span): boolean {
  const lineStart = body.lastIndexOf('\n', m.start - 1) + 1;
  // The line's start is marked when it lies within reach, so that a byline's "By" is read only there.
  const before = lineStart >= m.start - 60 ? `\n${body.slice(lineStart, m.start)}` : body.slice(m.start - 60, m.start);
  const after = body.slice(m.end, m.end + 80);
  // "Ms. Lee, for the Government": counsel for a side of a case, not a credit to an outlet (court-sides.ts).
  if (TAKES_PART.test(after) || forASide(after)) return false;
  if (creditRuns(body).some((r) => r.start <= m.start && m.end <= r.end)) return true;
  if (LABEL_BEFORE.test(before) || BYLINE_BEFORE.test(before) || CREDIT_AFTER.test(after) || JOURNALIST_BEFORE.test(before)) return true;
  // A teaser's line opens with the reporter, or with their newsroom's name.
  return REPORTS_AFTER.test(after) && (/^\n\s*$/.test(before) || OWNED_BEFORE.test(before));
}
