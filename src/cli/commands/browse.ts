/** `articles`, `events`, `show ID` (an event or an article), `search QUERY`: reading the store. */
import type { Snippet } from '../../store/snippet.js';
import { leftOutPhrases } from '../../store/query-syntax.js';
import { widenedEntity } from '../../server/entity-filter.js';
import { entityGroups } from '../../server/entity-list.js';
import { type CommonOptions, CliError, databaseLabel, withStore } from '../context.js';
import { type CheckedFilters, describeFilters, type EventFilterOptions, eventFilters, hasFilters } from '../event-filter-options.js';
import { json } from '../format.js';
import { eventWithArticles, publicArticle } from '../present.js';
import { articlesTable, eventsTable, renderArticle, renderEvent } from '../render.js';

export interface PageOptions extends CommonOptions {
  limit?: string;
  offset?: string;
}

function page(options: PageOptions): { limit?: number; offset?: number } {
  const out: { limit?: number; offset?: number } = {};
  for (const key of ['limit', 'offset'] as const) {
    const raw = options[key];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < (key === 'limit' ? 1 : 0)) throw new CliError(`--${key} must be a whole number${key === 'limit' ? ' of at least 1' : ''}, got '${raw}'`);
    out[key] = n;
  }
  return out;
}

export async function articlesCommand(options: PageOptions): Promise<number> {
  return withStore(options, async (store) => {
    const articles = await store.listArticles(page(options));
    if (options.json) process.stdout.write(`${json(articles.map(publicArticle))}\n`);
    else process.stdout.write(articles.length ? `${articlesTable(articles)}\n` : options.offset ? `no articles after the first ${options.offset} in ${databaseLabel(options)}\n` : `no articles in ${databaseLabel(options)}\n`);
    return 0;
  });
}

export interface EventsOptions extends PageOptions, EventFilterOptions {}

export async function eventsCommand(options: EventsOptions): Promise<number> {
  // Checked before the store is opened: a bad filter is the user's to fix, whatever the database holds.
  const filters = eventFilters(options);
  const paging = page(options);
  return withStore(options, async (store) => {
    // A name finds people and the bodies the reports name, by any of their names ("KCNA").
    const events = hasFilters(filters) ? await store.queryEvents({ ...(await widenedEntity(filters, () => entityGroups(store))), sort: 'date-desc', ...paging }) : await store.listEvents(paging);
    if (options.json) process.stdout.write(`${json(events)}\n`);
    else process.stdout.write(events.length ? `${eventsTable(events)}\n` : `${noEvents(filters, options)}\n`);
    return 0;
  });
}

/** What an empty list means: nothing past the offset, nothing the filters select, or an empty store. */
function noEvents(filters: CheckedFilters, options: PageOptions, query?: string): string {
  const selected = [describeFilters(filters), query === undefined ? '' : `matching '${query}'`].filter(Boolean).join(', ');
  const where = `in ${databaseLabel(options)}`;
  if (options.offset && Number(options.offset) > 0) return `no events ${selected ? `${selected} ` : ''}after the first ${options.offset} ${where}`;
  return selected ? `no events ${selected} ${where}` : `no events ${where}`;
}

export async function showCommand(id: string, options: CommonOptions): Promise<number> {
  return withStore(options, async (store) => {
    // An article's id: the article as it was read, with the event it went to.
    const article = id.startsWith('evt_') ? null : await store.getArticle(id);
    if (article) {
      if (options.json) process.stdout.write(`${json(publicArticle(article))}\n`);
      else process.stdout.write(`${renderArticle(article)}\n`);
      return 0;
    }
    let event = await store.getEvent(id);
    if (!event) {
      // Later articles showed this event to be part of another: show that one, and say so.
      const survivor = await store.survivorOf(id);
      event = survivor ? await store.getEvent(survivor) : null;
      if (event) process.stderr.write(`event ${id} was merged into ${event.id}\n`);
    }
    if (!event) throw new CliError(`no event or article '${id}' in ${databaseLabel(options)} (list them with: triangulate events, triangulate articles)`);
    const articles = await store.articlesOfEvent(event.id);
    const history = await store.eventHistory(event.id);
    if (options.json) process.stdout.write(`${json({ ...eventWithArticles(event, articles), history })}\n`);
    else process.stdout.write(`${renderEvent(event, articles, history)}\n`);
    return 0;
  });
}

export interface SearchOptions extends PageOptions, EventFilterOptions {
  articles?: boolean;
}

export async function searchCommand(query: string | undefined, options: SearchOptions): Promise<number> {
  const filters = eventFilters(options);
  if (hasFilters(filters)) return filteredSearch(query, filters, options);
  if (query === undefined) throw new CliError('give words to search for, or a filter (--entity, --country, --theme, --cve, --from, --to)');
  if (!/[\p{L}\p{N}]/u.test(query)) throw new CliError(`the search query '${query}' has no words to search for (a letter or a digit)`);
  // Only words to leave out ("-court"): every event without them, newest first, as the API's
  // /api/events?q=-court lists them. Articles have no such list: a search of them needs a word to find.
  if (leftOutPhrases(query)) {
    if (options.articles) throw new CliError(`the search query '${query}' only leaves out; a search of articles needs a word to find (without --articles it lists every event without it)`);
    return filteredSearch(query, filters, options);
  }
  return withStore(options, async (store) => {
    if (options.articles) {
      const hits = await store.searchArticles(query, page(options));
      if (options.json) process.stdout.write(`${json(hits.map((h) => publicArticle(h.item)))}\n`);
      else process.stdout.write(hits.length ? `${articlesTable(hits.map((h) => h.item))}\n\n${matchLines(hits.map((h) => [h.item.id, h.snippet]))}\n` : `no articles match '${query}'\n`);
      return 0;
    }
    const hits = await store.searchEvents(query, page(options));
    if (options.json) process.stdout.write(`${json(hits.map((h) => h.item))}\n`);
    else process.stdout.write(hits.length ? `${eventsTable(hits.map((h) => h.item))}\n\n${matchLines(hits.map((h) => [h.item.id, h.snippet]))}\n` : `no events match '${query}'\n`);
    return 0;
  });
}

/**
 * Events the filters select, and the query's words where given (best match first, else newest first):
 * what the API's /api/events answers for the same filters.
 */
async function filteredSearch(query: string | undefined, filters: CheckedFilters, options: SearchOptions): Promise<number> {
  if (options.articles) throw new CliError(`${filterNames(options)} ${filterNames(options).includes(' ') ? 'select' : 'selects'} events; it does not combine with --articles`);
  if (query !== undefined && !/[\p{L}\p{N}]/u.test(query)) throw new CliError(`the search query '${query}' has no words to search for (a letter or a digit)`);
  const paging = page(options);
  return withStore(options, async (store) => {
    const events = await store.queryEvents({ ...(await widenedEntity(filters, () => entityGroups(store))), ...(query === undefined ? {} : { text: query }), limit: 50, ...paging });
    if (options.json) process.stdout.write(`${json(events)}\n`);
    else process.stdout.write(events.length ? `${eventsTable(events)}\n` : `${noEvents(filters, options, query)}\n`);
    return 0;
  });
}

/** "--cve", or "--country and --from": the filter options given, for a message about them. */
function filterNames(options: EventFilterOptions): string {
  const names = (['entity', 'country', 'theme', 'cve', 'from', 'to'] as const).filter((k) => options[k] !== undefined).map((k) => `--${k}`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Each hit's matching passage, the matched words between « and » (plain text, so it survives a pipe). */
function matchLines(hits: readonly (readonly [string, Snippet])[]): string {
  return hits
    .map(([id, snippet]) => {
      let text = '';
      let at = 0;
      for (const [from, to] of snippet.highlights) {
        text += `${snippet.text.slice(at, from)}«${snippet.text.slice(from, to)}»`;
        at = to;
      }
      return `${id}  ${text}${snippet.text.slice(at)}`;
    })
    .join('\n');
}
