/**
 * The whole Vanban service as child processes, for integration tests (and benchmarks): the API
 * (`node --import tsx services/api/src/main.ts`) and N ingest workers, against a Meilisearch and
 * a Redis given by the caller (in vitest: the shared ones from global setup, via `inject`).
 *
 * Every stack is isolated: its own data dir, index prefix, queue/Redis prefix, free port and
 * bootstrap admin token. `stop()` stops every process it started (by PID) and deletes its
 * index and data dir.
 *
 * ```ts
 * const stack = await startStack({ workers: 2 });
 * const { batchId } = await stack.uploadFiles([{ path: 'fixtures/archives/seeds.zip' }]);
 * const batch = await stack.waitForBatch(batchId, { timeoutMs: 120_000 });
 * await stack.stop();
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/lib/services.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StackServices {
  meiliUrl: string;
  meiliKey: string;
  redisUrl: string;
}

export interface StackOptions {
  /** where Meilisearch and Redis are; default: the shared ones of vitest's global setup */
  services?: StackServices;
  /** number of workers started at once (default 1) */
  workers?: number;
  /** WORKER_CONCURRENCY of each worker (default 2) */
  workerConcurrency?: number;
  /** VANBAN_MAX_UPLOAD_BYTES (default: the API's default) */
  maxUploadBytes?: number;
  /** BullMQ lock duration of the workers: how soon a killed worker's job runs again (default 5 s) */
  lockDurationMs?: number;
  /** extra environment for every process */
  env?: Record<string, string>;
  /** keep the data dir and logs after stop() (debugging) */
  keep?: boolean;
}

export interface UploadInput {
  /** a file on disk (its base name is the upload name unless `name` is given) */
  path?: string;
  /** bytes to upload instead of a file */
  bytes?: Uint8Array;
  /** upload name; may contain a folder path (`2019/ke-hoach.pdf`) */
  name?: string;
}

export interface UploadedFile {
  name: string;
  path?: string;
  status: 'queued' | 'processing' | 'done' | 'failed' | 'duplicate';
  documentId?: string;
  error?: { code: string; message: string };
  note?: { attempt: number; code: string; message: string };
}

export interface UploadResponse {
  batchId: string;
  files: UploadedFile[];
}

export interface BatchState {
  batchId: string;
  status: string;
  counts: Record<'queued' | 'processing' | 'done' | 'failed' | 'duplicate', number>;
  files: UploadedFile[];
}

export interface ProcessHandle {
  readonly pid: number;
  readonly logFile: string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning(): boolean;
}

export interface Stack {
  baseUrl: string;
  /** bootstrap token with role admin */
  token: string;
  dataDir: string;
  indexPrefix: string;
  /** Meilisearch index uid of the stack's documents */
  indexUid: string;
  queuePrefix: string;
  services: StackServices;
  api: ProcessHandle;
  /** every worker started so far, by index (killed ones stay in the list) */
  workers: ProcessHandle[];
  /** fetch against the API with the admin token (unless `headers.authorization` is given) */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** POST /api/uploads with the given files; throws unless the answer is 202 */
  uploadFiles(files: UploadInput[], options?: { token?: string }): Promise<UploadResponse>;
  getBatch(batchId: string): Promise<BatchState>;
  /** polls GET /api/uploads/:batchId until no file is queued or processing */
  waitForBatch(batchId: string, options?: { timeoutMs?: number }): Promise<BatchState>;
  /** number of documents in the stack's Meilisearch index */
  indexedCount(): Promise<number>;
  /** send a signal to worker `i` and wait until it has exited */
  killWorker(i: number, signal?: NodeJS.Signals): Promise<void>;
  /** start one more worker; resolves when it takes jobs; returns its index */
  startWorker(): Promise<number>;
  /** stop every process of the stack, delete its index and (unless keep) its data */
  stop(): Promise<void>;
}

interface Spawned extends ProcessHandle {
  child: ChildProcess;
}

async function spawnLogged(
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<Spawned> {
  await mkdir(dirname(logFile), { recursive: true });
  const log = await open(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', log.fd, log.fd],
  });
  // Listen for 'spawn' before any await: the event can fire while log.close() is pending.
  const spawned = new Promise<number>((ok, fail) => {
    child.once('spawn', () => ok(child.pid ?? -1));
    child.once('error', fail);
  });
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => {
      running = false;
      done({ code, signal });
    });
  });
  await log.close();
  const pid = await spawned;
  return { child, pid, logFile, exited, isRunning: () => running };
}

async function tail(file: string, chars = 3000): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.slice(-chars);
  } catch {
    return '';
  }
}

async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  proc: Spawned,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 25;
  while (Date.now() < deadline) {
    if (!proc.isRunning()) {
      throw new Error(
        `${what} exited during start. Log ${proc.logFile}:\n${await tail(proc.logFile)}`,
      );
    }
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  }
  throw new Error(
    `${what} not ready within ${timeoutMs} ms. Log ${proc.logFile}:\n${await tail(proc.logFile)}`,
  );
}

async function stopProcess(proc: Spawned, timeoutMs = 20_000): Promise<void> {
  if (!proc.isRunning()) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (proc.isRunning()) proc.child.kill('SIGKILL');
  }, timeoutMs);
  try {
    await proc.exited;
  } finally {
    clearTimeout(timer);
  }
}

async function injected(): Promise<StackServices> {
  const { inject } = await import('vitest');
  return {
    meiliUrl: inject('meiliUrl'),
    meiliKey: inject('meiliKey'),
    redisUrl: inject('redisUrl'),
  };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const services = options.services ?? (await injected());
  const id = randomBytes(5).toString('hex');
  const root = await mkdtemp(join(tmpdir(), 'vanban-stack-'));
  const dataDir = join(root, 'data');
  const indexPrefix = `test-${id}`;
  const queuePrefix = `tq-${id}`;
  const token = `vb_test_${randomBytes(24).toString('hex')}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const indexUid = `${indexPrefix}-documents`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    VANBAN_DATA_DIR: dataDir,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliKey,
    REDIS_URL: services.redisUrl,
    VANBAN_INDEX_PREFIX: indexPrefix,
    VANBAN_QUEUE_PREFIX: queuePrefix,
    VANBAN_BOOTSTRAP_TOKEN: token,
    WORKER_CONCURRENCY: String(options.workerConcurrency ?? 2),
    WORKER_LOCK_DURATION_MS: String(options.lockDurationMs ?? 5000),
    WORKER_STALLED_INTERVAL_MS: String(
      Math.max(500, Math.floor((options.lockDurationMs ?? 5000) / 2)),
    ),
    OMP_THREAD_LIMIT: '1',
    ...(options.maxUploadBytes === undefined
      ? {}
      : { VANBAN_MAX_UPLOAD_BYTES: String(options.maxUploadBytes) }),
    ...options.env,
  };

  const workers: Spawned[] = [];
  let api: Spawned | undefined;

  const request = (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    return fetch(`${baseUrl}${path}`, { ...init, headers });
  };

  let workersStarted = 0;
  const startWorker = async (): Promise<number> => {
    // taken before any await: workers started at once each get their own index and log file
    const index = workersStarted++;
    const proc = await spawnLogged(
      ['services/worker/src/main.ts'],
      // readiness is the worker's "worker started" info line: keep info (or debug) logging
      { ...env, LOG_LEVEL: env['LOG_LEVEL'] === 'debug' ? 'debug' : 'info' },
      join(root, 'logs', `worker-${index}.log`),
    );
    workers[index] = proc;
    await waitFor(
      `worker ${index}`,
      async () => (await tail(proc.logFile, 1_000_000)).includes('"msg":"worker started"'),
      proc,
      60_000,
    );
    return index;
  };

  const stop = async (): Promise<void> => {
    await Promise.all(workers.map((w) => stopProcess(w)));
    if (api) await stopProcess(api);
    await fetch(`${services.meiliUrl}/indexes/${indexUid}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${services.meiliKey}` },
    }).catch(() => undefined);
    if (!options.keep) await rm(root, { recursive: true, force: true });
  };

  try {
    api = await spawnLogged(['services/api/src/main.ts'], env, join(root, 'logs', 'api.log'));
    const started = api;
    await waitFor(
      'API',
      async () => {
        try {
          const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
          return response.ok;
        } catch {
          return false;
        }
      },
      started,
      60_000,
    );
    await Promise.all(Array.from({ length: options.workers ?? 1 }, () => startWorker()));
  } catch (error) {
    await stop();
    throw error;
  }

  const getBatch = async (batchId: string): Promise<BatchState> => {
    const response = await request(`/api/uploads/${batchId}`);
    if (!response.ok) {
      throw new Error(
        `GET /api/uploads/${batchId} answered ${response.status}: ${await response.text()}`,
      );
    }
    return (await response.json()) as BatchState;
  };

  return {
    baseUrl,
    token,
    dataDir,
    indexPrefix,
    indexUid,
    queuePrefix,
    services,
    api,
    workers,
    request,
    async uploadFiles(files, uploadOptions = {}) {
      const form = new FormData();
      for (const file of files) {
        const bytes =
          file.bytes ?? (file.path ? new Uint8Array(await readFile(file.path)) : undefined);
        if (!bytes) throw new Error('uploadFiles: each file needs `path` or `bytes`');
        const name = file.name ?? (file.path ? basename(file.path) : 'file');
        form.append('file', new Blob([bytes]), name);
      }
      const headers: Record<string, string> = {};
      if (uploadOptions.token !== undefined)
        headers['authorization'] = `Bearer ${uploadOptions.token}`;
      const response = await request('/api/uploads', { method: 'POST', body: form, headers });
      if (response.status !== 202) {
        throw new Error(`POST /api/uploads answered ${response.status}: ${await response.text()}`);
      }
      return (await response.json()) as UploadResponse;
    },
    getBatch,
    async waitForBatch(batchId, waitOptions = {}) {
      const timeoutMs = waitOptions.timeoutMs ?? 120_000;
      const deadline = Date.now() + timeoutMs;
      let last: BatchState | undefined;
      let delay = 50;
      while (Date.now() < deadline) {
        try {
          last = await getBatch(batchId);
          if (last.status === 'done') return last;
        } catch (error) {
          // the API may be briefly unavailable in fault tests; keep polling until the deadline
          if (Date.now() + delay >= deadline) throw error;
        }
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 500);
      }
      throw new Error(
        `batch ${batchId} not finished within ${timeoutMs} ms; last state: ${JSON.stringify(last?.counts)}`,
      );
    },
    async indexedCount() {
      const response = await fetch(`${services.meiliUrl}/indexes/${indexUid}/stats`, {
        headers: { authorization: `Bearer ${services.meiliKey}` },
      });
      if (response.status === 404) return 0;
      if (!response.ok) throw new Error(`Meilisearch stats answered ${response.status}`);
      return ((await response.json()) as { numberOfDocuments: number }).numberOfDocuments;
    },
    async killWorker(i, signal = 'SIGKILL') {
      const worker = workers[i];
      if (!worker) throw new Error(`no worker ${i}`);
      worker.child.kill(signal);
      await worker.exited;
    },
    startWorker,
    stop,
  };
}
