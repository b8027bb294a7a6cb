import type { DerivedRecord } from '@vanban/storage';

/** Where derived records go to be searchable (Meilisearch through @vanban/search). */
export interface SearchSink {
  /** applies index settings; awaited before the worker takes jobs */
  ensureIndex(): Promise<void>;
  /** upserts one document and resolves once the index task has succeeded */
  upsert(record: DerivedRecord): Promise<void>;
}
