/**
 * "the Minister of the Interior, General Ana Vrell,": an office set off before a rank and a name. The
 * rank is how the person is addressed; the office is what they do, and is the role an analyst codes.
 * The people resolver reads a role set off before a name only when the comma stands right before the
 * name, so it found none here and fell back to the rank alone.
 */

/**
 * Head words of an office: a post someone is appointed to. Not the wider set of role nouns
 * ("officer", "official", "agent"): "a fourth officer, Lieutenant Colonel ..." describes the person,
 * and the rank says more.
 */
const OFFICE_HEADS = new Set(
  `minister secretary secretary-general spokesman spokeswoman spokesperson chief head commander director
  director-general governor ambassador envoy adviser advisor president vice-president premier chancellor
  mayor prefect commissioner administrator chairman chairwoman chair leader prosecutor attorney-general`
    .split(/\s+/)
    .filter(Boolean),
);

/** A military or police rank of one or two words right after a comma, closing the text before a name. */
const RANK_AFTER_COMMA = /(,\s*)(?:(?:Lieutenant|Major|Brigadier|Rear|Vice|Lt\.|Maj\.|Brig\.)\s+)?(?:General|Colonel|Major|Captain|Lieutenant|Admiral|Brigadier|Commander|Commodore|Gen\.|Col\.|Maj\.|Capt\.|Lt\.|Adm\.|Brig\.)\s+$/u;

/** The text before a name with a rank after its closing comma taken off ("..., " for "..., General "), or null when no rank closes it. */
export function withoutRankAfterComma(before: string): string | null {
  const m = RANK_AFTER_COMMA.exec(before);
  return m ? before.slice(0, m.index) + m[1] : null;
}

/**
 * Whether a role read before a rank is an office to prefer over the rank: its head ("minister" of
 * "Minister of the Interior", "spokesman" of "army spokesman") names a post, not another rank or a
 * plain noun ("a soldier, Sergeant ..." keeps the rank).
 */
export function isOfficeBeforeRank(role: string): boolean {
  const words = role.split(/\s+/);
  const of = words.findIndex((w) => /^(?:of|for|at)$/i.test(w));
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  return OFFICE_HEADS.has(head.toLowerCase());
}
