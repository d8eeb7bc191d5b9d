/** `entities`: the people, organisations and places of the stored events, as the API's entity list gives them. */
import { ENTITY_KINDS, namesPart } from '../../server/entities.js';
import { entityGroups } from '../../server/entity-list.js';
import type { EntityKind } from '../../store/store.js';
import { CliError, databaseLabel, withStore } from '../context.js';
import { shownCountries } from '../entity-countries.js';
import { json, table } from '../format.js';
import type { PageOptions } from './browse.js';

export interface EntitiesOptions extends PageOptions {
  kind?: string;
  name?: string;
}

export async function entitiesCommand(options: EntitiesOptions): Promise<number> {
  // Checked before the store is opened: a bad option is the user's to fix, whatever the database holds.
  if (options.kind !== undefined && !(ENTITY_KINDS as readonly string[]).includes(options.kind)) throw new CliError(`--kind must be one of ${ENTITY_KINDS.join(', ')}, got '${options.kind}'`);
  const limit = whole(options.limit, 'limit', 1) ?? 50;
  const offset = whole(options.offset, 'offset', 0) ?? 0;
  const kind = options.kind as EntityKind | undefined;
  const named = namesPart(options.name);
  return withStore(options, async (store) => {
    const all = (await entityGroups(store)).filter((g) => (!kind || g.summary.kind === kind) && named(g.summary));
    const groups = all.slice(offset, offset + limit);
    const shown = groups.map((g) => g.summary);
    if (options.json) process.stdout.write(`${json(shown)}\n`);
    else if (shown.length === 0) process.stdout.write(`no entities${options.name ? ` named '${options.name}'` : ''} in ${databaseLabel(options)}\n`);
    else {
      // People and places: the countries their events give them, as the API's entity page does.
      const countries = await shownCountries(store, groups);
      process.stdout.write(`${table(['EVENTS', 'KIND', 'NAME', 'COUNTRY', 'ALSO WRITTEN'], shown.map((e, i) => [String(e.events), e.kind, e.name, countries[i]!, (e.aliases ?? []).join(', ')]))}\n`);
    }
    return 0;
  });
}

function whole(raw: string | undefined, key: string, least: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < least) throw new CliError(`--${key} must be a whole number${least ? ` of at least ${least}` : ''}, got '${raw}'`);
  return n;
}
