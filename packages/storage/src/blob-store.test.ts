import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlobStore } from './blob-store.ts';
import { documentIdOf, sha256Hex } from './ids.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vanban-blobs-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('blob store', () => {
  it('stores bytes under ab/cd/<sha256> and reads them back', async () => {
    const store = createBlobStore(root);
    const bytes = new TextEncoder().encode('Kế hoạch số 102-KH/TU');
    const { sha256, created } = await store.put(bytes);
    expect(sha256).toBe(sha256Hex(bytes));
    expect(created).toBe(true);
    expect(store.pathOf(sha256)).toBe(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect((await stat(store.pathOf(sha256))).size).toBe(bytes.length);
    expect(Buffer.from(await store.get(sha256)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stores the same bytes once and leaves no temporary files', async () => {
    const store = createBlobStore(root);
    const bytes = new Uint8Array([1, 2, 3]);
    const first = await store.put(bytes);
    const second = await store.put(new Uint8Array([1, 2, 3]));
    expect(second).toEqual({ sha256: first.sha256, created: false });
    const dir = join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4));
    expect(await readdir(dir)).toEqual([first.sha256]);
  });

  it('stores many files at once: input order, repeats and known bytes not created twice', async () => {
    const store = createBlobStore(root);
    const known = await store.put(new Uint8Array([9]));
    const items = [
      new Uint8Array([1]),
      new Uint8Array([9]),
      new Uint8Array([2]),
      new Uint8Array([1]),
      ...Array.from({ length: 40 }, (_, i) => new TextEncoder().encode(`tệp ${i}`)),
    ];
    const results = await store.putMany(items, { concurrency: 8 });
    expect(results.map((r) => r.sha256)).toEqual(items.map((b) => sha256Hex(b)));
    expect(results.slice(0, 4).map((r) => r.created)).toEqual([true, false, true, false]);
    expect(results[1]?.sha256).toBe(known.sha256);
    const listed: string[] = [];
    for await (const sha of store.list()) listed.push(sha);
    expect(listed).toHaveLength(43);
    for (const [i, r] of results.entries()) {
      expect(Buffer.from(await store.get(r.sha256)).equals(Buffer.from(items[i]!))).toBe(true);
    }
    expect(await store.putMany([])).toEqual([]);
  });

  it('lists every stored hash', async () => {
    const store = createBlobStore(root);
    const a = await store.put(new Uint8Array([1]));
    const b = await store.put(new Uint8Array([2]));
    const listed: string[] = [];
    for await (const sha of store.list()) listed.push(sha);
    expect(listed.sort()).toEqual([a.sha256, b.sha256].sort());
    expect(await store.findByPrefix(a.sha256.slice(0, 24))).toBe(a.sha256);
    expect(await store.findByPrefix('f'.repeat(24))).toBeNull();
  });

  it('reports a missing blob as not_found and rejects bad hashes', async () => {
    const store = createBlobStore(root);
    await expect(store.get('0'.repeat(64))).rejects.toMatchObject({ code: 'not_found' });
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/không hợp lệ/);
  });

  it('derives the document id from the first 24 hex chars', () => {
    expect(documentIdOf('ab'.repeat(32))).toBe('ab'.repeat(12));
  });
});
