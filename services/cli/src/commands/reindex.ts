/** `vanban reindex`: asks the service (role admin) to rebuild the index from the stored originals. */
import { REMOTE_ARGS, callApi, parseArgs, remoteOptions, type CommandContext } from './http.ts';

export async function runReindex(argv: string[], context: CommandContext): Promise<number> {
  const stdout = context.stdout ?? process.stdout;
  const { values } = parseArgs({
    args: argv,
    options: { ...REMOTE_ARGS, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    stdout.write('Usage: vanban reindex [--url URL] [--token ADMIN_TOKEN]\n');
    return 0;
  }
  const remote = remoteOptions(values, context);
  const body = (await callApi(remote, '/api/admin/reindex', { method: 'POST' })) as {
    enqueued: number;
  };
  stdout.write(`Đã xếp hàng ${body.enqueued} tài liệu để lập chỉ mục lại.\n`);
  return 0;
}
