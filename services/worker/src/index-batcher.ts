/**
 * Groups the upserts of the jobs a worker runs at the same time into one Meilisearch task.
 * Indexing cost is dominated by per-task overhead, so one task for many documents is much
 * faster than one task per document. Each caller still resolves only once ITS document's task
 * has succeeded. A batch that fails permanently is retried document by document, so one bad
 * record cannot fail the others.
 */
import type { DerivedRecord } from '@vanban/storage';
import { AppError } from '@vanban/core';

export interface BatchUpsert {
  upsertMany(records: readonly DerivedRecord[]): Promise<void>;
}

export interface IndexBatcherOptions {
  /** most documents in one task */
  maxBatch: number;
  /** how long the first waiting document waits for company before the batch is sent */
  lingerMs: number;
}

interface Waiting {
  record: DerivedRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createIndexBatcher(
  target: BatchUpsert,
  options: IndexBatcherOptions,
): { upsert(record: DerivedRecord): Promise<void> } {
  const waiting: Waiting[] = [];
  let timer: NodeJS.Timeout | undefined;
  let flushing = false;

  const isPermanent = (error: unknown): boolean => error instanceof AppError && !error.retryable;

  async function send(batch: Waiting[]): Promise<void> {
    try {
      await target.upsertMany(batch.map((w) => w.record));
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length > 1 && isPermanent(error)) {
        for (const w of batch) {
          try {
            await target.upsertMany([w.record]);
            w.resolve();
          } catch (single) {
            w.reject(single);
          }
        }
        return;
      }
      for (const w of batch) w.reject(error);
    }
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (flushing || waiting.length === 0) return;
    flushing = true;
    const batch = waiting.splice(0, options.maxBatch);
    void send(batch).finally(() => {
      flushing = false;
      // whatever arrived meanwhile has waited long enough
      if (waiting.length > 0) flush();
    });
  }

  return {
    upsert(record) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ record, resolve, reject });
        if (flushing) return;
        if (waiting.length >= options.maxBatch) flush();
        else timer ??= setTimeout(flush, options.lingerMs);
      });
    },
  };
}
