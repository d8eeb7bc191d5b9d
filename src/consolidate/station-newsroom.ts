/**
 * More of the ways a local page names its own newsroom, for a name that is surely a station's (its
 * letters with a band, a channel or a brand, or letters the station table knows: station-credit.ts).
 * Read over GVA's pages, where these still put stations among an event's organisations: picture
 * credits ("(Photo: KHOU 11 News)", "(Photo: Portland police, KGW)", "Dana Griffin/KCRA"), the
 * newsroom's staff and shows ("KGW's Maggie Vespa", "KSNT News crew", "the KTLA 5 Morning News"), its
 * pages and apps ("the KDKA Facebook Page", "the WDSU app"), and a report credited to it ("a report by
 * KIRO-TV in Seattle said", "Information provided by KFOR", "In an interview Monday with KGW").
 * A body of such a shape (a sheriff's "KCSO") is never sure, so none of this reads it.
 */

/** "(Photo: ", "(Photo: Eric Patterson, ", "(Courtesy photo to ", "(Kelsey Thomas | ", "Dana Griffin/": a picture's credit. */
const PICTURE_CREDIT_BEFORE = /(?:\(\s*(?:[Pp]hoto\s+[Ss]ource|[Pp]hotos?|PHOTO|[Ii]mages?|[Vv]ideo|[Cc]ourtesy(?:\s+[Pp]hoto)?)\s*(?::\s*|\s+(?:to|of|from)\s+)(?:[^()\n]{0,40}?(?:,|\bfor|\||\/)\s*)?|\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*\|\s*|(?<![\p{L}\d])\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\/|[Pp]hoto:\s*[^()\n]{0,30}\/\s*|\b[Cc]ourtesy(?:\s+of)?\s+|\bWelcome\s+to\s+)$/u;

/** "a report by", "story by", "Information provided by", "In an interview Monday with", "In a call to", "described it to". */
const CREDITED_BEFORE = /\b(?:(?:a\s+)?reports?\s+(?:by|from)|stor(?:y|ies)\s+(?:by|from)|provided\s+by|obtained\s+by|(?:interview|conversation)(?:\s+\p{Lu}\p{Ll}+day)?\s+with|(?:e-?mail(?:\s+thread)?|(?:phone\s+)?call|statement)\s+(?:with|to)|described\s+(?:it|the\s+\p{Ll}+)\s+to|on\s+camera\s+to|contacted|more\s+on|(?:information|video(?:\s+below)?)\s+from|(?:stories|coverage|story)\s+on|uploaded\s+by|watch|[Tt]une\s+in\s+(?:to|during)|latest\s+from)\s+(?:the\s+)?$/u;

/** What the newsroom does or owns, after its name: its staff, shows, crews, pages and apps. */
const NEWSROOM_THING_AFTER = /^(?:\s+(?:News|NEWS|NewsWatch|Action|Channel|\d{1,4}))*(?:\s*['’′][Ss]?(?=\s)|\s+(?:(?:Chief\s+)?(?:[Pp]hotojournalists?|[Pp]hotographers?|[Rr]eporters?|[Cc]rews?|[Aa]nchors?|[Mm]eteorologists?)|I-Team|Investigators|Morning\s+News|[Nn]ewscasts?|(?:[Oo]n\s+)?(?:Facebook|Twitter|Instagram)|(?:[\p{Lu}\d][\p{L}\d]*\s+){0,4}(?:mobile\s+)?[Aa]pp|sister\s+station)\b|\s+(?:will\s+continue\s+to|aired|is\s+working\s+to|is\s+learning|was\s+there|was\s+on\s+(?:the\s+)?scene|interviewed|checked\s+with|received\s+a|is\s+part\s+of|is\s+joining\s+forces|will\s+keep\s+you)\b)/u;

/**
 * The name standing alone as a caption's credit: on a line of its own ("KCRA"), or closing a line after
 * the caption's sentence ("... Sept. 26, 2016. KHOU 11").
 */
function creditClosingLine(lineBefore: string, lineAfter: string): boolean {
  return lineAfter.replace(/^(?:\s+(?:News|\d{1,2}))+/u, '').trim() === '' && (lineBefore.trim() === '' || /[.!?]["”’)]?\s+$/u.test(lineBefore));
}

/**
 * Whether a sure station's name (or paper's) stands as the newsroom's own: `before` is the text of its
 * line before it (at most 60 characters), `lineBefore` the whole line before it, `lineAfter` the rest
 * of its line.
 */
/** Whether the text before the name ends as a picture's credit ("(Photo: ", "Dana Griffin/"): any call letters there are a station's. */
export function pictureCreditBefore(before: string): boolean {
  return PICTURE_CREDIT_BEFORE.test(before);
}

export function namedAsNewsroom(before: string, lineBefore: string, lineAfter: string): boolean {
  return PICTURE_CREDIT_BEFORE.test(before) || CREDITED_BEFORE.test(before) || NEWSROOM_THING_AFTER.test(lineAfter) || creditClosingLine(lineBefore, lineAfter);
}
