/**
 * Multipart uploads (busboy) streamed to a temporary folder, one sub-folder per file so that two
 * files of the same name both arrive. The ingest reads them there under their own names. A file over
 * the size limit is dropped and reported by name; the others still go in.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { HttpError } from './http-error.js';
import type { BatchProblem } from '../ingest/batch.js';

export interface UploadLimits {
  /** Bytes per file. */
  fileBytes: number;
  files: number;
}

export interface Uploads {
  folder: string;
  /** Temporary path -> the name the client gave. */
  names: Map<string, string>;
  /** Every file the request carried, in its order: those refused on arrival (too large) with their problem. */
  received: ReceivedFile[];
  problems: BatchProblem[];
  cleanup: () => void;
}

export interface ReceivedFile {
  path: string;
  name: string;
  refused?: BatchProblem;
}

export async function receiveUploads(req: IncomingMessage, limits: UploadLimits): Promise<Uploads> {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-upload-'));
  const uploads: Uploads = { folder, names: new Map(), received: [], problems: [], cleanup: () => rmSync(folder, { recursive: true, force: true }) };
  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, limits: { fileSize: limits.fileBytes, files: limits.files, fields: 20, fieldSize: 4096 } });
      } catch (error) {
        reject(new HttpError(400, `cannot read the multipart body: ${(error as Error).message}`));
        return;
      }
      const writes: Promise<void>[] = [];
      let count = 0;
      parser.on('file', (_field, stream, info) => {
        const name = safeName(info.filename, count);
        const dir = join(folder, String(count++));
        mkdirSync(dir);
        const path = join(dir, name);
        uploads.names.set(path, name);
        const received: ReceivedFile = { path, name };
        uploads.received.push(received);
        stream.on('limit', () => {
          received.refused = { input: name, problem: `file too large (the limit is ${(limits.fileBytes / 1048576).toFixed(1)} MB per file)` };
          uploads.problems.push(received.refused);
          uploads.names.delete(path);
        });
        writes.push(pipeline(stream, createWriteStream(path)));
      });
      parser.on('filesLimit', () => uploads.problems.push({ input: '(request)', problem: `more than ${limits.files} files; the rest were not read` }));
      parser.on('error', (error: Error) => reject(new HttpError(400, `cannot read the multipart body: ${error.message}`)));
      parser.on('close', () => {
        Promise.all(writes).then(() => resolve(), reject);
      });
      req.pipe(parser);
    });
  } catch (error) {
    uploads.cleanup();
    throw error;
  }
  return uploads;
}

/** The client's file name without any folder part or characters that could mean something to a shell or a path. */
function safeName(filename: string | undefined, index: number): string {
  const base = basename((filename ?? '').replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(-120);
  return base && base !== '.' && base !== '..' ? base : `upload-${index + 1}.txt`;
}
