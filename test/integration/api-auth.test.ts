/**
 * Accounts, bearer tokens and sessions of the API against a real Redis: secrets are stored
 * hashed, roles are enforced (401 / 403 JSON), sessions expire and end on sign-out.
 * Search is the in-memory port here; the read side against real Meilisearch is api-read.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../services/api/src/app.ts';
import { createAuthStore, sha256Hex, type AuthStore } from '../../services/api/src/auth/index.ts';
import { createSilentLogger } from '../../services/api/src/logger.ts';
import {
  Hono,
  Redis,
  createMemoryDocumentStore,
  createMemorySearchIndex,
  testConfig,
} from '../../services/api/src/testing/index.ts';

let redis: InstanceType<typeof Redis>;
let auth: AuthStore;
let prefix: string;
let app: InstanceType<typeof Hono>;
const adminToken = `boot-${randomBytes(16).toString('hex')}`;

beforeAll(async () => {
  redis = new Redis(inject('redisUrl'));
  prefix = `tapi-${randomBytes(4).toString('hex')}`;
  const config = { ...testConfig, redisPrefix: prefix, sessionTtlSeconds: 600 };
  auth = createAuthStore(redis, { prefix, sessionTtlSeconds: config.sessionTtlSeconds });
  await auth.putToken(adminToken, { label: 'bootstrap', role: 'admin' });
  const uploads = new Hono();
  uploads.post('/', (c) => c.json({ reached: true }, 202));
  app = createApp({
    config,
    search: createMemorySearchIndex(),
    store: createMemoryDocumentStore(),
    redis,
    auth,
    logger: createSilentLogger(),
    ingest: { uploads, adminJobs: new Hono() },
  }) as unknown as InstanceType<typeof Hono>;
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const json = (
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function allValues(): Promise<string> {
  const keys = await redis.keys(`${prefix}:*`);
  const parts: string[] = [...keys];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'hash') parts.push(...Object.values(await redis.hgetall(key)));
    if (type === 'string') parts.push((await redis.get(key)) ?? '');
  }
  return parts.join('\n');
}

describe('accounts and tokens in Redis', () => {
  it('stores passwords with scrypt and a per-user salt, never in clear', async () => {
    const password = 'mật khẩu rất dài 1';
    for (const username of ['hoa', 'binh']) {
      const res = await app.request(
        '/api/admin/users',
        json('POST', { username, password, role: 'viewer' }, bearer(adminToken)),
      );
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ username, role: 'viewer' });
    }
    const hoa = await redis.hget(`${prefix}:auth:user:hoa`, 'passwordHash');
    const binh = await redis.hget(`${prefix}:auth:user:binh`, 'passwordHash');
    expect(hoa).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(hoa).not.toBe(binh);
    expect(await allValues()).not.toContain(password);
  });

  it('refuses a second account with the same name (409) and weak input (400)', async () => {
    const again = await app.request(
      '/api/admin/users',
      json(
        'POST',
        { username: 'hoa', password: 'x'.repeat(12), role: 'admin' },
        bearer(adminToken),
      ),
    );
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'conflict' } });
    const weak = await app.request(
      '/api/admin/users',
      json('POST', { username: 'an', password: 'ngan', role: 'root' }, bearer(adminToken)),
    );
    expect(weak.status).toBe(400);
    const body = (await weak.json()) as { error: { details: Array<{ param: string }> } };
    expect(body.error.details.map((d) => d.param).sort()).toEqual(['password', 'role', 'username']);
  });

  it('shows a new token once and keeps only its SHA-256', async () => {
    const res = await app.request(
      '/api/admin/tokens',
      json('POST', { label: 'máy quét', role: 'uploader' }, bearer(adminToken)),
    );
    expect(res.status).toBe(201);
    const { token, role } = (await res.json()) as { token: string; role: string };
    expect(role).toBe('uploader');
    const stored = await allValues();
    expect(stored).not.toContain(token);
    expect(stored).toContain(sha256Hex(token));
    const upload = await app.request('/api/uploads', {
      method: 'POST',
      headers: bearer(token),
      body: new FormData(),
    });
    expect(upload.status).toBe(202);
    const admin = await app.request(
      '/api/admin/tokens',
      json('POST', { label: 'x', role: 'admin' }, bearer(token)),
    );
    expect(admin.status).toBe(403);
  });
});

describe('access by role', () => {
  it('answers 401 JSON without credentials and with an unknown token', async () => {
    for (const headers of [{}, bearer('vb_not-a-token')]) {
      const res = await app.request('/api/search?q=a', { headers });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('answers 403 JSON to a viewer uploading', async () => {
    const { token } = await auth.issueToken({ label: 'viewer', role: 'viewer' });
    expect((await app.request('/api/search?q=a', { headers: bearer(token) })).status).toBe(200);
    const res = await app.request('/api/uploads', {
      method: 'POST',
      headers: bearer(token),
      body: new FormData(),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('sessions', () => {
  it('signs in, uses the cookie, expires in Redis, and signs out', async () => {
    const bad = await app.request(
      '/api/session',
      json('POST', { username: 'hoa', password: 'sai mật khẩu' }),
    );
    expect(bad.status).toBe(401);
    const unknown = await app.request(
      '/api/session',
      json('POST', { username: 'khong-co', password: 'mật khẩu rất dài 1' }),
    );
    expect(unknown.status).toBe(401);

    const res = await app.request(
      '/api/session',
      json('POST', { username: 'hoa', password: 'mật khẩu rất dài 1' }),
    );
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Max-Age=600/);
    const pair = setCookie.split(';')[0] ?? '';
    const sessionId = pair.split('=')[1] ?? '';
    const ttl = await redis.ttl(`${prefix}:auth:session:${sha256Hex(sessionId)}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(600);
    expect(await allValues()).not.toContain(sessionId);

    expect((await app.request('/api/search?q=a', { headers: { cookie: pair } })).status).toBe(200);
    const upload = await app.request('/api/uploads', {
      method: 'POST',
      headers: { cookie: pair },
      body: new FormData(),
    });
    expect(upload.status).toBe(403);

    expect(
      (await app.request('/api/session', { method: 'DELETE', headers: { cookie: pair } })).status,
    ).toBe(204);
    expect((await app.request('/api/search?q=a', { headers: { cookie: pair } })).status).toBe(401);
  });

  it('applies a role change to an existing session at once', async () => {
    await auth.createUser({ username: 'chi', password: 'mật khẩu rất dài 2', role: 'uploader' });
    const id = await auth.createSession('chi');
    expect((await auth.resolveSession(id))?.role).toBe('uploader');
    await redis.hset(`${prefix}:auth:user:chi`, 'role', 'viewer');
    expect((await auth.resolveSession(id))?.role).toBe('viewer');
  });
});
