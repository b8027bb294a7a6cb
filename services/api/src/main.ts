/**
 * Composition root of the API: the only place that reads process.env. Parses the configuration
 * once, connects to Redis and Meilisearch, applies the index settings, builds the app and serves
 * it on 127.0.0.1:PORT until SIGINT/SIGTERM.
 */
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Redis } from 'ioredis';
import { isAppError } from '@vanban/core';
import { createProducer, createProducerConnection } from '@vanban/queue';
import { createSearchIndex } from '@vanban/search';
import { createBlobStore, createDerivedStore, createRecordStore } from '@vanban/storage';
import { createDocumentStore } from './adapters/document-store.ts';
import { createApp } from './app.ts';
import { createAuthStore } from './auth/index.ts';
import { createAdminJobRoutes } from './routes/admin-jobs.ts';
import { createUploadRoutes } from './routes/uploads.ts';
import { apiConfigFromEnv, loadApiEnv } from './config.ts';
import { createJsonLogger, type Logger } from './logger.ts';

/** Dependencies may start a moment after the API (compose, systemd): retry for about 30 s. */
async function retry<T>(
  what: string,
  run: () => Promise<T>,
  logger: Logger,
  attempts = 30,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
      logger.warn(`${what} not reachable yet, retrying`, {
        attempt,
        error: (error as Error).message,
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function main(): Promise<void> {
  const env = loadApiEnv(process.env);
  const logger = createJsonLogger({ level: env.LOG_LEVEL, fields: { service: 'api' } });
  const config = apiConfigFromEnv(env);
  const dataDir = resolve(env.VANBAN_DATA_DIR);

  const redis = new Redis(env.REDIS_URL, {
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    connectionName: 'vanban-api',
  });
  redis.on('error', (error: Error) => logger.warn('redis error', { error: error.message }));
  await retry('Redis', () => redis.ping(), logger);

  const search = createSearchIndex({
    url: env.MEILI_URL,
    apiKey: env.MEILI_MASTER_KEY,
    prefix: env.VANBAN_INDEX_PREFIX,
  });
  await retry('Meilisearch', () => search.ensureIndex(), logger);

  const auth = createAuthStore(redis, {
    prefix: config.redisPrefix,
    sessionTtlSeconds: config.sessionTtlSeconds,
  });
  if (env.VANBAN_BOOTSTRAP_TOKEN) {
    await auth.putToken(env.VANBAN_BOOTSTRAP_TOKEN, { label: 'bootstrap', role: 'admin' });
    logger.info('bootstrap admin token installed');
  }

  const blobs = createBlobStore(join(dataDir, 'blobs'));
  const derived = createDerivedStore(join(dataDir, 'derived'));
  const records = createRecordStore(redis, { prefix: env.VANBAN_QUEUE_PREFIX });
  const producerConnection = createProducerConnection(env.REDIS_URL, {
    connectionName: 'vanban-api-producer',
  });
  producerConnection.on('error', (error: Error) =>
    logger.warn('redis (queue) error', { error: error.message }),
  );
  const producer = createProducer({
    connection: producerConnection,
    prefix: env.VANBAN_QUEUE_PREFIX,
  });
  const app = createApp({
    config,
    search,
    store: createDocumentStore({ blobs, derived }),
    redis,
    auth,
    logger,
    ingest: {
      uploads: createUploadRoutes({ blobs, records, producer }),
      adminJobs: createAdminJobRoutes({ producer, records, blobs, derived }),
    },
  });

  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    logger.info('listening', { host: info.address, port: info.port });
  });

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    logger.info('shutting down', { signal });
    const force = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close((error) => {
      void producer
        .close()
        .catch((closeError: unknown) => logger.warn('queue close failed', { error: closeError }))
        .finally(() => {
          producerConnection.disconnect();
          redis.disconnect();
          if (error) logger.error('server close failed', { error });
          process.exit(error ? 1 : 0);
        });
    });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = isAppError(error) ? `${error.code}: ${error.message}` : String(error);
  process.stderr.write(`vanban api: failed to start: ${message}\n`);
  process.exit(1);
});
