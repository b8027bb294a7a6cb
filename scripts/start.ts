/**
 * `npm start`: runs the whole of Vanban on one machine as local processes.
 *
 *   Meilisearch + Redis (scripts/lib/services.ts) → API (services/api/src/main.ts)
 *   + one worker (services/worker/src/main.ts) → waits for /readyz → prints one ready line.
 *
 * Everything lives under VANBAN_DATA_DIR (default ./data): meili/, redis/ (AOF: batches, users,
 * tokens, queued jobs), blobs/, derived/, logs/, and the Meilisearch master key (generated on
 * first run, mode 0600). Nothing is restarted silently: if a child dies, the others are stopped
 * and the process exits non-zero. Ctrl-C / SIGTERM stops API and worker first, then Redis and
 * Meilisearch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isPortTaken,
  startMeilisearch,
  startRedis,
  stopAll,
  type RunningService,
} from './lib/services.ts';
import {
  StartConfigError,
  checkChildEnvironment,
  childEnvironment,
  parseStartEnv,
  type StartEnv,
} from './lib/start-env.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function say(message: string): void {
  process.stderr.write(`[vanban] ${message}\n`);
}

function fail(message: string): never {
  say(`LỖI / ERROR: ${message}`);
  process.exit(1);
}

/** Reads `<dataDir>/meili-master-key`, creating it (0600) on the first run. */
async function masterKeyFor(dataDir: string): Promise<string> {
  const file = join(dataDir, 'meili-master-key');
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if (key.length >= 16) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('hex');
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'w' });
  await chmod(file, 0o600);
  say(`generated a Meilisearch master key in ${file}`);
  return key;
}

interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  running: () => boolean;
}

function startNodeChild(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Child {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // the log file keeps everything; the console shows the child's stderr (warnings, errors)
  child.stdout?.pipe(log, { end: false });
  child.stderr?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    process.stderr.write(chunk);
  });
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolveExit) => {
      child.once('exit', (code, signal) => {
        running = false;
        log.end();
        resolveExit({ code, signal });
      });
      child.once('error', (error) => {
        running = false;
        say(`${name} could not be started: ${error.message}`);
        log.end();
        resolveExit({ code: null, signal: null });
      });
    },
  );
  return { name, process: child, exited, running: () => running };
}

async function stopChild(child: Child | undefined, timeoutMs = 20_000): Promise<void> {
  if (child === undefined || !child.running()) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (child.running()) {
      say(`${child.name} did not stop within ${timeoutMs} ms; killing it`);
      child.process.kill('SIGKILL');
    }
  }, timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

async function waitForReady(url: string, children: Child[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 100;
  while (Date.now() < deadline) {
    const dead = children.find((child) => !child.running());
    if (dead !== undefined) throw new Error(`${dead.name} exited before Vanban became ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 1000);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

async function main(): Promise<void> {
  let env: StartEnv;
  let dataDir: string;
  const urls = (e: StartEnv) => ({
    meiliUrl: `http://127.0.0.1:${e.VANBAN_MEILI_PORT}`,
    redisUrl: `redis://127.0.0.1:${e.VANBAN_REDIS_PORT}`,
  });
  try {
    env = parseStartEnv(process.env);
    dataDir = resolve(env.VANBAN_DATA_DIR);
    // the API and the worker would refuse these values after Meilisearch and Redis started:
    // check them with their own schemas now
    checkChildEnvironment(
      childEnvironment({ env: process.env, start: env, dataDir, ...urls(env) }),
    );
  } catch (error) {
    if (error instanceof StartConfigError) fail(error.message);
    throw error;
  }

  const ports: Array<[string, number]> = [
    ['PORT (API)', env.PORT],
    ['VANBAN_MEILI_PORT (Meilisearch)', env.VANBAN_MEILI_PORT],
    ['VANBAN_REDIS_PORT (Redis)', env.VANBAN_REDIS_PORT],
  ];
  if (new Set(ports.map(([, p]) => p)).size !== ports.length) {
    fail(`the ports must differ: ${ports.map(([n, p]) => `${n}=${p}`).join(', ')}`);
  }
  for (const [name, value] of ports) {
    if (await isPortTaken(value)) {
      fail(
        `cổng ${value} đang bị chiếm / port ${value} (${name}) on 127.0.0.1 is already in use. Stop the other program or set ${name.split(' ')[0]} to a free port.`,
      );
    }
  }

  for (const sub of ['meili', 'redis', 'blobs', 'derived', 'logs']) {
    await mkdir(join(dataDir, sub), { recursive: true });
  }
  const masterKey = await masterKeyFor(dataDir);

  let meili: RunningService | undefined;
  let redis: RunningService | undefined;
  const children: { api?: Child; worker?: Child } = {};
  let shuttingDown = false;

  const shutdown = async (exitCode: number, reason: string): Promise<never> => {
    if (!shuttingDown) {
      shuttingDown = true;
      say(`stopping (${reason})…`);
      await Promise.all([stopChild(children.api), stopChild(children.worker)]);
      await stopAll([redis, meili]);
      say('stopped');
      process.exit(exitCode);
    }
    // a second signal while stopping: wait for the first shutdown to finish
    return new Promise<never>(() => {});
  };
  let interrupts = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupts += 1;
    if (interrupts > 1) say('still stopping; please wait');
    void shutdown(0, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    say(`data folder: ${dataDir}`);
    [meili, redis] = await Promise.all([
      startMeilisearch({
        dataDir: join(dataDir, 'meili'),
        masterKey,
        port: env.VANBAN_MEILI_PORT,
      }),
      startRedis({ dataDir: join(dataDir, 'redis'), port: env.VANBAN_REDIS_PORT }),
    ]);
    say(`Meilisearch ${meili.url} (pid ${meili.pid}), Redis ${redis.url} (pid ${redis.pid})`);
    for (const service of [meili, redis]) {
      const name = service === meili ? 'Meilisearch' : 'Redis';
      void service.exited.then(({ code, signal }) => {
        if (!shuttingDown) {
          void shutdown(1, `${name} exited unexpectedly (code ${code}, signal ${signal})`);
        }
      });
    }
  } catch (error) {
    await stopAll([redis, meili]);
    fail((error as Error).message);
  }

  const childEnv = childEnvironment({
    env: process.env,
    start: env,
    dataDir,
    meiliUrl: meili.url,
    redisUrl: redis.url,
    masterKey,
  });
  const logs = join(dataDir, 'logs');
  const api = startNodeChild(
    'API',
    join(repoRoot, 'services/api/src/main.ts'),
    childEnv,
    join(logs, 'api.log'),
  );
  const worker = startNodeChild(
    'worker',
    join(repoRoot, 'services/worker/src/main.ts'),
    childEnv,
    join(logs, 'worker.log'),
  );
  children.api = api;
  children.worker = worker;
  for (const child of [api, worker]) {
    void child.exited.then(({ code, signal }) => {
      if (!shuttingDown) {
        void shutdown(
          1,
          `${child.name} exited unexpectedly (code ${code}, signal ${signal}); see ${join(logs, `${child.name.toLowerCase()}.log`)}`,
        );
      }
    });
  }

  try {
    await waitForReady(
      `http://127.0.0.1:${env.PORT}/readyz`,
      [api, worker],
      env.VANBAN_READY_TIMEOUT_MS,
    );
  } catch (error) {
    await shutdown(1, (error as Error).message);
  }
  if (!shuttingDown) {
    process.stdout.write(`Vanban sẵn sàng / ready: http://127.0.0.1:${env.PORT}\n`);
  }
}

main().catch((error: unknown) => {
  say(`LỖI / ERROR: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
