/**
 * The web UI's entry: a hash router over the views. Each view is built from API data and swapped in
 * whole; focus moves to its heading so keyboard and screen-reader users land on the new content.
 */
import { ApiError } from './api.js';
import { h } from './dom.js';
import { entitiesView, entityView } from './entity-view.js';
import { eventView } from './event-view.js';
import { feedView } from './feed-view.js';
import { ingestView } from './ingest-view.js';
import { mapView } from './map-view.js';

const main = document.getElementById('main')!;
/** On the first load the skip link stays the first stop for the keyboard; later views take focus. */
let firstView = true;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  const eventMatch = /^\/events\/(evt_[0-9a-f]{16})$/.exec(path);
  main.setAttribute('aria-busy', 'true');
  let view: HTMLElement;
  try {
    if (eventMatch) view = await eventView(eventMatch[1]!);
    else if (path === '/entities') view = await entitiesView(params);
    else if (path === '/entity') view = await entityView(params);
    else if (path === '/map') view = await mapView();
    else if (path === '/ingest') view = await ingestView();
    else if (path === '/' || path === '/events') view = await feedView(params);
    else view = notFoundView(path);
  } catch (error) {
    view = h('section', {}, h('h1', { tabindex: -1 }, 'Something went wrong'), h('p', {}, error instanceof ApiError ? error.message : String(error)), h('p', {}, h('a', { href: '#/' }, 'Back to the events')));
  }
  main.replaceChildren(view);
  main.removeAttribute('aria-busy');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    const target = link.getAttribute('href')!.slice(1);
    // The Entities link covers both the list (/entities) and one entity's page (/entity).
    const current = target === '/' ? path === '/' || path.startsWith('/events') : target === '/entities' ? path.startsWith('/entit') : path.startsWith(target);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!firstView) {
    view.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
  firstView = false;
}

/**
 * An address no view answers (a mistyped or truncated link): said, where the feed it used to fall back
 * to looked as if the link had worked and the event or page had gone.
 */
function notFoundView(path: string): HTMLElement {
  const event = /^\/events\/(.*)$/.exec(path);
  const what = event ? `'${event[1]}' is not an event id (they look like evt_ and 16 hexadecimal digits).` : `There is no page at #${path}.`;
  return h('section', {}, h('h1', { tabindex: -1 }, 'No such page'), h('p', {}, what), h('p', {}, h('a', { href: '#/' }, 'Back to the events')));
}

const search = document.getElementById('quick-search') as HTMLFormElement;
search.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = (new FormData(search).get('q') ?? '').toString().trim();
  location.hash = q ? `#/?q=${encodeURIComponent(q)}` : '#/';
});

window.addEventListener('hashchange', () => void route());
void route();
