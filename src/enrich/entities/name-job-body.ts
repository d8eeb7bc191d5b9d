/**
 * "For further information: Ingrid Solheim, Head of Office, OCHA": a name, the job, the body, each set
 * off by commas, as a report's contact line and a signature print them. The tagger read the name and
 * the job as two more organisations beside the body; the name is the person and the job no body at all.
 * Only a job that reads as one (head, chief, director, spokesperson... "of" a unit), and a name of two or
 * three words the word lists do not know.
 */
import type { Entity } from '../../model/types.js';
import { isNameRun } from './person-in-organisation.js';

/** ", Head of Office, " and a capital: the job between commas, the body after it. */
const JOB_BETWEEN = /^,\s+((?:Deputy\s+|Acting\s+)?(?:Head|Chief|Director|Coordinator|Spokes(?:man|woman|person)|Press\s+Officer|Information\s+Officer|Country\s+Director|Representative)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?),\s+(?=\p{Lu})/u;

/** Turns, in place, a name read as a body before ", <job>, <body>" into the person, and drops the job read as a body. */
export function namesBeforeJobs(body: string, entities: Entity[]): void {
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    const words = e.text.split(' ');
    if (e.type !== 'organization' || words.length < 2 || !isNameRun(words)) continue;
    const m = JOB_BETWEEN.exec(body.slice(e.end, e.end + 80));
    if (!m) continue;
    entities[k] = { text: e.text, type: 'person', start: e.start, end: e.end };
    const jobStart = e.end + m[0].indexOf(m[1]!);
    const jobEnd = jobStart + m[1]!.length;
    const job = entities.findIndex((o) => o.type === 'organization' && o.start >= jobStart && o.end <= jobEnd);
    if (job >= 0) entities.splice(job, 1);
  }
}
