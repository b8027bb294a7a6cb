/**
 * Every bad input gets its own clear failure reason, good files next to it still go through,
 * and the service keeps serving afterwards.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack, type UploadedFile } from '../helpers/stack.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const bad = (name: string) => ({ path: join(fixtures, 'bad', name) });
const archive = (name: string) => ({ path: join(fixtures, 'archives', name) });

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ workers: 1, workerConcurrency: 2 });
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

describe('bad inputs', () => {
  it('reports a reason per failed file and indexes the good ones', async () => {
    const upload = await stack.uploadFiles([
      bad('encrypted.pdf'),
      bad('truncated.pdf'),
      bad('empty.pdf'),
      bad('empty.txt'),
      bad('fake.pdf'),
      bad('old-word.doc'),
      bad('image.png'),
      bad('not-a-docx.docx'),
      bad('html-injection.txt'),
      archive('zip-bomb.zip'),
      archive('traversal.zip'),
      archive('encrypted-member.zip'),
      archive('corrupt-member.zip'),
    ]);
    // failures known at upload time are reported at once
    expectFailed(find(upload.files, 'empty.pdf'), ['empty_document']);

    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 150_000 });
    const files = batch.files;

    expectFailed(find(files, 'encrypted.pdf'), ['encrypted_document']);
    expectFailed(find(files, 'truncated.pdf'), ['corrupt_document']);
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

    // traversal.zip: three unsafe paths refused, the safe member indexed
    const unsafe = files.filter((f) => f.error?.code === 'unsafe_archive_path');
    expect(unsafe).toHaveLength(3);
    for (const f of unsafe) expectFailed(f, ['unsafe_archive_path']);
    expect(find(files, 'ok.txt').status).toBe('done');

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

  it('keeps serving after the bad inputs', async () => {
    expect((await fetch(`${stack.baseUrl}/healthz`)).status).toBe(200);
    const upload = await stack.uploadFiles([
      {
        bytes: new TextEncoder().encode('KẾ HOẠCH\nTriển khai Kế hoạch số 102-KH/TU năm 2020.\n'),
        name: 'sau-loi.txt',
      },
    ]);
    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 60_000 });
    expect(batch.files[0]?.status).toBe('done');
  });

  it('refuses an upload over the size limit with 413 JSON and needs the uploader role', async () => {
    const small = await startStack({ workers: 0, maxUploadBytes: 1024 });
    try {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(4096)]), 'lon.pdf');
      const response = await small.request('/api/uploads', { method: 'POST', body: form });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'payload_too_large',
      );
      const anonymous = await fetch(`${small.baseUrl}/api/uploads`, { method: 'POST', body: form });
      expect(anonymous.status).toBe(401);
    } finally {
      await small.stop();
    }
  });
});
