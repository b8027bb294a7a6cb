/**
 * `scripts/start.ts` end to end: starts Meilisearch, Redis, the API and a worker as child
 * processes with a temporary data folder and free ports, waits for the ready line, checks
 * /healthz, sends SIGINT and asserts that every process it started is gone.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isPortTaken, isProcessAlive } from '../../scripts/lib/services.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** PIDs of the processes listening on a port, from /proc/net/tcp (no lsof needed). */
async function pidsListeningOn(port: number): Promise<number[]> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ip:port; state 0A = LISTEN; inode is column 9
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  const { readdir, readlink } = await import('node:fs/promises');
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fds = await readdir(`/proc/${entry}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const link = await readlink(`/proc/${entry}/fd/${fd}`).catch(() => '');
      const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
      if (inode !== undefined && inodes.has(inode)) {
        pids.push(Number(entry));
        break;
      }
    }
  }
  return pids;
}

const dataDirs: string[] = [];
afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm start (scripts/start.ts)', () => {
  it('starts everything, answers /healthz, and stops every process on SIGINT', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vanban-start-'));
    dataDirs.push(dataDir);
    const [apiPort, meiliPort, redisPort] = [await freePort(), await freePort(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        VANBAN_DATA_DIR: dataDir,
        PORT: String(apiPort),
        VANBAN_MEILI_PORT: String(meiliPort),
        VANBAN_REDIS_PORT: String(redisPort),
        VANBAN_INDEX_PREFIX: `start-test-${apiPort}`,
        VANBAN_QUEUE_PREFIX: `start-test-${apiPort}`,
        WORKER_CONCURRENCY: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const readyLine = await new Promise<string>((resolveLine, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        const line = stdout.split('\n').find((l) => l.startsWith('Vanban sẵn sàng / ready:'));
        if (line !== undefined) resolveLine(line);
      });
      void exited.then((code) =>
        reject(new Error(`start.ts exited with ${code} before ready:\n${stderr}`)),
      );
    });
    expect(readyLine).toBe(`Vanban sẵn sàng / ready: http://127.0.0.1:${apiPort}`);

    const health = await fetch(`http://127.0.0.1:${apiPort}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${apiPort}/readyz`);
    expect(ready.status).toBe(200);

    // every state folder lives under the data dir; the master key is private
    for (const sub of ['meili', 'redis', 'blobs', 'derived', 'logs']) {
      expect((await stat(join(dataDir, sub))).isDirectory()).toBe(true);
    }
    expect((await stat(join(dataDir, 'meili-master-key'))).mode & 0o777).toBe(0o600);

    const pids = [
      ...(await pidsListeningOn(apiPort)),
      ...(await pidsListeningOn(meiliPort)),
      ...(await pidsListeningOn(redisPort)),
    ];
    expect(pids.length).toBeGreaterThanOrEqual(3);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    for (const pid of pids) expect(isProcessAlive(pid), `pid ${pid} still alive`).toBe(false);
    for (const port of [apiPort, meiliPort, redisPort]) expect(await isPortTaken(port)).toBe(false);
  });

  it('refuses to start when a port is taken, with a clear message and a non-zero exit', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vanban-start-'));
    dataDirs.push(dataDir);
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const address = blocker.address();
    const taken = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
        cwd: repoRoot,
        env: {
          ...process.env,
          VANBAN_DATA_DIR: dataDir,
          PORT: String(await freePort()),
          VANBAN_MEILI_PORT: String(taken),
          VANBAN_REDIS_PORT: String(await freePort()),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      expect(code).not.toBe(0);
      expect(stderr).toContain(`port ${taken}`);
      expect(stderr).toContain('VANBAN_MEILI_PORT');
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
  });
});
