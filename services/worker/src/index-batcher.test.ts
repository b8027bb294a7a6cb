import { describe, expect, it } from 'vitest';
import { AppError, SearchUnavailableError } from '@vanban/core';
import type { DerivedRecord } from '@vanban/storage';
import {
  createIndexBatcher,
  estimateRecordBytes,
  type IndexBatcherOptions,
} from './index-batcher.ts';

const rec = (id: string, text = '') => ({ id, text }) as unknown as DerivedRecord;

const options = (o: Partial<IndexBatcherOptions>): IndexBatcherOptions => ({
  maxBatch: 10,
  maxBatchBytes: 1 << 30,
  lingerMs: 5,
  maxInFlight: 1,
  maxHeldBytes: 1 << 30,
  ...o,
});

/** a target whose calls stay open until released, to observe what is in flight */
function gatedTarget() {
  const calls: string[][] = [];
  const gates: Array<() => void> = [];
  return {
    calls,
    open: () => gates.splice(0).forEach((g) => g()),
    target: {
      upsertMany: (rs: readonly DerivedRecord[]) => {
        calls.push(rs.map((r) => r.id));
        return new Promise<void>((resolve) => gates.push(resolve));
      },
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('index batcher', () => {
  it('sends documents that arrive together in one task and resolves each caller', async () => {
    const calls: string[][] = [];
    const batcher = createIndexBatcher(
      { upsertMany: async (rs) => void calls.push(rs.map((r) => r.id)) },
      options({ lingerMs: 20 }),
    );
    await Promise.all(['a', 'b', 'c'].map((id) => batcher.upsert(rec(id))));
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('caps batch size and sends what arrived during a task right after it', async () => {
    const gated = gatedTarget();
    const batcher = createIndexBatcher(gated.target, options({ maxBatch: 2 }));
    const done = Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => batcher.upsert(rec(id))));
    await tick();
    // a full batch goes at once; the rest waits for the only slot
    expect(gated.calls).toEqual([['a', 'b']]);
    gated.open();
    await tick();
    expect(gated.calls).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    gated.open();
    await tick();
    gated.open();
    await done;
    expect(gated.calls).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('starts with small tasks, doubles the batch after each success and starts over after a failure', async () => {
    const calls: number[] = [];
    let fail = false;
    const batcher = createIndexBatcher(
      {
        upsertMany: async (rs) => {
          calls.push(rs.length);
          if (fail) throw new SearchUnavailableError('down');
        },
      },
      options({ maxBatch: 16, initialBatch: 2 }),
    );
    const ids = Array.from({ length: 40 }, (_, i) => `d${i}`);
    await Promise.all(ids.map((id) => batcher.upsert(rec(id))));
    expect(calls).toEqual([2, 4, 8, 16, 10]);
    expect(batcher.stats().limit).toBe(16);
    fail = true;
    await expect(batcher.upsert(rec('x'))).rejects.toThrow('down');
    expect(batcher.stats().limit).toBe(2);
  });

  it('caps batch bytes but always sends a single oversized record', async () => {
    const calls: string[][] = [];
    const small = estimateRecordBytes(rec('x', 'a'.repeat(100)));
    const batcher = createIndexBatcher(
      { upsertMany: async (rs) => void calls.push(rs.map((r) => r.id)) },
      options({ maxBatchBytes: small * 2, maxInFlight: 4 }),
    );
    await Promise.all([
      batcher.upsert(rec('a', 'a'.repeat(100))),
      batcher.upsert(rec('b', 'a'.repeat(100))),
      batcher.upsert(rec('c', 'a'.repeat(100))),
      batcher.upsert(rec('huge', 'a'.repeat(10_000))),
    ]);
    expect(calls).toEqual([['a', 'b'], ['c'], ['huge']]);
  });

  it('keeps several tasks in flight, then grows the next batch with what arrived meanwhile', async () => {
    const gated = gatedTarget();
    const batcher = createIndexBatcher(gated.target, options({ maxInFlight: 2, lingerMs: 1 }));
    const first = batcher.upsert(rec('a'));
    await new Promise((r) => setTimeout(r, 10));
    const second = batcher.upsert(rec('b'));
    await new Promise((r) => setTimeout(r, 10));
    expect(gated.calls).toEqual([['a'], ['b']]);
    expect(batcher.stats().inFlight).toBe(2);
    const rest = ['c', 'd', 'e'].map((id) => batcher.upsert(rec(id)));
    await new Promise((r) => setTimeout(r, 10));
    expect(gated.calls).toHaveLength(2);
    gated.open();
    await Promise.all([first, second]);
    await tick();
    expect(gated.calls[2]).toEqual(['c', 'd', 'e']);
    gated.open();
    await Promise.all(rest);
  });

  it('rejects every caller with a retryable error, and isolates a permanently bad record', async () => {
    const down = createIndexBatcher(
      {
        upsertMany: async () => {
          throw new SearchUnavailableError('down');
        },
      },
      options({ lingerMs: 1 }),
    );
    const results = await Promise.allSettled([down.upsert(rec('a')), down.upsert(rec('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);

    const picky = createIndexBatcher(
      {
        upsertMany: async (rs) => {
          if (rs.some((r) => r.id === 'bad')) throw new AppError('internal_error', 'task failed');
        },
      },
      options({ lingerMs: 1 }),
    );
    const mixed = await Promise.allSettled(['x', 'bad', 'y'].map((id) => picky.upsert(rec(id))));
    expect(mixed.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('admits jobs while their records fit the memory budget, always at least one', async () => {
    const gated = gatedTarget();
    const big = rec('big', 'a'.repeat(50_000));
    const budget = estimateRecordBytes(big) + 20 * 1024;
    const batcher = createIndexBatcher(gated.target, options({ maxHeldBytes: budget }));
    const a = await batcher.admit();
    const indexed = a.upsert(big);
    // the held record leaves less than an average record of room: the next job waits
    let admitted = false;
    const b = batcher.admit().then((admission) => {
      admitted = true;
      return admission;
    });
    await tick();
    expect(admitted).toBe(false);
    expect(batcher.stats().held).toBe(1);
    await new Promise((r) => setTimeout(r, 10));
    gated.open();
    await indexed;
    a.release();
    const second = await b;
    expect(admitted).toBe(true);
    second.release();
    expect(batcher.stats()).toMatchObject({ held: 0, heldBytes: 0 });
  });
});
