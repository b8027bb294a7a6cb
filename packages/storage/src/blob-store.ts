import { access, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NotFoundError, ValidationError } from '@vanban/core';
import { fsyncDir, writeFileAtomic } from './atomic-write.ts';
import { isSha256, sha256Hex } from './ids.ts';

export interface PutBlobResult {
  sha256: string;
  /** false when the same bytes were already stored */
  created: boolean;
}

/**
 * Content-addressed store of original files: `<root>/ab/cd/<sha256>`. Blobs are immutable; writing
 * the same bytes twice is a no-op. Writes are atomic (temp file + fsync + rename).
 */
export interface BlobStore {
  readonly root: string;
  put(bytes: Uint8Array): Promise<PutBlobResult>;
  /**
   * Stores many files (an uploaded archive) with the same guarantee as `put` for each: when it
   * resolves, every blob is on disk and fsynced, and so is its folder entry. Writes run
   * `concurrency` at a time so their fsyncs share journal commits, and each folder is fsynced
   * once for the whole call instead of once per file. Results are in input order.
   */
  putMany(
    items: readonly Uint8Array[],
    options?: { concurrency?: number },
  ): Promise<PutBlobResult[]>;
  get(sha256: string): Promise<Uint8Array>;
  has(sha256: string): Promise<boolean>;
  pathOf(sha256: string): string;
  /** the full hash of the blob whose hash starts with `prefix` (a document id), or null */
  findByPrefix(prefix: string): Promise<string | null>;
  /** every stored hash (order unspecified) */
  list(): AsyncIterable<string>;
}

export function createBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string): string => {
    if (!isSha256(sha256)) throw new ValidationError(`Mã băm không hợp lệ: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  const has = async (sha256: string): Promise<boolean> => {
    try {
      await access(pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  };
  return {
    root,
    pathOf,
    has,
    async put(bytes) {
      const sha256 = sha256Hex(bytes);
      if (await has(sha256)) return { sha256, created: false };
      await writeFileAtomic(pathOf(sha256), bytes);
      return { sha256, created: true };
    },
    async putMany(items, options = {}) {
      const results = items.map((bytes) => ({ sha256: sha256Hex(bytes), created: false }));
      const first = new Map<string, number>();
      results.forEach((r, i) => {
        if (!first.has(r.sha256)) first.set(r.sha256, i);
      });
      const todo = [...first.values()];
      const dirs = new Set<string>();
      let next = 0;
      const lane = async (): Promise<void> => {
        for (let i = next++; i < todo.length; i = next++) {
          const at = todo[i]!;
          const result = results[at]!;
          if (await has(result.sha256)) continue;
          const path = pathOf(result.sha256);
          await writeFileAtomic(path, items[at]!, { sync: 'file' });
          dirs.add(dirname(path));
          result.created = true;
        }
      };
      const lanes = Math.max(1, Math.min(options.concurrency ?? 16, todo.length));
      await Promise.all(Array.from({ length: lanes }, lane));
      // a new ab/cd folder is itself an entry of ab/ and ab/ of the root
      const parents = new Set([...dirs].map((dir) => dirname(dir)));
      await runLimited([...dirs], lanes, fsyncDir);
      await runLimited([...parents], lanes, fsyncDir);
      if (dirs.size > 0) await fsyncDir(root);
      return results;
    },
    async get(sha256) {
      try {
        return new Uint8Array(await readFile(pathOf(sha256)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new NotFoundError(`Không tìm thấy tệp gốc ${sha256}.`, { cause: error });
        }
        throw error;
      }
    },
    async findByPrefix(prefix) {
      if (!/^[0-9a-f]{4,64}$/.test(prefix)) return null;
      const names = await readdirOrEmpty(join(root, prefix.slice(0, 2), prefix.slice(2, 4)));
      return names.find((name) => isSha256(name) && name.startsWith(prefix)) ?? null;
    },
    async *list() {
      for (const a of await readdirOrEmpty(root)) {
        for (const b of await readdirOrEmpty(join(root, a))) {
          for (const name of await readdirOrEmpty(join(root, a, b))) {
            if (isSha256(name)) yield name;
          }
        }
      }
    },
  };
}

async function runLimited<T>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) await run(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
