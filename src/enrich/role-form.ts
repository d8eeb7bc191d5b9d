/**
 * A role as an analyst reads it. An honorific is how someone is addressed, not what they do ("The
 * Honourable Minister of Works" holds the post "Minister of Works"; "His Excellency Ambassador ..." is
 * an ambassador), and left in it made one outlet's role the only one credited, the others' plainer
 * wording no longer containing it. A rank after a post ("Spokesman Lieutenant General", from a run of
 * capitalised titles before a name) is how the person is addressed too: the post is the role.
 */
import { isPostHead } from './title-before-name.js';

/** Honorifics that open a role. */
const HONORIFIC = /^(?:the\s+)?(?:(?:right|rt\.?)\s+)?(?:hon(?:ou?rable|\.)?|his\s+excellency|her\s+excellency|h\.\s?e\.|his\s+majesty|her\s+majesty|his\s+highness|her\s+highness)(?:\s+|$)/i;

/** Ranks of one or two words that may close a run of capitalised titles. */
const RANK_WORD = /^(?:colonel|major|captain|lieutenant|general|admiral|brigadier|commander|sergeant|corporal|rear|vice|col\.|maj\.|capt\.|lt\.|gen\.|adm\.|brig\.|sgt\.)$/i;
const RANK_END = /^(?:colonel|major|captain|lieutenant|general|admiral|commander|sergeant|corporal|col\.|maj\.|capt\.|lt\.|gen\.|adm\.|sgt\.)$/i;

/** Titles whose "General" is no rank ("Attorney General", "Director General"). */
const GENERAL_TITLE = /^(?:director|inspector|attorney|secretary|surgeon|solicitor|auditor|postmaster|prosecutor|procurator|governor|consul|adjutant|quartermaster|registrar|accountant)$/i;

/** The role without an honorific before it, or null when nothing else is left. */
export function withoutHonorific(role: string): string | null {
  let rest = role;
  for (let m = HONORIFIC.exec(rest); m; m = HONORIFIC.exec(rest)) rest = rest.slice(m[0].length);
  rest = rest.trim();
  return rest ? rest : null;
}

/** "Spokesman Lieutenant General": the post before the rank; any other role as it is. */
export function postBeforeRank(role: string): string {
  const words = role.split(/\s+/);
  let run = 0;
  while (run < 2 && run < words.length - 1 && (run === 0 ? RANK_END : RANK_WORD).test(words[words.length - 1 - run]!)) run++;
  if (run === 0 || !isPostHead(words[words.length - 1 - run]!)) return role;
  if (run === 1 && /^general$/i.test(words[words.length - 1]!) && GENERAL_TITLE.test(words[words.length - 2]!)) return role;
  return words.slice(0, -run).join(' ');
}

/** The role as an analyst reads it: no honorific before it, no rank after a post. */
export function roleAsHeld(role: string): string | null {
  const bare = withoutHonorific(role);
  return bare === null ? null : postBeforeRank(bare);
}

/** Whether `role` is a rank alone, of one or two words ("Captain", "Lieutenant General"). */
function isRankAlone(role: string): boolean {
  const words = role.split(/\s+/);
  return words.length <= 2 && RANK_END.test(words.at(-1)!) && words.every((w) => RANK_WORD.test(w));
}

/**
 * Whether a post written before a name ("ministry spokesman", of "ministry spokesman Lieutenant General
 * ...") should replace the rank the capitalised titles gave as the role: what someone does over how
 * they are addressed, however long each is.
 */
export function postOverRank(post: string, current: string | null): boolean {
  return current !== null && isRankAlone(current) && isPostHead(post.split(/\s+/).at(-1)!);
}
