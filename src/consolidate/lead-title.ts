/**
 * The title of an event none of whose reports has a headline (a pasted text, a JSON record with a body
 * only): its first report's lead sentence. A long lead is shortened where a clause ends, never inside a
 * phrase: cut at a fixed length, "... in Chawama township during the" named an event by half a phrase
 * (review ux67b). Where no clause ends early enough, the lead ends at a whole word, past any word that
 * only opens a phrase ("during the", "of a"), with an ellipsis that says it was shortened.
 */

/** Longest title kept whole: a lead of two lines on a card. */
const MAX_TITLE = 160;
/** Shortest clause a lead may be cut back to: shorter says too little of the event. */
const MIN_CLAUSE = 60;

/** Words that open a phrase or join two: a title does not end on one. */
const OPENS_PHRASE = new Set(
  'a an the this that these those its his her their our my your of in on at to for from by with during after before since until as and or but nor when while where which who whose whom than into onto over under about against between among through without within amid near said says told'.split(' '),
);

/** The title a lead sentence gives: whole when short, else cut at a clause's end or at a whole word. */
export function leadTitle(body: string): string {
  const lead = (body.split(/(?<=[.!?])\s/)[0] ?? '').replace(/\s+/g, ' ').trim();
  if (lead.length <= MAX_TITLE) return lead || '(untitled)';
  const head = lead.slice(0, MAX_TITLE + 1);
  // The last clause break that leaves enough of the lead: a comma, a semicolon, a colon, a dash.
  let clause = -1;
  for (const m of head.matchAll(/\s*(?:[,;:]|\s[-–—]{1,2})\s/g)) if (m.index >= MIN_CLAUSE && m.index < MAX_TITLE) clause = m.index;
  if (clause > 0) return `${lead.slice(0, clause).replace(/[\s,;:–—-]+$/u, '')}…`;
  const words = head.slice(0, head.lastIndexOf(' ')).split(' ');
  while (words.length > 1 && OPENS_PHRASE.has(words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) words.pop();
  return `${words.join(' ').replace(/[\s,;:–—-]+$/u, '')}…`;
}
