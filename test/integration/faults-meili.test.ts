/**
 * Meilisearch stopped for 20 s during an ingest: jobs retry with backoff and everything is
 * indexed once it is back. Uses its OWN Meilisearch (the shared one must not be stopped).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeManyZip } from '../../fixtures/scripts/make-many.ts';
import { startTestMeilisearch, type TestService } from '../helpers/services.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

const OUTAGE_MS = 20_000;
const COUNT = 60;

let meili: TestService & { masterKey: string };
let stack: Stack;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vanban-meili-out-'));
  meili = await startTestMeilisearch();
  stack = await startStack({
    workers: 1,
    workerConcurrency: 2,
    // small index tasks, so the fault lands while the batch is still in progress
    env: { WORKER_INDEX_BATCH: '10' },
    services: { meiliUrl: meili.url, meiliKey: meili.masterKey, redisUrl: inject('redisUrl') },
  });
});
afterAll(async () => {
  await stack?.stop();
  await meili?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('Meilisearch outage', () => {
  it('indexes every file after Meilisearch returns from a 20 s outage', async () => {
    const zip = await makeManyZip(dir, COUNT);
    const upload = await stack.uploadFiles([{ path: zip }]);
    expect(upload.files).toHaveLength(COUNT);

    // stop Meilisearch once the ingest is under way
    const deadline = Date.now() + 60_000;
    while ((await stack.getBatch(upload.batchId)).counts.done < 5) {
      if (Date.now() > deadline) throw new Error('ingest did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    await meili.stop();
    const outageStarted = Date.now();

    // not ready, and it says why; alive all the same
    const notReady = await fetch(`${stack.baseUrl}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      error: { code: 'not_ready', details: { checks: { redis: 'ok', meilisearch: 'fail' } } },
    });
    expect((await fetch(`${stack.baseUrl}/healthz`)).status).toBe(200);

    // during the outage uploads are still accepted and nothing is marked failed
    const during = await stack.uploadFiles([
      {
        bytes: new TextEncoder().encode(
          'BÁO CÁO\nTải lên khi Meilisearch ngừng, Kế hoạch số 102-KH/TU.\n',
        ),
        name: 'trong-luc-ngung.txt',
      },
    ]);
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - outageStarted))));
    const mid = await stack.getBatch(upload.batchId);
    expect(mid.counts.failed).toBe(0);
    expect(mid.counts.done).toBeLessThan(COUNT);
    expect(mid.files.some((f) => f.note?.code === 'search_unavailable')).toBe(true);

    await meili.restart();
    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 120_000 });
    expect(batch.counts).toEqual({
      queued: 0,
      processing: 0,
      done: COUNT,
      failed: 0,
      duplicate: 0,
    });
    const second = await stack.waitForBatch(during.batchId, { timeoutMs: 60_000 });
    expect(second.counts.done).toBe(1);
    expect(await stack.indexedCount()).toBe(COUNT + 1);
    const ready = await fetch(`${stack.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { redis: 'ok', meilisearch: 'ok' },
    });
  });
});
