/**
 * Whether a report is an issuer's own press release rather than a news report: its text opens with the
 * label a release carries ("Press Release No. 118/2026", "FOR IMMEDIATE RELEASE", "Media release:").
 * A news report that cites a release ("the ministry said in a press release") names it later, never
 * as its first words. A release's headline is in its issuer's voice ("Ministry Safeguards Fish Stocks"),
 * so an event's title is taken from a news report's headline where there is one (build-event.ts).
 */
const RELEASE_LABEL = /^\s*(?:(?:press|media|news)\s+release\b|for\s+immediate\s+release\b)/i;

export function isPressRelease(article: { headline: string | null; body: string }): boolean {
  return RELEASE_LABEL.test(article.body.slice(0, 80)) || (article.headline !== null && RELEASE_LABEL.test(article.headline));
}
