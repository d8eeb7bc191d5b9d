/**
 * What page clutter looks like once it is text: section labels of headline lists, separators, share
 * bars, e-mail addresses, edit credits, copyright lines, author bios. Each rule is a named predicate so
 * the layout step can say which one dropped a line.
 */

/** Headings of the lists that follow an article: nothing after them is the story. */
const CLOSING_LABELS = new RegExp(
  '^(most popular|most read|most viewed|more from [\\p{L} ]{1,30}|more stories( like this( one)?)?|more news|related( articles| stories| news| content)?|' +
    'read next|recommended( for you)?|trending( now)?|latest( news| stories)?|top stories|you may also like|' +
    "you might also like|popular( now)?|editor'?s picks|comments?|leave a comment|tags?|topics?|" +
    'in other news|what to read next|across the network|from around the web|about (the author|us|[\\p{L}&.\' -]{2,40}))\\s*:?$',
  'iu',
);
/** Labels that interrupt an article without ending it ("ADVERTISEMENT" between paragraphs). */
const INLINE_LABELS = /^(advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|follow us|subscribe( now)?|sign up( for our newsletter)?|newsletter|read more|also read|see also|story continues below( advertisement)?|continue reading( below)?)\s*:?$/i;

export function isSectionLabel(text: string): boolean {
  return CLOSING_LABELS.test(text.trim());
}

export function isInlineLabel(text: string): boolean {
  return INLINE_LABELS.test(text.trim());
}

/**
 * The company paragraph that closes a press release ("Ascom is a global solutions provider …"): it
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

const CREDIT = /^(\(?\s*(tm and\s+)?(©|copyright\b)|\(source:[^)]{0,80}©|all content ©|this (article|story|report) (was|has been) (edited|written|copyedited|reported|updated|produced)|(edited|copyedited|reporting|additional reporting|writing|produced|compiled) by\b|copyright\b|©|\(c\)\s*\d{4}|all rights reserved|(photo|image|video) (credit|by)\s*:)/i;
/** "Staff writer Harry Harris contributed to this report." (no i flag, so that the names are capitalised). */
const CONTRIBUTED = /^(?:[Ss]taff [Ww]riters?\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})?\s+contributed to this (?:report|story|article)/u;

export function isCredit(text: string): boolean {
  const trimmed = text.trim();
  return CREDIT.test(trimmed) || CONTRIBUTED.test(trimmed);
}

/**
 * How to reach the reporter, which closes many local stories ("Contact Taylor Dungjen at
 * tdungjen@theblade.com, or 419-724-6054", "Call The Bee's Hudson Sangree, (916) 321-1191.", "City
 * Editor Victor A. Patton can be reached at ..."). A reporter is named in every story of an outlet, so
 * left in the body the name joined that outlet's stories. A request to call the police or a tip line
 * is the story's, not the reporter's, and stays.
 */
// No i flag: with it, \\p{Lu} matches lower case too, and "call them at" would name a reporter.
const REACH =
  /^(?:(?:[Cc]ontact|[Cc]all|[Ee]-?mail|[Rr]each)\s+(?:reporter\s+|[Tt]he\s+\p{Lu}\p{L}*['’]?s\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*(?:at\b|,|:)|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}:\s*[\w.+-]+@|(?:[Ss]taff writer|[Rr]eporter|[Cc]ity [Ee]ditor|[Ee]ditor|[Cc]olumnist|[Hh]e|[Ss]he)\b.{0,120}\bcan be reached at\b)/u;
const CONTACT = /[\w.+-]+@[\w-]+\.\w+|\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|twitter/i;
/** Words of a police force or a tip line, which are called about the story ("Call Crime Stoppers at ..."). */
const AUTHORITY = /\b(?:police|sheriff|crime|stoppers|department|office|division|unit|bureau|detectives?|investigators?|sgt|officer|tip|hotline|line|station|squad|authorities)\b/i;

export function isReporterContact(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 300 || !CONTACT.test(trimmed)) return false;
  const m = REACH.exec(trimmed);
  return m !== null && !(m[1] && AUTHORITY.test(m[1]));
}

/** Calls to action that close an article: tips, follows, newsletter sign-ups. */
const PROMO_START = /^(?:(have|got) a (news )?tip\b|(?:for [\p{L} ,]{0,60}, )?follow (us|@\w+|[\p{Lu}][\p{L}.' -]{1,40} on (twitter|x|facebook|instagram))\b|sign up (for|to) (our|the) [\p{L} ]{0,30}newsletter|have your say\b.{0,80}\b(forums?|comments)\.?$)/iu;
const PROMO_END = /(\bsubscribe to [\p{L}.'’ -]{1,40}|\b(receive|get) our (free )?[\p{L} ]{0,20}(e-?)?)newsletters?\.?$/iu;

export function isPromoLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 300) return false;
  return PROMO_START.test(trimmed) || (/newsletters?\.?$/i.test(trimmed) && PROMO_END.test(trimmed));
}

/**
 * What a page's own widgets print: account sign-up and sign-in, e-mail alerts, newsletters, video
 * players, comment forms, app and subscription offers, embedded tweets. Scraped pages leave these
 * anywhere in the text, before the story as often as after it, and they name the reporter ("Get email
 * notifications on Joel Currier daily!"), so clustering took an outlet's pages for one story.
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

const SHARE = /^(share( on| via)?|tweet|email|print|facebook|twitter|linkedin|whatsapp|copy link|x)(\s*[|/·•,]\s*(share( on| via)?|tweet|email|print|facebook|twitter|linkedin|whatsapp|copy link|x))*\s*$/i;

export function isShareBar(text: string): boolean {
  return SHARE.test(text.trim());
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
 * photographer and agency after a bar, "… | Sam Charles / Sun-Times"). */
const STRONG_CAPTION = /(^(photo|image|picture|file photo|pictured)\s*[:(-]|\bfrom left\b|\((?:[^()]*\s)?(photo|picture|image)s?\b[^()]*\)\s*$|\s\|\s*(photo:?\s*)?[\p{Lu}][\p{L}.'’ -]{1,40}\s*\/\s*[\p{Lu}][\p{L}.'’ -]{1,40}$)/iu;

/**
 * A gallery slide: a short title, the photographer and outlet, then the caption ("Remembering Devon
 * Lofton Brian Cassella / Chicago Tribune Family, neighbors and community members gather ..."). Pages
 * append slides of other stories, which made one event of shootings months apart.
 */
const SLIDE = /^([^.!?•|]{8,100}?)\s[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}.'’-]*){1,2}\s\/\s(?:The\s)?[\p{Lu}][\p{L}&'’-]+(?:[\s-][\p{Lu}][\p{L}&'’-]+){0,3}\s[\p{Lu}"“]/u;
/** Gannett's photo furniture: "Buy Photo A girl was killed ... (Photo: David Guralnick / The Detroit News)Buy Photo". */
const GANNETT_PHOTO = /^buy photo\b|\(photo:[^)]{3,80}\)\s*(?:buy photo)?\s*$/i;

export function isStrongCaption(text: string): boolean {
  const trimmed = text.trim();
  if (STRONG_CAPTION.test(trimmed) || GANNETT_PHOTO.test(trimmed)) return true;
  const slide = SLIDE.exec(trimmed);
  // A slide's title is short and does not end mid-phrase ("... between the Ida B. Wells / Darrow Homes").
  return slide !== null && slide[1]!.split(/\s+/).length <= 14 && !/\b(?:the|a|an|of|in|at|on|and|or|between|to|for|with|from|by|near|behind|outside|inside|across|along|after|before|into|over|under|past|toward|towards|through|around|beside)$/i.test(slide[1]!);
}
