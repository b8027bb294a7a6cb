/**
 * Several workers at once on one Redis and one Meilisearch (design.md: nothing assumes a single
 * worker): both take jobs from the same queue and every file ends indexed exactly once.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeManyZip } from '../../fixtures/scripts/make-many.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

const COUNT = 60;

let stack: Stack;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vanban-workers-'));
  // each worker holds a few jobs at a time, so neither can take the whole batch alone
  stack = await startStack({ workers: 2, workerConcurrency: 1, env: { WORKER_ACTIVE_JOBS: '4' } });
});
afterAll(async () => {
  await stack?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('two workers', () => {
  it('share one batch and index every file exactly once', async () => {
    const upload = await stack.uploadFiles([{ path: await makeManyZip(dir, COUNT) }]);
    expect(upload.files).toHaveLength(COUNT);
    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 150_000 });
    expect(batch.counts).toEqual({
      queued: 0,
      processing: 0,
      done: COUNT,
      failed: 0,
      duplicate: 0,
    });
    expect(new Set(batch.files.map((f) => f.documentId)).size).toBe(COUNT);
    expect(await stack.indexedCount()).toBe(COUNT);

    // both workers did part of the work, and no job ran twice
    const jobsDone = await Promise.all(
      stack.workers.map(async (w) =>
        (await readFile(w.logFile, 'utf8'))
          .split('\n')
          .filter((l) => l.includes('"msg":"job done"'))
          .map((l) => (JSON.parse(l) as { jobId?: string }).jobId),
      ),
    );
    for (const done of jobsDone) expect(done.length).toBeGreaterThan(0);
    const all = jobsDone.flat();
    expect(all).toHaveLength(COUNT);
    expect(new Set(all).size).toBe(COUNT);
  });
});
