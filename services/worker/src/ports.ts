import type { DerivedRecord } from '@vanban/storage';

/** A job's place in the worker's index pipeline (see index-batcher.ts `admit`). */
export interface IndexAdmission {
  /** upserts the job's record; resolves once the index task holding it has succeeded */
  upsert(record: DerivedRecord): Promise<void>;
  /** frees the job's share of the worker's record memory budget (call in `finally`) */
  release(): void;
}

/** Where derived records go to be searchable (Meilisearch through @vanban/search). */
export interface SearchSink {
  /** applies index settings; awaited before the worker takes jobs */
  ensureIndex(): Promise<void>;
  /**
   * Waits until the worker holds few enough records in memory to take one more job's record,
   * then reserves room for it. Upserts of concurrent jobs go out together as one task.
   */
  admit(): Promise<IndexAdmission>;
}
