/**
 * "the Miami Heat", "Utah Jazz", "Minnesota United": a town's or a state's name and a club's singular
 * nickname after it are one body, the team, not the place the tagger found and a common noun. The
 * plural nicknames ("Lakers") are read by place-then-plural.ts from their form; singular ones look like
 * any common noun ("heat", "magic"), so only nicknames leagues use are taken, and only capitalised,
 * ending the name (not "Miami Heat Wave").
 */
import type { Entity } from '../../model/types.js';
import { lookupPlace } from '../gazetteer/places.js';

/** Singular nicknames of clubs named after their town or state (NBA, WNBA, NHL, MLS, NWSL, British football). */
const NICKNAMES = new Set(
  `Jazz Heat Magic Thunder Lightning Avalanche Wild Kraken Galaxy Storm Dream Sky Fever Liberty Mercury Lynx
  Crew Revolution Dynamo Impact United Current Spirit Courage Dash Reign`.split(/\s+/),
);

const AFTER_CAPITAL = /^ \p{Lu}/u;
const AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu}| [-–] ?\p{Lu})/u;

function isTownOrState(name: string): boolean {
  const place = lookupPlace(name);
  return place !== null && (place.kind === 'city' || place.kind === 'region');
}

/** Retypes, in place, a town or a state and the club nickname after it as one body. */
export function teamsWithNicknames(body: string, entities: Entity[]): void {
  for (const e of entities) {
    // The tagger may take the nickname into the place ("Miami Heat" opening a sentence, read as a place).
    const whole = e.type === 'location' ? /^(.+) (\p{Lu}\p{Ll}+)$/u.exec(e.text) : null;
    if (whole && NICKNAMES.has(whole[2]!) && isTownOrState(whole[1]!) && !AFTER_CAPITAL.test(body.slice(e.end, e.end + 3))) {
      e.type = 'organization';
      delete e.subtype;
      delete e.canonical;
      continue;
    }
    if (e.type !== 'location' || (e.subtype !== 'city' && e.subtype !== 'region')) continue;
    const m = AFTER.exec(body.slice(e.end, e.end + 20));
    if (!m || !NICKNAMES.has(m[1]!)) continue;
    const end = e.end + m[0].length;
    if (entities.some((f) => f !== e && f.start < end && e.start < f.end)) continue;
    Object.assign(e, { type: 'organization', end, text: body.slice(e.start, end) });
    delete e.subtype;
    delete e.canonical;
  }
}
