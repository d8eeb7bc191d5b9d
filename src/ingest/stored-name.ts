/**
 * The name an ingested file is stored under (an article's `source.file`): the path from the folder the
 * ingest was given, that folder's own name first ("html/a01.html" of `ingest /home/ana/cases/html`), or
 * the file's name alone when the file itself was given. The absolute path named the analyst's folders
 * and user name to every reader of the API and the exports; what is left still tells two files apart.
 * Reports on the terminal keep the path as given.
 */
import { basename, join, relative, resolve, sep } from 'node:path';

export function storedFileName(file: string, roots: readonly string[]): string {
  const full = resolve(file);
  // The deepest root holding the file: a file given beside its own folder is named from that folder.
  let best: string | null = null;
  for (const root of roots) {
    const r = resolve(root);
    if ((full === r || full.startsWith(r.endsWith(sep) ? r : r + sep)) && (best === null || r.length > best.length)) best = r;
  }
  if (best === null || best === full) return basename(full);
  const name = basename(best);
  const inside = relative(best, full);
  // A root with no name of its own ("/", "."-resolved to a drive) gives the path inside it alone.
  return (name ? join(name, inside) : inside).split(sep).join('/');
}
