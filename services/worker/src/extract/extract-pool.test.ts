import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractPool } from './extract-pool.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vanban-pool-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('extract pool', () => {
  it('extracts and analyses a document in a thread', async () => {
    const file = join(root, 'a.txt');
    await writeFile(
      file,
      'KẾ HOẠCH\nThực hiện Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị\n',
    );
    const pool = createExtractPool({ size: 1, timeoutMs: 60_000 });
    try {
      const doc = await pool.extract(file, 'a.txt');
      expect(doc.text).toContain('Nghị quyết số 35-NQ/TW');
      expect(doc.analysis.citations.map((c) => c.key)).toContain('35-NQ/TW');
    } finally {
      await pool.close();
    }
  });

  it('turns a bad file into its permanent error, and a time-out into a retryable one', async () => {
    const empty = join(root, 'empty.pdf');
    await writeFile(empty, '');
    const pool = createExtractPool({ size: 1, timeoutMs: 60_000 });
    try {
      await expect(pool.extract(empty, 'empty.pdf')).rejects.toMatchObject({
        code: 'empty_document',
        retryable: false,
      });
    } finally {
      await pool.close();
    }
    // the thread cannot even start within 1 ms: it is terminated and the task times out
    const hurried = createExtractPool({ size: 1, timeoutMs: 1 });
    try {
      await expect(hurried.extract(empty, 'empty.pdf')).rejects.toMatchObject({
        code: 'extraction_timeout',
        retryable: true,
      });
    } finally {
      await hurried.close();
    }
  });
});
