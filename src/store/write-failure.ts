/**
 * Store failures no later write can get past: a full disk, a database that became read-only, a failing
 * disk, a damaged file; on PostgreSQL also a server that cannot be reached, went away, or refuses this
 * role. A batch that meets one stops there with one error, rather than reading and preparing every
 * remaining article only to fail each the same way (a PostgreSQL server stopped mid-ingest gave one
 * error per remaining record).
 */

/** Node's codes for a connection that failed or was cut: only a store talks to a server during a run. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** node-postgres's own words for a connection it lost or a pool that was ended (these carry no code). */
const CONNECTION_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Cannot use a pool after calling end)/;

/** What stops every write after this error, in words; null for a failure of this write alone. */
export function storeCannotWrite(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, syscall, database, message } = error as { code?: unknown; syscall?: unknown; database?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code === 'SQLITE_FULL') return 'the disk is full';
    if (code.startsWith('SQLITE_READONLY')) return 'the database can no longer be written (it or its file system became read-only)';
    if (code.startsWith('SQLITE_IOERR')) return 'the disk failed to read or write the database (an I/O error)';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'the database file is damaged';
  }
  const server = typeof database === 'string' ? `the PostgreSQL server of ${database}` : 'the PostgreSQL server';
  // ENOENT is a connection's only when it names the socket (syscall connect), never a file read.
  const lost = (typeof code === 'string' && (CONNECTION_CODES.has(code) || (code === 'ENOENT' && syscall === 'connect'))) || (typeof message === 'string' && CONNECTION_MESSAGES.test(message));
  if (lost) return `${server} cannot be reached (the connection failed or was cut)`;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  // SQLSTATE codes (PostgreSQL's appendix A): classes 08, 53, 57P and the few others that hold for every write.
  if (code.startsWith('08')) return `${server} cannot be reached (the connection failed or was cut)`;
  if (code === '57P01' || code === '57P02') return `${server} shut down`;
  if (code === '57P03') return `${server} is starting or stopping and takes no connections`;
  if (code.startsWith('57P')) return `${server} ended this session`;
  if (code === '53100') return `the disk of ${server} is full`;
  if (code === '53300') return `${server} takes no more connections (too many clients)`;
  if (code.startsWith('53')) return `${server} ran out of memory or another resource`;
  if (code === '3D000') return `the database ${typeof database === 'string' ? `${database} ` : ''}does not exist`;
  if (code.startsWith('28')) return `${server} refused the sign-in`;
  if (code === '25006') return 'the database can no longer be written (it is read-only)';
  if (code === '42501') return 'the role signed in may not write the store\'s tables';
  return null;
}
