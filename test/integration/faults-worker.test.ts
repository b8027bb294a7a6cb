/**
 * A worker SIGKILLed in the middle of a 200-file zip: once a worker runs again, the jobs it
 * held are picked up as stalled and every file ends indexed exactly once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeManyZip } from '../../fixtures/scripts/make-many.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vanban-many-'));
  stack = await startStack({
    workers: 1,
    workerConcurrency: 2,
    lockDurationMs: 4000,
    // small index tasks, so the kill lands while the batch is still in progress
    env: { WORKER_INDEX_BATCH: '10' },
  });
});
afterAll(async () => {
  await stack?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** polls the batch until `predicate` holds (deadline, no fixed sleep) */
async function until(
  batchId: string,
  predicate: (done: number) => boolean,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { counts } = await stack.getBatch(batchId);
    if (predicate(counts.done)) return counts.done;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`batch ${batchId}: condition not reached within ${timeoutMs} ms`);
}

describe('worker crash', () => {
  it('indexes all 200 files exactly once after the worker is SIGKILLed mid-batch and restarted', async () => {
    const zip = await makeManyZip(dir, 200);
    const upload = await stack.uploadFiles([{ path: zip }]);
    expect(upload.files).toHaveLength(200);

    const doneAtKill = await until(upload.batchId, (done) => done >= 30, 120_000);
    await stack.killWorker(0, 'SIGKILL');
    const afterKill = await stack.getBatch(upload.batchId);
    expect(afterKill.counts.done).toBeLessThan(200);
    expect(afterKill.counts.done).toBeGreaterThanOrEqual(doneAtKill);

    await stack.startWorker();
    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 150_000 });
    expect(batch.counts).toEqual({ queued: 0, processing: 0, done: 200, failed: 0, duplicate: 0 });
    const ids = new Set(batch.files.map((f) => f.documentId));
    expect(ids.size).toBe(200);
    expect(await stack.indexedCount()).toBe(200);
  });
});
