import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isPortTaken,
  isProcessAlive,
  redisCommand,
  startMeilisearch,
  startRedis,
} from './services.ts';

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'vanban-services-test-'));
  roots.push(root);
  return root;
}

describe('local services', () => {
  it('starts Redis with AOF and keeps written keys across a restart', async () => {
    const dataDir = await tempDir();
    const first = await startRedis({ dataDir });
    expect(await redisCommand(first.port, 'CONFIG GET maxmemory-policy', { lines: 5 })).toMatch(
      /noeviction$/,
    );
    expect(await redisCommand(first.port, 'SET vanban:probe kept')).toBe('+OK');
    await first.stop();
    expect(isProcessAlive(first.pid)).toBe(false);
    expect(await isPortTaken(first.port)).toBe(false);

    const second = await startRedis({ dataDir, port: first.port });
    try {
      const reply = await redisCommand(second.port, 'GET vanban:probe', { lines: 2 });
      expect(reply).toBe('$4\nkept');
    } finally {
      await second.stop();
    }
  });

  it('starts Meilisearch with a master key and stops it cleanly', async () => {
    const dataDir = await tempDir();
    const masterKey = 'k'.repeat(32);
    const meili = await startMeilisearch({ dataDir, masterKey });
    try {
      const unauthorised = await fetch(`${meili.url}/indexes`);
      expect(unauthorised.status).toBe(401);
      const authorised = await fetch(`${meili.url}/indexes`, {
        headers: { Authorization: `Bearer ${masterKey}` },
      });
      expect(authorised.status).toBe(200);
    } finally {
      await meili.stop();
    }
    expect(isProcessAlive(meili.pid)).toBe(false);
  });

  it('fails loudly when the port is already taken', async () => {
    const dataDir = await tempDir();
    const blocker = await startRedis({ dataDir: join(dataDir, 'a') });
    try {
      expect(await isPortTaken(blocker.port)).toBe(true);
      await expect(startRedis({ dataDir: join(dataDir, 'b'), port: blocker.port })).rejects.toThrow(
        /already in use/,
      );
    } finally {
      await blocker.stop();
    }
  });
});
