/**
 * The web UI's files: the page and stylesheet from src/web/static, the compiled scripts from
 * dist/web/web/app. Only plain file names with known types are served, so no request can reach another path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { notFound } from './http-error.js';
import { PACKAGE_ROOT } from './package-root.js';
import { send } from './respond.js';
import type { Router } from './router.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

// src/web/tsconfig.json compiles with src/ as its root, so the scripts land in dist/web/web/app.
const FOLDERS = [join(PACKAGE_ROOT, 'src', 'web', 'static'), join(PACKAGE_ROOT, 'dist', 'web', 'web', 'app')];

export function staticRoutes(router: Router): void {
  const serve = (name: string, res: Parameters<Parameters<Router['add']>[2]>[0]['res']): void => {
    const type = TYPES[extname(name)];
    if (!/^[\w-]+(\.[\w-]+)*$/.test(name) || !type) throw notFound(`no file '${name}'`);
    const folder = FOLDERS.find((f) => existsSync(join(f, name)));
    if (!folder) throw notFound(name.endsWith('.js') ? `no file '${name}' (run npm run build to compile the web UI)` : `no file '${name}'`);
    send(res, 200, readFileSync(join(folder, name)), type, { 'Cache-Control': 'no-cache' });
  };
  router.add('GET', '/', ({ res }) => serve('index.html', res));
  router.add('GET', '/favicon.ico', ({ res }) => send(res, 204, '', 'image/x-icon'));
  router.add('GET', '/assets/{name}', ({ res, params }) => serve(params.name!, res));
}
