import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { analysisSchema } from '@vanban/analysis';
import { ValidationError } from '@vanban/core';
import { writeFileAtomic } from './atomic-write.ts';
import { isDocumentId } from './ids.ts';

/** Everything derived from one original file. Rebuildable from the blob (`reindex`). */
export const derivedRecordSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  /** every file name the bytes were uploaded under, first upload first */
  names: z.array(z.string()),
  mime: z.string(),
  /** stored text: legacy encodings decoded, NFC */
  text: z.string(),
  pages: z.number().int().optional(),
  ocrPages: z.array(z.number().int()),
  warnings: z.array(z.string()),
  analysis: analysisSchema,
  /** the pipeline version that produced this record */
  pipelineVersion: z.number().int(),
  derivedAt: z.string(),
});
export type DerivedRecord = z.infer<typeof derivedRecordSchema>;

/** Derived records as JSON files `<root>/<id>.json`, written atomically. */
export interface DerivedStore {
  readonly root: string;
  put(record: DerivedRecord): Promise<void>;
  /** null when there is no record (or it cannot be parsed: it is then rebuilt from the blob) */
  get(id: string): Promise<DerivedRecord | null>;
  /** ids of every stored record */
  list(): Promise<string[]>;
}

export interface DerivedStoreOptions {
  /**
   * fsync each record (default true). A derived record is a cache of what the pipeline makes from
   * the blob: `get` answers null for a missing or unreadable file and the record is derived
   * again, so the worker writes without fsync (a process crash loses nothing; only a power loss
   * can cost a record, which is then rebuilt).
   */
  durable?: boolean;
}

export function createDerivedStore(root: string, options: DerivedStoreOptions = {}): DerivedStore {
  const sync = options.durable === false ? 'none' : 'full';
  const pathOf = (id: string): string => {
    if (!isDocumentId(id)) throw new ValidationError(`Mã tài liệu không hợp lệ: ${id}`);
    return join(root, `${id}.json`);
  };
  return {
    root,
    async put(record) {
      const parsed = derivedRecordSchema.parse(record);
      await writeFileAtomic(pathOf(parsed.id), JSON.stringify(parsed), { sync });
    },
    async get(id) {
      let raw: string;
      try {
        raw = await readFile(pathOf(id), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return null;
      }
      const parsed = derivedRecordSchema.safeParse(json);
      return parsed.success ? parsed.data : null;
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(root);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      return names
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .filter(isDocumentId);
    },
  };
}
