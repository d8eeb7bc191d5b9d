/**
 * The names an outlet goes by in its own and other reports: "The Harbour Ledger" also as "Harbour
 * Ledger", "Corran Newswire" as "Corran" in a wire's credit ("LONDON, May 4 (Corran) -"). Each is the
 * outlet, not a body of the story, wherever the event's reports name it.
 */

/** Words a news outlet's name closes with that its short name drops. */
const MEDIUM_WORDS = new Set(['newswire', 'wire', 'news', 'agency', 'press', 'service', 'media', 'newswires']);

export function outletForms(outlet: string): string[] {
  const forms = new Set([outlet]);
  const bare = outlet.replace(/^the\s+/i, '');
  forms.add(bare);
  const words = bare.split(/\s+/);
  // "Corran Newswire" is "Corran"; "News Agency" alone keeps its words (no name is left).
  let end = words.length;
  while (end > 1 && MEDIUM_WORDS.has(words[end - 1]!.toLowerCase())) end--;
  if (end < words.length && /^\p{Lu}/u.test(words[0]!) && words.slice(0, end).join(' ').length >= 4) forms.add(words.slice(0, end).join(' '));
  return [...forms];
}
