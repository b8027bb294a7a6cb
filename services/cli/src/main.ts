#!/usr/bin/env node
// The `vanban` command. Sub-commands live in ./commands; this file only dispatches.
import { runAnalyze } from './commands/analyze.ts';
import { runIngest } from './commands/ingest.ts';
import { runReindex } from './commands/reindex.ts';
import { runSearch } from './commands/search.ts';

const USAGE = `Usage: vanban <command> [options]

Commands:
  analyze [--json] FILE   analyse one document (TXT) and print its identity and citations
  ingest [--url U] [--token T] PATH...   upload files, folders, zips to the service and wait
  search [--url U] [--token T] QUERY     search the service
  reindex [--url U] [--token T]          rebuild the index from the originals (admin)
`;

/** Context of the commands that talk to the running service (token and URL from the env). */
function remoteContext() {
  return {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    token: process.env.VANBAN_TOKEN,
    url: process.env.VANBAN_URL,
  };
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest, { cwd: process.env.INIT_CWD ?? process.cwd() });
    case 'ingest':
      return runIngest(rest, remoteContext());
    case 'reindex':
      return runReindex(rest, remoteContext());
    case 'search':
      return runSearch(rest, remoteContext());
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`vanban: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vanban: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
