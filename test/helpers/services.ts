/**
 * Test helpers around real Meilisearch and Redis processes.
 *
 * The services started by `global-setup.ts` live in vitest's main process and are shared by
 * every test file: read their coordinates with `inject('meiliUrl')`, `inject('meiliKey')`,
 * `inject('redisUrl')`, and isolate yourself with a unique index prefix / queue prefix.
 *
 * A test that needs to STOP, KILL or RESTART a service (fault tests: "Meilisearch is down",
 * "Redis restarts and the queued jobs are still there") must not touch the shared ones. It
 * starts its OWN instance with `startTestMeilisearch()` / `startTestRedis()` below, which keep
 * the port and the data directory across `restart()`, and calls `dispose()` in `afterAll`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMeilisearch, startRedis, type RunningService } from '../../scripts/lib/services.ts';

export interface SpawnInfo {
  command: string;
  args: string[];
  pid: number;
}

declare module 'vitest' {
  interface ProvidedContext {
    /** `http://127.0.0.1:PORT` of the shared Meilisearch */
    meiliUrl: string;
    /** its master key (create indexes freely, with a unique prefix per test file) */
    meiliKey: string;
    /** `redis://127.0.0.1:PORT` of the shared Redis (use a unique key/queue prefix per file) */
    redisUrl: string;
    meiliDataDir: string;
    redisDataDir: string;
    /** how the shared services were spawned (informational: do not signal them from a test) */
    meiliSpawn: SpawnInfo;
    redisSpawn: SpawnInfo;
  }
}

/** A service owned by one test file, restartable on the same port with the same data. */
export interface TestService {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** PID of the current process */
  readonly pid: number;
  /** the current process handle */
  readonly current: RunningService;
  /** SIGTERM and wait for exit */
  stop(): Promise<void>;
  /** send a signal (e.g. SIGKILL to simulate a crash) and wait for the process to exit */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** start again on the same port and data dir (stops the current process first if running) */
  restart(): Promise<void>;
  /** stop and delete the data dir */
  dispose(): Promise<void>;
}

function wrap(
  root: string,
  dataDir: string,
  first: RunningService,
  startAgain: (port: number) => Promise<RunningService>,
): TestService {
  let current = first;
  let running = true;
  void first.exited.then(() => {
    if (current === first) running = false;
  });
  const track = (service: RunningService) => {
    current = service;
    running = true;
    void service.exited.then(() => {
      if (current === service) running = false;
    });
  };
  return {
    get url() {
      return current.url;
    },
    get port() {
      return current.port;
    },
    get pid() {
      return current.pid;
    },
    get current() {
      return current;
    },
    dataDir,
    async stop() {
      await current.stop();
    },
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      current.kill(signal);
      await current.exited;
    },
    async restart() {
      if (running) await current.stop();
      track(await startAgain(current.port));
    },
    async dispose() {
      await current.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Starts a private Meilisearch (free port, temp data dir, random master key). */
export async function startTestMeilisearch(): Promise<TestService & { masterKey: string }> {
  const root = await mkdtemp(join(tmpdir(), 'vanban-meili-'));
  const masterKey = randomBytes(24).toString('hex');
  const first = await startMeilisearch({ dataDir: root, masterKey });
  const service = wrap(root, root, first, (port) =>
    startMeilisearch({ dataDir: root, masterKey, port }),
  );
  return Object.assign(service, { masterKey });
}

/** Starts a private Redis (free port, temp data dir, AOF on). */
export async function startTestRedis(): Promise<TestService> {
  const root = await mkdtemp(join(tmpdir(), 'vanban-redis-'));
  const first = await startRedis({ dataDir: root });
  return wrap(root, root, first, (port) => startRedis({ dataDir: root, port }));
}
