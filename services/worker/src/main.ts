/**
 * The ingest worker: takes `process-file` and `reindex-document` jobs from the BullMQ queue,
 * extracts and analyses each document in an isolated thread, writes the derived record and
 * upserts it into Meilisearch. Several workers may run against one Redis and one Meilisearch.
 */
import { join } from 'node:path';
import { Worker } from 'bullmq';
import { QUEUE_NAME, createWorkerConnection } from '@vanban/queue';
import { createBlobStore, createDerivedStore, createRecordStore } from '@vanban/storage';
import { loadWorkerEnv } from './env.ts';
import { createExtractPool } from './extract/extract-pool.ts';
import { createJsonLogger } from './logger.ts';
import { createProcessor } from './processor.ts';
import { createSearchSink } from './search-sink.ts';

const env = loadWorkerEnv(process.env);
const logger = createJsonLogger({
  level: env.LOG_LEVEL,
  fields: { service: 'worker', pid: process.pid },
});

process.on('unhandledRejection', (reason) => {
  logger.error('unhandled rejection', { error: reason });
  process.exit(1);
});

const dataDir = env.VANBAN_DATA_DIR;
// status updates of many concurrent jobs share round trips (ioredis auto-pipelining)
const redis = createWorkerConnection(env.REDIS_URL, {
  connectionName: 'vanban-worker-records',
  autoPipelining: true,
});
redis.on('error', (error) => logger.warn('redis connection error', { error: error.message }));
const records = createRecordStore(redis, { prefix: env.VANBAN_QUEUE_PREFIX });
const blobs = createBlobStore(join(dataDir, 'blobs'));
// derived records are a cache rebuilt from the blobs: no fsync per document (derived-store.ts)
const derived = createDerivedStore(join(dataDir, 'derived'), { durable: false });
const search = createSearchSink({
  url: env.MEILI_URL,
  apiKey: env.MEILI_MASTER_KEY,
  prefix: env.VANBAN_INDEX_PREFIX,
  batching: {
    maxBatch: env.WORKER_INDEX_BATCH,
    maxBatchBytes: env.WORKER_INDEX_BATCH_MB * 1024 * 1024,
    lingerMs: env.WORKER_INDEX_LINGER_MS,
    maxInFlight: env.WORKER_INDEX_TASKS,
    maxHeldBytes: env.WORKER_INDEX_MEMORY_MB * 1024 * 1024,
  },
});
const pool = createExtractPool({ size: env.WORKER_CONCURRENCY, timeoutMs: env.EXTRACT_TIMEOUT_MS });

await ensureIndexWithRetry();

const activeJobs = Math.max(env.WORKER_CONCURRENCY, env.WORKER_ACTIVE_JOBS);

const worker = new Worker(
  QUEUE_NAME,
  createProcessor({ blobs, derived, pool, records, search, logger }),
  {
    connection: createWorkerConnection(env.REDIS_URL, { connectionName: 'vanban-worker' }),
    prefix: env.VANBAN_QUEUE_PREFIX,
    // jobs past extraction wait for Meilisearch together: more in flight than threads
    concurrency: activeJobs,
    lockDuration: env.WORKER_LOCK_DURATION_MS,
    stalledInterval: env.WORKER_STALLED_INTERVAL_MS,
    maxStalledCount: 3,
    removeOnComplete: { count: 0 },
    removeOnFail: { count: 100_000 },
  },
);
worker.on('error', (error) => logger.error('worker error', { error }));
worker.on('failed', (job, error) => {
  logger.warn('job failed', {
    jobId: job?.id,
    jobName: job?.name,
    documentId: (job?.data as { documentId?: string } | undefined)?.documentId,
    attempt: job?.attemptsMade,
    error: error.message,
  });
});
worker.on('stalled', (jobId) => logger.warn('job stalled, will run again', { jobId }));
logger.info('worker started', {
  concurrency: env.WORKER_CONCURRENCY,
  activeJobs,
  indexBatch: env.WORKER_INDEX_BATCH,
  indexTasks: env.WORKER_INDEX_TASKS,
  indexMemoryMb: env.WORKER_INDEX_MEMORY_MB,
  queuePrefix: env.VANBAN_QUEUE_PREFIX,
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  const force = setTimeout(() => {
    logger.error('shutdown took too long, exiting');
    process.exit(1);
  }, 30_000);
  force.unref();
  try {
    await worker.close();
    await pool.close();
    await redis.quit();
    logger.info('stopped');
    process.exit(0);
  } catch (error) {
    logger.error('error during shutdown', { error });
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

/** Meilisearch may come up after the worker: wait for it instead of crashing. */
async function ensureIndexWithRetry(): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await search.ensureIndex();
      return;
    } catch (error) {
      if (attempt >= 30) throw error;
      logger.warn('search index not ready, retrying', { attempt, error: (error as Error).message });
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * attempt, 5000)));
    }
  }
}
