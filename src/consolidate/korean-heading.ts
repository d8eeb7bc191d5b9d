/**
 * Which of the two orders of a Korean name heads a participant: "Pak Song-il" as Seoul's and
 * Washington's statements and a Korean outlet write it, or "Song-il Pak" as some Western outlets do.
 * The vote over writings counts reports alone, and on a tie the first report's order won, so one early
 * wire in Western order named the person for every other report. Between the two orders of one name
 * (name-order.ts: the hyphenated given name shows which word is which), the order more official
 * sources use heads (a government's or agency's own release), then the order more reports use, and
 * on a tie the family name first, the order of the country's own usage.
 */
import { givenNameMarkedSwap } from './name-order.js';
import { isPressRelease } from './press-release.js';

interface Writing {
  value: string;
  sources: string[];
}

/** A body of state as an outlet's name ("U.S. Department of the Treasury", "Ministry of Unification"), not a medium's. */
const STATE_OUTLET = /\b(?:Department|Ministry|Office|Bureau|Agency|Service|Government|Embassy|Commission|Directorate|Treasury|White House|Police|Prosecutors?'?|Attorney|Council|Cabinet|Presidency|Command)\b/;
const MEDIUM = /\b(?:News|Press|Times|Post|Daily|Herald|Journal|Media|Radio|Television|TV|Broadcasting|Wire|Dispatch|Observer|Ledger|Gazette|Tribune|Chronicle|Review|Weekly|Magazine|Network|Channel)\b/i;

/** Whether a report is a state body's own word: a release, or an outlet named as a department or agency. */
export function isOfficialSource(article: { outlet: string | null; headline: string | null; body: string }): boolean {
  if (isPressRelease(article)) return true;
  const outlet = article.outlet ?? '';
  return STATE_OUTLET.test(outlet) && !MEDIUM.test(outlet);
}

const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

function familyFirst(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length === 2 && HYPHENATED_GIVEN.test(words[1]!);
}

/**
 * `names` (a participant's writings, most reported first, the head first) with the head's other order,
 * where it is among them and ranks higher as above, put first; as given otherwise.
 */
export function koreanHeadingFirst<W extends Writing>(names: readonly W[], official: ReadonlySet<string>): W[] {
  const head = names[0];
  if (!head) return [...names];
  const at = names.findIndex((n, i) => i > 0 && givenNameMarkedSwap(head.value, n.value));
  if (at < 0) return [...names];
  const other = names[at]!;
  const rank = (w: W): number[] => [w.sources.filter((s) => official.has(s)).length, w.sources.length, familyFirst(w.value) ? 1 : 0];
  const [a, b] = [rank(head), rank(other)];
  const i = a.findIndex((x, k) => x !== b[k]);
  if (i < 0 || a[i]! > b[i]!) return [...names];
  return [other, ...names.filter((_n, k) => k !== at)];
}
