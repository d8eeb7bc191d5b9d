/**
 * Store failures no later write can get past: a full disk, a database that became read-only, a failing
 * disk, a damaged file. A batch that meets one stops there with one error, rather than reading and
 * preparing every remaining article only to fail each the same way.
 */

/** What stops every write after this error, in words; null for a failure of this write alone. */
export function storeCannotWrite(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return 'the disk is full';
  if (code.startsWith('SQLITE_READONLY')) return 'the database can no longer be written (it or its file system became read-only)';
  if (code.startsWith('SQLITE_IOERR')) return 'the disk failed to read or write the database (an I/O error)';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'the database file is damaged';
  return null;
}
