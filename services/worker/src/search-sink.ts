/** The worker's search port, implemented by @vanban/search (settings as code, awaited tasks). */
import { createSearchIndex } from '@vanban/search';
import type { SearchSink } from './ports.ts';

export interface SearchSinkOptions {
  url: string;
  apiKey: string | undefined;
  prefix: string;
}

export function createSearchSink(options: SearchSinkOptions): SearchSink {
  const index = createSearchIndex({
    url: options.url,
    apiKey: options.apiKey,
    prefix: options.prefix,
  });
  return {
    ensureIndex: () => index.ensureIndex(),
    upsert: (record) => index.upsert(record),
  };
}
