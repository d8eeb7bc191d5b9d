/** `triangulate export --format json [--out FILE]`: every event, in a format analysts' tools read. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { EXPORTERS, isExportFormat } from '../../export/index.js';
import { type CommonOptions, CliError, withStore } from '../context.js';
import { folderNotFile, writeProblem } from '../file-problem.js';

export interface ExportOptions extends CommonOptions {
  format: string;
  out?: string;
}

export async function exportCommand(options: ExportOptions): Promise<number> {
  // "--json --format csv" asks for two formats: refused, not answered in the one the user did not expect.
  if (options.json && options.format && options.format !== 'json') throw new CliError(`--json asks for JSON but --format asks for '${options.format}': give one of them`);
  if (options.json) options.format = 'json';
  if (!isExportFormat(options.format)) throw new CliError(`unknown export format '${options.format}' (use one of: ${Object.keys(EXPORTERS).join(', ')})`);
  const exporter = EXPORTERS[options.format];
  // Said before the events are read, which takes a while on a large store.
  const folder = options.out ? folderNotFile(options.out, '--out', `events.${options.format}`) : null;
  if (folder) throw new CliError(folder);
  return withStore(options, async (store) => {
    const text = exporter(await store.listEvents());
    if (options.out) {
      // Write beside the target and rename, so a crash never leaves half a file under the real name.
      const temporary = `${options.out}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, text);
        renameSync(temporary, options.out);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new CliError(writeProblem(options.out, error));
      }
      process.stderr.write(`wrote ${options.out}\n`);
    } else process.stdout.write(text);
    return 0;
  });
}
