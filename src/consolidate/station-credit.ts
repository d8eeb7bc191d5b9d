/**
 * A broadcast station or newspaper a local report names as its own source or credit: "a neighbour told
 * WXYZ", "(Source: WXYZ)", "WXYZ has learned", "according to WXYZ-TV", "Copyright 2016 WXYZ", "Stay
 * with WXYZ for updates", "SPRINGFIELD (WXYZ) -", "(WXYZ)" closing a caption. These are the reporting,
 * which an analyst strikes from the event's organisations; a station the event happens to ("gunmen
 * fired at the WXYZ building") is named otherwise and kept. news-teller.ts reads the wire agencies and
 * papers told or quoted; this adds US call letters, which no list of outlets holds, and the contexts
 * local stations use (credits in brackets, sign-offs, copyright lines).
 *
 * Call letters have the shape of many acronyms (WHO, WADA, KFC, a county sheriff's KCSO), so shape is
 * never enough: the context must be a reporting one, and the contexts a body may also stand in
 * ("according to WHO", "KCSO confirmed") count only for a name that is surely a station (a band or
 * channel after the letters, or letters the station table knows), and a short deny-list keeps the common
 * bodies of that shape (WHO, WFP, KFC) out whatever the context.
 */
import type { Span } from '../model/types.js';
import { stationHome } from '../enrich/gazetteer/station-city.js';
import { isNewsOutlet } from './news-teller.js';
import { namedAsNewsroom, ownPageOf } from './station-newsroom.js';

/**
 * "WXYZ", "KAB", "WXYZ-TV", "KABC 7", "KABC 1070", "WXYZ.com", "KXYZ 6 News", "KXYZ Action 7 News": US
 * call letters, with a band, a channel, a radio frequency or the site, and the newsroom's brand after them.
 */
const CALL_SIGN = /^([KW][A-Z]{2,3})(-(?:TV|DT|FM|AM|CD|LD)|\s?\d{1,4}|\.com)?((?:\s+(?:Action|\d{1,2}))*\s+(?:News|NEWS|NewsChannel|Newsradio|NewsRadio|NEWSRADIO)(?:\s+\d{1,2})?)?$/u;

/** Words before the name that make it the one told or speaking with a source, whoever it is. */
const TOLD_BEFORE = /\b(?:told|tells?|telling|(?:spoke|speaks?|speaking|talked|talking)\s+(?:with|to)|(?:confirmed|confirms?|said|says|explained)\s+to|(?:an\s+)?interview\s+with|reported\s+by|(?:video|footage|images?|photos?)\s+(?:from|obtained\s+by)|provided\s+to|(?:confirmed|spoke|spoken|talked)\s+with|via|[Hh]andout\s+via)\s+(?:the\s+)?$/u;
/** "according to" and an inverted ", reports WXYZ": a body can be a source so too, so only a sure station counts. */
const ACCORDING_BEFORE = /(?:\baccording\s+to|,\s+reports?|,\s+reported)\s+(?:the\s+)?$/iu;
/** "CBS affiliate WXYZ", "sister station WXYZ": a station by the words that introduce it. */
const STATION_BEFORE = /\b(?:affiliate|(?:TV|television|radio|news|sister)\s+station|station)\s+$/iu;
/** "(Source: WXYZ", "Credit: ", "(Source: Ann Lee/", "(Ann Lee/", "Copyright 2016 ", "© 2016 ". */
const CREDIT_BEFORE = /(?:\b(?:[Cc]redit|CREDIT)\s*:\s*|\(\s*(?:[Ss]ource|SOURCE)\s*:\s*|\([^()\n]{0,40}\/\s*|\b(?:[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}\s+)?(?:by\s+)?|©\s*(?:\d{4}\s+)?)$/u;
/**
 * A sign-off that sends the reader to the outlet: "Stay with WXYZ", "Check back with", "Keep checking",
 * "Watch". Capitalised and opening a sentence only: in a sentence's middle "follow WHO guidelines" and
 * "watch WFP distributions" are a body's advice or work, not the newsroom's plug.
 */
const SIGN_OFF_BEFORE = /(?:^|[.!?]["”’)]?\s+)(?:Stay\s+(?:tuned\s+)?(?:with|to|on)|Check\s+(?:back\s+)?(?:with|on)|Keep\s+(?:checking|watching|up\s+with)|Watch|Listen\s+to|Follow|Download\s+the|Welcome\s+to)\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d.]*\s+){0,4}(?:and\s+)?$/u;
/** The sign-offs only a newsroom writes ("Stay with KIMT", "Download the WATE app"): bare letters there need no table. */
const NEWSROOM_SIGN_OFF = /(?:^|[.!?]["”’)]?\s+)(?:Stay\s+(?:tuned\s+)?(?:with|to|on)|Check\s+back\s+(?:with|on)|Keep\s+(?:checking|watching)|Download\s+the)\s+(?:the\s+)?$/u;
/**
 * Bodies whose bare acronym has the shape of call letters and which news names far more often than a
 * station of the same letters (WHO is also a Des Moines station, but "WHO-TV" or "WHO 13" says so).
 * A short list of the common ones, since no context alone tells "told WHO that" from "told WXYZ that".
 */
const NOT_STATIONS: ReadonlySet<string> = new Set([
  'WHO', 'WFP', 'WTO', 'WWF', 'WWE', 'WMO', 'WEF', 'WADA', 'WIPO', 'WNBA', 'WWI', 'WWII',
  'KFC', 'KGB', 'KKK', 'KLM', 'KPMG', 'KKR',
]);
/** Words after the name that make it the teller or the newsroom at work. */
const TELLS_AFTER = /^(?:\s+(?:News|Channel|\d{1,2})\b)*(?:\s+in\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.&'’-]*){0,3})?(?:\s+now)?\s+(?:has\s+|have\s+|was\s+|were\s+)?(?:reported|reports?|learned|learnt|obtained|confirmed|told|spoke|talked|caught\s+up|tried\s+to\s+(?:reach|contact)|reached\s+out|asked|contacted)\b|^,\s+(?:the|a)\s+(?:\p{Lu}+\s+)?(?:affiliate|station)\b|^\s+spoke\s+with\b/u;
/** "WXYZ-TV says": a station's letters saying are its report; a paper's name saying may be a body's ("the County Medical Examiner said"). */
const SAYS_AFTER = /^(?:\s+(?:News|Channel|\d{1,2})\b)*\s+(?:says|said)\b/u;
/**
 * A body's words in a name the newsroom words also fit: "Examiner", "Observer" and "Journal" name papers
 * and "the County Medical Examiner", "the Police Observer Unit" bodies.
 */
const BODY_WORDS = /\b(?:Medical|Coroner|Police|Sheriff|Department|Dept|Office|County\s+Examiner)\b/u;
/** "WXYZ will update this story", "WXYZ has a reporter there": the newsroom's own promise. */
const NEWSROOM_AFTER = /^(?:\s+(?:News|Channel|\d{1,2})\b)*(?:\s+and\s+[\p{Lu}\d][\p{L}\d.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*){0,3})?\s+(?:will\s+(?:update|have|bring|deliver|provide|continue\s+to\s+(?:update|follow))|has\s+(?:a\s+)?(?:crew|crews|reporter|team)\b|is\s+following\s+(?:this|the)\s+story|(?:crews?|reporters?)\s+(?:is|are|was|were)\s+(?:at|on)\b)/u;
/** What may follow the name told: the end of a clause or a function word ("told WXYZ that", "told WXYZ on Monday"), not a noun it qualifies ("told KCSO deputies"). */
const CLAUSE_GOES_ON = /^(?:\s*(?:[.,;:!?)"”’'\n]|$)|\s+(?:that|on|in|at|about|the|his|her|their|its|he|she|they|it|we|a|an|during|after|before|while|when|last|this|earlier|\p{Lu}))/u;

/**
 * The sure stations: call letters with a band or channel, letters the station table knows, and the
 * names of papers and newsrooms (news-teller.ts's isNewsOutlet: "Houston Chronicle", "Channel 4").
 */
function sureStation(name: string): boolean {
  const call = CALL_SIGN.exec(name);
  if (call) return call[2] !== undefined || call[3] !== undefined || stationHome(call[1]!.toLowerCase()) !== null;
  return isNewsOutlet(name);
}

/** Whether the mention names a station (or a paper) as the report's own source, credit or sign-off. */
export function namedAsReportingOutlet(body: string, mention: Span & { text: string }): boolean {
  const name = mention.text.replace(/^the\s+/i, '');
  if (NOT_STATIONS.has(name)) return false;
  const call = CALL_SIGN.test(name);
  if (!call && (!isNewsOutlet(name) || BODY_WORDS.test(name))) return false;
  const sure = sureStation(name);
  // The line the name stands in: a page's lines are its paragraphs, and a credit does not cross one.
  const lineStart = body.lastIndexOf('\n', mention.start - 1) + 1;
  const before = body.slice(Math.max(lineStart, mention.start - 60), mention.start);
  const lineEnd = body.indexOf('\n', mention.end);
  const after = body.slice(mention.end, Math.min(lineEnd < 0 ? body.length : lineEnd, mention.end + 80));
  // A credit or a sign-off names whatever it credits, so bare letters there must be surely a station's
  // ("(Source: WALB)"); "(Source: CDC)"-like letters of a body are its data, not the reporting. Only the
  // sign-offs no one writes of a body ("Stay with", "Download the") take any call letters.
  const wholeLine = body.slice(lineStart, mention.start);
  if (sure && (CREDIT_BEFORE.test(before) || SIGN_OFF_BEFORE.test(wholeLine))) return true;
  // "(Photo: KHOU 11 News)", "KGW's Odalys Fenwright", "a report by KQRV-TV in Reno said" (station-newsroom.ts).
  if (sure && namedAsNewsroom(before, wholeLine, after, () => ownPageOf(body, name))) return true;
  // Letters that may be a body's are no station's in a picture credit: "(Photo: KSP)" and "Photo
  // courtesy of KCSO" name the police body that released the picture.
  if (call && NEWSROOM_SIGN_OFF.test(wholeLine)) return true;
  if (STATION_BEFORE.test(before) || NEWSROOM_AFTER.test(after)) return true;
  // A sure station told goes on as its brand may ("told KXYZ 11 News", "spoke to KXYZ say"); letters
  // that may be a body's must end the clause ("told KCSO deputies" is the sheriff's office).
  if (TOLD_BEFORE.test(before) && (sure || CLAUSE_GOES_ON.test(after))) return true;
  if (sure && (ACCORDING_BEFORE.test(before) || TELLS_AFTER.test(after) || (call && SAYS_AFTER.test(after)))) return true;
  return call && bracketCredit(before, after, sure && mention.start - lineStart <= 60);
}

/**
 * "(WXYZ)" standing alone as a credit: after a sentence's end, a date or a dateline's town, or before a
 * dateline's dash or the end of the line ("... on Monday. (WXYZ)", "SPRINGFIELD, Ill.(WXYZ) -"). A
 * bracket right after a body's name ("Kern County Sheriff's Office (KCSO) said") ties an acronym instead.
 */
function bracketCredit(before: string, after: string, sureAtLineStart: boolean): boolean {
  if (!/\(\s*$/.test(before)) return false;
  const close = /^([^()\n]{0,30})\)(.*)$/su.exec(after);
  if (!close) return false;
  const rest = close[2]!;
  if (/^\s*(?:—|–|--?)(?:\s|$)/u.test(rest)) return true;
  const lead = before.replace(/\(\s*$/, '').trimEnd();
  if (lead === '' || /[.!?"”’\d]$/u.test(lead) || /\b\p{Lu}{2,}[\p{Lu}\s.,'’-]*$/u.test(lead)) return true;
  // A dateline's town written in capitals and lower case at a line's start ("Chattanooga (KXYZ) Wednesday
  // ended ..."), for a sure station: letters that may be a body's follow its name instead.
  if (sureAtLineStart && /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]*){0,2}$/u.test(lead)) return true;
  // A body's name before the bracket ("Sheriff's Office (KCSO)") ties the letters to it, wherever the line goes.
  return /^\s*$/.test(rest) && !/\p{Lu}\p{Ll}+['’]?s?$/u.test(lead);
}
