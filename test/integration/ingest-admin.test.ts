/**
 * Admin side of the pipeline (failed jobs, retry, reindex) and the CLI commands that drive the
 * running service over HTTP (ingest with a per-file reason and exit code, search, reindex).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../services/cli/src/commands/ingest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'fixtures');

let stack: Stack;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vanban-cli-'));
  stack = await startStack({ workers: 1, workerConcurrency: 2 });
});
afterAll(async () => {
  await stack?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'services/cli/src/main.ts', ...args],
      { cwd: repo, env: { ...process.env, VANBAN_TOKEN: stack.token }, timeout: 120_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not reached within ${timeoutMs} ms`);
}

describe('vanban ingest / search / reindex over HTTP', () => {
  it('uploads a folder and a bad file, reports the reason per file and exits 1', async () => {
    await mkdir(join(dir, 'ho-so', '2024'), { recursive: true });
    await writeFile(
      join(dir, 'ho-so', '2024', 'bao-cao.txt'),
      'BÁO CÁO\nKết quả thực hiện Nghị quyết số 35-NQ/TW về bảo vệ nền tảng tư tưởng, năm 2024.\n',
    );
    await writeFile(
      join(dir, 'ho-so', 'ke-hoach.txt'),
      'KẾ HOẠCH\nTriển khai Kế hoạch số 102-KH/TU năm 2019.\n',
    );
    const result = await cli([
      'ingest',
      '--url',
      stack.baseUrl,
      join(dir, 'ho-so'),
      join(fixtures, 'bad', 'encrypted.pdf'),
    ]);
    expect(result.code, result.stderr).toBe(1);
    // not a terminal: plain progress lines, the last one with every file finished
    expect(result.stderr).toMatch(/^Tiến độ: \d+\/3 tệp \(\d+%\), [01] lỗi$/m);
    expect(result.stderr.trim().split('\n').at(-1)).toBe('Tiến độ: 3/3 tệp (100%), 1 lỗi');
    expect(result.stdout).toContain('2 đã lập chỉ mục');
    expect(result.stdout).toContain('1 lỗi');
    expect(result.stdout).toMatch(/LỖI\s+encrypted\.pdf: .*mật khẩu.*\[encrypted_document\]/);

    const ok = await cli(['ingest', '--url', stack.baseUrl, join(dir, 'ho-so', 'ke-hoach.txt')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('1 trùng lặp');
  });

  it('draws a progress bar on a terminal', async () => {
    const file = join(dir, 'tien-do.txt');
    await writeFile(
      file,
      `THÔNG BÁO\nKết quả kiểm tra tiến độ số hóa hồ sơ lưu trữ, lần ${Date.now()}.\n`,
    );
    const capture = (isTTY: boolean) => {
      const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
      stream.isTTY = isTTY;
      stream.columns = 100;
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      return { stream, text: () => text };
    };
    const out = capture(false);
    const err = capture(true);
    const code = await runIngest(['--url', stack.baseUrl, file], {
      cwd: dir,
      token: stack.token,
      stdout: out.stream,
      stderr: err.stream,
    });
    expect(code, err.text()).toBe(0);
    // cli-progress's shades_classic bar, redrawn in place, ending full
    expect(err.text()).toMatch(/\u2588+ 1\/1 tệp \| 0 lỗi/);
    expect(err.text()).not.toContain('Tiến độ:');
    expect(out.text()).toContain('1 đã lập chỉ mục');
  });

  it('searches and prints the hits', async () => {
    const result = await cli(['search', '--url', stack.baseUrl, 'bảo vệ nền tảng tư tưởng']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^[1-9]\d* kết quả/);
    expect(result.stdout).toMatch(/[0-9a-f]{24}/);
  });

  it('refuses without a valid token with a clear message', async () => {
    const result = await cli(['search', '--url', stack.baseUrl, '--token', 'sai', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('401');
  });

  it('lists the failed job, retries it, and reindexes everything from the originals', async () => {
    const failed = await stack.request('/api/admin/jobs/failed');
    expect(failed.status).toBe(200);
    const body = (await failed.json()) as {
      total: number;
      jobs: Array<{ id: string; fileName: string; failedReason: string; batchId: string }>;
    };
    expect(body.total).toBe(1);
    const job = body.jobs[0]!;
    expect(job.fileName).toBe('encrypted.pdf');
    expect(job.failedReason).toMatch(/mật khẩu/);

    const retry = await stack.request(`/api/admin/jobs/${job.id}/retry`, { method: 'POST' });
    expect(retry.status).toBe(202);
    const batch = await stack.waitForBatch(job.batchId, { timeoutMs: 60_000 });
    expect(batch.files.find((f) => f.name === 'encrypted.pdf')?.error?.code).toBe(
      'encrypted_document',
    );
    expect(
      (await stack.request('/api/admin/jobs/no-such-job/retry', { method: 'POST' })).status,
    ).toBe(404);

    // wipe the index's documents (settings stay), then rebuild it from the stored originals
    const wipe = await fetch(`${stack.services.meiliUrl}/indexes/${stack.indexUid}/documents`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${stack.services.meiliKey}` },
    });
    expect(wipe.status).toBe(202);
    await waitUntil('index emptied', async () => (await stack.indexedCount()) === 0);
    const reindex = await cli(['reindex', '--url', stack.baseUrl]);
    expect(reindex.code, reindex.stderr).toBe(0);
    // bao-cao, ke-hoach, tien-do and the failed encrypted.pdf
    expect(reindex.stdout).toContain('Đã xếp hàng 4 tài liệu');
    await waitUntil('reindexed', async () => (await stack.indexedCount()) === 3);

    const anonymous = await fetch(`${stack.baseUrl}/api/admin/reindex`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
  });
});
