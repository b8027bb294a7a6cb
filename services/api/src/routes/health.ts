import { Hono } from 'hono';
import type { Redis } from 'ioredis';
import { AppError } from '@vanban/core';
import type { SearchIndexPort } from '../ports.ts';
import type { Logger } from '../logger.ts';

export interface HealthDeps {
  redis: Pick<Redis, 'ping'>;
  search: Pick<SearchIndexPort, 'health'>;
  logger: Logger;
  /** how long each dependency may take to answer (default 2000 ms) */
  timeoutMs?: number;
}

type CheckResult = 'ok' | 'fail';

async function check(run: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const result = await Promise.race([run(), timeout]);
    return result === false ? 'fail' : 'ok';
  } catch {
    return 'fail';
  } finally {
    clearTimeout(timer);
  }
}

/** `GET /healthz`: the process answers. `GET /readyz`: Redis and Meilisearch answer too. */
export function createHealthRoutes(deps: HealthDeps): Hono {
  const timeoutMs = deps.timeoutMs ?? 2000;
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const [redis, meilisearch] = await Promise.all([
      check(async () => (await deps.redis.ping()) === 'PONG', timeoutMs),
      check(() => deps.search.health(), timeoutMs),
    ]);
    const checks = { redis, meilisearch };
    if (redis === 'ok' && meilisearch === 'ok') return c.json({ status: 'ready', checks });
    deps.logger.warn('not ready', { checks });
    throw new AppError('not_ready', 'Redis or Meilisearch did not answer', {
      context: { details: { checks } },
    });
  });
  return app;
}
