import { describe, expect, it } from 'vitest';
import { AppError, SearchUnavailableError } from '@vanban/core';
import type { DerivedRecord } from '@vanban/storage';
import { createIndexBatcher } from './index-batcher.ts';

const rec = (id: string) => ({ id }) as unknown as DerivedRecord;

describe('index batcher', () => {
  it('sends documents that arrive together in one task and resolves each caller', async () => {
    const calls: string[][] = [];
    const batcher = createIndexBatcher(
      { upsertMany: async (rs) => void calls.push(rs.map((r) => r.id)) },
      { maxBatch: 10, lingerMs: 20 },
    );
    await Promise.all(['a', 'b', 'c'].map((id) => batcher.upsert(rec(id))));
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('caps batch size and sends what arrived during a flush right after it', async () => {
    const calls: string[][] = [];
    const batcher = createIndexBatcher(
      {
        upsertMany: async (rs) => {
          calls.push(rs.map((r) => r.id));
          await new Promise((r) => setTimeout(r, 10));
        },
      },
      { maxBatch: 2, lingerMs: 5 },
    );
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => batcher.upsert(rec(id))));
    expect(calls).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('rejects every caller with a retryable error, and isolates a permanently bad record', async () => {
    const down = createIndexBatcher(
      {
        upsertMany: async () => {
          throw new SearchUnavailableError('down');
        },
      },
      { maxBatch: 10, lingerMs: 1 },
    );
    const results = await Promise.allSettled([down.upsert(rec('a')), down.upsert(rec('b'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);

    const picky = createIndexBatcher(
      {
        upsertMany: async (rs) => {
          if (rs.some((r) => r.id === 'bad')) throw new AppError('internal_error', 'task failed');
        },
      },
      { maxBatch: 10, lingerMs: 1 },
    );
    const mixed = await Promise.allSettled(['x', 'bad', 'y'].map((id) => picky.upsert(rec(id))));
    expect(mixed.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
