/**
 * A role given as what someone was named or appointed as (", as the commander of the unit behind the
 * raid"): the word "as" is no part of the role, and the clause that says what the unit did is the
 * event's, not the person's post. What stays is the post: "commander of the unit".
 */
const AS_OPENING = /^as\s+(?:the\s+|a\s+|an\s+)?/i;
/** Where the post ends and the account of the deed begins. */
const DEED = /\s+(?:behind|who|which|that|responsible\s+for|accused\s+of|blamed\s+for)\s/i;

export function roleAfterAs(role: string): string {
  const opening = AS_OPENING.exec(role);
  if (!opening) return role;
  const post = role.slice(opening[0].length);
  const deed = DEED.exec(post);
  return deed ? post.slice(0, deed.index) : post;
}
