/**
 * `vanban ingest PATH...`: uploads files, folders (recursively) and zips to the running
 * service, shows a progress bar until every batch has finished (on a terminal; elsewhere one
 * plain progress line each time the count changes), then a summary with the reason of every
 * failed file. Exit code 1 when any file failed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import {
  CliError,
  REMOTE_ARGS,
  callApi,
  parseArgs,
  remoteOptions,
  type CommandContext,
  type RemoteOptions,
} from './http.ts';

const USAGE = `Usage: vanban ingest [--url URL] [--token TOKEN] PATH...

Uploads PDF, DOCX, TXT and ZIP files (folders are read recursively) and waits for processing.`;

/** one request carries at most this much (the server's default limit is 200 MB) */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
const MAX_REQUEST_FILES = 200;

interface LocalFile {
  absolute: string;
  /** upload name; keeps the folder path for files found in folders */
  name: string;
  size: number;
}

interface BatchFile {
  name: string;
  path?: string;
  status: 'queued' | 'processing' | 'done' | 'failed' | 'duplicate';
  documentId?: string;
  error?: { code: string; message: string };
}

interface BatchState {
  status: string;
  counts: Record<BatchFile['status'], number>;
  files: BatchFile[];
}

async function walk(dir: string, root: string, out: LocalFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, root, out);
    else if (entry.isFile()) {
      const name = `${basename(root)}/${relative(root, full).split('\\').join('/')}`;
      out.push({ absolute: full, name, size: (await stat(full)).size });
    }
  }
}

export async function collectFiles(paths: string[], cwd: string): Promise<LocalFile[]> {
  const out: LocalFile[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new CliError(`không tìm thấy ${path}`);
    }
    if (info.isDirectory()) await walk(absolute, absolute, out);
    else out.push({ absolute, name: basename(absolute), size: info.size });
  }
  return out;
}

function chunk(files: LocalFile[]): LocalFile[][] {
  const chunks: LocalFile[][] = [];
  let current: LocalFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (
      current.length > 0 &&
      (bytes + file.size > MAX_REQUEST_BYTES || current.length >= MAX_REQUEST_FILES)
    ) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function upload(remote: RemoteOptions, files: LocalFile[]): Promise<string> {
  const form = new FormData();
  for (const file of files) {
    form.append('file', new Blob([new Uint8Array(await readFile(file.absolute))]), file.name);
  }
  const body = (await callApi(remote, '/api/uploads', { method: 'POST', body: form })) as {
    batchId: string;
  };
  return body.batchId;
}

const finished = (counts: BatchState['counts']): number =>
  counts.done + counts.failed + counts.duplicate;

/** `Tiến độ: 12/60 tệp (20%), 1 lỗi` */
export function progressLine(done: number, total: number, failed: number): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return `Tiến độ: ${done}/${total} tệp (${percent}%), ${failed} lỗi`;
}

export async function runIngest(argv: string[], context: CommandContext): Promise<number> {
  const stdout = context.stdout ?? process.stdout;
  const stderr = context.stderr ?? process.stderr;
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...REMOTE_ARGS, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    (values.help ? stdout : stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const remote = remoteOptions(values, context);
  const files = await collectFiles(positionals, context.cwd);
  if (files.length === 0) throw new CliError('không có tệp nào để tải lên');

  const batchIds: string[] = [];
  for (const part of chunk(files)) batchIds.push(await upload(remote, part));
  stderr.write(`Đã tải lên ${files.length} tệp (${batchIds.length} lượt); đang xử lý...\n`);

  const bar =
    stderr.isTTY === true
      ? new cliProgress.SingleBar(
          { format: ' {bar} {value}/{total} tệp | {failed} lỗi | {eta_formatted}', stream: stderr },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  let states: Map<string, BatchState>;
  let started = false;
  let lastLine = '';
  for (;;) {
    states = new Map(
      await Promise.all(
        batchIds.map(
          async (id) => [id, (await callApi(remote, `/api/uploads/${id}`)) as BatchState] as const,
        ),
      ),
    );
    const all = [...states.values()];
    const total = all.reduce((n, s) => n + s.files.length, 0);
    const done = all.reduce((n, s) => n + finished(s.counts), 0);
    const failed = all.reduce((n, s) => n + s.counts.failed, 0);
    if (bar) {
      if (!started) bar.start(total, done, { failed });
      started = true;
      bar.setTotal(total);
      bar.update(done, { failed });
    } else {
      // not a terminal (a log file, CI): a plain line whenever the numbers change
      const line = progressLine(done, total, failed);
      if (line !== lastLine) stderr.write(`${line}\n`);
      lastLine = line;
    }
    if (all.every((s) => s.status === 'done')) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  bar?.stop();

  const all = [...states.values()].flatMap((s) => s.files);
  const count = (status: BatchFile['status']) => all.filter((f) => f.status === status).length;
  stdout.write(
    `Xong: ${count('done')} đã lập chỉ mục, ${count('duplicate')} trùng lặp, ${count('failed')} lỗi (tổng ${all.length} tệp).\n`,
  );
  for (const file of all.filter((f) => f.status === 'duplicate')) {
    stdout.write(`  trùng  ${file.path ?? file.name} → tài liệu ${file.documentId ?? '?'}\n`);
  }
  for (const file of all.filter((f) => f.status === 'failed')) {
    stdout.write(
      `  LỖI    ${file.path ?? file.name}: ${file.error?.message ?? 'không rõ lý do'} [${file.error?.code ?? '?'}]\n`,
    );
  }
  for (const id of batchIds) stdout.write(`Lượt tải lên: ${id}\n`);
  return count('failed') > 0 ? 1 : 0;
}
