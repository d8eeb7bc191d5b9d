/**
 * Why a connection to PostgreSQL failed, in words a user can act on. node-postgres's own message is
 * kept where it is clear ("password authentication failed for user ..."); two are not: a password the
 * server asks for and nobody gave comes out of the SCRAM code as "client password must be a string", and
 * a certificate the client cannot verify names the check but not the setting that fixes it.
 */

/** Node's codes for a server certificate that could not be verified against the trusted authorities. */
const UNVERIFIED_CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export function connectionProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (/client password must be a string/.test(message)) {
    return 'the server asks for a password and none was given (put it in the address, postgresql://user:password@host/database, or in $PGPASSWORD)';
  }
  if (typeof code === 'string' && UNVERIFIED_CERTIFICATE.has(code)) {
    return `${message} (the server's certificate could not be verified: name the authority that signed it with sslrootcert=FILE in the address)`;
  }
  return message;
}
