/**
 * More of the ways a local page names its own newsroom, for a name that is surely a station's (its
 * letters with a band, a channel or a brand, or letters the station table knows: station-credit.ts).
 * Read over GVA's pages, where these still put stations among an event's organisations: picture
 * credits ("(Photo: KHOU 11 News)", "(Photo: Portland police, KGW)", "Wrenna Pellacott/KCRA"), the
 * newsroom's staff and shows ("KGW's Odalys Fenwright", "KSNT News crew", "the KTLA 5 Morning News"), its
 * pages and apps ("the KDKA Facebook Page", "the WDSU app"), and a report credited to it ("a report by
 * KQRV-TV in Reno said", "Information provided by KFOR", "In an interview Tuesday with KGW").
 * A body of such a shape (a sheriff's "KCSO") is never sure, so none of this reads it.
 * A possessive and "aired" or "interviewed" after the name are the newsroom's own only on its own page
 * or where a person's name follows ("KGW's Maria Lopez"): elsewhere they are a story about the outlet
 * ("Fox News' $787.5 million settlement", "KOMO's parent company", "Fox News aired false claims").
 */

/** "(Photo: ", "(Photo: Marek Dunstaple, ", "(Courtesy photo to ", "(Ione Halvarsett | ", "Wrenna Pellacott/": a picture's credit. */
const PICTURE_CREDIT_BEFORE = /(?:\(\s*(?:[Pp]hoto\s+[Ss]ource|[Pp]hotos?|PHOTO|[Ii]mages?|[Vv]ideo|[Cc]ourtesy(?:\s+[Pp]hoto)?)\s*(?::\s*|\s+(?:to|of|from)\s+)(?:[^()\n]{0,40}?(?:,|\bfor|\||\/)\s*)?|\(\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*\|\s*|(?<![\p{L}\d])\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\/|[Pp]hoto:\s*[^()\n]{0,30}\/\s*|\b[Cc]ourtesy(?:\s+of)?\s+|\bWelcome\s+to\s+)$/u;

/** "a report by", "story by", "Information provided by", "In an interview Monday with", "In a call to", "described it to". */
const CREDITED_BEFORE = /\b(?:(?:a\s+)?reports?\s+(?:by|from)|stor(?:y|ies)\s+(?:by|from)|provided\s+by|obtained\s+by|(?:interview|conversation)(?:\s+\p{Lu}\p{Ll}+day)?\s+with|(?:e-?mail(?:\s+thread)?|(?:phone\s+)?call|statement)\s+(?:with|to)|described\s+(?:it|the\s+\p{Ll}+)\s+to|on\s+camera\s+to|contacted|more\s+on|(?:information|video(?:\s+below)?)\s+from|(?:stories|coverage|story)\s+on|uploaded\s+by|watch|[Tt]une\s+in\s+(?:to|during)|latest\s+from)\s+(?:the\s+)?$/u;

/** What the newsroom does or owns, after its name: its staff, shows, crews, pages and apps. */
const NEWSROOM_THING_AFTER = /^(?:\s+(?:News|NEWS|NewsWatch|Action|Channel|\d{1,4}))*(?:\s+(?:(?:Chief\s+)?(?:[Pp]hotojournalists?|[Pp]hotographers?|[Rr]eporters?|[Cc]rews?|[Aa]nchors?|[Mm]eteorologists?)|I-Team|Investigators|Morning\s+News|[Nn]ewscasts?|(?:[Oo]n\s+)?(?:Facebook|Twitter|Instagram)|(?:[\p{Lu}\d][\p{L}\d]*\s+){0,4}(?:mobile\s+)?[Aa]pp|sister\s+station)\b|\s+(?:will\s+continue\s+to|is\s+working\s+to|is\s+learning|was\s+there|was\s+on\s+(?:the\s+)?scene|checked\s+with|received\s+a|is\s+part\s+of|is\s+joining\s+forces|will\s+keep\s+you)\b)/u;

/** A possessive followed by a person's name, perhaps after a newsroom job: "KGW's Maria Lopez", "WXYZ's reporter Ann B. Lee". */
const STAFF_AFTER_POSSESSIVE = /^(?:\s+(?:News|NEWS|NewsWatch|Action|Channel|\d{1,4}))*\s*['’′][Ss]?\s+(?:(?:own|chief|senior|veteran|investigative)\s+)?(?:(?:photojournalist|photographer|reporter|anchor|meteorologist|correspondent)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+/u;
/** Words the newsroom writes of itself on its own page, which a story about the outlet writes too: "KGW's", "KGW aired", "KGW interviewed". */
const OWN_PAGE_AFTER = /^(?:\s+(?:News|NEWS|NewsWatch|Action|Channel|\d{1,4}))*(?:\s*['’′][Ss]?(?=\s)|\s+(?:aired|interviewed)\b)/u;

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
 * of its line. `ownPage` says whether the page is the outlet's own (ownPageOf), asked only when the words
 * after the name need it.
 */
export function namedAsNewsroom(before: string, lineBefore: string, lineAfter: string, ownPage: () => boolean = () => false): boolean {
  if (PICTURE_CREDIT_BEFORE.test(before) || CREDITED_BEFORE.test(before) || NEWSROOM_THING_AFTER.test(lineAfter) || creditClosingLine(lineBefore, lineAfter)) return true;
  if (STAFF_AFTER_POSSESSIVE.test(lineAfter)) return true;
  return OWN_PAGE_AFTER.test(lineAfter) && ownPage();
}

/**
 * Whether the page is the outlet's own: its name in a dateline's or caption's bracket ("SEATTLE (KOMO) -",
 * "(KOMO)"), or in a copyright line ("Copyright 2016 KOMO", "© KOMO").
 */
export function ownPageOf(body: string, name: string): boolean {
  const letters = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\(\\s*${letters}(?:[- ]?(?:TV|DT|FM|AM|News|\\d{1,2}))*\\s*\\)|(?:[Cc]opyright|COPYRIGHT|©)\\s*(?:©\\s*)?(?:\\d{4}\\s+)?(?:by\\s+)?${letters}\\b`, 'u').test(body);
}
