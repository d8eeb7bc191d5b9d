/**
 * The opinion section label the headline's section cut took off ("Opinion | Why the port paid", "Our
 * harbour, our say - Editorial"): kept as an info message on the article, since a column is known by
 * it (cluster/no-event.ts) and the headline no longer shows it. A rebuild keeps extract's messages.
 */

export const OPINION_LABEL_RULE = 'opinion-label';

const OPINION_WORD = /^(?:opinion|op-?ed|editorial|commentary)$/i;

/** The opinion label `cut` (the headline after withoutSectionLabels) lost from `whole`, or null. */
export function cutOpinionLabel(whole: string, cut: string): string | null {
  if (whole === cut) return null;
  const at = whole.indexOf(cut);
  if (at < 0) return null;
  const parts = [whole.slice(0, at), whole.slice(at + cut.length)].flatMap((side) => side.split(/\s+[-–—]\s+|\s*\|\s*/)).map((p) => p.trim());
  return parts.find((p) => OPINION_WORD.test(p)) ?? null;
}
