/**
 * Administration of the ingest queue (role admin, mounted at /api/admin):
 * `POST /reindex` re-derives and re-indexes every stored document, `GET /jobs/failed` lists
 * failed jobs, `POST /jobs/:id/retry` runs a failed job again.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError, NotFoundError } from '@vanban/core';
import { isJobName, type Producer } from '@vanban/queue';
import { documentIdOf, type BlobStore, type DerivedStore, type RecordStore } from '@vanban/storage';
import { parseOrThrow } from '../validation.ts';

export interface AdminJobRouteDeps {
  producer: Producer;
  records: RecordStore;
  blobs: BlobStore;
  derived: DerivedStore;
}

const listQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const ENQUEUE_CHUNK = 1000;

export function createAdminJobRoutes(deps: AdminJobRouteDeps): Hono {
  const app = new Hono();
  const queue = deps.producer.queue;

  app.post('/reindex', async (c) => {
    // the originals are the source of truth; derived records and Redis ids are added in case
    const ids = new Set<string>();
    for await (const sha256 of deps.blobs.list()) ids.add(documentIdOf(sha256));
    for (const id of await deps.derived.list()) ids.add(id);
    for (const id of await deps.records.listDocumentIds()) ids.add(id);
    const all = [...ids].sort();
    for (let i = 0; i < all.length; i += ENQUEUE_CHUNK) {
      await deps.producer.enqueueMany(
        'reindex-document',
        all.slice(i, i + ENQUEUE_CHUNK).map((documentId) => ({ documentId })),
      );
    }
    return c.json({ enqueued: all.length }, 202);
  });

  app.get('/jobs/failed', async (c) => {
    const { offset, limit } = parseOrThrow(listQuery, c.req.query());
    const [jobs, total] = await Promise.all([
      queue.getFailed(offset, offset + limit - 1),
      queue.getFailedCount(),
    ]);
    return c.json({
      total,
      jobs: jobs.map((job) => {
        const data = job.data as Record<string, unknown>;
        return {
          id: job.id,
          name: job.name,
          documentId: data['documentId'],
          batchId: data['batchId'],
          fileIndex: data['fileIndex'],
          fileName: data['name'],
          failedReason: job.failedReason,
          attemptsMade: job.attemptsMade,
          finishedOn: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
        };
      }),
    });
  });

  app.post('/jobs/:id/retry', async (c) => {
    const id = c.req.param('id');
    const job = await queue.getJob(id);
    if (!job || !isJobName(job.name)) throw new NotFoundError(`Không tìm thấy công việc ${id}.`);
    const state = await job.getState();
    if (state !== 'failed') {
      throw new AppError('conflict', `Công việc ${id} không ở trạng thái lỗi (hiện: ${state}).`);
    }
    const data = job.data as { batchId?: string; fileIndex?: number; documentId?: string };
    if (data.documentId) await deps.records.setDocumentStatus(data.documentId, 'queued');
    if (data.batchId !== undefined && data.fileIndex !== undefined) {
      await deps.records.setFileStatus(data.batchId, data.fileIndex, 'queued', { force: true });
    }
    await job.retry('failed');
    return c.json({ id, status: 'queued' }, 202);
  });

  return app;
}
