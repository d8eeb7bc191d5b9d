/**
 * A PostgreSQL connection string as messages print it. The label is rebuilt from the parts the URL
 * parser finds (scheme, user, host, port, database, parameters) rather than by editing the string:
 * a pattern over the raw text missed passwords holding `@` or `/`, and printed the whole string when
 * node-postgres itself could not read it.
 */

/** Parameters whose values are secrets: shown as `***`. */
const SECRET_PARAMETERS = new Set(['password', 'sslpassword']);

/** What is printed for an address the URL parser cannot read: any part of it may be a password. */
const UNREADABLE = '(an address that is not a valid URL; not shown)';

/** A connection string fit to print: scheme, user, host, port, database and parameters, never a password. */
export function displayUrl(url: string): string {
  return displayAddress(url, 'postgresql');
}

/**
 * The same for any server address of the URL form (a redis:// queue's too): `fallback` is the scheme
 * printed when the text has none that can be read.
 */
export function displayAddress(url: string, fallback: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1] ?? fallback;
  let parsed: URL;
  try {
    // node-postgres reads an empty host (a socket given by `?host=`) the same way: a stand-in host.
    parsed = new URL(url.replace('@/', '@stand-in-host/'));
  } catch {
    return `${scheme}://${UNREADABLE}`;
  }
  const host = parsed.host === 'stand-in-host' ? '' : parsed.host;
  const user = parsed.username + (parsed.password === '' ? '' : ':***');
  const query = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const name = pair.split('=', 1)[0] ?? '';
      return SECRET_PARAMETERS.has(safeDecode(name).toLowerCase()) ? `${name}=***` : pair;
    });
  return `${scheme}://${user === '' ? '' : `${user}@`}${host}${parsed.pathname}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
