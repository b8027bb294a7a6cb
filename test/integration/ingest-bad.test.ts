/**
 * Issue #4 "Bad input", in one run against one service (API + worker as processes, real
 * Meilisearch and Redis): every bad fixture from extraction gets its own clear per-file reason
 * while good files next to it go through; a request without a token, a viewer uploading, an
 * oversized upload, a malformed query and filter-injection attempts each get a clear 4xx JSON
 * answer (or, for injection, a literal value that never widens results); and after all of it
 * the service keeps serving.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack, type UploadedFile } from '../helpers/stack.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const bad = (name: string) => ({ path: join(fixtures, 'bad', name) });
const archive = (name: string) => ({ path: join(fixtures, 'archives', name) });

/** above every fixture upload (the zip bomb is 2 MB), far below the default 200 MB */
const MAX_UPLOAD = 8 * 1024 * 1024;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ workers: 1, workerConcurrency: 2, maxUploadBytes: MAX_UPLOAD });
});
afterAll(async () => {
  await stack?.stop();
});

function find(files: UploadedFile[], name: string): UploadedFile {
  const found = files.filter((f) => f.name === name);
  expect(found, `exactly one file named ${name}`).toHaveLength(1);
  return found[0]!;
}

function expectFailed(file: UploadedFile, codes: string[]): void {
  expect(file.status, `${file.path ?? file.name}: ${JSON.stringify(file)}`).toBe('failed');
  expect(codes).toContain(file.error?.code);
  expect(file.error?.message.length ?? 0).toBeGreaterThan(10);
}

interface ErrorBody {
  error: { code: string; message: string; details?: Array<{ param: string; message: string }> };
}

async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  return body;
}

async function expectServing(): Promise<void> {
  expect((await fetch(`${stack.baseUrl}/healthz`)).status).toBe(200);
  expect((await fetch(`${stack.baseUrl}/readyz`)).status).toBe(200);
}

describe('bad input', () => {
  it('gets a clear 4xx or per-file reason for each case, and the service keeps serving', async () => {
    // --- every bad fixture of extraction, through HTTP upload -------------------------------
    const upload = await stack.uploadFiles([
      bad('encrypted.pdf'),
      bad('encrypted.docx'),
      bad('truncated.pdf'),
      bad('truncated.docx'),
      bad('missing-part.docx'),
      bad('empty.pdf'),
      bad('empty.txt'),
      bad('fake.pdf'),
      bad('old-word.doc'),
      bad('image.png'),
      bad('not-a-docx.docx'),
      bad('html-injection.txt'),
      archive('zip-bomb.zip'),
      archive('traversal.zip'),
      archive('symlink.zip'),
      archive('deep-nesting.zip'),
      archive('encrypted-member.zip'),
      archive('corrupt-member.zip'),
    ]);
    // failures known at upload time are reported at once
    expectFailed(find(upload.files, 'empty.pdf'), ['empty_document']);
    expectFailed(find(upload.files, 'empty.txt'), ['empty_document']);

    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 150_000 });
    const files = batch.files;

    expectFailed(find(files, 'encrypted.pdf'), ['encrypted_document']);
    expectFailed(find(files, 'encrypted.docx'), ['encrypted_document']);
    expectFailed(find(files, 'truncated.pdf'), ['corrupt_document']);
    expectFailed(find(files, 'truncated.docx'), ['corrupt_document']);
    expectFailed(find(files, 'missing-part.docx'), ['corrupt_document']);
    expectFailed(find(files, 'empty.pdf'), ['empty_document']);
    expectFailed(find(files, 'empty.txt'), ['empty_document']);
    expectFailed(find(files, 'fake.pdf'), ['unsupported_format', 'corrupt_document']);
    const doc = find(files, 'old-word.doc');
    if (doc.status !== 'done') {
      expectFailed(doc, ['unsupported_format']);
      expect(doc.error?.message).toMatch(/\.doc|Word/);
    }
    expectFailed(find(files, 'image.png'), ['unsupported_format']);
    expect(find(files, 'not-a-docx.docx').status).toBe('done');
    expect(find(files, 'html-injection.txt').status).toBe('done');

    // the zip bomb is refused (as a whole or as its one member), without filling memory or disk
    const bomb = files.filter((f) => f.name === 'zip-bomb.zip' || f.name === 'du-lieu-bao-cao.txt');
    expect(bomb).toHaveLength(1);
    expectFailed(bomb[0]!, ['archive_limit_exceeded']);

    // traversal.zip: three unsafe paths refused; symlink.zip: the link refused, never followed
    const unsafe = files.filter((f) => f.error?.code === 'unsafe_archive_path');
    expect(unsafe).toHaveLength(4);
    for (const f of unsafe) expectFailed(f, ['unsafe_archive_path']);
    expectFailed(find(files, 'lien-ket-passwd'), ['unsafe_archive_path']);
    expect(find(files, 'ok.txt').status).toBe('done');
    expect(find(files, 'van-ban.txt').status).toBe('done');

    // deep-nesting.zip: refused at the nesting-depth limit, with the path where it stopped
    const deep = files.filter((f) => f.path?.startsWith('lop-2.zip/'));
    expect(deep).toHaveLength(1);
    expectFailed(deep[0]!, ['archive_limit_exceeded']);

    expectFailed(find(files, 'mat.txt'), ['encrypted_document']);
    expect(find(files, 'cong-khai.txt').status).toBe('done');

    expectFailed(find(files, 'bao-cao-hong.txt'), ['corrupt_document']);
    expect(find(files, 'tin-bai-238.txt').status).toBe('done');
    expect(find(files, 'ke-hoach-001.pdf').status).toBe('done');

    const done = files.filter((f) => f.status === 'done');
    expect(batch.counts.done).toBe(done.length);
    expect(batch.counts.failed).toBe(files.filter((f) => f.status === 'failed').length);
    expect(batch.counts.queued + batch.counts.processing).toBe(0);
    expect(await stack.indexedCount()).toBe(new Set(done.map((f) => f.documentId)).size);
    await expectServing();

    // --- access ----------------------------------------------------------------------------
    const form = () => {
      const f = new FormData();
      f.append('file', new Blob([new TextEncoder().encode('BÁO CÁO\nthử quyền.\n')]), 'a.txt');
      return f;
    };
    await expectError(
      await fetch(`${stack.baseUrl}/api/uploads`, { method: 'POST', body: form() }),
      401,
      'unauthorized',
    );
    await expectError(await fetch(`${stack.baseUrl}/api/search?q=a`), 401, 'unauthorized');
    await expectError(
      await fetch(`${stack.baseUrl}/api/search?q=a`, {
        headers: { authorization: 'Bearer vb_khong-phai-token-that' },
      }),
      401,
      'unauthorized',
    );
    const issued = await stack.request('/api/admin/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'người xem', role: 'viewer' }),
    });
    expect(issued.status).toBe(201);
    const viewer = ((await issued.json()) as { token: string }).token;
    const asViewer = { authorization: `Bearer ${viewer}` };
    await expectError(
      await fetch(`${stack.baseUrl}/api/uploads`, {
        method: 'POST',
        headers: asViewer,
        body: form(),
      }),
      403,
      'forbidden',
    );
    await expectError(
      await fetch(`${stack.baseUrl}/api/admin/reindex`, { method: 'POST', headers: asViewer }),
      403,
      'forbidden',
    );

    // --- an oversized upload ---------------------------------------------------------------
    const big = new FormData();
    big.append('file', new Blob([new Uint8Array(MAX_UPLOAD + 64 * 1024)]), 'lon.pdf');
    await expectError(
      await stack.request('/api/uploads', { method: 'POST', body: big }),
      413,
      'payload_too_large',
    );

    // --- malformed queries -----------------------------------------------------------------
    const search = (query: string) =>
      fetch(`${stack.baseUrl}/api/search?${query}`, { headers: asViewer });
    const year = await expectError(await search('q=a&year=abc'), 400, 'validation_error');
    expect(year.error.message).toContain('year');
    expect(year.error.details?.map((d) => d.param)).toEqual(['year']);
    // `cites=")` is not an act key: 400 naming the parameter
    const odd = await expectError(
      await search(`cites=${encodeURIComponent('")')}`),
      400,
      'validation_error',
    );
    expect(odd.error.details?.map((d) => d.param)).toEqual(['cites']);

    // --- filter injection: refused, or a literal value that matches nothing ----------------
    const everything = (await (await search('limit=1')).json()) as { total: number };
    expect(everything.total).toBeGreaterThan(0);
    for (const [param, value] of [
      ['type', 'x" OR year > 0'],
      ['type', 'Báo cáo\\" OR docType EXISTS'],
      ['issuer', 'x" OR year > 0 OR issuer = "y'],
      ['cites', '35-NQ/TW" OR id EXISTS'],
      ['cites', "35-NQ/TW' OR 1=1 --"],
    ] as const) {
      const response = await search(`${param}=${encodeURIComponent(value)}`);
      if (response.status === 400) {
        const body = (await response.json()) as ErrorBody;
        expect(body.error.code).toBe('validation_error');
        expect(body.error.details?.map((d) => d.param)).toEqual([param]);
      } else {
        expect(response.status, `${param}=${value}`).toBe(200);
        const body = (await response.json()) as { total: number; hits: unknown[] };
        expect(body, `${param}=${value} must not widen the results`).toMatchObject({
          total: 0,
          hits: [],
        });
      }
    }

    // --- and after all of it, the service keeps serving ------------------------------------
    await expectServing();
    const after = await stack.uploadFiles([
      {
        bytes: new TextEncoder().encode(
          'KẾ HOẠCH\nTriển khai Kế hoạch số 102-KH/TU năm 2020 sau các yêu cầu hỏng.\n',
        ),
        name: 'sau-loi.txt',
      },
    ]);
    const afterBatch = await stack.waitForBatch(after.batchId, { timeoutMs: 60_000 });
    expect(afterBatch.files[0]?.status).toBe('done');
    const found = (await (
      await search(`q=${encodeURIComponent('sau các yêu cầu hỏng')}`)
    ).json()) as { hits: Array<{ id: string }> };
    expect(found.hits.map((h) => h.id)).toContain(afterBatch.files[0]?.documentId);
  });

  it('never sends the Meilisearch key, whatever it answers', async () => {
    const key = stack.services.meiliKey;
    const upload = await stack.uploadFiles([
      { bytes: new TextEncoder().encode('BÁO CÁO\nKhóa bí mật.\n'), name: 'khoa.txt' },
    ]);
    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 60_000 });
    const id = batch.files[0]?.documentId ?? '';
    const paths = [
      '/healthz',
      '/readyz',
      '/api/openapi.json',
      `/api/uploads/${upload.batchId}`,
      '/api/search?q=kh%C3%B3a',
      '/api/search?year=abc',
      `/api/documents/${id}`,
      `/api/documents/${id}/original`,
      '/api/acts/102-KH%2FTU',
      '/api/acts/khong-phai-so',
      '/api/admin/jobs/failed',
      '/',
      `/van-ban/${id}`,
    ];
    for (const path of paths) {
      const response = await stack.request(path);
      const seen = `${[...response.headers].join('\n')}\n${await response.text()}`;
      expect(response.status, path).toBeLessThan(500);
      expect(seen.includes(key), `${path} leaks the Meilisearch key`).toBe(false);
    }
  });

  it('gives a duplicate of a file that then fails the same reason', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + Date.now()) % 251);
    const upload = await stack.uploadFiles([
      { bytes, name: 'la.pdf' },
      { bytes, name: 'ban-sao-la.pdf' },
    ]);
    // the worker may already have picked up the first one when the answer is built
    expect(['queued', 'processing', 'failed']).toContain(upload.files[0]?.status);
    expect(upload.files[1]?.status).toBe('duplicate');
    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 60_000 });
    for (const file of batch.files) expectFailed(file, ['unsupported_format', 'corrupt_document']);
    expect(batch.counts).toMatchObject({ failed: 2, duplicate: 0 });
  });
});
