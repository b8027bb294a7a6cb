/** The worker's search port, implemented by @vanban/search (settings as code, awaited tasks). */
import { createSearchIndex } from '@vanban/search';
import { createIndexBatcher, type IndexBatcherOptions } from './index-batcher.ts';
import type { SearchSink } from './ports.ts';

export interface SearchSinkOptions {
  url: string;
  apiKey: string | undefined;
  prefix: string;
  /** how upserts are grouped into Meilisearch tasks (see index-batcher.ts) */
  batching: IndexBatcherOptions;
}

export function createSearchSink(options: SearchSinkOptions): SearchSink {
  const index = createSearchIndex({
    url: options.url,
    apiKey: options.apiKey,
    prefix: options.prefix,
  });
  const batcher = createIndexBatcher(
    { upsertMany: (records) => index.upsertDocuments(records) },
    options.batching,
  );
  return {
    ensureIndex: () => index.ensureIndex(),
    admit: () => batcher.admit(),
  };
}
