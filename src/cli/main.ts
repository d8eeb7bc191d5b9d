/**
 * The `triangulate` command line. Every command takes --db and --json; failures end with a one-line
 * reason on stderr and a non-zero exit code (1: failed, 2: some inputs rejected, the rest processed).
 */
import { Command, CommanderError, Option } from 'commander';
import { EXPORT_FORMATS } from '../export/index.js';
import { searchQuery } from './search-words.js';
import { articlesCommand, eventsCommand, type EventsOptions, type PageOptions, searchCommand, type SearchOptions, showCommand } from './commands/browse.js';
import { entitiesCommand, type EntitiesOptions } from './commands/entities.js';
import { demoCommand, type DemoOptions } from './commands/demo.js';
import { exportCommand, type ExportOptions } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand, type IngestOptions } from './commands/ingest.js';
import { optimizeCommand } from './commands/optimize.js';
import { queueCommand, type QueueCommandOptions } from './commands/queue.js';
import { workerCommand, type WorkerOptions } from './commands/worker.js';
import { rebuildCommand, type RebuildOptions } from './commands/rebuild.js';
import { DEFAULT_PORT, serveCommand, type ServeOptions } from './commands/serve.js';
import { endQuietlyOnClosedOutput } from './closed-output.js';
import { CliError, type CommonOptions } from './context.js';
import { filterOptions } from './event-filter-options.js';
import { usageErrorLine } from './usage-error.js';
import { DEFAULT_QUEUE_NAME } from '../queue/queue-address.js';

const VERSION = '0.1.0';

function common(command: Command, dbHelp = 'database file, or a postgresql:// address (default: $TRIANGULATE_DB or ./triangulate.db)'): Command {
  return command.option('--db <path>', dbHelp).option('--json', 'print JSON (see schemas/) instead of tables');
}

function paging(command: Command): Command {
  return command.option('--limit <n>', 'at most this many').option('--offset <n>', 'skip this many first');
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('triangulate')
    .description('News event intelligence: raw articles from many outlets in, one attributed record per real-world event out.')
    .version(VERSION)
    // One line, as every other failure: the message and where to find the usage.
    .configureOutput({ outputError: (message, write) => write(usageErrorLine(message)) })
    .exitOverride();
  const run =
    <A extends unknown[]>(fn: (...args: A) => Promise<number>) =>
    async (...args: A): Promise<void> => {
      setExit(await fn(...args));
    };

  common(program.command('ingest').description('read files and folders (.txt, .html, .htm, .jsonl) into the database'))
    .argument('<paths...>', 'files or folders (read recursively)')
    .option('--max-mb <n>', 'refuse files larger than this many megabytes (default 20)')
    .option('--no-progress', 'no progress bar')
    .option('--threads <n>', 'threads that extract and enrich articles ahead of the main one, for inputs over 1 MB (default: one per core beyond the first, at most 4; 0: none)')
    .option('--queue <url>', 'queue the articles in Redis for `triangulate worker` to store, instead of storing them here (redis://host:port[/db]; default: $TRIANGULATE_QUEUE)')
    .option('--queue-name <name>', `the queue's name in Redis (default ${DEFAULT_QUEUE_NAME})`)
    .option('--wait', 'with --queue: wait for the workers and print what became of each input, as ingest does')
    .action(run((paths: string[], options: IngestOptions) => ingestCommand(paths, options)));

  program
    .command('worker')
    .description('store the articles `ingest --queue` queued in Redis, until Ctrl-C (the articles in hand finish, the rest stay queued); several may share a PostgreSQL store, a SQLite file takes one')
    .option('--db <path>', 'database file, or a postgresql:// address (default: $TRIANGULATE_DB or ./triangulate.db)')
    .option('--queue <url>', 'the Redis queue, redis://host:port[/db] (default: $TRIANGULATE_QUEUE)')
    .option('--queue-name <name>', `the queue's name in Redis (default ${DEFAULT_QUEUE_NAME})`)
    .option('--concurrency <n>', 'articles in hand at once (default 1); their extraction overlaps, their storing takes turns')
    .option('--threads <n>', 'threads that extract and enrich the articles in hand (default: one with --concurrency 1, so the main thread stays free to renew the job lock, else one per article in hand up to one per core beyond the first; 0: the main thread)')
    .option('--until-empty', 'stop once the queue has nothing waiting or in hand, instead of waiting for more')
    .option('--quiet', 'do not print a line per article')
    .action(run((options: WorkerOptions) => workerCommand(options)));

  program
    .command('queue')
    .description("show a Redis queue's waiting, active, done and failed articles, the failed ones with their messages; retry or clear the failed")
    .option('--queue <url>', 'the Redis queue, redis://host:port[/db] (default: $TRIANGULATE_QUEUE)')
    .option('--queue-name <name>', `the queue's name in Redis (default ${DEFAULT_QUEUE_NAME})`)
    .option('--limit <n>', 'failed jobs listed at most (default 50)')
    .option('--retry-failed', 'put the failed jobs back in the queue, to be tried again (after fixing what failed)')
    .option('--clear-failed', 'remove the failed jobs (their articles are not stored)')
    .option('--json', 'print JSON (see schemas/) instead of tables')
    .action(run((options: QueueCommandOptions) => queueCommand(options)));

  common(program.command('extract').description('extract and enrich articles and print them; stores nothing'), 'accepted for uniformity; extract stores nothing')
    .argument('<paths...>', 'files or folders')
    .action(run((paths: string[], options: CommonOptions) => extractCommand(paths, options)));

  paging(common(program.command('articles').description('list stored articles'))).action(run((options: PageOptions) => articlesCommand(options)));
  filterOptions(paging(common(program.command('events').description('list events, newest first'))))
    .action(run((options: EventsOptions) => eventsCommand(options)));
  paging(common(program.command('entities').description('list the people, organisations and places of events, most events first (at most 50 unless --limit); one person or body written differently by different events is one entry')))
    .addOption(new Option('--kind <kind>', 'one kind only').choices(['person', 'organization', 'place', 'vessel']))
    .option('--name <text>', 'only entries whose name or other name holds this text, in any case, accents optional')
    .action(run((options: EntitiesOptions) => entitiesCommand(options)));

  common(program.command('show').description('show one event with its facts, participants, discrepancies and articles, or one article as it was read'))
    .argument('<id>', 'an event id from `triangulate events` (evt_...) or an article id from `triangulate articles` (art_...)')
    .action(run((id: string, options: CommonOptions) => showCommand(id, options)));

  filterOptions(
    paging(common(program.command('search').description('full-text search over events (or articles with --articles); at most 50 results unless --limit; "a phrase" matches as written, -word leaves out, word OR word takes either')))
      .argument('[query...]', 'words that must all occur (may be left out with a filter); a word to leave out as it is written, -word, quoted or not')
      .option('--articles', 'search articles instead of events')
      // "-court" is a word to leave out, not an option (search-words.ts refuses a mistyped --option).
      .allowUnknownOption(),
  ).action(run((words: string[], options: SearchOptions) => searchCommand(searchQuery(words), options)));

  filterOptions(
    common(program.command('export').description('export all events, or those the filters select (--json is the same as --format json)'))
      .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('json'))
      .option('--out <file>', 'write to a file instead of standard output')
      .option('--words <words>', 'only events matching these words, as search finds them (then best match first)'),
  ).action(run((options: ExportOptions) => exportCommand(options)));

  common(program.command('optimize').description('merge the search indexes into one piece each now, for faster searches (ingest also does it as the store grows)'))
    .action(run((options: CommonOptions) => optimizeCommand(options)));

  common(program.command('rebuild').description("read every stored article again with this version (names, dates, events) into a new database; the old one is left as it was, and its event ids lead to their new events"), 'the database to rebuild (default: $TRIANGULATE_DB or ./triangulate.db)')
    .requiredOption('--out <path>', 'the new database to write (must not exist)')
    .option('--no-progress', 'no progress bar')
    .action(run((options: RebuildOptions) => rebuildCommand(options)));

  const server = (command: Command): Command =>
    command
      .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`)
      .option('--host <host>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)')
      .option('--token <token>', 'require this bearer token for writes (default: $TRIANGULATE_TOKEN; none: writes are open)')
      .option('--quiet', 'do not log requests');

  server(common(program.command('serve').description('serve the HTTP API and the web UI on the database')))
    .option('--max-mb <n>', 'refuse uploaded files larger than this many megabytes (default 20)')
    .option('--no-cache', 'answer every read from the database (by default answers are kept until the data changes)')
    .option('--search-threads <n>', 'threads that answer searches, each with its own database connection (default: one per core, at most 4; 0: the main thread)')
    .option('--create', 'make an empty store in a PostgreSQL database that has none, to add articles from the web UI (without it such a database is refused; a missing SQLite file is always made)')
    .action(run((options: ServeOptions) => serveCommand(options)));

  server(common(program.command('demo').description('ingest the bundled example articles into a fresh demo database and show the events (--serve: then open the web UI on it)'), 'a new database file for the demo (default: ./triangulate-demo.db, replaced on each run), or a postgresql:// database with no store in it'))
    .option('--serve', 'after ingesting, serve the web UI and API on the demo database until Ctrl-C')
    .action(run((options: DemoOptions) => demoCommand(options)));
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  endQuietlyOnClosedOutput(process.stdout, (c) => process.exit(c), (line) => process.stderr.write(line));
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`triangulate: ${message.split('\n')[0]}\n`);
    if (process.env.TRIANGULATE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
