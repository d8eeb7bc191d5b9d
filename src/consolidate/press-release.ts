/**
 * Whether a report is an issuer's own press release rather than a news report: its text opens with the
 * label a release carries ("Press Release No. 118/2026", "FOR IMMEDIATE RELEASE", "Media release:").
 * A news report that cites a release ("the ministry said in a press release") names it later, never
 * as its first words. A release's headline is in its issuer's voice ("Ministry Safeguards Fish Stocks"),
 * so an event's title is taken from a news report's headline where there is one (build-event.ts).
 */
const RELEASE_LABEL = /^\s*(?:(?:press|media|news)\s+release\b|for\s+immediate\s+release\b)/i;

/**
 * A page whose outlet is a public office (its masthead: "Ministry of the Interior, Republic of X") is
 * the office's own word, a release whether or not its label was kept: the label line often sits between
 * the masthead and the title and is read as page furniture.
 */
const OFFICE_OUTLET = /^(?:the\s+)?(?:(?:federal|national|state|royal)\s+)?(?:ministry|department|office|embassy|presidency|secretariat|directorate|government)\s+(?:of|for)\s/i;

export function isPressRelease(article: { headline: string | null; body: string; outlet?: string | null }): boolean {
  return RELEASE_LABEL.test(article.body.slice(0, 80)) || (article.headline !== null && RELEASE_LABEL.test(article.headline)) || OFFICE_OUTLET.test(article.outlet ?? '');
}
