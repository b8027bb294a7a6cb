/**
 * Upload routes (design.md "HTTP API"): `POST /api/uploads` stores each file (zip members each
 * as their own file) in the blob store, registers it in its batch and enqueues one job per new
 * document; `GET /api/uploads/:batchId` answers the batch's progress. Mounted by app.ts behind
 * the `uploader` role and the upload size limit.
 */
import { Hono } from 'hono';
import { AppError, EmptyDocumentError, NotFoundError, ValidationError } from '@vanban/core';
import { expandArchive, sniffType, type ArchiveLimits } from '@vanban/extract';
import type { ProcessFilePayload, Producer } from '@vanban/queue';
import { documentIdOf, type BlobStore, type RecordStore } from '@vanban/storage';

export interface UploadRouteDeps {
  blobs: BlobStore;
  records: RecordStore;
  producer: Producer;
  archiveLimits?: Partial<ArchiveLimits>;
}

type Incoming =
  | { name: string; path?: string; bytes: Uint8Array }
  | { name: string; path?: string; error: { code: string; message: string } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `a/b/c.pdf` → name `c.pdf`, path `a/b/c.pdf`; backslashes and empty/dot segments dropped. */
export function splitUploadName(raw: string): { name: string; path?: string } {
  const segments = raw
    .normalize('NFC')
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..');
  const name = segments.at(-1) ?? 'tệp không tên';
  return segments.length > 1 ? { name, path: segments.join('/') } : { name };
}

function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'corrupt_document', message: 'Không đọc được tệp.' };
}

async function expandUpload(
  file: File,
  limits: Partial<ArchiveLimits> | undefined,
): Promise<Incoming[]> {
  const named = splitUploadName(file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) {
    return [{ ...named, error: errorOf(new EmptyDocumentError('Tệp rỗng (0 byte).')) }];
  }
  if (sniffType(bytes).kind !== 'zip') return [{ ...named, bytes }];
  try {
    const members = await expandArchive(bytes, limits ?? {});
    const prefix = named.path === undefined ? '' : `${named.path.replace(/\.zip$/i, '')}/`;
    return members.map((member) => {
      const split = splitUploadName(`${prefix}${member.path}`);
      const entry = { name: split.name, path: split.path ?? split.name };
      return 'error' in member
        ? { ...entry, error: member.error }
        : { ...entry, bytes: member.bytes };
    });
  } catch (error) {
    // the archive as a whole was refused (bomb, corrupt central directory, empty)
    return [{ ...named, error: errorOf(error) }];
  }
}

export function createUploadRoutes(deps: UploadRouteDeps): Hono {
  const app = new Hono();

  app.post('/', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const raw = body['file'];
    const files = (Array.isArray(raw) ? raw : [raw]).filter((v): v is File => v instanceof File);
    if (files.length === 0) {
      throw new ValidationError('Cần ít nhất một trường "file" (multipart/form-data).', {
        context: { details: [{ param: 'file', message: 'required' }] },
      });
    }
    const incoming: Incoming[] = [];
    for (const file of files) incoming.push(...(await expandUpload(file, deps.archiveLimits)));

    const batch = await deps.records.createBatch(incoming.length);
    const newJobs: ProcessFilePayload[] = [];
    const ownerJobs: ProcessFilePayload[] = [];
    const reindex: string[] = [];
    const stored: Array<{ fileIndex: number; name: string; path?: string; bytes: Uint8Array }> = [];
    for (const [fileIndex, entry] of incoming.entries()) {
      const where = entry.path === undefined ? {} : { path: entry.path };
      if ('error' in entry) {
        await deps.records.registerFailedFile({
          batchId: batch.id,
          fileIndex,
          name: entry.name,
          ...where,
          error: entry.error,
        });
        continue;
      }
      stored.push({ fileIndex, name: entry.name, ...where, bytes: entry.bytes });
    }
    // every blob on disk (fsynced) before any is registered; the whole upload's blobs at once so
    // their fsyncs share journal commits, and their registrations in one Redis round trip
    const blobs = await deps.blobs.putMany(stored.map((entry) => entry.bytes));
    const registrations = stored.map(({ bytes: _bytes, ...entry }, i) => {
      const sha256 = blobs[i]!.sha256;
      return { batchId: batch.id, ...entry, documentId: documentIdOf(sha256), sha256 };
    });
    const outcomes = await deps.records.registerDocumentFiles(registrations);
    for (const [i, outcome] of outcomes.entries()) {
      const { fileIndex, name, documentId, sha256 } = registrations[i]!;
      if (outcome.kind === 'new') {
        newJobs.push({ batchId: batch.id, fileIndex, documentId, sha256, name });
      } else if (outcome.documentStatus === 'done') {
        // refresh the document's file names in the index
        reindex.push(documentId);
      } else if (outcome.documentStatus !== 'failed') {
        // the original job may have been lost (crash between register and enqueue): the
        // deterministic job id makes this a no-op when it still exists
        ownerJobs.push({ ...outcome.owner, documentId, sha256, name });
      }
    }
    await deps.producer.enqueueMany('process-file', [...newJobs, ...ownerJobs]);
    await deps.producer.enqueueMany(
      'reindex-document',
      reindex.map((documentId) => ({ documentId })),
    );

    const state = await deps.records.getBatch(batch.id);
    return c.json(
      {
        batchId: batch.id,
        files: (state?.files ?? []).map((f) => ({
          name: f.name,
          ...(f.path === undefined ? {} : { path: f.path }),
          status: f.status,
          ...(f.documentId === undefined ? {} : { documentId: f.documentId }),
          ...(f.error === undefined ? {} : { error: f.error }),
        })),
      },
      202,
    );
  });

  app.get('/:batchId', async (c) => {
    const batchId = c.req.param('batchId');
    const batch = UUID.test(batchId) ? await deps.records.getBatch(batchId) : null;
    if (!batch) throw new NotFoundError(`Không tìm thấy lượt tải lên ${batchId}.`);
    return c.json({
      batchId: batch.id,
      createdAt: batch.createdAt,
      status: batch.status,
      counts: batch.counts,
      files: batch.files,
    });
  });

  return app;
}
