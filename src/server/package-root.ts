/** The package root, found from this compiled file (dist/src/server -> root), for schemas/ and the web assets. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
