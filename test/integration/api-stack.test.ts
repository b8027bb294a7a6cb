/**
 * The API as users reach it: `services/api/src/main.ts` and a worker as child processes
 * (test/helpers/stack.ts) against the real Meilisearch and Redis, files going through the whole
 * pipeline (upload → extract → analyse → index). Access errors, limits and hostile parameters
 * answer JSON errors and the service keeps serving; citation links resolve in both directions
 * whatever order the documents arrive in.
 */
import { readFile, readdir } from 'node:fs/promises';
import { get } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../helpers/stack.ts';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');
const MAX_UPLOAD = 256 * 1024;

/** The archive copy of Kế hoạch 3006/KH-UBND, cited by seeds 000 and 001. */
const PLAN_3006 = `ỦY BAN NHÂN DÂN
TỈNH KON TUM

Số: 3006/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kon Tum, ngày 13 tháng 11 năm 2019

KẾ HOẠCH
Triển khai Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy về tăng cường bảo vệ nền tảng tư tưởng của Đảng

Thực hiện Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
`;

/** The archive copy of Kế hoạch 131-KH/HU (Huyện ủy Ngọc Hồi, 13/8/2019), cited by seed 001. */
const PLAN_131 = `ĐẢNG BỘ TỈNH KON TUM
HUYỆN ỦY NGỌC HỒI
*
Số: 131-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM

Ngọc Hồi, ngày 13 tháng 8 năm 2019

KẾ HOẠCH
về việc thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị

Thực hiện Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Trần Văn B
`;

let stack: Stack;
let viewerToken: string;
const utf8 = (text: string) => new TextEncoder().encode(text);

async function seedBytes(prefix: string): Promise<{ name: string; bytes: Uint8Array }> {
  const name = (await readdir(SEEDS)).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return { name, bytes: new Uint8Array(await readFile(join(SEEDS, name))) };
}

/** Uploads files, waits for the batch, and returns the document id of each file in order. */
async function ingest(files: Array<{ name: string; bytes: Uint8Array }>): Promise<string[]> {
  const { batchId } = await stack.uploadFiles(files);
  const batch = await stack.waitForBatch(batchId, { timeoutMs: 120_000 });
  return batch.files.map((f) => {
    expect(f.status, `${f.name}: ${JSON.stringify(f.error ?? f.note ?? null)}`).toMatch(
      /^(done|duplicate)$/,
    );
    return f.documentId ?? '';
  });
}

async function getJson<T>(path: string, token?: string): Promise<{ status: number; body: T }> {
  const res = await stack.request(
    path,
    token ? { headers: { authorization: `Bearer ${token}` } } : {},
  );
  return { status: res.status, body: (await res.json()) as T };
}

/** GET on a new connection (the server may close a socket whose request body it did not read). */
function freshGet(path: string): Promise<number> {
  return new Promise((done, fail) => {
    get(`${stack.baseUrl}${path}`, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => done(res.statusCode ?? 0));
    }).on('error', fail);
  });
}

async function expectServing(): Promise<void> {
  expect(await freshGet('/healthz')).toBe(200);
  expect(await freshGet('/readyz')).toBe(200);
}

interface DocumentBody {
  citations: Array<{ key: string; resolved?: { documentId: string }; act?: { key: string } }>;
  citedBy: Array<{ documentId: string }>;
}

beforeAll(async () => {
  stack = await startStack({ workers: 1, maxUploadBytes: MAX_UPLOAD });
  const res = await stack.request('/api/admin/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ label: 'người xem', role: 'viewer' }),
  });
  expect(res.status).toBe(201);
  viewerToken = ((await res.json()) as { token: string }).token;
});

afterAll(async () => {
  await stack?.stop();
});

describe('access and limits over HTTP', () => {
  it('answers 401 JSON without a token, and keeps serving', async () => {
    const res = await fetch(`${stack.baseUrl}/api/search?q=a`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    await expectServing();
  });

  it('answers 403 JSON to a viewer uploading, and keeps serving', async () => {
    const form = new FormData();
    form.append('file', new Blob([utf8('văn bản')]), 'a.txt');
    const res = await fetch(`${stack.baseUrl}/api/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${viewerToken}` },
      body: form,
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    await expectServing();
  });

  it('answers 413 JSON to an oversized upload, and keeps serving', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(MAX_UPLOAD + 1024)]), 'lon.pdf');
    const res = await stack.request('/api/uploads', { method: 'POST', body: form });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    await expectServing();
  });

  it('answers year=abc and cites=") with 400 naming the parameter', async () => {
    const bad = await getJson<{ error: { code: string; message: string } }>(
      '/api/search?year=abc',
      viewerToken,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('year');
    const odd = await getJson<{ error: { code: string } }>(
      `/api/search?cites=${encodeURIComponent('")')}`,
      viewerToken,
    );
    expect(odd.status).toBe(400);
    expect(odd.body).toMatchObject({ error: { code: 'validation_error' } });
    expect(JSON.stringify(odd.body)).toContain('cites');
    await expectServing();
  });

  it('publishes its OpenAPI description', async () => {
    const { status, body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/api/acts/{key}');
  });
});

describe('citation links through the pipeline', () => {
  it('the cited document first, then the citing one: links resolve both ways', async () => {
    const [planId] = await ingest([{ name: 'ke-hoach-3006.txt', bytes: utf8(PLAN_3006) }]);
    const before = await getJson<DocumentBody>(`/api/documents/${planId}`, viewerToken);
    expect(before.status).toBe(200);
    expect(before.body.citedBy).toEqual([]);

    const [reportId] = await ingest([await seedBytes('000')]);
    const report = await getJson<DocumentBody>(`/api/documents/${reportId}`, viewerToken);
    const links = report.body.citations.filter((c) => c.key === '3006/KH-UBND');
    expect(links.length).toBeGreaterThan(0);
    for (const c of links) expect(c.resolved).toEqual({ documentId: planId });
    expect(report.body.citations.find((c) => c.key === '102-KH/TU')?.act).toEqual({
      key: '102-KH/TU',
    });

    const plan = await getJson<DocumentBody>(`/api/documents/${planId}`, viewerToken);
    expect(plan.body.citedBy.map((d) => d.documentId)).toContain(reportId);
  });

  it('the citing document first, then the cited one: links resolve both ways', async () => {
    const [planId] = await ingest([await seedBytes('001')]).then(async ([seed001]) => {
      const early = await getJson<DocumentBody>(`/api/documents/${seed001}`, viewerToken);
      expect(early.body.citations.find((c) => c.key === '131-KH/HU')?.act).toEqual({
        key: '131-KH/HU',
      });
      const [plan] = await ingest([{ name: 'ke-hoach-131.txt', bytes: utf8(PLAN_131) }]);
      const later = await getJson<DocumentBody>(`/api/documents/${seed001}`, viewerToken);
      const links = later.body.citations.filter((c) => c.key === '131-KH/HU');
      expect(links.length).toBeGreaterThan(0);
      for (const c of links) expect(c.resolved).toEqual({ documentId: plan });
      const copy = await getJson<DocumentBody>(`/api/documents/${plan}`, viewerToken);
      expect(copy.body.citedBy.map((d) => d.documentId)).toEqual([seed001]);
      return [plan];
    });
    const act = await getJson<{ archiveDocumentIds: string[] }>(
      '/api/acts/131-KH%2FHU',
      viewerToken,
    );
    expect(act.body.archiveDocumentIds).toEqual([planId]);
  });

  it('search and act pages over the ingested documents', async () => {
    const search = await getJson<{ hits: Array<{ id: string }>; act?: { key: string } }>(
      `/api/search?q=${encodeURIComponent('NQ 35')}`,
      viewerToken,
    );
    expect(search.status).toBe(200);
    expect(search.body.act?.key).toBe('35-NQ/TW');
    const act = await getJson<{
      conflicts: Array<{ field: string; values: Array<{ value: string }> }>;
    }>('/api/acts/102-KH%2FTU', viewerToken);
    expect(act.status).toBe(200);
    // seed 000 dates 102-KH/TU 2019-07-10, seed 001 (and the 3006 plan: 2019-07-10) disagree
    expect(act.body.conflicts[0]?.values.map((v) => v.value)).toEqual(['2018-10-22', '2019-07-10']);
  });
});
