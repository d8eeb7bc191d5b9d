/**
 * Themes a report tells as its story, not in passing: those its headline or its opening sentence gives
 * a cue of (docs/themes.md). An event keeps the themes at least half its reports share, and also one a
 * report has and tells so: a follow-up on the investigation or a wire's take on the power supply need
 * not say again that a tanker was detained at sea, and does not make the event less a maritime one
 * (review ux73a fault 3). A theme a report has only from its later paragraphs (background, an aside)
 * still needs half the reports.
 */
import { detectThemes } from '../enrich/themes.js';
import type { Article } from '../model/types.js';

/** The themes `article` has and gives a cue of in its headline or its first sentence. */
export function leadThemes(article: Article): string[] {
  if (article.themes.length === 0) return [];
  const first = article.sentences[0];
  const lead = first ? article.body.slice(first.start, first.end) : article.body.slice(0, 300);
  // One cue is enough in the first sentence (read as a headline is). A headline's word alone may be a
  // figure of speech ("minister weathers storm"): it counts where the body gives a cue of it too.
  const inLead = new Set(detectThemes(lead, ''));
  const inHeadline = new Set(detectThemes(article.headline ?? '', ''));
  const inBody = inHeadline.size > 0 ? new Set(detectThemes('', article.body)) : new Set<string>();
  return article.themes.filter((t) => inLead.has(t) || (inHeadline.has(t) && inBody.has(t)));
}
