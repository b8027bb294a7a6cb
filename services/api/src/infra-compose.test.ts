/**
 * infra/docker-compose.yml and infra/Dockerfile, checked without a Docker engine: the YAML
 * parses strictly, every image is pinned, Redis persists (append-only, noeviction) on a volume,
 * and the environment compose gives the API and the worker is accepted by their own zod schemas.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { loadWorkerEnv, workerEnvSchema } from '../../worker/src/env.ts';
import { apiEnvSchema, loadApiEnv } from './config.ts';

const infra = resolve(import.meta.dirname, '..', '..', '..', 'infra');

const service = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), dockerfile: z.string() }).optional(),
  command: z.array(z.string()).optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  volumes: z.array(z.string()).optional(),
  ports: z.array(z.string()).optional(),
  restart: z.string().optional(),
  healthcheck: z
    .object({ test: z.array(z.string()) })
    .passthrough()
    .optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
});
const composeSchema = z.object({
  name: z.string(),
  services: z.object({
    meilisearch: service,
    redis: service,
    api: service,
    worker: service,
  }),
  volumes: z.record(z.string(), z.unknown()),
});
type Compose = z.infer<typeof composeSchema>;

async function loadCompose(): Promise<Compose> {
  const text = await readFile(join(infra, 'docker-compose.yml'), 'utf8');
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true });
  expect(doc.errors.map(String)).toEqual([]);
  expect(doc.warnings.map(String)).toEqual([]);
  return composeSchema.parse(doc.toJS({ maxAliasCount: 10 }));
}

/** `${NAME:-default}` → default (or `sample[NAME]`), `${NAME:?msg}` / `${NAME}` → sample[NAME]. */
function interpolate(value: string, sample: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, op, arg) => {
    if (sample[name] !== undefined) return sample[name];
    if (op === '-') return String(arg);
    return '';
  });
}

function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1] ?? ''))].sort();
}

describe('infra/docker-compose.yml', () => {
  it('parses strictly and runs the four services', async () => {
    const compose = await loadCompose();
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'meilisearch', 'redis', 'worker']);
    for (const s of Object.values(compose.services)) expect(s.restart).toBe('unless-stopped');
  });

  it('pins every image to an exact version (Meilisearch 1.21, as npm start uses)', async () => {
    const { services } = await loadCompose();
    expect(services.meilisearch.image).toMatch(/^getmeili\/meilisearch:v1\.21\.\d+$/);
    expect(services.redis.image).toMatch(/^redis:\d+\.\d+\.\d+(-[a-z]+)?$/);
    // the API and the worker share one image built from infra/Dockerfile
    expect(services.api.build).toEqual({ context: '..', dockerfile: 'infra/Dockerfile' });
    expect(services.worker.image).toBe(services.api.image);
    const dockerfile = await readFile(join(infra, 'Dockerfile'), 'utf8');
    const from = dockerfile.split('\n').filter((l) => l.startsWith('FROM '));
    expect(from).toHaveLength(1);
    expect(from[0]).toMatch(/^FROM node:20\.\d+\.\d+-bookworm-slim$/);
    expect(dockerfile).toMatch(/npm install -g pnpm@\d+\.\d+\.\d+\b/);
  });

  it('keeps Redis append-only with noeviction, on a volume', async () => {
    const { services, volumes } = await loadCompose();
    const args = services.redis.command ?? [];
    const flag = (name: string) => args[args.indexOf(name) + 1];
    expect(args[0]).toBe('redis-server');
    expect(flag('--appendonly')).toBe('yes');
    expect(flag('--maxmemory-policy')).toBe('noeviction');
    expect(flag('--appendfsync')).toMatch(/^(everysec|always)$/);
    const dataVolume = services.redis.volumes?.find((v) => v.endsWith(':/data'));
    expect(dataVolume).toBeDefined();
    expect(Object.keys(volumes)).toContain(dataVolume?.split(':')[0]);
    // Meilisearch's database is on a volume too
    expect(services.meilisearch.volumes).toContain('meili_data:/meili_data');
  });

  it('binds every port to 127.0.0.1 and checks the API with /readyz', async () => {
    const { services } = await loadCompose();
    for (const [name, s] of Object.entries(services)) {
      for (const port of s.ports ?? []) expect(port, name).toMatch(/^'?127\.0\.0\.1:/);
    }
    expect(services.api.healthcheck?.test.join(' ')).toContain('/readyz');
    expect(services.api.depends_on).toMatchObject({
      meilisearch: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
  });

  it('gives the API and the worker the same data volume and an environment their schemas accept', async () => {
    const { services } = await loadCompose();
    expect(services.worker.volumes).toEqual(services.api.volumes);
    expect(services.worker.environment).toEqual(services.api.environment);
    const known = new Set([
      ...Object.keys(apiEnvSchema.shape),
      ...Object.keys(workerEnvSchema.shape),
    ]);
    const env = services.api.environment ?? {};
    for (const name of Object.keys(env)) expect(known, `unknown variable ${name}`).toContain(name);

    const sample = { MEILI_MASTER_KEY: 'k'.repeat(32) };
    const resolved = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, interpolate(String(v), sample)]),
    );
    expect(resolved).toMatchObject({
      VANBAN_DATA_DIR: '/data',
      MEILI_URL: 'http://meilisearch:7700',
      REDIS_URL: 'redis://redis:6379',
    });
    const api = loadApiEnv(resolved);
    expect(api.HOST).toBe('0.0.0.0');
    expect(api.VANBAN_BOOTSTRAP_TOKEN).toBeUndefined();
    expect(api.MEILI_MASTER_KEY).toBe(sample.MEILI_MASTER_KEY);
    expect(loadWorkerEnv(resolved).WORKER_CONCURRENCY).toBe(2);
    // a bootstrap token set in infra/.env reaches the API as is
    const withToken = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [
        k,
        interpolate(String(v), { ...sample, VANBAN_BOOTSTRAP_TOKEN: 't'.repeat(24) }),
      ]),
    );
    expect(loadApiEnv(withToken).VANBAN_BOOTSTRAP_TOKEN).toBe('t'.repeat(24));
  });

  it('lists every variable it reads in infra/.env.example', async () => {
    const compose = await readFile(join(infra, 'docker-compose.yml'), 'utf8');
    const example = await readFile(join(infra, '.env.example'), 'utf8');
    const listed = new Set(
      example
        .split('\n')
        .map((l) => /^([A-Z0-9_]+)=/.exec(l)?.[1])
        .filter((n): n is string => n !== undefined),
    );
    for (const name of variablesIn(compose)) expect(listed, name).toContain(name);
  });
});
