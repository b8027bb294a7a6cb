/** The worker's search port, implemented by @vanban/search (settings as code, awaited tasks). */
import { createSearchIndex } from '@vanban/search';
import { createIndexBatcher } from './index-batcher.ts';
import type { SearchSink } from './ports.ts';

export interface SearchSinkOptions {
  url: string;
  apiKey: string | undefined;
  prefix: string;
  /** most documents per Meilisearch task (default 100) */
  maxBatch?: number;
  /** how long a document waits for others before its task is sent (default 50 ms) */
  lingerMs?: number;
}

export function createSearchSink(options: SearchSinkOptions): SearchSink {
  const index = createSearchIndex({
    url: options.url,
    apiKey: options.apiKey,
    prefix: options.prefix,
  });
  const batcher = createIndexBatcher(
    { upsertMany: (records) => index.upsertDocuments(records) },
    { maxBatch: options.maxBatch ?? 100, lingerMs: options.lingerMs ?? 50 },
  );
  return {
    ensureIndex: () => index.ensureIndex(),
    upsert: (record) => batcher.upsert(record),
  };
}
