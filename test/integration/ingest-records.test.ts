/**
 * The Redis records of uploads against a real Redis: dedupe of the same bytes (also when many
 * uploads race), batch counts that never drift, and file states that never go backwards.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createWorkerConnection } from '../../packages/queue/src/index.ts';
import { createRecordStore, type RecordStore } from '../../packages/storage/src/index.ts';

let redis: ReturnType<typeof createWorkerConnection>;
let store: RecordStore;
let prefix: string;

beforeAll(() => {
  redis = createWorkerConnection(inject('redisUrl'));
  prefix = `trec-${randomBytes(4).toString('hex')}`;
  store = createRecordStore(redis, { prefix });
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const hex = (n: number): string => randomBytes(n / 2).toString('hex');

describe('upload records in Redis', () => {
  it('registers the same bytes twice as one document with both names and uploads', async () => {
    const sha256 = hex(64);
    const documentId = sha256.slice(0, 24);
    const first = await store.createBatch(1);
    const second = await store.createBatch(2);
    expect(
      await store.registerDocumentFile({
        batchId: first.id,
        fileIndex: 0,
        name: 'a.pdf',
        documentId,
        sha256,
      }),
    ).toEqual({ kind: 'new', status: 'queued' });
    const again = await store.registerDocumentFile({
      batchId: second.id,
      fileIndex: 0,
      name: 'b.pdf',
      path: 'thư mục/b.pdf',
      documentId,
      sha256,
    });
    expect(again).toMatchObject({
      kind: 'existing',
      status: 'duplicate',
      owner: { batchId: first.id, fileIndex: 0 },
    });
    await store.registerFailedFile({
      batchId: second.id,
      fileIndex: 1,
      name: 'x.pdf',
      error: { code: 'unsafe_archive_path', message: 'không an toàn' },
    });
    const doc = await store.getDocument(documentId);
    expect(doc?.names).toEqual(['a.pdf', 'b.pdf']);
    expect(doc?.uploads).toEqual([first.id, second.id]);
    expect(await store.listDocumentFiles(documentId)).toEqual([
      { batchId: first.id, fileIndex: 0 },
      { batchId: second.id, fileIndex: 0 },
    ]);
    const batch = await store.getBatch(second.id);
    expect(batch?.counts).toEqual({ queued: 0, processing: 0, done: 0, failed: 1, duplicate: 1 });
    expect(batch?.status).toBe('done');
    expect(batch?.files[0]).toEqual({
      name: 'b.pdf',
      path: 'thư mục/b.pdf',
      status: 'duplicate',
      documentId,
    });
    expect((await store.getBatch(first.id))?.status).toBe('processing');
  });

  it('makes exactly one document when 20 uploads of the same bytes race', async () => {
    const sha256 = hex(64);
    const documentId = sha256.slice(0, 24);
    const batches = await Promise.all(Array.from({ length: 20 }, () => store.createBatch(1)));
    const outcomes = await Promise.all(
      batches.map((b, i) =>
        store.registerDocumentFile({
          batchId: b.id,
          fileIndex: 0,
          name: `f${i}.pdf`,
          documentId,
          sha256,
        }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === 'new')).toHaveLength(1);
    expect((await store.getDocument(documentId))?.uploads).toHaveLength(20);
  });

  it('keeps counts exact and never moves a finished file back', async () => {
    const batch = await store.createBatch(3);
    for (let i = 0; i < 3; i += 1) {
      const sha256 = hex(64);
      await store.registerDocumentFile({
        batchId: batch.id,
        fileIndex: i,
        name: `${i}.docx`,
        documentId: sha256.slice(0, 24),
        sha256,
      });
    }
    await Promise.all([0, 1, 2].map((i) => store.setFileStatus(batch.id, i, 'processing')));
    expect(await store.setFileStatus(batch.id, 0, 'done')).toBe(true);
    // a job that runs again after a crash must not undo progress
    expect(await store.setFileStatus(batch.id, 0, 'processing')).toBe(false);
    await store.setFileStatus(batch.id, 1, 'processing', {
      note: {
        attempt: 1,
        code: 'search_unavailable',
        message: 'down',
        at: new Date().toISOString(),
      },
    });
    await store.setFileStatus(batch.id, 2, 'failed', {
      error: { code: 'encrypted_document', message: 'có mật khẩu' },
    });
    let state = await store.getBatch(batch.id);
    expect(state?.counts).toEqual({ queued: 0, processing: 1, done: 1, failed: 1, duplicate: 0 });
    expect(state?.files[1]?.note?.code).toBe('search_unavailable');
    expect(state?.files[2]?.error).toEqual({ code: 'encrypted_document', message: 'có mật khẩu' });
    await store.setFileStatus(batch.id, 1, 'done');
    await store.setFileStatus(batch.id, 2, 'queued', { force: true });
    state = await store.getBatch(batch.id);
    expect(state?.counts).toEqual({ queued: 1, processing: 0, done: 2, failed: 0, duplicate: 0 });
    expect(state?.files[1]?.note).toBeUndefined();
    expect(state?.files[2]?.error).toBeUndefined();
  });

  it('answers null for an unknown batch or document', async () => {
    expect(await store.getBatch('00000000-0000-0000-0000-000000000000')).toBeNull();
    expect(await store.getDocument('f'.repeat(24))).toBeNull();
  });
});
