/**
 * Groups the upserts of the jobs a worker holds into few Meilisearch tasks.
 *
 * Indexing cost is dominated by per-task overhead, which grows with the index, so one task for
 * many documents is much faster than one task per document. Batches adapt to Meilisearch's
 * speed: while `maxInFlight` tasks are out, documents keep gathering, and the next task takes
 * everything that arrived meanwhile (up to `maxBatch` documents / `maxBatchBytes`). When a slot
 * is free, the first document waits at most `lingerMs` for company.
 *
 * Each caller still resolves only once ITS document's task has succeeded. A batch that fails
 * permanently is retried document by document, so one bad record cannot fail the others; a
 * retryable failure (Meilisearch down) rejects every caller of the batch, whose jobs then retry.
 *
 * Memory: `admit()` is called before a job derives its record and waits while the records held
 * (waiting, in flight, or being derived at the running average size) exceed `maxHeldBytes`, so a
 * worker may hold many jobs without holding unbounded text.
 */
import type { DerivedRecord } from '@vanban/storage';
import { AppError } from '@vanban/core';

export interface BatchUpsert {
  upsertMany(records: readonly DerivedRecord[]): Promise<void>;
}

export interface IndexBatcherOptions {
  /** most documents in one task */
  maxBatch: number;
  /** documents in the first task, and after a failed one (default min(32, maxBatch)) */
  initialBatch?: number;
  /** most (estimated) bytes in one task; a single larger document still goes alone */
  maxBatchBytes: number;
  /** how long the first waiting document waits for company while a task slot is free */
  lingerMs: number;
  /** tasks sent and not yet finished at once */
  maxInFlight: number;
  /** budget of record bytes held by admitted jobs; at least one job is always admitted */
  maxHeldBytes: number;
}

export interface Admission {
  /** hands the job's record to the batcher; resolves once its index task has succeeded */
  upsert(record: DerivedRecord): Promise<void>;
  /** ends the admission (always call it, in `finally`) */
  release(): void;
}

export interface IndexBatcher {
  /** waits until the worker's held records leave room for one more job */
  admit(): Promise<Admission>;
  /** upsert without admission (tests, single documents) */
  upsert(record: DerivedRecord): Promise<void>;
  stats(): { held: number; heldBytes: number; waiting: number; inFlight: number; limit: number };
}

interface Waiting {
  record: DerivedRecord;
  bytes: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Rough size of a record in a Meilisearch payload (text dominates; analysis is about as big). */
export function estimateRecordBytes(record: DerivedRecord): number {
  return record.text.length * 2 + 2048;
}

export function createIndexBatcher(
  target: BatchUpsert,
  options: IndexBatcherOptions,
): IndexBatcher {
  const waiting: Waiting[] = [];
  let waitingBytes = 0;
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;
  const initialBatch = Math.min(options.initialBatch ?? 32, options.maxBatch);
  let limit = initialBatch;

  // admission accounting
  let held = 0;
  let heldBytes = 0;
  /** running average of record sizes: the reservation of a job whose record is not known yet */
  let averageBytes = 16 * 1024;
  const queue: Array<() => void> = [];

  const isPermanent = (error: unknown): boolean => error instanceof AppError && !error.retryable;

  async function send(batch: Waiting[]): Promise<void> {
    try {
      await target.upsertMany(batch.map((w) => w.record));
      limit = Math.min(options.maxBatch, Math.max(limit, batch.length * 2));
      for (const w of batch) w.resolve();
    } catch (error) {
      limit = initialBatch;
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

  function takeBatch(): Waiting[] {
    let count = 0;
    let bytes = 0;
    while (count < waiting.length && count < limit) {
      const next = waiting[count]!;
      if (count > 0 && bytes + next.bytes > options.maxBatchBytes) break;
      bytes += next.bytes;
      count += 1;
    }
    waitingBytes -= bytes;
    return waiting.splice(0, count);
  }

  function full(): boolean {
    return waiting.length >= limit || waitingBytes >= options.maxBatchBytes;
  }

  /** sends while slots are free; `now` also sends a batch that is not full */
  function pump(now: boolean): void {
    while (inFlight < options.maxInFlight && waiting.length > 0 && (now || full())) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      const batch = takeBatch();
      inFlight += 1;
      void send(batch).finally(() => {
        inFlight -= 1;
        // whatever arrived while every slot was busy has waited long enough
        pump(true);
      });
    }
    if (waiting.length > 0 && inFlight < options.maxInFlight && timer === undefined) {
      timer = setTimeout(() => {
        timer = undefined;
        pump(true);
      }, options.lingerMs);
    }
  }

  function upsert(record: DerivedRecord): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const bytes = estimateRecordBytes(record);
      waiting.push({ record, bytes, resolve, reject });
      waitingBytes += bytes;
      pump(false);
    });
  }

  function wake(): void {
    while (queue.length > 0 && (held === 0 || heldBytes + averageBytes <= options.maxHeldBytes)) {
      queue.shift()!();
    }
  }

  return {
    async admit() {
      if (queue.length > 0 || (held > 0 && heldBytes + averageBytes > options.maxHeldBytes)) {
        await new Promise<void>((resolve) => queue.push(resolve));
      }
      let reserved = averageBytes;
      held += 1;
      heldBytes += reserved;
      let released = false;
      return {
        upsert(record) {
          if (!released) {
            const actual = estimateRecordBytes(record);
            averageBytes = Math.round(averageBytes * 0.9 + actual * 0.1);
            heldBytes += actual - reserved;
            reserved = actual;
          }
          return upsert(record);
        },
        release() {
          if (released) return;
          released = true;
          held -= 1;
          heldBytes -= reserved;
          wake();
        },
      };
    },
    upsert,
    stats: () => ({ held, heldBytes, waiting: waiting.length, inFlight, limit }),
  };
}
