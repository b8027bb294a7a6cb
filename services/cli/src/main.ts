#!/usr/bin/env node
// The `vanban` command. Sub-commands live in ./commands; this file only dispatches.
import { runAnalyze } from './commands/analyze.ts';

const USAGE = `Usage: vanban <command> [options]

Commands:
  analyze [--json] FILE   analyse one document (TXT) and print its identity and citations
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyze(rest, { cwd: process.env.INIT_CWD ?? process.cwd() });
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
