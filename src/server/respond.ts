/**
 * Writing responses: JSON with the security headers every answer carries. The CSP allows scripts,
 * styles and images from this server only, so article text that slipped into markup could not run.
 */
import type { ServerResponse } from 'node:http';

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/** Responses whose successful body is wanted once sent (the response cache's misses: app.ts). */
export const keepBody = new WeakMap<ServerResponse, (body: Buffer, type: string) => void>();

export function send(res: ServerResponse, status: number, body: string | Uint8Array, type: string, headers: Record<string, string> = {}): void {
  // Encoded once: measuring a string's length and then writing it would encode it twice.
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const keep = keepBody.get(res);
  if (keep && status !== 200) res.removeHeader('ETag');
  if (keep && status === 200) {
    keep(bytes, type);
    headers = { ...headers, ...(res.getHeader('ETag') ? { 'Cache-Control': 'no-cache' } : {}) };
  }
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(bytes.length), ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(value), headers);
}

/** `json` must already be JSON text (stored records put together without a parse), or its UTF-8 bytes. */
export function sendJsonText(res: ServerResponse, status: number, json: string | Uint8Array, headers: Record<string, string> = {}): void {
  send(res, status, json, 'application/json; charset=utf-8', { 'Cache-Control': 'no-store', ...headers });
}

/** Errors share one shape (schemas/api/error.schema.json). */
export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { status, message } }, headers);
}
