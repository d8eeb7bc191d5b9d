/**
 * `triangulate export --format json [--out FILE]`: every event, or those the filters select (as
 * /api/export takes them), in a format analysts' tools read. The events are read a page at a time and
 * written as they come (export/stream.ts), so a large store exports in bounded memory.
 */
import { createWriteStream, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { EXPORT_FORMATS, exportWriter, isExportFormat } from '../../export/index.js';
import { exportChunks } from '../../export/stream.js';
import { widenedEntity } from '../../server/entity-filter.js';
import { entityGroups } from '../../server/entity-list.js';
import { type CommonOptions, CliError, withStore } from '../context.js';
import { type EventFilterOptions, eventFilters } from '../event-filter-options.js';
import { folderNotFile, writeProblem } from '../file-problem.js';
import { writeChunks } from '../write-chunks.js';

export interface ExportOptions extends CommonOptions, EventFilterOptions {
  format: string;
  out?: string;
  words?: string;
}

export async function exportCommand(options: ExportOptions): Promise<number> {
  // "--json --format csv" asks for two formats: refused, not answered in the one the user did not expect.
  if (options.json && options.format && options.format !== 'json') throw new CliError(`--json asks for JSON but --format asks for '${options.format}': give one of them`);
  if (options.json) options.format = 'json';
  if (!isExportFormat(options.format)) throw new CliError(`unknown export format '${options.format}' (use one of: ${EXPORT_FORMATS.join(', ')})`);
  const filters = eventFilters(options);
  const words = options.words?.trim();
  if (words !== undefined && !/[\p{L}\p{N}]/u.test(words)) throw new CliError(`--words has no words to search for, got '${options.words}'`);
  const writer = exportWriter(options.format);
  // Said before the events are read, which takes a while on a large store.
  const folder = options.out ? folderNotFile(options.out, '--out', `events.${options.format}`) : null;
  if (folder) throw new CliError(folder);
  const out = options.out;
  return withStore(options, async (store) => {
    const chunks = exportChunks(store, writer, { ...(await widenedEntity(filters, () => entityGroups(store))), ...(words === undefined ? {} : { text: words }) });
    if (!out) {
      await toStdout(chunks);
      return 0;
    }
    if (deviceOrPipe(out)) {
      // A device or a pipe (/dev/null, /dev/stdout into a pipe, a FIFO another program reads) is written
      // in place: the rename that protects a file would put a regular file where it was (run as root,
      // over /dev/null itself).
      const stream = createWriteStream(out, { flags: 'a' });
      try {
        await writeChunks(chunks, stream);
        stream.end();
        await finished(stream);
      } catch (error) {
        stream.destroy();
        if (!(error as NodeJS.ErrnoException | null)?.syscall) throw error;
        throw new CliError(writeProblem(out, error));
      }
      return 0;
    }
    // Written beside the target and renamed, so a crash never leaves half a file under the real name.
    // A link is followed (as the shell's > does): the file it leads to is replaced, the link stays.
    const target = realFile(out);
    const temporary = `${target}.${process.pid}.tmp`;
    const file = createWriteStream(temporary);
    try {
      await writeChunks(chunks, file);
      file.end();
      await finished(file);
      renameSync(temporary, target);
    } catch (error) {
      file.destroy();
      rmSync(temporary, { force: true });
      // A store failure is said as it is; only the file's own failures are about writing it.
      if (!(error as NodeJS.ErrnoException | null)?.syscall) throw error;
      throw new CliError(writeProblem(out, error));
    }
    process.stderr.write(`wrote ${out}\n`);
    return 0;
  });
}

/**
 * A reader that stops early (`| head`) closes the pipe: that ends the export quietly, as it ends `cat`.
 * Any other failure (`> /dev/full`) is said in words, not as a stack.
 */
async function toStdout(chunks: AsyncIterable<string>): Promise<void> {
  // Reported after the last write too, when no one else listens: writeChunks reports those it sees.
  process.stdout.on('error', () => undefined);
  try {
    await writeChunks(chunks, process.stdout);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'EPIPE') return;
    if (!(error as NodeJS.ErrnoException | null)?.syscall) throw error;
    throw new CliError(writeProblem('standard output', error));
  }
}

/** Whether `path` names something other than a file or a folder: a device, a pipe, a socket. */
function deviceOrPipe(path: string): boolean {
  try {
    const stat = statSync(path);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

/** The file a path leads to through any links (/dev/stdout redirected to a file: that file); the path itself when there is none yet. */
function realFile(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
