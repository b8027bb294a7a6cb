import { UnrecoverableError, type Job } from 'bullmq';
import { AppError } from '@vanban/core';
import {
  JOBS,
  isJobName,
  type ProcessFilePayload,
  type ReindexDocumentPayload,
} from '@vanban/queue';
import type { RecordStore } from '@vanban/storage';
import { deriveDocument, type DeriveDeps } from './derive.ts';
import type { Logger } from './logger.ts';
import type { SearchSink } from './ports.ts';

export interface ProcessorDeps extends DeriveDeps {
  records: RecordStore;
  search: SearchSink;
  logger: Logger;
}

/** Anything that is not a permanent AppError is treated as transient (retry with backoff). */
function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('internal_error', message, { retryable: true, cause: error });
}

function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** The BullMQ processor of the ingest queue: dispatches on the catalog job name. */
export function createProcessor(deps: ProcessorDeps): (job: Job) => Promise<unknown> {
  return async (job) => {
    const name = job.name;
    if (!isJobName(name)) throw new UnrecoverableError(`unknown job name ${name}`);
    const parsed = JOBS[name].schema.safeParse(job.data);
    if (!parsed.success) {
      deps.logger.error('invalid job payload', { jobId: job.id, jobName: name });
      throw new UnrecoverableError(`invalid payload for ${name}: ${parsed.error.message}`);
    }
    const log = deps.logger.child({
      jobId: job.id,
      jobName: name,
      documentId: parsed.data.documentId,
      attempt: job.attemptsMade + 1,
    });
    const started = performance.now();
    log.debug('job started');
    const result =
      name === 'process-file'
        ? await processFile(deps, job, parsed.data as ProcessFilePayload, log)
        : await reindexDocument(deps, job, parsed.data as ReindexDocumentPayload, log);
    log.info('job done', { ms: Math.round(performance.now() - started), ...result });
    return result;
  };
}

async function processFile(
  deps: ProcessorDeps,
  job: Job,
  data: ProcessFilePayload,
  log: Logger,
): Promise<{
  reused: boolean;
  chars: number;
  admitMs: number;
  deriveMs: number;
  indexMs: number;
}> {
  const { batchId, fileIndex, documentId, sha256 } = data;
  // independent commands: issued together (one round trip on an auto-pipelined connection)
  const [, , meta] = await Promise.all([
    deps.records.setFileStatus(batchId, fileIndex, 'processing'),
    deps.records.setDocumentStatus(documentId, 'processing'),
    deps.records.getDocument(documentId),
  ]);
  const t0 = performance.now();
  const admission = await deps.search.admit();
  try {
    const names = meta?.names.length ? meta.names : [data.name];
    const t1 = performance.now();
    const { record, reused } = await deriveDocument(deps, { documentId, sha256, names });
    const t2 = performance.now();
    await admission.upsert(record);
    const indexMs = Math.round(performance.now() - t2);
    // the document first, then its file: a file is never done before its document
    await deps.records.setDocumentStatus(documentId, 'done');
    await deps.records.setFileStatus(batchId, fileIndex, 'done');
    return {
      reused,
      chars: record.text.length,
      admitMs: Math.round(t1 - t0),
      deriveMs: Math.round(t2 - t1),
      indexMs,
    };
  } catch (error) {
    const appError = asAppError(error);
    const fileError = { code: appError.code, message: appError.message };
    if (!appError.retryable || isLastAttempt(job)) {
      log.warn('document failed', { code: appError.code, retryable: appError.retryable, error });
      await deps.records.setDocumentStatus(documentId, 'failed', fileError);
      await deps.records.setFileStatus(batchId, fileIndex, 'failed', { error: fileError });
      // files that uploaded the same bytes meanwhile were reported `duplicate`: they failed too
      for (const ref of await deps.records.listDocumentFiles(documentId)) {
        if (ref.batchId === batchId && ref.fileIndex === fileIndex) continue;
        await deps.records.setFileStatus(ref.batchId, ref.fileIndex, 'failed', {
          error: fileError,
        });
      }
      if (!appError.retryable) throw new UnrecoverableError(appError.message);
      throw error;
    }
    log.warn('attempt failed, will retry', { code: appError.code, error });
    await deps.records.setFileStatus(batchId, fileIndex, 'processing', {
      note: { attempt: job.attemptsMade + 1, ...fileError, at: new Date().toISOString() },
    });
    throw error;
  } finally {
    admission.release();
  }
}

async function reindexDocument(
  deps: ProcessorDeps,
  job: Job,
  data: ReindexDocumentPayload,
  log: Logger,
): Promise<{ reused: boolean; chars: number }> {
  const meta = await deps.records.getDocument(data.documentId);
  const fromDisk = meta ? null : await deps.derived.get(data.documentId);
  const sha256 =
    meta?.sha256 ??
    fromDisk?.sha256 ??
    (await deps.blobs.findByPrefix(data.documentId)) ??
    undefined;
  if (sha256 === undefined) {
    throw new UnrecoverableError(`document ${data.documentId} is not known`);
  }
  const names = meta?.names.length ? meta.names : (fromDisk?.names ?? []);
  const admission = await deps.search.admit();
  try {
    const { record, reused } = await deriveDocument(deps, {
      documentId: data.documentId,
      sha256,
      names,
    });
    await admission.upsert(record);
    if (meta) await deps.records.setDocumentStatus(data.documentId, 'done');
    return { reused, chars: record.text.length };
  } catch (error) {
    const appError = asAppError(error);
    if (!appError.retryable) {
      log.warn('reindex failed', { code: appError.code });
      if (meta) {
        await deps.records.setDocumentStatus(data.documentId, 'failed', {
          code: appError.code,
          message: appError.message,
        });
      }
      throw new UnrecoverableError(appError.message);
    }
    if (isLastAttempt(job)) log.warn('reindex failed after last attempt', { code: appError.code });
    throw error;
  } finally {
    admission.release();
  }
}
