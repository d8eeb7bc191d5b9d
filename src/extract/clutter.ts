/**
 * What page clutter looks like once it is text: section labels of headline lists, separators, share
 * bars, e-mail addresses, edit credits, copyright lines, author bios. Each rule is a named predicate so
 * the layout step can say which one dropped a line.
 */

// The share bar's rule has its own module; layouts import it from here with the other clutter.
export { isShareBar } from './share-bar.js';

/** Headings of the lists that follow an article: nothing after them is the story. */
const CLOSING_LABELS = new RegExp(
  '^(most popular|most read|most viewed|more from [\\p{L} ]{1,30}|more stories( like this( one)?)?|more news|' +
    // "Related Berrien County shooting stories:", "Related UPI Stories": a list of other stories, however named.
    'related( articles| stories| news| content| links| coverage| videos?| [\\p{L}\\p{N} -]{1,40} (stories|articles|coverage))?|' +
    // "More stories you may like on 9Local": a station's teaser list names its brand after the offer.
    '((more )?(stories |articles )?you (may|might) (also )?(like|enjoy|be interested in))( on [\\p{L}\\p{N}. -]{1,30})?|' +
    'read next|recommended( for you)?|trending( now)?|latest( news| stories)?|top stories|' +
    "popular( now)?|editor'?s picks|comments?|leave a comment|tags?|topics?|" +
    'in other news|what to read next|across the network|from around the web|about (the author|us|[\\p{L}&.\' -]{2,40}))\\s*:?$',
  'iu',
);
/** Labels that interrupt an article without ending it ("ADVERTISEMENT" between paragraphs). */
const INLINE_LABELS = /^(advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|follow us|subscribe( now)?|sign up( for our newsletter)?|newsletter|read more|also read|read also|see also|story continues below( advertisement)?|continue reading( below)?)\s*:?$/i;

/**
 * Headings of a box of links to other stories that sits inside the article's element ("Read also",
 * "Lees ook"). Mid-article the same words stand before one link and the story goes on, so they end the
 * article only where little text follows them (html-layout.ts checks that).
 */
const RELATED_LABELS = /^(read also|also read|see also|more on (this|the) (story|topic|subject)|further reading|lees ook|lire aussi|lisez aussi|mehr zum thema|lesen sie auch|lea también|leer también|leia também)\s*:?$/iu;

export function isRelatedLabel(text: string): boolean {
  return RELATED_LABELS.test(text.trim());
}

export function isSectionLabel(text: string): boolean {
  return CLOSING_LABELS.test(text.trim());
}

export function isInlineLabel(text: string): boolean {
  return INLINE_LABELS.test(text.trim());
}

/**
 * The company paragraph that closes a press release ("Acme is a leading maker of hospital alarms …"): it
 * describes the issuer, not the news. Only meaningful at the end of an article.
 */
const BOILERPLATE = /^[\p{Lu}][\p{L}\p{N}&.'’ -]{1,40} (\([\p{Lu}:. ]{2,20}\) )?(is|are) (a|an|the) ((leading|global|world'?s?|international|premier|pioneering|fast-growing|privately[- ]held|publicly[- ]traded|independent|trusted)\b[\p{L}, -]{0,40})?(provider|company|leader|firm|developer|manufacturer|supplier|organi[sz]ation|platform)\b/u;

export function isIssuerBoilerplate(text: string): boolean {
  return / (is|are) (a|an|the) /.test(text.slice(0, 90)) && BOILERPLATE.test(text.trim());
}

/** "-", "6", "•", "|": list furniture left by scraping. */
export function isSeparator(text: string): boolean {
  return /^[\s\p{P}\p{S}\d]*$/u.test(text) && text.trim().length <= 4;
}

export function isEmailLine(text: string): boolean {
  return /^\s*(e-?mail:?\s*)?[\w.+-]+@[\w-]+(\.[\w-]+)+\s*$/i.test(text);
}

const CREDIT = /^(\(?\s*(tm and\s+)?(©|copyright\b)|\(source:[^)]{0,80}©|all content ©|this (article|story|report) (was|has been) (edited|written|copyedited|reported|updated|produced)|\(?\s*(edited|copyedited|reporting|additional reporting|writing|produced|compiled) by\b|copyright\b|©|\(c\)\s*\d{4}|all rights reserved|(photo|image|video) (credit|by)\s*:)/i;
/** A contributor's name, with the town they reported from ("Jane Doe in Paris"). */
const CONTRIBUTOR = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}(?:\\s+in\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,2})?";
/**
 * "Staff writer Harry Harrowgate contributed to this report.", "Associated Press writers JANE DOE in Paris
 * and TOM ROE in Rome contributed to this report." (no i flag, so that the names are capitalised): the
 * newsroom's job before the names is part of the credit, not a person acting in the story.
 */
const CONTRIBUTED = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:[Ss]taff\\s+)?(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?|[Pp]hotographers?)\\s+)?${CONTRIBUTOR}(?:(?:,\\s+|,?\\s+(?:and|&)\\s+)${CONTRIBUTOR}){0,5}\\s+contributed(?:\\s+reporting)?\\s+(?:to\\s+)?this\\s+(?:report|story|article)`,
  'u',
);

/** A wire story's closing credit: "(Reporting by Francois Murphy and Jan Lopatka; Editing by Mark Heinrich)". */
const WIRE_REPORTERS = /\b(?:additional\s+)?(?:reporting|writing)\s+by\s+([^;)]+)/gi;

/** The reporters (not the editors) a wire credit names. */
export function creditReporters(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(WIRE_REPORTERS)) {
    for (const name of m[1]!.split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
      const clean = name.replace(/\s+in\s+\p{Lu}[\p{L} .'’-]*$/u, '').trim();
      if (/^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u.test(clean) && !names.includes(clean)) names.push(clean);
    }
  }
  return names;
}

export function isCredit(text: string): boolean {
  const trimmed = text.trim();
  return CREDIT.test(trimmed) || CONTRIBUTED.test(trimmed);
}

/**
 * How to reach the reporter, which closes many local stories ("Contact Taylor Dunmarrow at
 * tdunmarrow@lakepaper.example, or 419-555-6054", "Call The Bee's Hudson Sangrove, (916) 555-0191.", "City
 * Editor Victor A. Pemberleigh can be reached at ..."). A reporter is named in every story of an outlet, so
 * left in the body the name joined that outlet's stories. A request to call the police or a tip line
 * is the story's, not the reporter's, and stays.
 */
// No i flag: with it, \p{Lu} matches lower case too, and "call them at" would name a reporter.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`;
/** "Contact Tom Field at", "Call The Bee's Hudson Sangrove,", "Contact Katrease Stavenby:". */
const REACH_NAME = new RegExp(String.raw`^(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Rr]each)\s+(?:reporter\s+|([Tt]he\s+\p{Lu}\p{L}*['’\u0092]?s\s+))?(${NAME})\s*(?:at\b|,|:)`, 'u');
/** "Jonah R. Tallis: jtallis@ridge-gazette.example". */
const NAME_THEN_ADDRESS = new RegExp(String.raw`^${NAME}:\s*[\w.+-]+@`, 'u');
/** "Staff writer John Trevallick ... can be reached at", "City Editor Victor A. Pemberleigh can be reached at". */
const JOURNALIST_REACHED = /^(?:[Ss]taff writer|[Rr]eporter|[Cc]ity [Ee]ditor|[Ee]ditor|[Cc]olumnist)\b(?:[^.]|(?<=\b\p{Lu})\.){0,120}(?:\.\s+(?:He|She)\b[^.]{0,40})?\bcan be reached at\b/u;
/** "She can be reached at tdunmarrow@...": a pronoun alone needs an address to be the reporter. */
const PRONOUN_REACHED = /^(?:He|She)\s+can be reached at\b/u;
const ADDRESS = /[\w.+-]+@[\w-]+\.\w+|(?:^|\s)@\w+|\btwitter\b/i;
const PHONE = /\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b/;
/**
 * Words of the police, a court or an agency, and help lines, which a story asks readers to call
 * ("Call Crime Stoppers at ...", "Contact Lt. Bill Quarnby at ...", "Call Silent Witness at ...").
 */
const AUTHORITY =
  /\b(?:police|sheriff|crime|stoppers|witness|department|office|division|unit|bureau|agency|services|control|court|detectives?|investigators?|sgt|sergeant|lt|lieutenant|capt|captain|cpl|corporal|deputy|trooper|agent|chief|marshal|officer|gov|governor|mayor|tip|tips|hotline|line|lifeline|station|squad|authorities)\b/i;

/**
 * Whether a line gives the reporter's address. A name and a telephone number alone could be anyone's the
 * story asks readers to call, so they count only for one of the article's authors, or with an outlet
 * before the name ("The Bee's"); with an e-mail address or a handle they count for anyone but the police
 * and help lines.
 */
export function isReporterContact(text: string, authors: readonly string[] = []): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 300) return false;
  const address = ADDRESS.test(trimmed);
  if (!address && !PHONE.test(trimmed)) return false;
  // A journalist's title says whose address it is, whatever beat the line names ("covers ... police").
  if (JOURNALIST_REACHED.test(trimmed)) return true;
  if (AUTHORITY.test(trimmed.replace(/\S+@\S+|@\w+/g, ''))) return false;
  const m = REACH_NAME.exec(trimmed);
  if (m) return address || m[1] !== undefined || authors.includes(m[2]!);
  if (NAME_THEN_ADDRESS.test(trimmed)) return true;
  return address && PRONOUN_REACHED.test(trimmed);
}

/** Calls to action that close an article: tips, follows, newsletter sign-ups. */
const PROMO_START = /^(?:(have|got) a (news )?tip(?:\s+for us)?\s*[?:!]|(?:for [\p{L} ,]{0,60}, )?follow (us|@\w+)\b|sign up (for|to) (our|the) [\p{L} ]{0,30}newsletter|have your say\b.{0,80}\b(forums?|comments)\.?$)/iu;
/** "Follow Petra Quillfeather on Twitter", "Follow reporter Tamsin Orrowby on Twitter" (no i flag: see NAME). */
const FOLLOW_NAME = /^(?:[Ff]or [\p{L} ,]{0,60}, )?[Ff]ollow (?:reporter |anchor |photographer )?\p{Lu}[\p{L}.' -]{1,40} on (?:Twitter|X|Facebook|Instagram)\b/u;
const PROMO_END = /(\bsubscribe to [\p{L}.'’ -]{1,40}|\b(receive|get) our (free )?[\p{L} ]{0,20}(e-?)?)newsletters?\.?$/iu;

export function isPromoLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 300) return false;
  return PROMO_START.test(trimmed) || FOLLOW_NAME.test(trimmed) || (/newsletters?\.?$/i.test(trimmed) && PROMO_END.test(trimmed));
}

/**
 * What a page's own widgets print: account sign-up and sign-in, e-mail alerts, newsletters, video
 * players, comment forms, app and subscription offers, embedded tweets. Scraped pages leave these
 * anywhere in the text, before the story as often as after it, and they name the reporter ("Get email
 * notifications on Joel Curravane daily!"), so clustering took an outlet's pages for one story.
 */
const WIDGET = new RegExp(
  `^(?:${[
    String.raw`(close\s+)?get (email|e-mail) notifications on .{1,80} daily!?`,
    String.raw`your notification has been (saved|deleted)\.?`,
    String.raw`there was a problem saving your notification\.?`,
    String.raw`whenever .{1,80} posts new content, you'll get an (email|e-mail)`,
    String.raw`(email|e-mail) notifications are only sent once a day`,
    String.raw`if you do not receive the verification (message|email|e-mail)`,
    String.raw`we have sent (you )?an? (verification|confirmation) (email|e-mail)`,
    String.raw`thank you for registering!?`,
    String.raw`already have an account\??`,
    String.raw`need an account\? create one`,
    String.raw`welcome back\. please sign in`,
    String.raw`(please )?(log|sign) ?in to (continue|keep) reading`,
    String.raw`subscribe (now )?(for|to get) (full|unlimited) access`,
    String.raw`sign in using (your?|you) (account|\w+ profile)`,
    String.raw`click on the button below to set up your account`,
    String.raw`by submitting your registration information`,
    String.raw`we look forward to seeing you (on \S+ )?frequently`,
    String.raw`click here to return to the page you were visiting`,
    String.raw`click here for reuse options!?`,
    String.raw`you must enter the characters`,
    String.raw`you are the owner of this article\.?`,
    String.raw`(newsletters?\s+)?sign up for one of our (email|e-mail) newsletters`,
    String.raw`don't miss a thing\. get (email|e-mail) alerts`,
    String.raw`follow us online at \S+ and on`,
    String.raw`take [\w ]{1,20} with you!`,
    String.raw`download (our|the)( [\w .]{1,40})? app( here)?\.?$`,
    String.raw`oops, you haven't selected any newsletters`,
    String.raw`get alerted to news events as they happen`,
    String.raw`sorry, this zip ?code is not in our deliverable area`,
    String.raw`re-enter zip code or sign up`,
    String.raw`(have|need) an online subscription\?`,
    String.raw`enjoy the convenience of home delivery`,
    String.raw`sign up today\. it's free\.?`,
    String.raw`having trouble viewing the video\?`,
    String.raw`sorry, your browser doesn't support flash`,
    String.raw`please enable javascript to (watch|view) this video`,
    String.raw`when you tweet with a location, twitter stores that location`,
    String.raw`like this: like loading`,
  ].join('|')})`,
  'i',
);

export function isSiteWidget(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 400 && WIDGET.test(trimmed);
}

const BIO_VERBS = /^(is|was|serves|served|has|joined|covers|writes|reports|works|holds|graduated|began|leads|specializes|specialises)\b/;

const BIO = /^(about the author|the author is|[\p{Lu}][\p{L}.'’-]+ ([\p{Lu}]\. )?[\p{Lu}][\p{L}.'’-]+ is an? ((staff|senior|freelance|contributing|investigative|political|general[- ]assignment|business|sports|crime|digital|multimedia|news|associate|managing|deputy) )*(reporter|correspondent|writer|journalist|editor|intern|columnist|photographer|producer|photojournalist)\b)/u;

/** An author bio: starts with the author's name (or surname) and says what they do. */
export function isAuthorBio(text: string, authors: readonly string[]): boolean {
  const trimmed = text.trim();
  // The full name only: a surname alone may be the subject of the story ("Kim is expected to arrive").
  for (const author of authors) {
    if (author.includes(' ') && trimmed.startsWith(`${author} `) && BIO_VERBS.test(trimmed.slice(author.length + 1))) return true;
  }
  return BIO.test(trimmed);
}

const CAPTION_CUES = /(\bfrom left\b|\(from left\)|^(photo|image|picture|file photo)\s*[:(]|\bsource:\s|\b(photo|image) (by|courtesy|credit)\b|\bcourtesy of\b|\((ap|afp|reuters|yonhap|getty images|epa)( photo)?\)|\bgetty images\b|\bpictured\b|\bis seen\b|\bpose for (a )?photo)/i;

export function looksLikeCaption(text: string): boolean {
  return CAPTION_CUES.test(text);
}

/** Cues strong enough to take a line out of the body as a caption wherever it stands (the last: a
 * photographer and agency after a bar, "… | Sam Charlwick / Sun-Times"). */
const STRONG_CAPTION = /(^(photo|image|picture|file photo|pictured)\s*[:(-]|\bfrom left\b|\((?:[^()]*\s)?(photo|picture|image)s?\b[^()]*\)\s*$|\s\|\s*(photo:?\s*)?[\p{Lu}][\p{L}.'’ -]{1,40}\s*\/\s*[\p{Lu}][\p{L}.'’ -]{1,40}$)/iu;

/**
 * A gallery slide: a short title, the photographer and outlet, then the caption ("Remembering Arlo
 * Penhallow Jory Maddick / Chicago Tribune Friends and classmates lit candles on the porch ..."). Pages
 * append slides of other stories, which made one event of shootings months apart.
 */
const SLIDE = /^([^.!?•|]{8,100}?)\s[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}.'’-]*){1,2}\s\/\s(?:The\s)?[\p{Lu}][\p{L}&'’-]+(?:[\s-][\p{Lu}][\p{L}&'’-]+){0,3}\s[\p{Lu}"“]/u;
/** Gannett's photo furniture: "Buy Photo A boy was hurt ... (Photo: Hollis Vantreight / The Valley News)Buy Photo". */
const GANNETT_PHOTO = /^buy photo\b|\(photo:[^)]{3,80}\)\s*(?:buy photo)?\s*$/i;

export function isStrongCaption(text: string): boolean {
  const trimmed = text.trim();
  if (STRONG_CAPTION.test(trimmed) || GANNETT_PHOTO.test(trimmed)) return true;
  const slide = SLIDE.exec(trimmed);
  // A slide's title is short and does not end mid-phrase ("... between the Rosa T. Marsh / Quinlan Homes").
  return slide !== null && slide[1]!.split(/\s+/).length <= 14 && !/\b(?:the|a|an|of|in|at|on|and|or|between|to|for|with|from|by|near|behind|outside|inside|across|along|after|before|into|over|under|past|toward|towards|through|around|beside)$/i.test(slide[1]!);
}
