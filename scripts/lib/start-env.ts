/**
 * The environment of `npm start` (scripts/start.ts), and the environment it hands to the API and
 * the worker. Every variable the children read is checked here with the children's OWN zod
 * schemas before anything starts, so `npm start` and the services can never disagree (a
 * bootstrap token of 8 characters is refused at once, not after Meilisearch and Redis started).
 */
import { z } from 'zod';
import { apiEnvSchema, loadApiEnv } from '../../services/api/src/config.ts';
import { loadWorkerEnv, workerEnvSchema } from '../../services/worker/src/env.ts';

const port = z.coerce.number().int().min(1).max(65_535);
const emptyToUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

export const startEnvSchema = z.object({
  VANBAN_DATA_DIR: apiEnvSchema.shape.VANBAN_DATA_DIR,
  PORT: apiEnvSchema.shape.PORT,
  VANBAN_MEILI_PORT: z.preprocess(emptyToUndefined, port.default(7700)),
  VANBAN_REDIS_PORT: z.preprocess(emptyToUndefined, port.default(6379)),
  VANBAN_BOOTSTRAP_TOKEN: apiEnvSchema.shape.VANBAN_BOOTSTRAP_TOKEN,
  WORKER_CONCURRENCY: workerEnvSchema.shape.WORKER_CONCURRENCY,
  VANBAN_INDEX_PREFIX: apiEnvSchema.shape.VANBAN_INDEX_PREFIX,
  VANBAN_QUEUE_PREFIX: apiEnvSchema.shape.VANBAN_QUEUE_PREFIX,
  /** how long to wait for /readyz after the API started */
  VANBAN_READY_TIMEOUT_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().positive().default(120_000),
  ),
});
export type StartEnv = z.infer<typeof startEnvSchema>;

export class StartConfigError extends Error {
  override name = 'StartConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid environment: ${problems.join('; ')}`);
  }
}

/** Parses the variables `npm start` itself uses; throws StartConfigError listing every problem. */
export function parseStartEnv(env: Record<string, string | undefined>): StartEnv {
  const result = startEnvSchema.safeParse(env);
  if (!result.success) {
    throw new StartConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return result.data;
}

export interface ChildEnvInput {
  /** the parent's environment (passed through: LOG_LEVEL, EXTRACT_TIMEOUT_MS ...) */
  env: Record<string, string | undefined>;
  start: StartEnv;
  /** absolute data folder */
  dataDir: string;
  meiliUrl: string;
  redisUrl: string;
  /** absent while only validating, before the key file is read */
  masterKey?: string;
}

/** The environment of the API and worker children. */
export function childEnvironment(input: ChildEnvInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.env)) {
    if (value !== undefined) out[name] = value;
  }
  Object.assign(out, {
    VANBAN_DATA_DIR: input.dataDir,
    PORT: String(input.start.PORT),
    HOST: '127.0.0.1',
    MEILI_URL: input.meiliUrl,
    REDIS_URL: input.redisUrl,
    VANBAN_INDEX_PREFIX: input.start.VANBAN_INDEX_PREFIX,
    VANBAN_QUEUE_PREFIX: input.start.VANBAN_QUEUE_PREFIX,
    WORKER_CONCURRENCY: String(input.start.WORKER_CONCURRENCY),
  });
  if (input.masterKey !== undefined) out['MEILI_MASTER_KEY'] = input.masterKey;
  if (input.start.VANBAN_BOOTSTRAP_TOKEN === undefined) delete out['VANBAN_BOOTSTRAP_TOKEN'];
  else out['VANBAN_BOOTSTRAP_TOKEN'] = input.start.VANBAN_BOOTSTRAP_TOKEN;
  return out;
}

/**
 * Checks the children's environment with the API's and the worker's own schemas, so a value
 * either service would refuse stops `npm start` before any process is started.
 */
export function checkChildEnvironment(env: Record<string, string>): void {
  const problems: string[] = [];
  for (const load of [loadApiEnv, loadWorkerEnv]) {
    try {
      load(env);
    } catch (error) {
      // an AppError('config_error') from loadApiEnv / loadWorkerEnv, listing every variable
      const listed = (error as { context?: { problems?: unknown } }).context?.problems;
      if (!Array.isArray(listed)) throw error;
      problems.push(...listed.map(String));
    }
  }
  if (problems.length > 0) throw new StartConfigError([...new Set(problems)]);
}
