/**
 * Sentence spans over the body. sbd handles abbreviations news uses ("Mr.", "U.S.", "p.m.", "Jan.");
 * paragraphs are split first, so a sentence never crosses a paragraph break. A clock time followed by its
 * day ("at 3:40 p.m. Sept. 1") stays in its sentence, and so does an initialism before a name ("the U.S.
 * Treasury").
 */
import sbd from 'sbd';
import type { Span } from '../model/types.js';

/** A clock time's "a.m."/"p.m." that ends what sbd took for a sentence. */
const CLOCK_END = /\b\d{1,2}(?::\d\d)?\s*[ap]\.m\.$/i;
/**
 * What goes on after a clock time within its sentence: its day ("3:40 p.m. Sept. 1", "10 p.m. Saturday"),
 * a time zone, a preposition or a lower-case word. sbd ends a sentence at "p.m." before a capital.
 */
const CLOCK_GOES_ON = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC)\b|[a-z0-9(,])/;

/** An initialism with its dots ("U.S.", "F.B.I.") that ends what sbd took for a sentence. */
const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;
/**
 * Words that open a new sentence after an initialism ("... moved to the U.S. The next year ..."); any
 * other capitalised word goes on with it ("The U.S. Treasury Department", "the F.B.I. Director"), since
 * sbd ends a sentence at "U.S." before every capital.
 */
const OPENS_SENTENCE = /^(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|So|Yet|In|On|At|For|From|By|With|After|Before|When|While|As|If|Since|This|That|These|Those|There|Here|His|Her|Its|Their|Our|My|No|Some|Many|Most|All|Both|However|Meanwhile|Still|Also|Then|Now|Later|Earlier|Last|Next|Officials|Police|["“‘'])\b/u;

/**
 * A month's abbreviation that ends what sbd took for a sentence when sbd does not know it as one: in
 * capitals ("DEC. 3", as broadcasters' copy writes) or after a hyphen ("Nov. 30-Dec. 2"). Its day follows.
 */
const MONTH_END = /(?:^|[\s(–-])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;
const DAY_GOES_ON = /^\d{1,2}(?:st|nd|rd|th)?\b/i;

/**
 * A title written short before a name that sbd does not know as an abbreviation ("Brig. Gen. Adil Musa",
 * "Adm. Ruth Keane", "Det. Sgt. Ivo Brandt"; it knows "Gen.", "Col.", "Lt.", "Sgt."): sbd ends a sentence
 * there, cutting the rank from the name and the sentence in two.
 */
const TITLE_END = /(?:^|[\s(])(?:Brig|Adm|Cmdr|Cdr|Cmdt|Cpl|Pvt|Spc|Det|Insp|Supt|Amb|Atty|Hon|Sens|Reps|Gens)\.$/;
/** What goes on after such a title: the rest of a rank or the name, capitalised. */
const NAME_GOES_ON = /^\p{Lu}/u;

/**
 * A quotation closed after its stop ('... "we will find him."', '"J.D.C.,"') or a name quoted in capitals
 * ('"D.D.P."') that ends what sbd took for a sentence. When its speaker follows ('said Adams.', 'Adams
 * said.'), or a lower-case word, or (after a quoted initialism) a day, the sentence goes on: cut there, the
 * quote loses who said it and a date loses its verb. A capitalised word that is not an attribution opens a
 * new sentence ('He said "No." Then he left.').
 */
const QUOTE_END = /[.!?,]["”’']$/u;
const QUOTED_INITIALISM_END = /(?:^|[\s(])["“‘'](?:\p{Lu}\.){2,}["”’']$/u;
/** A word wholly in lower case ("said", "was"; not "iPhone"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*(?![\p{L}\d])/u;
/**
 * A speaker and a speech verb that close the sentence: "Adams said.", "Police Chief Ann Cole said.". One
 * that goes on ('He added, "This ...') may open a new sentence with a new quote, so it is left split.
 */
const ATTRIBUTION = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:said|says|told|added|asked|wrote|stated|explained)\s*\.(?:\s|$)/u;
const DAY_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;
/**
 * sbd sometimes ends a piece one word after a closed quote ('was hurt by his cousin, "R.T.K." on' |
 * 'Wednesday'): no sentence ends on a bare word, so such a piece goes on with the next. (It also ends
 * pieces a word late where a stop has no space after it, 'Macon.At' | '8:25 a.m.'; those are left alone
 * here: joining them makes run-on sentences, 2,700 of GVA's.)
 */
const WORD_END = /[.!?,]["”’']\s+\p{Ll}+$/u;

function quoteGoesOn(ended: string, next: string): boolean {
  if (WORD_END.test(ended)) return true;
  const quoted = QUOTE_END.test(ended);
  const initialism = QUOTED_INITIALISM_END.test(ended);
  if (!quoted && !initialism) return false;
  return LOWER_WORD.test(next) || ATTRIBUTION.test(next) || (initialism && DAY_WORD.test(next));
}

/**
 * sbd's time grows with the square of the text it is given (it splices its token list once per
 * sentence): a paragraph of a megabyte, a page saved as one line, took minutes. A paragraph longer than
 * this is given to it in pieces cut at plain sentence ends (a lower-case word of three letters or more,
 * its stop, then a capital), where sbd would end a sentence too; shorter ones, nearly every paragraph,
 * go whole as before.
 */
const PIECE = 10_000;
const PLAIN_END = /\b\p{Ll}{3,}[.!?]["”’)]?\s+(?=["“‘]?\p{Lu})/gu;

function pieces(text: string): string[] {
  if (text.length <= PIECE) return [text];
  const out: string[] = [];
  let from = 0;
  while (text.length - from > PIECE) {
    PLAIN_END.lastIndex = from + PIECE;
    const m = PLAIN_END.exec(text);
    if (!m) break;
    const cut = m.index + m[0].length;
    out.push(text.slice(from, cut));
    from = cut;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * A dot that opens a word (a file extension, ".hmoth", ".docx") throws sbd's word count off by one, so it
 * cuts every later sentence a word late ("... appends the .hmoth" | "extension; ..."). It is read as a
 * one-dot leader of the same length, so offsets hold.
 */
const LEADING_DOT = /(^|[\s(“"'])\.(?=[\p{L}\d])/gu;

export function splitSentences(body: string): Span[] {
  const spans: Span[] = [];
  const paragraph = /[^\n]+/g;
  for (const m of body.matchAll(paragraph)) {
    const text = m[0].includes('.') ? m[0].replace(LEADING_DOT, '$1\u2024') : m[0];
    let cursor = 0;
    for (const sentence of pieces(text).flatMap((piece) => sbd.sentences(piece, { preserve_whitespace: true, newline_boundaries: false }))) {
      const trimmed = sentence.trim();
      if (!trimmed) continue;
      const at = text.indexOf(trimmed, cursor);
      if (at < 0) continue;
      const last = spans[spans.length - 1];
      // Only its end is tested (each test is anchored there): a run of joined pieces may grow long.
      const ended = last && last.start >= m.index! ? body.slice(Math.max(last.start, last.end - 40), last.end) : '';
      if (last && ended && ((CLOCK_END.test(ended) && CLOCK_GOES_ON.test(trimmed)) || (INITIALISM_END.test(ended) && !OPENS_SENTENCE.test(trimmed)) || (MONTH_END.test(ended) && DAY_GOES_ON.test(trimmed)) || (TITLE_END.test(ended) && NAME_GOES_ON.test(trimmed)) || quoteGoesOn(ended, trimmed))) last.end = m.index! + at + trimmed.length;
      else spans.push({ start: m.index! + at, end: m.index! + at + trimmed.length });
      cursor = at + trimmed.length;
    }
  }
  return spans;
}
