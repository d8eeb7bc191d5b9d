/**
 * What a person is in the reported event, beside the job or title the article gives them: "police
 * detained Ada Brek, a reporter for the Lakeside Post" keeps "reporter" as her role and makes her
 * `detained` here. A monitor filters victims, detainees and defendants by this word, whatever their job.
 * One word from a closed list (EVENT_ROLES, documented in docs/api.md). The clause readings of
 * legal-role.ts give most of them, each as its verb words it; this module adds what a case of the press
 * or of a prisoner also tells: freed or released, gone missing, an act done to a person named after a
 * job ("arrested the paper's publisher, Tom Ash"). Precision first: the verb must be the clause's own,
 * so "his lawyer said" and the officer who announced the arrest get none.
 */
import type { EventRole, Span } from '../model/types.js';
import { CLAUSE_BREAK, caseWordAt, onlyNamesBetween } from './legal-role.js';
import { speakerOfAct } from './speaker-clause.js';
import { bodyFoundAround, bodyFoundBefore } from './found-body.js';

/**
 * Strongest first: the later or graver step of a case is what the person is listed as. Being held
 * (arrested, detained) outranks being "accused" (defendant): a monitor lists a reporter the security
 * service detained and accused as detained; a formal charge outranks both.
 */
export const EVENT_ROLES: readonly EventRole[] = ['sentenced', 'convicted', 'charged', 'released', 'arrested', 'detained', 'defendant', 'suspect', 'sanctioned', 'killed', 'injured', 'victim', 'missing'];

const KNOWN: ReadonlySet<string> = new Set(EVENT_ROLES);

/** A role text that is itself a case word ("arrested" from a role list, "defendant" from a court's form). */
export function asEventRole(text: string | null): EventRole | null {
  const word = text?.toLowerCase() ?? null;
  return word !== null && KNOWN.has(word) ? (word as EventRole) : null;
}

/** "were freed after the court set bail", "was released on bail": out of custody; not out of hospital. */
const RELEASED_AFTER = /^([^.;:!?"“”]*?)\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|then\s+|finally\s+|eventually\s+)?(?:released|freed)\b(?!\s+(?:from|by|after)\s+(?:the\s+|a\s+)?(?:hospital|clinic|medical|treatment|doctors?))/i;

/** "Ada Brek, 29, has been missing since", "went missing": only with nothing but an age between. */
/** "Divers found no trace of Nikos Pappas", "found no sign of the ship's cook, Ana Ruiz": the person a search did not find. */
const MISSING_BEFORE = /\b(?:found|find|finds|finding)\s+no\s+(?:trace|sign)\s+of\s+(?:[\p{L}'’-]+\s+){0,4}?$/iu;

const MISSING_AFTER = /^(?:\s*,\s*\d{1,3}\s*,)?\s*(?:has\s+been|have\s+been|had\s+been|was|were|is|are|remains?|remained|went)\s+(?:still\s+)?missing\b/i;

/**
 * "Gunmen killed", "authorities released on bail", "police arrested": the verb before the name, its
 * object. An agent ("killed by") is not one.
 */
const VERB_BEFORE = /\b(killed|murdered|released|freed|arrested|detained)\b(?!\s+by\b)([^.;:!?"“”]*)$/i;
const WORD_OF_VERB: Record<string, EventRole> = { killed: 'killed', murdered: 'killed', released: 'released', freed: 'released', arrested: 'arrested', detained: 'detained' };

/**
 * Besides names, ages and the words legal-role.ts allows: a newsroom job or post before the name ("the
 * editor of the weekly Lake Times, ...", "its editor-in-chief,") and "on bail".
 */
const JOB_WORDS: ReadonlySet<string> = new Set([
  'of', 'its', 'their', 'his', 'her', 'on', 'bail', 'chief', 'editor', 'reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'publisher', 'columnist',
  'photographer', 'photojournalist', 'cameraman', 'blogger', 'writer', 'presenter', 'anchor', 'producer', 'founder', 'owner', 'weekly', 'daily', 'online', 'news',
  'site', 'local', 'independent', 'freelance', 'veteran', 'senior', 'deputy', 'managing', 'executive', 'opposition', 'rights', 'human',
]);

/** "the paper's", "the station's": a lowercase possessive tells whose job follows. */
const POSSESSIVE = /\b\p{Ll}+['’]s\b/gu;

function extraWordAt(body: string, mention: Span, sentence: Span): EventRole | null {
  const after = body.slice(mention.end, Math.min(sentence.end, mention.end + 200));
  if (MISSING_AFTER.test(after)) return 'missing';
  if (MISSING_BEFORE.test(body.slice(Math.max(sentence.start, mention.start - 80), mention.start))) return 'missing';
  const released = RELEASED_AFTER.exec(after);
  if (released && !CLAUSE_BREAK.test(released[1]!)) return 'released';
  const lead = body.slice(Math.max(sentence.start, mention.start - 220), mention.start);
  // "found the body of able seaman Ramon Dizon": the one killed (found-body.ts).
  if (bodyFoundBefore(lead) || bodyFoundAround(lead, after)) return 'killed';
  const before = VERB_BEFORE.exec(lead);
  // "..., his colleague Ada Brek said": the name is the speaker's, the subject of its own verb.
  if (before && !speakerOfAct(before[2]!, after) && onlyNamesBetween(before[2]!.replace(POSSESSIVE, ' '), JOB_WORDS)) return WORD_OF_VERB[before[1]!.toLowerCase()]!;
  return null;
}

function wordAt(body: string, mention: Span, sentences: readonly Span[]): EventRole | null {
  const sentence = sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
  if (!sentence) return null;
  // "Ng's lawyer was released": the possessive's owner is not the one the verb is of.
  if (/^['’]s?\s/.test(body.slice(mention.end, mention.end + 3))) return null;
  return caseWordAt(body, mention, sentence, sentences) ?? extraWordAt(body, mention, sentence);
}

/** The strongest part any of the person's mentions gives, with the mentions that give it; null where none does. */
export function eventRoleOf(body: string, mentions: readonly Span[], sentences: readonly Span[]): { role: EventRole; mentions: Span[] } | null {
  let best: EventRole | null = null;
  const giving: Span[] = [];
  for (const mention of mentions) {
    const word = wordAt(body, mention, sentences);
    if (word === null) continue;
    if (best === null || EVENT_ROLES.indexOf(word) < EVENT_ROLES.indexOf(best)) {
      best = word;
      giving.length = 0;
    }
    if (word === best) giving.push(mention);
  }
  return best === null ? null : { role: best, mentions: giving };
}
