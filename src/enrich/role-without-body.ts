/**
 * A role stripped of the body that opens it, once that body is the person's organisation: "Justice
 * Department spokesman John Smith" is a "spokesman" of the Justice Department, not a "Justice Department
 * spokesman" of it. An analyst compares roles across bodies and reports ("spokesman" here, "a spokesman
 * for the Justice Department" there), which a role that repeats its body defeats.
 */

/** Words that qualify a title and may stand before the body it serves ("Deputy UN Ambassador"). */
const LEADING_QUALIFIER = /^(?:deputy|acting|interim|assistant|associate|senior|vice|former|chief|special|permanent)$/i;

/** The last word of a town's service, kept before a title of one word ("Police Chief", "Fire Marshal"). */
const KIND_KEPT = /^(?:Police|Fire|Sheriff['’]s)$/i;

/**
 * `role` without `organization` where the role opens with it (its possessive too: "Tesla's chief
 * executive"), or with a title's qualifiers and then it ("Deputy UN Ambassador": "Deputy Ambassador").
 * What is left must still hold a word in it; otherwise the role is returned as it is.
 */
export function roleWithoutBody(role: string, organization: string | null): string {
  if (!organization) return role;
  const words = role.split(' ');
  const body = organization.split(' ');
  for (let at = 0; at <= 2 && at + body.length < words.length; at++) {
    if (!words.slice(0, at).every((w) => LEADING_QUALIFIER.test(w))) break;
    const opening = words.slice(at, at + body.length);
    opening[opening.length - 1] = opening[opening.length - 1]!.replace(/['’]s$/, '');
    if (opening.join(' ').toLowerCase() !== organization.toLowerCase()) continue;
    // "Dayton Police Chief": the force's kind says what the chief heads, which "Chief" alone does not.
    const kind = KIND_KEPT.test(body[body.length - 1]!) && at + body.length + 1 === words.length ? [body[body.length - 1]!] : [];
    const rest = [...words.slice(0, at), ...kind, ...words.slice(at + body.length)];
    if (!rest.some((w) => /\p{L}/u.test(w))) return role;
    return rest.join(' ');
  }
  return role;
}
