/**
 * What a report itself says about how two named threat actors stand to each other: one name is
 * another's ("APT38, also known as Lazarus", "Jade Sleet, which the FBI calls TraderTraitor"), or one
 * group is a unit of another ("TraderTraitor, a unit of the wider Lazarus Group"). The gazetteer keeps
 * apart groups that some reports fold together, and knows no group's units: a report that ties them
 * is read as it says, for the event and the store (consolidate/actor-links.ts, store/entity-names.ts).
 * Only two names with nothing between them but the words of the statement are read: a sentence that
 * names two groups for other reasons ties nothing.
 */

/** A threat actor named in a text, by its gazetteer name, where it is written. */
export interface ActorMention {
  canonical: string;
  start: number;
  end: number;
}

/** `alias`: `actor` and `other` are one group's names, `actor` the one written first. `unit`: `actor` is a unit of `other`. */
export interface ActorLink {
  kind: 'alias' | 'unit';
  actor: string;
  other: string;
}

/** A few lower-case words between the verb and "as" ("also known in the security industry as"). */
const ASIDE = String.raw`(?:[\p{Ll}'-]+\s+){0,5}?`;
const NAMING = String.raw`(?:(?:also|otherwise|better|widely|commonly|sometimes|previously|formerly|publicly)\s+)?(?:known|tracked|referred\s+to|identified|labell?ed)\s+${ASIDE}as`;
/**
 * Between a name and its other name: "A, also known as B", "A (aka B)", "A, dubbed B", "A, which
 * Microsoft calls B", "A or B" only after one of these ("known as A and also as B").
 */
const ALIAS_GAP = new RegExp(
  String.raw`^\s*[,(]?\s*(?:${NAMING}|(?:also\s+)?(?:called|dubbed)|aka|a\.k\.a\.?|(?:which|that|whom)\s+(?:[\p{L}&.'-]+\s+){1,4}?(?:calls?|names?|dubs?|tracks\s+as|refers\s+to\s+as))\s+(?:the\s+)?$`,
  'iu',
);
/** A second other name after a first: "known as A and also as B". */
const ALIAS_AGAIN = /^\s*,?\s*(?:and|or)\s+(?:also\s+)?as\s+(?:the\s+)?$/i;
const NAMED_AS_BEFORE = new RegExp(String.raw`(?:${NAMING}|(?:also\s+)?(?:called|dubbed))\s+(?:the\s+)?$`, 'iu');

/** Words for a part of a larger group. */
const PART = String.raw`(?:unit|sub-?groups?|sub-?clusters?|sub-?units?|cell|arm|branch|division|faction|offshoot|subset|subdivision|wing|team|element)`;
/** Lower-case words before or after the part's word ("a North Korean unit", "of the wider"). */
const FILL = String.raw`(?:[\p{Ll}-]+\s+){0,2}?`;
/** "A, a unit of the wider B", "A is an offshoot of B", "A, part of B". */
const UNIT_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:(?:is|was|are|as|being|remains|operates\s+as)\s+)?(?:(?:an?|one|the)\s+${FILL}(?:[\p{Lu}][\p{Ll}]+\s+)?${PART}\s+(?:of|within|inside|under|in)|(?:a\s+|also\s+)?part\s+of)\s+(?:the\s+)?${FILL}$`,
  'u',
);
/** "B's unit A", "the B subgroup A", "B offshoot A": B before the part's word, A after it. */
const PARENT_GAP = new RegExp(String.raw`^(?:['’]s)?\s+${PART}\s+(?:(?:known\s+as|called|dubbed|named)\s+)?(?:the\s+)?$`, 'u');
/**
 * "A, a B subgroup", "A, the B unit the FBI blamed": the part's word after B. Not the part's possessive
 * ("A, the B unit's rival"), which names another group by B's unit.
 */
const LIST_GAP = /^\s*,\s*(?:an?|one|the)\s+(?:[\p{Ll}-]+\s+){0,2}?$/u;
const PART_AFTER = new RegExp(String.raw`^\s+${PART}\b(?!['’])`, 'u');

/** Whether the words between two names stay within a sentence and a clause (no full stop but in "a.k.a."). */
function plainGap(gap: string): boolean {
  const plain = gap.replace(/a\.k\.a\.?/gi, 'aka');
  return plain.length <= 80 && !/[.;:!?]/.test(plain);
}

/**
 * The ties `text` states between its named threat actors (`mentions`, in any order), each once. Two
 * mentions of one actor tie nothing.
 */
export function actorLinks(text: string, mentions: readonly ActorMention[]): ActorLink[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out = new Map<string, ActorLink>();
  const add = (kind: ActorLink['kind'], actor: string, other: string): void => {
    if (actor === other) return;
    // An alias is the same either way round: kept once, as first written ("A, also known as B": A, then B).
    const key = kind === 'alias' && other < actor ? `${kind}\u0000${other}\u0000${actor}` : `${kind}\u0000${actor}\u0000${other}`;
    if (!out.has(key)) out.set(key, { kind, actor, other });
  };
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (b.start < a.end) continue;
    const gap = text.slice(a.end, b.start);
    if (!plainGap(gap)) continue;
    // "known as B's sister group" names another group by B, not B.
    const possessive = /^['’]s\b/.test(text.slice(b.end, b.end + 3));
    if (ALIAS_GAP.test(gap) && !possessive) add('alias', a.canonical, b.canonical);
    else if (possessive) continue;
    else if (ALIAS_AGAIN.test(gap) && NAMED_AS_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start))) add('alias', a.canonical, b.canonical);
    else if (UNIT_GAP.test(gap)) add('unit', a.canonical, b.canonical);
    else if (PARENT_GAP.test(gap)) add('unit', b.canonical, a.canonical);
    else if (LIST_GAP.test(gap) && PART_AFTER.test(text.slice(b.end, b.end + 20))) add('unit', a.canonical, b.canonical);
  }
  return [...out.values()];
}
