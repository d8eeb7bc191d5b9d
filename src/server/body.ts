/** Request bodies, read with a size limit: a client cannot make the server buffer more than it allows. */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';

export function tooLarge(limit: number): HttpError {
  return new HttpError(413, `request body too large (the limit is ${(limit / 1048576).toFixed(1)} MB)`);
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const bytes = await readBody(req, limit);
  if (bytes.length === 0) throw new HttpError(400, 'the request body is empty; send a JSON object');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (error) {
    throw new HttpError(400, `the request body is not valid JSON (${(error as Error).message})`);
  }
}
