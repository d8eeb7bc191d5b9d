/** `triangulate export --format json [--out FILE]`: every event, in a format analysts' tools read. */
import { writeFileSync } from 'node:fs';
import { EXPORTERS, isExportFormat } from '../../export/index.js';
import { type CommonOptions, CliError, withStore } from '../context.js';

export interface ExportOptions extends CommonOptions {
  format: string;
  out?: string;
}

export async function exportCommand(options: ExportOptions): Promise<number> {
  if (!isExportFormat(options.format)) throw new CliError(`unknown export format '${options.format}' (use one of: ${Object.keys(EXPORTERS).join(', ')})`);
  const exporter = EXPORTERS[options.format];
  return withStore(options, async (store) => {
    const text = exporter(await store.listEvents());
    if (options.out) {
      try {
        writeFileSync(options.out, text);
      } catch (error) {
        throw new CliError(`cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      process.stderr.write(`wrote ${options.out}\n`);
    } else process.stdout.write(text);
    return 0;
  });
}
