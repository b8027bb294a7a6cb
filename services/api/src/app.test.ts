import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Citation } from '@vanban/analysis';
import { createApp, type AppDeps } from './app.ts';
import { createJsonLogger } from './logger.ts';
import type { DerivedRecord, IndexedDocument } from './ports.ts';
import {
  createMemoryAuthStore,
  createMemoryDocumentStore,
  createMemorySearchIndex,
  testConfig,
} from './testing/fakes.ts';

function citation(key: string, start: number, fields: Partial<Citation> = {}): Citation {
  const surface = `Kế hoạch số ${key}`;
  return {
    surface,
    start,
    end: start + surface.length,
    type: 'Kế hoạch',
    number: key.split(/[-/]/)[0] ?? '',
    symbol: key.replace(/^\d+[-/]/, ''),
    yearInNumber: null,
    key,
    date: null,
    issuer: null,
    subject: null,
    relation: 'implements',
    ...fields,
  };
}

const citing: IndexedDocument = {
  id: 'a'.repeat(24),
  title: 'Báo cáo kết quả',
  docType: 'Báo cáo',
  ownNumber: null,
  issuer: "Ủy ban nhân dân huyện Ia H'Drai",
  date: null,
  year: 2023,
  text: 'Kế hoạch số 102-KH/TU',
  citedKeys: ['102-KH/TU'],
  citations: [citation('102-KH/TU', 0, { date: '2019-07-10', issuer: 'Ban Thường vụ Tỉnh ủy' })],
};
const otherCiting: IndexedDocument = {
  ...citing,
  id: 'b'.repeat(24),
  year: 2019,
  citations: [citation('102-KH/TU', 0, { date: '2018-10-22', issuer: 'Ban Thường vụ Tỉnh ủy' })],
};

function setup(records: DerivedRecord[] = []) {
  const auth = createMemoryAuthStore();
  auth.tokens.set('viewer-token', { label: 'v', role: 'viewer' });
  auth.tokens.set('uploader-token', { label: 'u', role: 'uploader' });
  auth.tokens.set('admin-token', { label: 'a', role: 'admin' });
  const search = createMemorySearchIndex([citing, otherCiting]);
  let pingOk = true;
  const reached = new Hono();
  reached.all('*', (c) => c.json({ reached: true }, 299 as 200));
  const lines: string[] = [];
  const deps: AppDeps = {
    config: testConfig,
    search,
    store: createMemoryDocumentStore(records),
    redis: {
      ping: async () => {
        if (!pingOk) throw new Error('ECONNREFUSED 127.0.0.1:6379');
        return 'PONG';
      },
    },
    auth,
    logger: createJsonLogger({ write: (line) => lines.push(line) }),
    // Stand-ins that record being reached: these tests check the access and size checks in
    // front of the ingest routes (the routes themselves are exercised in test/integration).
    ingest: { uploads: reached, adminJobs: reached },
  };
  const app = createApp(deps);
  const get = (path: string, token?: string) =>
    app.request(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { app, search, auth, get, lines, setPing: (ok: boolean) => (pingOk = ok) };
}

describe('health', () => {
  it('answers liveness without credentials', async () => {
    const { get } = setup();
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is ready only when Redis and Meilisearch both answer', async () => {
    const s = setup();
    expect((await s.get('/readyz')).status).toBe(200);
    s.setPing(false);
    const down = await s.get('/readyz');
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      error: { code: 'not_ready', details: { checks: { redis: 'fail', meilisearch: 'ok' } } },
    });
    s.setPing(true);
    s.search.healthy = false;
    expect((await s.get('/readyz')).status).toBe(503);
  });
});

describe('error bodies', () => {
  it('answers unknown paths with the JSON error body', async () => {
    const res = await setup().get('/api/nope', 'viewer-token');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('never sends internal messages for 5xx', async () => {
    const s = setup();
    s.search.failWith = new Error('connect ECONNREFUSED masterKey=secret-key');
    const res = await s.get('/api/search?q=x', 'viewer-token');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: 'Lỗi máy chủ nội bộ.' },
    });
  });

  it('answers malformed JSON with 400 JSON', async () => {
    const res = await setup().app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'validation_error' } });
  });

  it('writes one JSON log line per request, with its request id and without the query', async () => {
    const s = setup();
    const res = await s.get('/api/search?q=b%C3%AD+m%E1%BA%ADt', 'viewer-token');
    const line = JSON.parse(s.lines.find((l) => l.includes('"msg":"request"')) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(line).toMatchObject({
      level: 'info',
      method: 'GET',
      path: '/api/search',
      status: 200,
      requestId: res.headers.get('x-request-id'),
    });
    expect(s.lines.join('')).not.toContain('b\u00ed');
    expect(s.lines.join('')).not.toContain('bí mật');
  });

  it('sets security headers and a request id', async () => {
    const res = await setup().get('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-request-id')).toMatch(/.{8,}/);
  });
});

describe('access', () => {
  it('answers 401 JSON without credentials and for an unknown token', async () => {
    const s = setup();
    for (const res of [await s.get('/api/search?q=a'), await s.get('/api/search?q=a', 'nope')]) {
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('answers 403 JSON when the role is too low', async () => {
    const s = setup();
    const upload = await s.app.request('/api/uploads', {
      method: 'POST',
      headers: { authorization: 'Bearer viewer-token' },
      body: new FormData(),
    });
    expect(upload.status).toBe(403);
    expect(await upload.json()).toMatchObject({ error: { code: 'forbidden' } });
    const admin = await s.app.request('/api/admin/tokens', {
      method: 'POST',
      headers: { authorization: 'Bearer uploader-token', 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'x', role: 'admin' }),
    });
    expect(admin.status).toBe(403);
  });

  it('rejects an oversized upload with 413 JSON before reading it', async () => {
    const s = setup();
    const body = new Uint8Array(testConfig.maxUploadBytes + 1);
    const res = await s.app.request('/api/uploads', {
      method: 'POST',
      headers: {
        authorization: 'Bearer uploader-token',
        'content-length': String(body.length),
        'content-type': 'application/octet-stream',
      },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      error: { code: 'payload_too_large', details: { maxBytes: testConfig.maxUploadBytes } },
    });
    const small = await s.app.request('/api/uploads', {
      method: 'POST',
      headers: {
        authorization: 'Bearer uploader-token',
        'content-type': 'application/octet-stream',
      },
      body: new Uint8Array(10),
    });
    expect(small.status).toBe(299);
  });

  it('rejects an oversized chunked upload (no Content-Length) with 413 JSON', async () => {
    const s = setup();
    const chunk = new Uint8Array(256);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > testConfig.maxUploadBytes * 4) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const res = await s.app.request('/api/uploads', {
      method: 'POST',
      headers: {
        authorization: 'Bearer uploader-token',
        'content-type': 'application/octet-stream',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('lets an admin issue a token that then works, shown once', async () => {
    const s = setup();
    const res = await s.app.request('/api/admin/tokens', {
      method: 'POST',
      headers: { authorization: 'Bearer admin-token', 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'văn phòng', role: 'viewer' }),
    });
    expect(res.status).toBe(201);
    const { token } = (await res.json()) as { token: string };
    expect((await s.get('/api/search?q=a', token)).status).toBe(200);
  });

  it('signs in with a password and uses the cookie (HttpOnly, SameSite=Lax)', async () => {
    const s = setup();
    await s.auth.createUser({ username: 'lan', password: 'mat-khau-dai', role: 'viewer' });
    const bad = await s.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lan', password: 'sai' }),
    });
    expect(bad.status).toBe(401);
    const res = await s.app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lan', password: 'mat-khau-dai' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/vanban_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const pair = cookie.split(';')[0] ?? '';
    expect((await s.app.request('/api/search?q=a', { headers: { cookie: pair } })).status).toBe(
      200,
    );
    const out = await s.app.request('/api/session', {
      method: 'DELETE',
      headers: { cookie: pair },
    });
    expect(out.status).toBe(204);
    expect((await s.app.request('/api/search?q=a', { headers: { cookie: pair } })).status).toBe(
      401,
    );
  });
});

describe('search parameters', () => {
  it('rejects year=abc with 400 naming the parameter', async () => {
    const res = await setup().get('/api/search?q=a&year=abc', 'viewer-token');
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; message: string; details: Array<{ param: string }> };
    };
    expect(body.error.code).toBe('validation_error');
    expect(body.error.message).toContain('year');
    expect(body.error.details.map((d) => d.param)).toEqual(['year']);
  });

  it.each([['limit=0'], ['limit=101'], ['page=0'], ['sort=random'], ['yearFrom=2020&yearTo=2019']])(
    'rejects %s',
    async (query) => {
      expect((await setup().get(`/api/search?${query}`, 'viewer-token')).status).toBe(400);
    },
  );

  it('passes cites and other text through as literal values, with defaults', async () => {
    const s = setup();
    const res = await s.get(
      `/api/search?cites=${encodeURIComponent('09/2017/NĐ-CP')}&issuer=${encodeURIComponent("a' OR 1=1")}`,
      'viewer-token',
    );
    expect(res.status).toBe(200);
    expect(s.search.calls[0]).toMatchObject({
      cites: '09/2017/NĐ-CP',
      issuer: "a' OR 1=1",
      page: 1,
      limit: 20,
      sort: 'relevance',
    });
  });

  it.each([['")'], ['35-NQ/TW" OR id EXISTS'], ['35']])(
    'rejects cites=%s with a 400 naming cites, without searching',
    async (value) => {
      const s = setup();
      const res = await s.get(`/api/search?cites=${encodeURIComponent(value)}`, 'viewer-token');
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        error: { code: string; message: string; details: Array<{ param: string }> };
      };
      expect(body.error.code).toBe('validation_error');
      expect(body.error.details.map((d) => d.param)).toEqual(['cites']);
      expect(s.search.calls).toEqual([]);
    },
  );

  it.each([['17-CT/?'], ['3006/KH-UBND'], ['35-NQ/TW']])(
    'accepts the act key cites=%s',
    async (value) => {
      const s = setup();
      const res = await s.get(`/api/search?cites=${encodeURIComponent(value)}`, 'viewer-token');
      expect(res.status).toBe(200);
      expect(s.search.calls[0]).toMatchObject({ cites: value });
    },
  );

  it('adds the act summary when the query names one act', async () => {
    const s = setup();
    s.search.result = { ...s.search.result, interpretation: { citations: ['102-KH/TU'] } };
    const body = (await (await s.get('/api/search?q=102-KH/TU', 'viewer-token')).json()) as {
      act: { key: string; dates: string[]; citingCount: number; conflicts: unknown[] };
    };
    expect(body.act).toMatchObject({
      key: '102-KH/TU',
      number: '102',
      dates: ['2018-10-22', '2019-07-10'],
      citingCount: 2,
    });
    expect(body.act.conflicts).toHaveLength(1);
  });
});

describe('documents and acts', () => {
  it('answers 404 JSON for unknown or malformed document ids', async () => {
    const s = setup();
    for (const id of ['c'.repeat(24), '..%2F..%2Fetc', 'x']) {
      const res = await s.get(`/api/documents/${id}`, 'viewer-token');
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('tells which pages were read by OCR and what extraction repaired', async () => {
    const scanned: DerivedRecord = {
      id: citing.id,
      sha256: citing.id.padEnd(64, '0'),
      names: ['bao-cao-scan.pdf'],
      mime: 'application/pdf',
      text: 'Kế hoạch số 102-KH/TU',
      analysis: {
        docType: citing.docType,
        ownNumber: null,
        issuer: citing.issuer,
        locality: null,
        date: null,
        year: citing.year,
        title: citing.title,
        signer: null,
        recipients: [],
        citations: citing.citations,
        unnumberedRefs: [],
        units: [],
        localities: [],
        dates: [],
        warnings: [],
      },
      ocrPages: [2, 3],
      warnings: ['ocr_used', 'legacy_encoding_tcvn3'],
    };
    const s = setup([scanned]);
    const res = await s.get(`/api/documents/${citing.id}`, 'viewer-token');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      fileNames: ['bao-cao-scan.pdf'],
      ocrPages: [2, 3],
      extractionWarnings: ['ocr_used', 'legacy_encoding_tcvn3'],
    });
    // known to the index only (no derived record on disk): empty lists, never missing
    const indexOnly = await s.get(`/api/documents/${otherCiting.id}`, 'viewer-token');
    expect(await indexOnly.json()).toMatchObject({ ocrPages: [], extractionWarnings: [] });
  });

  it('shows the act with both dates, the documents behind each and the conflict', async () => {
    const s = setup();
    for (const path of ['/api/acts/102-KH%2FTU', '/api/acts/102-KH/TU', '/api/acts/102-kh%2Ftu']) {
      const res = await s.get(path, 'viewer-token');
      expect(res.status).toBe(200);
      const act = (await res.json()) as {
        key: string;
        variants: Array<{ date: string; documents: Array<{ documentId: string }> }>;
        conflicts: Array<{ field: string }>;
      };
      expect(act.key).toBe('102-KH/TU');
      expect(act.variants.map((v) => [v.date, v.documents[0]?.documentId])).toEqual([
        ['2019-07-10', citing.id],
        ['2018-10-22', otherCiting.id],
      ]);
      expect(act.conflicts.map((c) => c.field)).toEqual(['date']);
    }
  });

  it('answers 404 for an act nothing cites and 400 for a non-key', async () => {
    const s = setup();
    expect((await s.get('/api/acts/999-KH%2FXX', 'viewer-token')).status).toBe(404);
    expect((await s.get('/api/acts/abc', 'viewer-token')).status).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('describes every endpoint as OpenAPI 3.1', async () => {
    const res = await setup().get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.entries(doc.paths).flatMap(([p, m]) =>
      Object.keys(m).map((k) => `${k.toUpperCase()} ${p}`),
    );
    for (const op of [
      'GET /healthz',
      'GET /readyz',
      'POST /api/session',
      'DELETE /api/session',
      'GET /api/search',
      'GET /api/documents/{id}',
      'GET /api/documents/{id}/original',
      'GET /api/acts/{key}',
      'POST /api/uploads',
      'GET /api/uploads/{batchId}',
      'POST /api/admin/users',
      'POST /api/admin/tokens',
      'POST /api/admin/reindex',
      'GET /api/admin/jobs/failed',
      'POST /api/admin/jobs/{id}/retry',
    ]) {
      expect(ops).toContain(op);
    }
    const params = (
      doc.paths['/api/search']?.['get'] as { parameters: Array<{ name: string }> }
    ).parameters.map((p) => p.name);
    expect(params).toEqual([
      'q',
      'year',
      'yearFrom',
      'yearTo',
      'type',
      'issuer',
      'cites',
      'sort',
      'page',
      'limit',
    ]);
  });
});
