/**
 * The extract stage: main text and metadata out of the page clutter. Scraped text and HTML go through
 * the same layout analysis (blocks in, article parts out); a clean `body` only has its paragraphs split.
 */
import { withUrlDay } from './url-date.js';
import { withPrintedDay } from './printed-date.js';
import { datedDateline } from './dated-dateline.js';
import { withoutDeskTag } from './desk-tag.js';
import type { NewsDocument } from '../model/document.js';
import { htmlToBlocks } from './html-blocks.js';
import { htmlLayout } from './html-layout.js';
import { detectLanguage } from './language.js';
import { analyseLayout, type Layout, type PageMetadata } from './layout.js';
import { textToBlocks } from './text-blocks.js';
import { isoFromMachineDate, parseDateline } from './dateline.js';
import { withoutSectionLabels } from './section-label.js';
import { cutOpinionLabel, OPINION_LABEL_RULE } from './opinion-label.js';
import { outletFromSite, splitSiteName } from './site-name.js';
import { creditAgency, datelineAgency } from './agencies.js';
import { creditReporters } from './clutter.js';
import { parseByline } from './byline.js';
import { wordCount } from './block.js';
import { entrySpans, readLiveBlog } from './live-blog.js';
import { isStampLine } from './live-stamp.js';
import { tooShortProblem } from './article-length.js';
import { setApartCorrections } from './correction-note.js';
import { checkPageDate } from './page-date-check.js';

/** C0 controls other than tab, line feed and carriage return, and DEL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_CHARACTERS_ALL = new RegExp(CONTROL_CHARACTERS.source, 'g');

export interface ExtractOptions {
  /** Keep the dropped lines as info messages (useful when tuning, noisy otherwise). */
  reportDropped?: boolean;
  /**
   * Fewer words of body than this and the input is refused (article-length.ts; default
   * MIN_ARTICLE_WORDS). Test fixtures of one sentence, built to test later stages, pass 0.
   */
  minWords?: number;
  /** The ingest's clock, ms (default: now): a page dated later than it has its date left out (page-date-check.ts). */
  now?: number;
}

export function createExtract(options: ExtractOptions = {}) {
  return function extract(doc: NewsDocument): void {
    const { raw, article } = doc;
    const hints: PageMetadata = {};
    if (raw.hints.title) hints.headline = raw.hints.title;
    if (raw.hints.outlet) hints.outlet = raw.hints.outlet;
    if (raw.hints.publishedAt) {
      const iso = isoFromMachineDate(raw.hints.publishedAt) ?? parseDateline(raw.hints.publishedAt)?.iso;
      if (iso) hints.publishedAt = iso;
      else doc.message('extract', 'bad-published-at', `publishedAt ${JSON.stringify(raw.hints.publishedAt)} is not a date; ignored`);
    }
    const fetchedIso = raw.hints.fetchedAt ? isoFromMachineDate(raw.hints.fetchedAt) : null;
    if (fetchedIso) hints.fetchedAt = fetchedIso;

    let layout: Layout;
    let language: string | undefined;
    let titleSite: string | undefined;
    // Control characters (a NUL from a bad scrape or a record) are no text: as spaces, they split no
    // word and cannot end a stored text early, as SQLite's string functions take a NUL to do.
    const content = CONTROL_CHARACTERS.test(raw.content) ? raw.content.replace(CONTROL_CHARACTERS_ALL, ' ') : raw.content;
    if (raw.kind === 'body') {
      layout = bodyLayout(content, hints);
    } else if (raw.kind === 'html') {
      const page = htmlToBlocks(content);
      language = page.meta.language;
      if (page.meta.url && !article.source.url) article.source.url = page.meta.url;
      titleSite = page.meta.titleSite;
      const html = htmlLayout(page, hints);
      if (html.method === 'json-ld' || html.method === 'relaxed') doc.message('extract', `body-from-${html.method}`, html.method === 'json-ld' ? 'the page shows little text; the body comes from its JSON-LD articleBody' : 'no clear article container; the body was taken with chrome names ignored', 'info');
      layout = html;
    } else {
      const text = textToBlocks(content);
      const meta: PageMetadata = { ...hints };
      if (text.crawlDate) meta.crawlDate = text.crawlDate;
      layout = analyseLayout(text.blocks, meta);
    }

    const url = article.source.url ?? raw.hints.url ?? null;
    const titled = layout.headline ? splitSiteName(layout.headline, { outlet: layout.outlet, url }) : null;
    const headline = titled?.headline ?? layout.headline;
    const labelled = headline ? withoutSectionLabels(headline) : headline;
    article.headline = labelled ? withoutDeskTag(labelled) : labelled;
    // The column's mark is gone from its headline: kept, since it tells the page reports no event (cluster/no-event.ts).
    const opinionLabel = headline && labelled ? cutOpinionLabel(headline, labelled) : null;
    if (opinionLabel) doc.message('extract', OPINION_LABEL_RULE, `opinion section label cut from the headline: "${opinionLabel}"`, 'info');
    // A page's <title> may name the site where its og:title, which gave the headline, does not.
    const site = titled?.site ?? titleSite ?? null;
    doc.siteName = site;
    doc.closingCredit = layout.dropped.find((d) => d.rule === 'credit')?.text ?? null;
    if (site) article.siteName = site;
    article.authors = layout.authors;
    const fetchedAt = fetchedIso ?? null;
    const live = readLiveBlog(article.headline, layout.paragraphs, { publishedAt: layout.publishedAt, modifiedAt: layout.modifiedAt, fetchedAt });
    // A stamp on a page that is no live page dates nothing: it is dropped, as other short lines are.
    article.body = (live?.paragraphs ?? layout.paragraphs.filter((p) => !isStampLine(p))).join('\n\n');
    // An outlet's correction note is about its page, not the event (correction-note.ts): set apart, and said.
    if (!live) {
      const corrected = setApartCorrections(article.body.split('\n\n'));
      if (corrected.notes.length > 0) {
        article.body = corrected.kept.join('\n\n');
        const names = corrected.names.map((n) => `${n.wrong} -> ${n.right}`).join('; ');
        doc.message('extract', 'correction-note', `a correction note was set apart from the text${names ? ` (names put right: ${names})` : ''}: ${corrected.notes.join(' ').slice(0, 200)}`, 'info');
      }
    }
    if (live) {
      if (live.entries.length > 0) article.liveEntries = entrySpans(live.paragraphs, live.entries);
      if (live.unreadZones.length > 0) {
        const zones = [...new Set(live.unreadZones)].join(', ');
        const all = live.entries.every((e) => e.time === null);
        doc.message('extract', 'live-stamps-unread', `${live.unreadZones.length} live entry ${live.unreadZones.length === 1 ? 'stamp names' : 'stamps name'} a time zone not known (${zones}): ${all ? 'no entry has a time of its own, and everything on the page counts as reported at its publication' : "those entries' text counts as part of the entry before them"}`);
      }
      if (live.agoUnplaced > 0) doc.message('extract', 'live-ago-unplaced', `${live.agoUnplaced} live ${live.agoUnplaced === 1 ? 'entry is' : 'entries are'} stamped "... ago" and the input gives no time the page was fetched ("fetchedAt"): left without a time, what they report counts as reported at the page's publication`);
      if (options.reportDropped) for (const aside of live.dropped) doc.message('extract', 'dropped-live-aside', aside.slice(0, 80), 'info');
    }
    // Wire copy a site carries names its agency in the dateline more often than in a byline.
    // A regional wire no list holds is known by its initials in a dated dateline or a closing credit
    // ("BISHKEK, Oct 12 (CAPA) --", "(Reporting by CAPA; editing by ...)"): two sites' copies are one source.
    const credits = layout.dropped.filter((d) => d.rule === 'credit').map((d) => d.text).join('\n');
    // The page's own name counts too: a wire's own page dates its datelines with its initials ("(CPW)").
    article.agency = layout.agency ?? datelineAgency(article.body, credits, [layout.outlet, site].filter((w): w is string => !!w)) ?? creditAgency(credits);
    // The title's site names the outlet only where no address does: one site's pages with and without
    // the name in their titles would otherwise count as two sources (sources.ts keys by outlet first).
    article.outlet = layout.outlet ?? (site && !url ? outletFromSite(site) : null);
    // An address's day well before the page's stamp is when the story came out (url-date.ts).
    const fromUrl = withUrlDay(layout.publishedAt, url);
    if (fromUrl !== layout.publishedAt) doc.message('extract', 'published-from-url', `the address gives ${fromUrl}, days before the page's date ${layout.publishedAt}: the page's date is taken for a later stamp`, 'info');
    // So is the date an opening dateline gives in brackets ("SAVANNAH, GA (December 2, 2015): ..."): the day the story was filed.
    // A page that gives no date at all is dated by its dateline's ("OSLO, Feb. 3, 2027 (NWA) - ").
    const printed = datedDateline(article.body.split('\n\n'));
    article.publishedAt = fromUrl ? withPrintedDay(fromUrl, printed) : printed;
    if (!fromUrl && printed) doc.message('extract', 'published-from-dateline', `the page gives no date: the opening dateline's ${printed} is taken`, 'info');
    else if (article.publishedAt !== fromUrl) doc.message('extract', 'published-from-dateline', `the opening dateline gives ${article.publishedAt}, days before the page's date ${fromUrl}: the page's date is taken for a later stamp`, 'info');
    // Only a web page's own stamp: a date the input gives or a text's dateline is the caller's to set
    // (tests and examples date invented stories years ahead on purpose).
    const checked = raw.kind === 'html' && !hints.publishedAt ? checkPageDate(article.publishedAt, options.now ?? Date.now()) : { publishedAt: article.publishedAt, refused: null };
    if (checked.refused) doc.message('extract', 'implausible-published-at', checked.refused);
    article.publishedAt = checked.publishedAt;
    article.modifiedAt = layout.modifiedAt;
    article.captions = layout.captions;
    article.language = detectLanguage(article.body, language);
    if (options.reportDropped) {
      for (const d of layout.dropped) doc.message('extract', `dropped-${d.rule}`, d.text.slice(0, 80), 'info');
    }
    // A page with no article text (a login wall, a section front) is not an article: refuse it.
    // Scraped text shorter than any article is refused for that, as the same text given as a body is.
    if (!article.body) throw new Error((raw.kind === 'text' && tooShortProblem(content, options.minWords)) || 'no article text found on the page');
    // The same rule for every form of input: a record's clean body is held to what a page's text is.
    const short = tooShortProblem(article.body, options.minWords);
    if (short) throw new Error(short);
    // Every later stage reads English: say so where the text is another language, rather than file
    // its event with names, dates and places read as English would be.
    if (article.language && article.language !== 'en') doc.message('extract', 'not-english', `the text reads as language '${article.language}'; Triangulate reads English only, so its names, dates and places may be wrong`);
    if (!article.headline) doc.message('extract', 'no-headline', 'no headline found');
    if (!article.publishedAt) doc.message('extract', 'no-date', 'no publication date found; relative dates cannot be resolved');
  };
}

/** A wire credit in brackets; only this closing form is taken off text given as the body (its last paragraph may begin "Copyright holders ..."). */
const WIRE_CREDIT = /^\((?:[^()]*\b(?:reporting|writing|editing)\s+by\b[^()]*)\)$/i;

function bodyLayout(content: string, hints: PageMetadata): Layout {
  const paragraphs = content
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // Text given as the body is the story, but a wire credit closing it ("(Reporting by ...; Editing by
  // ...)") names its reporters, not people of the event.
  const authors: string[] = [];
  let agency: string | null = null;
  while (paragraphs.length > 1 && WIRE_CREDIT.test(paragraphs[paragraphs.length - 1]!)) {
    const credit = paragraphs.pop()!;
    authors.unshift(...creditReporters(credit));
    agency ??= creditAgency(credit);
  }
  // Its opening line may be the byline ("By Lena Vogt"), which names the author, not a person of the event.
  const opening = paragraphs.length > 1 && wordCount(paragraphs[0]!) <= 10 ? parseByline(paragraphs[0]!) : null;
  if (opening && (opening.authors.length > 0 || opening.agency)) {
    paragraphs.shift();
    authors.unshift(...opening.authors);
    agency ??= opening.agency;
  }
  return {
    headline: hints.headline ?? null,
    authors,
    agency,
    outlet: hints.outlet ?? null,
    publishedAt: hints.publishedAt ?? null,
    modifiedAt: null,
    paragraphs,
    captions: [],
    dropped: [],
  };
}
