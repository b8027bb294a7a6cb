import { z } from 'zod';
import { AppError } from '@vanban/core';

const emptyToUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

/** The worker's environment: parsed once by main.ts, nothing else reads process.env. */
export const workerEnvSchema = z.object({
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  MEILI_URL: z.url().default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  VANBAN_DATA_DIR: z.string().min(1).default('./data'),
  VANBAN_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('vanban'),
  VANBAN_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:-]+$/)
    .default('vanban'),
  /** documents extracted and analysed at once (threads): about one per core */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /**
   * jobs a worker holds at once (at least WORKER_CONCURRENCY): jobs past extraction wait for
   * Meilisearch together, so their upserts go out as few large tasks. Throughput is about
   * jobs in flight / task latency, so this is large; memory is bounded by WORKER_INDEX_MEMORY_MB.
   */
  WORKER_ACTIVE_JOBS: z.coerce.number().int().min(1).max(10_000).default(1000),
  /** budget (MiB, estimated) of derived records a worker holds while they wait to be indexed */
  WORKER_INDEX_MEMORY_MB: z.coerce.number().int().min(8).max(8192).default(256),
  /** most documents in one Meilisearch task */
  WORKER_INDEX_BATCH: z.coerce.number().int().min(1).max(50_000).default(2000),
  /** most (estimated) MiB in one Meilisearch task (its payload limit is 100 MB by default) */
  WORKER_INDEX_BATCH_MB: z.coerce.number().int().min(1).max(90).default(32),
  /** Meilisearch tasks one worker has out at once; more documents gather meanwhile */
  WORKER_INDEX_TASKS: z.coerce.number().int().min(1).max(64).default(2),
  /** how long a document waits for others before its task is sent (when a task slot is free) */
  WORKER_INDEX_LINGER_MS: z.coerce.number().int().min(0).max(60_000).default(100),
  /** time limit for extracting + analysing one document in its isolated thread */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().positive().default(300_000),
  /** BullMQ lock duration: a job whose worker died is picked up again after about this long */
  WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(15_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export function loadWorkerEnv(env: Record<string, string | undefined>): WorkerEnv {
  const result = workerEnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('config_error', `Invalid configuration: ${problems.join('; ')}`, {
      context: { problems },
    });
  }
  return result.data;
}
