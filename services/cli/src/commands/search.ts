/** `vanban search QUERY`: searches the running service and prints the hits. */
import {
  CliError,
  REMOTE_ARGS,
  callApi,
  parseArgs,
  remoteOptions,
  type CommandContext,
} from './http.ts';

interface Hit {
  id: string;
  title: string | null;
  docType: string | null;
  ownNumber: string | null;
  issuer: string | null;
  date: string | null;
  year: number | null;
  snippet?: string;
}

/** Snippets are HTML (escaped text with <em>/<mark> highlights): back to plain text. */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function runSearch(argv: string[], context: CommandContext): Promise<number> {
  const stdout = context.stdout ?? process.stdout;
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...REMOTE_ARGS,
      limit: { type: 'string', default: '20' },
      year: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    stdout.write(
      'Usage: vanban search [--url URL] [--token TOKEN] [--limit N] [--year YYYY] [--json] QUERY\n',
    );
    return values.help ? 0 : 2;
  }
  const remote = remoteOptions(values, context);
  const params = new URLSearchParams({ q: positionals.join(' '), limit: values.limit });
  if (values.year) params.set('year', values.year);
  const body = (await callApi(remote, `/api/search?${params}`)) as { hits?: Hit[]; total?: number };
  if (!Array.isArray(body.hits))
    throw new CliError('câu trả lời của dịch vụ không có danh sách kết quả');
  if (values.json) {
    stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  stdout.write(`${body.total ?? body.hits.length} kết quả\n`);
  for (const hit of body.hits) {
    const head = [hit.docType, hit.ownNumber, hit.date ?? hit.year].filter(
      (v) => v !== null && v !== undefined,
    );
    stdout.write(`\n${hit.id}  ${head.join(' · ')}\n  ${hit.title ?? '(không có trích yếu)'}\n`);
    if (hit.issuer) stdout.write(`  ${hit.issuer}\n`);
    if (hit.snippet) stdout.write(`  … ${snippetToText(hit.snippet)} …\n`);
  }
  return 0;
}
