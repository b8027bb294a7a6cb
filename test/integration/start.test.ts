/**
 * `npm start` (scripts/start.ts) end to end, as a user runs it: a fresh data folder and free
 * ports, the ready line, /healthz and /readyz, an upload with the bootstrap token, Ctrl-C
 * (SIGINT) stopping every process it started, and a restart on the same data folder that finds
 * the documents again and processes the jobs that were still queued when it was stopped.
 * Bad settings are refused before anything starts.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeManyZip } from '../../fixtures/scripts/make-many.ts';
import { createQueue } from '../../packages/queue/src/index.ts';
import { createRecordStore } from '../../packages/storage/src/index.ts';
import { Redis } from '../../services/api/src/testing/index.ts';
import { freePort, isPortTaken, startRedis } from '../../scripts/lib/services.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const READY_PREFIX = 'Vanban sẵn sàng / ready:';

/** Every live descendant of `pid` (children, grandchildren ...), from /proc/<pid>/stat. */
async function descendantsOf(pid: number): Promise<number[]> {
  const parentOf = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const text = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses; split after the last ')'
    const ppid = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isInteger(ppid)) parentOf.set(Number(entry), ppid);
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parentOf) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

/** `State` of a process from /proc/<pid>/stat, or null once it is gone. */
async function processState(pid: number): Promise<{ state: string; cmdline: string } | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return {
    state: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? '?',
    cmdline: cmdline.replaceAll('\0', ' ').trim(),
  };
}

/**
 * Waits until none of `pids` runs any more (gone, or a zombie waiting to be reaped by PID 1).
 * Helpers such as tsx's esbuild service leave a moment after their parent; a real orphan
 * (a Meilisearch or worker left behind) stays and fails the test with its command line.
 */
async function expectAllGone(pids: number[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let alive: string[];
  let delay = 20;
  do {
    alive = [];
    for (const pid of pids) {
      const state = await processState(pid);
      if (state !== null && state.state !== 'Z') alive.push(`${pid} ${state.cmdline}`);
    }
    if (alive.length === 0) return;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  } while (Date.now() < deadline);
  expect(alive, 'processes still running after npm start exited').toEqual([]);
}

interface Launched {
  child: ChildProcess;
  /** resolves with the ready line; rejects if start.ts exits first */
  ready: Promise<string>;
  exited: Promise<number | null>;
  stderr(): string;
}

function launch(env: Record<string, string>): Launched {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const ready = new Promise<string>((resolveLine, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n').find((l) => l.startsWith(READY_PREFIX));
      if (line !== undefined) resolveLine(line);
    });
    void exited.then((code) =>
      reject(new Error(`start.ts exited with ${code} before the ready line:\n${stderr}`)),
    );
  });
  // a rejection nobody awaits (the refusal tests) must not fail the run
  ready.catch(() => undefined);
  return { child, ready, exited, stderr: () => stderr };
}

const dataDirs: string[] = [];
const running: Launched[] = [];
afterAll(async () => {
  // only if a test failed half-way: never leave a stack behind
  for (const l of running) {
    if (l.child.exitCode === null) {
      l.child.kill('SIGINT');
      await l.exited;
    }
  }
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vanban-start-'));
  dataDirs.push(dir);
  return dir;
}

interface Batch {
  status: string;
  counts: Record<'queued' | 'processing' | 'done' | 'failed' | 'duplicate', number>;
  files: Array<{ name: string; status: string; documentId?: string }>;
}

describe('npm start (scripts/start.ts)', () => {
  it('starts, serves an upload, stops every process on SIGINT, and restarts with the data and the queued jobs', async () => {
    const dataDir = await freshDataDir();
    const [apiPort, meiliPort, redisPort] = [await freePort(), await freePort(), await freePort()];
    const token = `vb_boot_${randomBytes(16).toString('hex')}`;
    const queuePrefix = `start-test-${apiPort}`;
    const env = {
      VANBAN_DATA_DIR: dataDir,
      PORT: String(apiPort),
      VANBAN_MEILI_PORT: String(meiliPort),
      VANBAN_REDIS_PORT: String(redisPort),
      VANBAN_INDEX_PREFIX: `start-test-${apiPort}`,
      VANBAN_QUEUE_PREFIX: queuePrefix,
      VANBAN_BOOTSTRAP_TOKEN: token,
      WORKER_CONCURRENCY: '1',
      // read by the worker, passed on by start.ts: one job at a time, so a batch uploaded just
      // before Ctrl-C still has jobs waiting in the queue
      WORKER_ACTIVE_JOBS: '1',
    };
    const base = `http://127.0.0.1:${apiPort}`;
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...init.headers },
      });
    const upload = async (files: Array<{ name: string; bytes: Uint8Array }>) => {
      const form = new FormData();
      for (const f of files) form.append('file', new Blob([f.bytes]), f.name);
      const res = await api('/api/uploads', { method: 'POST', body: form });
      expect(res.status, await res.clone().text()).toBe(202);
      return ((await res.json()) as { batchId: string }).batchId;
    };
    const waitForBatch = async (batchId: string, timeoutMs: number): Promise<Batch> => {
      const deadline = Date.now() + timeoutMs;
      let last: Batch | undefined;
      while (Date.now() < deadline) {
        last = (await (await api(`/api/uploads/${batchId}`)).json()) as Batch;
        if (last.status === 'done') return last;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`batch ${batchId} not done: ${JSON.stringify(last?.counts)}`);
    };
    const stopAndCheck = async (launched: Launched) => {
      const descendants = await descendantsOf(launched.child.pid ?? -1);
      // API, worker, Meilisearch, Redis at least
      expect(descendants.length).toBeGreaterThanOrEqual(4);
      launched.child.kill('SIGINT');
      expect(await launched.exited, launched.stderr()).toBe(0);
      expect(launched.stderr()).toContain('[vanban] stopped');
      await expectAllGone(descendants);
      for (const port of [apiPort, meiliPort, redisPort]) {
        expect(await isPortTaken(port), `port ${port} still taken`).toBe(false);
      }
    };

    // --- first start, on an empty data folder --------------------------------------------
    const first = launch(env);
    running.push(first);
    expect(await first.ready).toBe(`${READY_PREFIX} http://127.0.0.1:${apiPort}`);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { redis: 'ok', meilisearch: 'ok' },
    });
    for (const sub of ['meili', 'redis', 'blobs', 'derived', 'logs']) {
      expect((await stat(join(dataDir, sub))).isDirectory()).toBe(true);
    }
    expect((await stat(join(dataDir, 'meili-master-key'))).mode & 0o777).toBe(0o600);
    // the bootstrap token is an admin token; nothing works without it
    expect((await fetch(`${base}/api/search?q=a`)).status).toBe(401);

    const text = new TextEncoder().encode(
      'BÁO CÁO\nKết quả thực hiện Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy về khởi động lại dịch vụ lưu trữ.\n',
    );
    const firstBatch = await waitForBatch(
      await upload([{ name: 'truoc.txt', bytes: text }]),
      90_000,
    );
    expect(firstBatch.counts.done).toBe(1);
    const documentId = firstBatch.files[0]?.documentId ?? '';
    expect(documentId).toMatch(/^[0-9a-f]{24}$/);
    const found = (await (
      await api(`/api/search?q=${encodeURIComponent('khởi động lại dịch vụ lưu trữ')}`)
    ).json()) as { hits: Array<{ id: string }> };
    expect(found.hits.map((h) => h.id)).toContain(documentId);

    // a batch still being processed when the user presses Ctrl-C
    const COUNT = 30;
    const zip = await makeManyZip(await freshDataDir(), COUNT);
    const pending = await upload([
      { name: 'many.zip', bytes: new Uint8Array(await readFile(zip)) },
    ]);
    await stopAndCheck(first);

    // --- between the runs: the jobs are still queued in Redis's append-only file ------------
    const redisAlone = await startRedis({ dataDir: join(dataDir, 'redis'), port: redisPort });
    const connection = new Redis(redisAlone.url, { maxRetriesPerRequest: null });
    try {
      const queue = createQueue({ connection, prefix: queuePrefix });
      const waiting = await queue.getWaitingCount();
      expect(waiting, 'jobs still queued when npm start stopped').toBeGreaterThan(0);
      const records = createRecordStore(connection, { prefix: queuePrefix });
      const atStop = await records.getBatch(pending);
      expect(atStop?.counts.queued).toBeGreaterThan(0);
      expect(atStop?.counts.done).toBeLessThan(COUNT);
      await queue.close();
    } finally {
      connection.disconnect();
      await redisAlone.stop();
    }

    // --- second start, same data folder -------------------------------------------------------
    const second = launch(env);
    running.push(second);
    expect(await second.ready).toBe(`${READY_PREFIX} http://127.0.0.1:${apiPort}`);
    const doc = await api(`/api/documents/${documentId}`);
    expect(doc.status).toBe(200);
    expect(((await doc.json()) as { text: string }).text).toContain('khởi động lại dịch vụ');
    const again = (await (
      await api(`/api/search?q=${encodeURIComponent('khởi động lại dịch vụ lưu trữ')}`)
    ).json()) as { hits: Array<{ id: string }> };
    expect(again.hits.map((h) => h.id)).toContain(documentId);

    const resumed = await waitForBatch(pending, 240_000);
    expect(resumed.counts).toEqual({
      queued: 0,
      processing: 0,
      done: COUNT,
      failed: 0,
      duplicate: 0,
    });
    const all = (await (await api('/api/search?limit=1')).json()) as { total: number };
    expect(all.total).toBe(COUNT + 1);
    await stopAndCheck(second);
  }, 600_000);

  it('restores a backup made as README.md says (redis/, blobs/, key) and rebuilds the index with vanban reindex', async () => {
    // a short first life: one document uploaded, then Ctrl-C
    const original = await freshDataDir();
    const [apiPort, meiliPort, redisPort] = [await freePort(), await freePort(), await freePort()];
    const token = `vb_boot_${randomBytes(16).toString('hex')}`;
    const env = {
      VANBAN_DATA_DIR: original,
      PORT: String(apiPort),
      VANBAN_MEILI_PORT: String(meiliPort),
      VANBAN_REDIS_PORT: String(redisPort),
      VANBAN_INDEX_PREFIX: `restore-test-${apiPort}`,
      VANBAN_QUEUE_PREFIX: `restore-test-${apiPort}`,
      VANBAN_BOOTSTRAP_TOKEN: token,
      WORKER_CONCURRENCY: '1',
    };
    const base = `http://127.0.0.1:${apiPort}`;
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...init.headers },
      });
    const searchTotal = async (q: string) =>
      ((await (await api(`/api/search?q=${encodeURIComponent(q)}`)).json()) as { total: number })
        .total;

    const first = launch(env);
    running.push(first);
    await first.ready;
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        new TextEncoder().encode(
          'THÔNG BÁO\nSao lưu và khôi phục kho lưu trữ văn bản theo hướng dẫn vận hành.\n',
        ),
      ]),
      'sao-luu.txt',
    );
    const uploaded = await api('/api/uploads', { method: 'POST', body: form });
    expect(uploaded.status).toBe(202);
    const { batchId } = (await uploaded.json()) as { batchId: string };
    let documentId: string;
    for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
      const batch = (await (await api(`/api/uploads/${batchId}`)).json()) as Batch;
      if (batch.status === 'done') {
        expect(batch.counts.done).toBe(1);
        documentId = batch.files[0]?.documentId ?? '';
        break;
      }
      await new Promise((r) => setTimeout(r, delay));
    }
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);

    // README: tar -C data -czf vanban-backup.tgz redis blobs meili-master-key
    const backup = join(await freshDataDir(), 'vanban-backup.tgz');
    await run('tar', ['-C', original, '-czf', backup, 'redis', 'blobs', 'meili-master-key']);
    const restored = await freshDataDir();
    await run('tar', ['-C', restored, '-xzf', backup]);
    expect((await readdir(restored)).sort()).toEqual(['blobs', 'meili-master-key', 'redis']);

    const second = launch({ ...env, VANBAN_DATA_DIR: restored });
    running.push(second);
    await second.ready;
    // the upload history and the document records came back with redis/ ...
    const history = (await (await api(`/api/uploads/${batchId}`)).json()) as Batch;
    expect(history.counts.done).toBe(1);
    // ... but the new Meilisearch is empty until the reindex
    expect(await searchTotal('sao lưu khôi phục')).toBe(0);

    const reindex = await run(
      process.execPath,
      ['--import', 'tsx', 'services/cli/src/main.ts', 'reindex', '--url', base],
      { cwd: repoRoot, env: { ...process.env, VANBAN_TOKEN: token } },
    );
    expect(reindex.stdout).toContain('Đã xếp hàng 1 tài liệu');
    const deadline = Date.now() + 120_000;
    for (let delay = 50; (await searchTotal('sao lưu khôi phục')) === 0;) {
      if (Date.now() > deadline) throw new Error('reindex did not bring the document back');
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 500);
    }
    const doc = await api(`/api/documents/${documentId}`);
    expect(doc.status).toBe(200);
    expect(await doc.json()).toMatchObject({ id: documentId, fileNames: ['sao-luu.txt'] });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }, 300_000);

  it('refuses to start when a port is taken, with a clear message and a non-zero exit', async () => {
    const dataDir = await freshDataDir();
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const address = blocker.address();
    const taken = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const launched = launch({
        VANBAN_DATA_DIR: dataDir,
        PORT: String(await freePort()),
        VANBAN_MEILI_PORT: String(taken),
        VANBAN_REDIS_PORT: String(await freePort()),
      });
      expect(await launched.exited).not.toBe(0);
      expect(launched.stderr()).toContain(`port ${taken}`);
      expect(launched.stderr()).toContain('VANBAN_MEILI_PORT');
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });

  it('refuses a bootstrap token shorter than 16 characters before starting anything', async () => {
    const dataDir = await freshDataDir();
    const launched = launch({
      VANBAN_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      VANBAN_MEILI_PORT: String(await freePort()),
      VANBAN_REDIS_PORT: String(await freePort()),
      VANBAN_BOOTSTRAP_TOKEN: 'ngan-qua',
    });
    expect(await launched.exited).toBe(1);
    expect(launched.stderr()).toMatch(
      /ERROR: invalid environment: VANBAN_BOOTSTRAP_TOKEN: must be at least 16 characters/,
    );
    // nothing was started or created
    expect(await readdir(dataDir)).toEqual([]);
  });
});
