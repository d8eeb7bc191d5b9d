/**
 * Adding articles: paste a page's text, or drop or choose files (.txt, .html, .jsonl). Files go up one
 * request each, so the page can show which file is being read and how far the batch has got; a file
 * the server refuses is listed with the reason and the others still go in.
 */
import { ApiError, getJson, postWithProgress } from './api.js';
import { h } from './dom.js';
import { plural } from './format.js';
import { resultLines } from './ingest-results.js';
import type { IngestResult } from './types.js';

const TOKEN_KEY = 'triangulate-token';

export async function ingestView(): Promise<HTMLElement> {
  const health = await getJson<{ writeRequiresToken: boolean }>('/api/health');
  const token = h('input', { type: 'password', name: 'token', autocomplete: 'off' });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  token.addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, token.value));
  const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': 'Upload progress' });
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'ingest-status' });
  const results = h('ul', { class: 'results', 'aria-label': 'Results' });

  // Each kind of input lists the outcome of its last sending only: a failure left from an earlier paste
  // beside a later "Stored." read as a failure of the later one.
  const pasteStatus = h('p', { role: 'status', 'aria-live': 'polite', class: 'ingest-status' });
  const pasteResults = h('ul', { class: 'results', 'aria-label': 'Pasted text results' });
  const fail = (list: HTMLElement, name: string, error: unknown): void => {
    list.append(h('li', { class: 'error' }, `${name}: ${error instanceof ApiError ? error.message : String(error)}`));
  };

  const sendFiles = async (files: File[]): Promise<void> => {
    const usable = files;
    results.replaceChildren();
    progress.hidden = false;
    let stored = 0;
    // Files of which nothing went in: counted in the closing line, as the reasons above it may be many lines up.
    let refused = 0;
    for (const [i, file] of usable.entries()) {
      status.textContent = `Reading ${file.name} (${i + 1} of ${usable.length})…`;
      const form = new FormData();
      form.append('files', file, file.name);
      try {
        const r = await postWithProgress<IngestResult>('/api/articles', form, token.value, (f) => {
          progress.value = (i + f) / usable.length;
        });
        stored += r.body.stored;
        refused += (r.body.inputs ?? []).filter((input) => input.status === 'refused').length;
        results.append(...resultLines(file.name, r.body));
      } catch (error) {
        // The request refused whole (a wrong token, the server gone): its file went nowhere.
        refused++;
        fail(results, file.name, error);
      }
      progress.value = (i + 1) / usable.length;
    }
    status.textContent = `Done: ${plural(usable.length, 'file')} sent, ${plural(stored, 'new article')} stored${refused ? `, ${plural(refused, 'file')} refused` : ''}.`;
  };

  const chooser = h('input', { type: 'file', multiple: true, accept: '.txt,.text,.html,.htm,.jsonl,.ndjson', id: 'files' });
  chooser.addEventListener('change', () => {
    if (chooser.files?.length) void sendFiles([...chooser.files]);
  });
  const drop = h('div', { class: 'dropzone' }, h('p', {}, 'Drop .txt, .html or .jsonl files here, or '), h('label', { for: 'files', class: 'button' }, 'choose files'), chooser);
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) void sendFiles([...e.dataTransfer.files]);
  });

  const text = h('textarea', { name: 'text', rows: 10, required: true, placeholder: 'Paste an article: headline, byline, date and text, clutter and all' });
  const field = (label: string, name: string, type = 'text'): HTMLElement => h('label', {}, h('span', {}, label), h('input', { name, type }));
  const paste = h(
    'form',
    { class: 'paste' },
    h('label', { class: 'wide' }, h('span', {}, 'Article text'), text),
    field('Outlet (optional)', 'outlet'),
    field('Address (optional)', 'url', 'url'),
    field('Published (optional, ISO 8601)', 'publishedAt'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Ingest text')),
  );
  paste.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = Object.fromEntries([...new FormData(paste)].filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Record<string, string>;
    pasteResults.replaceChildren();
    pasteStatus.textContent = 'Reading the pasted text…';
    try {
      const r = await postWithProgress<IngestResult>('/api/articles', JSON.stringify(data), token.value, () => undefined);
      pasteResults.append(...resultLines('pasted text', r.body));
      const warned = (r.body.warnings ?? []).length ? ', with warnings (below)' : '';
      pasteStatus.textContent = r.body.stored ? `Stored${warned}.` : r.body.duplicates ? `Already stored${warned}.` : 'Nothing stored.';
      // Stored: the form is ready for the next article (a text left in the box was sent again by mistake).
      if (r.body.stored || r.body.duplicates) paste.reset();
    } catch (error) {
      fail(pasteResults, 'pasted text', error);
      pasteStatus.textContent = 'Not stored.';
    }
  });

  return h(
    'section',
    {},
    h('h1', { tabindex: -1 }, 'Add articles'),
    health.writeRequiresToken ? h('label', { class: 'token' }, h('span', {}, 'Access token (this server requires one to add articles)'), token) : null,
    h('h2', {}, 'Files'),
    drop,
    progress,
    status,
    results,
    h('h2', {}, 'Paste text'),
    paste,
    pasteStatus,
    pasteResults,
  );
}
