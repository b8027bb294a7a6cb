import { z } from 'zod';
import { AppError } from '@vanban/core';

const emptyToUndefined = (v: unknown): unknown => (v === '' ? undefined : v);

/** The API's environment (read only by main.ts, parsed once at start). */
export const apiEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  VANBAN_DATA_DIR: z.string().min(1).default('./data'),
  MEILI_URL: z.url().default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  VANBAN_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('vanban'),
  VANBAN_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:-]+$/)
    .default('vanban'),
  /** an admin bearer token installed at start; short tokens are refused (they can be guessed) */
  VANBAN_BOOTSTRAP_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().min(16, 'must be at least 16 characters (e.g. `openssl rand -hex 24`)').optional(),
  ),
  VANBAN_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
  VANBAN_SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60 * 60),
  VANBAN_COOKIE_SECURE: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});
export type ApiEnv = z.infer<typeof apiEnvSchema>;

/** The slice of configuration createApp needs. */
export interface ApiConfig {
  maxUploadBytes: number;
  sessionTtlSeconds: number;
  cookieSecure: boolean;
  /** Redis key namespace for users, tokens and sessions */
  redisPrefix: string;
}

/** Parses the environment; throws one config_error listing every invalid variable. */
export function loadApiEnv(env: Record<string, string | undefined>): ApiEnv {
  const result = apiEnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('config_error', `Invalid configuration: ${problems.join('; ')}`, {
      context: { problems },
    });
  }
  return result.data;
}

export function apiConfigFromEnv(env: ApiEnv): ApiConfig {
  return {
    maxUploadBytes: env.VANBAN_MAX_UPLOAD_BYTES,
    sessionTtlSeconds: env.VANBAN_SESSION_TTL_SECONDS,
    cookieSecure: env.VANBAN_COOKIE_SECURE === 'true',
    redisPrefix: env.VANBAN_QUEUE_PREFIX,
  };
}
