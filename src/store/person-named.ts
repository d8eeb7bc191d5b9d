/**
 * Whether the store has a person of a given name word (name-words.ts: a capitalised search word that is
 * a stored person's name is looked for as that name, with a capital). The event_tags index answers it:
 * the word as an entity key (a one-word name, or a surname, stored-records.ts), on an event that lists a
 * person or a person's alias holding that word. The key alone would also be an organisation's short
 * name ("Police"), which is no person. SQL for both stores; `$1` the word folded, `$2` the LIKE pattern.
 */
export const PERSON_NAMED_SQL = `SELECT 1 FROM event_tags t JOIN event_tags p ON p.event_id = t.event_id
  WHERE t.kind = 'entity' AND t.value = $1 AND p.kind IN ('person', 'person-alias') AND (' ' || lower(p.value) || ' ') LIKE $2 LIMIT 1`;

/** The parameters of PERSON_NAMED_SQL for a folded word. */
export function personNamedParams(plain: string): [string, string] {
  return [plain, `% ${plain} %`];
}
