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
   * Meilisearch together, so their upserts go out as one task
   */
  WORKER_ACTIVE_JOBS: z.coerce.number().int().min(1).max(512).default(16),
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
