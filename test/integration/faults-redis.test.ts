/**
 * Redis restarted (AOF on) in the middle of an ingest: no upload, batch or queued job is lost;
 * the workers and the API reconnect and the batch completes. Uses its OWN Redis.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeManyZip } from '../../fixtures/scripts/make-many.ts';
import { startTestRedis, type TestService } from '../helpers/services.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

const COUNT = 80;

let redis: TestService;
let stack: Stack;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vanban-redis-out-'));
  redis = await startTestRedis();
  stack = await startStack({
    workers: 1,
    workerConcurrency: 2,
    lockDurationMs: 4000,
    // small index tasks, so the fault lands while the batch is still in progress
    env: { WORKER_INDEX_BATCH: '10' },
    services: { meiliUrl: inject('meiliUrl'), meiliKey: inject('meiliKey'), redisUrl: redis.url },
  });
});
afterAll(async () => {
  await stack?.stop();
  await redis?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('Redis restart', () => {
  it('loses no upload: batches and queued jobs survive and complete', async () => {
    const zip = await makeManyZip(dir, COUNT);
    const first = await stack.uploadFiles([{ path: zip }]);
    const second = await stack.uploadFiles([
      {
        bytes: new TextEncoder().encode(
          'KẾ HOẠCH\nTrước khi Redis khởi động lại, Nghị quyết số 35-NQ/TW.\n',
        ),
        name: 'truoc.txt',
      },
    ]);
    const deadline = Date.now() + 60_000;
    while ((await stack.getBatch(first.batchId)).counts.done < 5) {
      if (Date.now() > deadline) throw new Error('ingest did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    const before = await stack.getBatch(first.batchId);
    expect(before.counts.done).toBeLessThan(COUNT);

    await redis.stop();
    // not ready while Redis is down, and it says why
    const notReady = await fetch(`${stack.baseUrl}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      error: { code: 'not_ready', details: { checks: { redis: 'fail', meilisearch: 'ok' } } },
    });
    await redis.restart();

    const batch = await stack.waitForBatch(first.batchId, { timeoutMs: 150_000 });
    expect(batch.counts).toEqual({
      queued: 0,
      processing: 0,
      done: COUNT,
      failed: 0,
      duplicate: 0,
    });
    expect((await stack.waitForBatch(second.batchId, { timeoutMs: 60_000 })).counts.done).toBe(1);
    expect(await stack.indexedCount()).toBe(COUNT + 1);

    // uploads keep working after the restart
    const after = await stack.uploadFiles([
      {
        bytes: new TextEncoder().encode('BÁO CÁO\nSau khi Redis khởi động lại.\n'),
        name: 'sau.txt',
      },
    ]);
    expect((await stack.waitForBatch(after.batchId, { timeoutMs: 60_000 })).counts.done).toBe(1);
    expect((await fetch(`${stack.baseUrl}/readyz`)).status).toBe(200);
  });
});
