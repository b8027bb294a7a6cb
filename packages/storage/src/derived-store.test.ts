import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '@vanban/analysis';
import { createDerivedStore, type DerivedRecord } from './derived-store.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vanban-derived-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function record(id: string): DerivedRecord {
  const text = 'KẾ HOẠCH\nThực hiện Nghị quyết số 35-NQ/TW';
  return {
    id,
    sha256: `${id}${'0'.repeat(40)}`,
    names: ['kế hoạch.pdf'],
    mime: 'application/pdf',
    text,
    ocrPages: [],
    warnings: [],
    analysis: analyze(text),
    pipelineVersion: 1,
    derivedAt: new Date().toISOString(),
  };
}

describe('derived store', () => {
  it('writes a record atomically and reads it back unchanged (diacritics kept)', async () => {
    const store = createDerivedStore(root);
    const rec = record('a'.repeat(24));
    await store.put(rec);
    expect(await store.get(rec.id)).toEqual(rec);
    expect(await readdir(root)).toEqual([`${rec.id}.json`]);
  });

  it('writes the same way without fsync (worker cache mode), and a truncated file reads as null', async () => {
    const store = createDerivedStore(root, { durable: false });
    const rec = record('f'.repeat(24));
    await store.put(rec);
    await store.put({ ...rec, names: ['kế hoạch.pdf', 'bản sao.pdf'] });
    expect((await store.get(rec.id))?.names).toEqual(['kế hoạch.pdf', 'bản sao.pdf']);
    expect(await readdir(root)).toEqual([`${rec.id}.json`]);
    // what a power loss may leave of an unsynced write: an empty file
    await writeFile(join(root, `${rec.id}.json`), '');
    expect(await store.get(rec.id)).toBeNull();
  });

  it('lists ids and answers null for unknown or unreadable records', async () => {
    const store = createDerivedStore(root);
    await store.put(record('b'.repeat(24)));
    await store.put(record('c'.repeat(24)));
    await writeFile(join(root, `${'d'.repeat(24)}.json`), '{"half":');
    expect((await store.list()).sort()).toEqual(['b'.repeat(24), 'c'.repeat(24), 'd'.repeat(24)]);
    expect(await store.get('e'.repeat(24))).toBeNull();
    expect(await store.get('d'.repeat(24))).toBeNull();
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await createDerivedStore(join(root, 'missing')).list()).toEqual([]);
  });
});
