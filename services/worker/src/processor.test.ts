import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError, type Job } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '@vanban/analysis';
import { EncryptedDocumentError, SearchUnavailableError } from '@vanban/core';
import {
  createBlobStore,
  createDerivedStore,
  documentIdOf,
  type BlobStore,
  type DerivedRecord,
  type DerivedStore,
  type FileStatus,
  type RecordStore,
} from '@vanban/storage';
import type { ExtractPool } from './extract/extract-pool.ts';
import { createSilentLogger } from './logger.ts';
import type { SearchSink } from './ports.ts';
import { createProcessor } from './processor.ts';

interface FileState {
  status: FileStatus;
  error?: { code: string; message: string };
  note?: { code: string };
}

/** In-memory stand-in for the Redis record store: only what the processor uses. */
function fakeRecords(names: string[]) {
  const files = new Map<string, FileState>();
  const docs = new Map<string, { status: string; error?: unknown }>();
  const store = {
    async setFileStatus(batchId: string, fileIndex: number, status: FileStatus, extra = {}) {
      const key = `${batchId}/${fileIndex}`;
      const old = files.get(key);
      if (old && ['done', 'failed'].includes(old.status) && status === 'processing') return false;
      files.set(key, { status, ...extra });
      return true;
    },
    async setDocumentStatus(id: string, status: string, error?: unknown) {
      docs.set(id, error ? { status, error } : { status });
    },
    async listDocumentFiles() {
      return [
        { batchId: 'b', fileIndex: 0 },
        { batchId: 'other', fileIndex: 3 },
      ];
    },
    async getDocument(id: string) {
      return {
        id,
        sha256: '',
        status: 'queued',
        names,
        uploads: [],
        owner: { batchId: 'b', fileIndex: 0 },
        createdAt: '',
      };
    },
  };
  return { store: store as unknown as RecordStore, files, docs };
}

function job(data: unknown, attemptsMade = 0): Job {
  return {
    id: 'j1',
    name: 'process-file',
    data,
    attemptsMade,
    opts: { attempts: 5 },
  } as unknown as Job;
}

let root: string;
let blobs: BlobStore;
let derived: DerivedStore;
let payload: {
  batchId: string;
  fileIndex: number;
  documentId: string;
  sha256: string;
  name: string;
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vanban-proc-'));
  blobs = createBlobStore(join(root, 'blobs'));
  derived = createDerivedStore(join(root, 'derived'));
  const { sha256 } = await blobs.put(
    new TextEncoder().encode('KẾ HOẠCH\nThực hiện Nghị quyết số 35-NQ/TW'),
  );
  payload = {
    batchId: 'b',
    fileIndex: 0,
    documentId: documentIdOf(sha256),
    sha256,
    name: 'ke-hoach.txt',
  };
});
afterEach(async () => {
  // every job gives back its share of the worker's record memory, failed or not
  expect(open.n).toBe(0);
  await rm(root, { recursive: true, force: true });
});

/** a search port that upserts each record with `upsert` and counts open admissions */
const open = { n: 0 };
function sink(upsert: (record: DerivedRecord) => Promise<void>): SearchSink {
  return {
    ensureIndex: async () => {},
    admit: async () => {
      open.n += 1;
      let released = false;
      return {
        upsert,
        release: () => {
          if (!released) open.n -= 1;
          released = true;
        },
      };
    },
  };
}

const okPool = (calls: { n: number }): ExtractPool => ({
  async extract() {
    calls.n += 1;
    const text = 'KẾ HOẠCH\nThực hiện Nghị quyết số 35-NQ/TW';
    return { mime: 'text/plain', text, ocrPages: [], warnings: [], analysis: analyze(text) };
  },
  async close() {},
});

describe('processor', () => {
  it('derives, indexes and marks the file done; a second run re-upserts without extracting again', async () => {
    const calls = { n: 0 };
    const upserted: DerivedRecord[] = [];
    const records = fakeRecords(['ke-hoach.txt', 'ban-sao.txt']);
    const process = createProcessor({
      blobs,
      derived,
      pool: okPool(calls),
      records: records.store,
      search: sink(async (r) => void upserted.push(r)),
      logger: createSilentLogger(),
    });
    await process(job(payload));
    await process(job(payload));
    expect(calls.n).toBe(1);
    expect(upserted).toHaveLength(2);
    expect(upserted[0]?.names).toEqual(['ke-hoach.txt', 'ban-sao.txt']);
    expect(records.files.get('b/0')?.status).toBe('done');
    expect(records.docs.get(payload.documentId)?.status).toBe('done');
    expect((await derived.get(payload.documentId))?.analysis.citations[0]?.key).toBe('35-NQ/TW');
  });

  it('records a permanent failure on the file and throws UnrecoverableError', async () => {
    const records = fakeRecords(['mat.pdf']);
    const process = createProcessor({
      blobs,
      derived,
      pool: {
        extract: async () => {
          throw new EncryptedDocumentError('Tệp có mật khẩu.');
        },
        close: async () => {},
      },
      records: records.store,
      search: sink(async () => {}),
      logger: createSilentLogger(),
    });
    await expect(process(job(payload))).rejects.toBeInstanceOf(UnrecoverableError);
    expect(records.files.get('b/0')).toMatchObject({
      status: 'failed',
      error: { code: 'encrypted_document', message: 'Tệp có mật khẩu.' },
    });
    // a duplicate upload of the same bytes in another batch gets the same reason
    expect(records.files.get('other/3')).toMatchObject({
      status: 'failed',
      error: { code: 'encrypted_document' },
    });
  });

  it('rethrows a retryable failure, leaves the file processing with a note, fails it on the last attempt', async () => {
    const records = fakeRecords(['a.txt']);
    const down = new SearchUnavailableError('Meilisearch is unreachable');
    const process = createProcessor({
      blobs,
      derived,
      pool: okPool({ n: 0 }),
      records: records.store,
      search: sink(async () => {
        throw down;
      }),
      logger: createSilentLogger(),
    });
    await expect(process(job(payload, 0))).rejects.toBe(down);
    expect(records.files.get('b/0')).toMatchObject({
      status: 'processing',
      note: { code: 'search_unavailable' },
    });
    await expect(process(job(payload, 4))).rejects.toBe(down);
    expect(records.files.get('b/0')).toMatchObject({
      status: 'failed',
      error: { code: 'search_unavailable' },
    });
  });

  it('refuses a payload that does not match the catalog', async () => {
    const records = fakeRecords([]);
    const process = createProcessor({
      blobs,
      derived,
      pool: okPool({ n: 0 }),
      records: records.store,
      search: sink(async () => {}),
      logger: createSilentLogger(),
    });
    await expect(
      process(job({ ...payload, text: 'x', documentId: 'nope' })),
    ).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
