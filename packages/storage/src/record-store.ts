import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import {
  FILE_STATUSES,
  batchFileSchema,
  documentStatusSchema,
  fileErrorSchema,
} from './record-types.ts';
import type {
  AttemptNote,
  Batch,
  BatchFile,
  DocumentMeta,
  DocumentStatus,
  FileError,
  FileStatus,
  RegisterOutcome,
  StatusCounts,
} from './record-types.ts';

/**
 * Upload batches and document metadata in Redis (AOF on). Every change that several API
 * processes or workers may make at once is one Lua script, so counts never drift and the same
 * bytes registered twice at the same moment still become one document.
 *
 * Keys (`P` = prefix): `P:batch:<id>` (hash: id, createdAt, fileCount), `P:batch:<id>:files`
 * (hash: index → file JSON), `P:batch:<id>:counts` (hash: status → n), `P:doc:<id>` (hash),
 * `P:doc:<id>:names`, `P:doc:<id>:uploads` and `P:doc:<id>:files` (`batchId|index`) (lists
 * without repeats), `P:docs` (set of ids).
 */
/** One uploaded file that carries a document, as registered in its batch. */
export interface RegisterFileInput {
  batchId: string;
  fileIndex: number;
  name: string;
  path?: string;
  documentId: string;
  sha256: string;
}

export interface RecordStore {
  createBatch(fileCount: number): Promise<{ id: string; createdAt: string }>;
  /** Registers a file that carries a document; decides new / duplicate atomically. */
  registerDocumentFile(input: RegisterFileInput): Promise<RegisterOutcome>;
  /**
   * `registerDocumentFile` for many files of one upload in one round trip (each file still
   * decided atomically by its own script, in input order). Outcomes are in input order.
   */
  registerDocumentFiles(inputs: ReadonlyArray<RegisterFileInput>): Promise<RegisterOutcome[]>;
  /** Registers a file that failed before it became a document (bad archive member). */
  registerFailedFile(input: {
    batchId: string;
    fileIndex: number;
    name: string;
    path?: string;
    error: FileError;
  }): Promise<void>;
  /**
   * Moves a batch file to `status`. A file in a final state (done, failed, duplicate) never goes
   * back to queued/processing, so a job that runs again after a crash cannot undo progress.
   * `force` reopens a final file (an admin retrying a failed job).
   * Returns false when nothing changed (unknown batch/file or a refused move).
   */
  setFileStatus(
    batchId: string,
    fileIndex: number,
    status: FileStatus,
    extra?: { error?: FileError; note?: AttemptNote; force?: boolean },
  ): Promise<boolean>;
  getBatch(batchId: string): Promise<Batch | null>;
  setDocumentStatus(documentId: string, status: DocumentStatus, error?: FileError): Promise<void>;
  getDocument(documentId: string): Promise<DocumentMeta | null>;
  /** every registered document id */
  listDocumentIds(): Promise<string[]>;
  /** every batch file that uploaded the document's bytes (the owner and its duplicates) */
  listDocumentFiles(documentId: string): Promise<Array<{ batchId: string; fileIndex: number }>>;
}

const REGISTER_DOCUMENT = `
local files, counts, doc, names, uploads, docs, docFiles = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6], KEYS[8]
local index, fileJson, docId, sha, name, batchId, now = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7]
if redis.call('EXISTS', KEYS[7]) == 0 then return {'no_batch'} end
local existing = redis.call('HGET', doc, 'status')
local file = cjson.decode(fileJson)
local result
if not existing then
  redis.call('HSET', doc, 'id', docId, 'sha256', sha, 'status', 'queued', 'ownerBatch', batchId,
    'ownerIndex', index, 'createdAt', now)
  redis.call('SADD', docs, docId)
  file.status = 'queued'
  result = {'new', 'queued'}
else
  local ownerBatch = redis.call('HGET', doc, 'ownerBatch')
  local ownerIndex = redis.call('HGET', doc, 'ownerIndex')
  if existing == 'failed' then
    file.status = 'failed'
    local err = redis.call('HGET', doc, 'error')
    if err then file.error = cjson.decode(err) end
  else
    file.status = 'duplicate'
  end
  result = {'existing', file.status, existing, ownerBatch, ownerIndex}
end
if not redis.call('LPOS', names, name) then redis.call('RPUSH', names, name) end
if not redis.call('LPOS', uploads, batchId) then redis.call('RPUSH', uploads, batchId) end
local ref = batchId .. '|' .. index
if not redis.call('LPOS', docFiles, ref) then redis.call('RPUSH', docFiles, ref) end
file.documentId = docId
local previous = redis.call('HGET', files, index)
if previous then
  redis.call('HINCRBY', counts, cjson.decode(previous).status, -1)
end
redis.call('HSET', files, index, cjson.encode(file))
redis.call('HINCRBY', counts, file.status, 1)
return result
`;

const REGISTER_FAILED = `
if redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
local previous = redis.call('HGET', KEYS[1], ARGV[1])
if previous then redis.call('HINCRBY', KEYS[2], cjson.decode(previous).status, -1) end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[2], 'failed', 1)
return 1
`;

const SET_FILE_STATUS = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return 0 end
local file = cjson.decode(raw)
local old, new = file.status, ARGV[2]
local final = { done = true, failed = true, duplicate = true }
if ARGV[5] ~= 'force' and final[old] and (new == 'queued' or new == 'processing') then return 0 end
if old ~= new then
  redis.call('HINCRBY', KEYS[2], old, -1)
  redis.call('HINCRBY', KEYS[2], new, 1)
end
file.status = new
if ARGV[3] ~= '' then file.error = cjson.decode(ARGV[3]) elseif new ~= 'failed' then file.error = nil end
if ARGV[4] ~= '' then file.note = cjson.decode(ARGV[4]) elseif final[new] then file.note = nil end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(file))
return 1
`;

const ownerSchema = z.object({ batchId: z.string(), fileIndex: z.coerce.number().int() });

function registerOutcome(batchId: string, reply: string[]): RegisterOutcome {
  if (reply[0] === 'no_batch') throw new Error(`batch ${batchId} does not exist`);
  if (reply[0] === 'new') return { kind: 'new', status: 'queued' };
  return {
    kind: 'existing',
    status: reply[1] === 'failed' ? 'failed' : 'duplicate',
    documentStatus: documentStatusSchema.parse(reply[2]),
    owner: ownerSchema.parse({ batchId: reply[3], fileIndex: reply[4] }),
  };
}

export function createRecordStore(redis: Redis, options: { prefix: string }): RecordStore {
  const p = options.prefix;
  const k = {
    batch: (id: string) => `${p}:batch:${id}`,
    files: (id: string) => `${p}:batch:${id}:files`,
    counts: (id: string) => `${p}:batch:${id}:counts`,
    doc: (id: string) => `${p}:doc:${id}`,
    names: (id: string) => `${p}:doc:${id}:names`,
    uploads: (id: string) => `${p}:doc:${id}:uploads`,
    docFiles: (id: string) => `${p}:doc:${id}:files`,
    docs: `${p}:docs`,
  };

  const fileJson = (name: string, path: string | undefined): string =>
    JSON.stringify(path === undefined ? { name } : { name, path });

  const registerArgs = (input: RegisterFileInput): string[] => [
    k.files(input.batchId),
    k.counts(input.batchId),
    k.doc(input.documentId),
    k.names(input.documentId),
    k.uploads(input.documentId),
    k.docs,
    k.batch(input.batchId),
    k.docFiles(input.documentId),
    String(input.fileIndex),
    fileJson(input.name, input.path),
    input.documentId,
    input.sha256,
    input.name,
    input.batchId,
    new Date().toISOString(),
  ];

  return {
    async createBatch(fileCount) {
      const id = randomUUID();
      const createdAt = new Date().toISOString();
      await redis.hset(k.batch(id), { id, createdAt, fileCount: String(fileCount) });
      return { id, createdAt };
    },

    async registerDocumentFile(input) {
      const reply = (await redis.eval(REGISTER_DOCUMENT, 8, ...registerArgs(input))) as string[];
      return registerOutcome(input.batchId, reply);
    },

    async registerDocumentFiles(inputs) {
      if (inputs.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const input of inputs) pipeline.eval(REGISTER_DOCUMENT, 8, ...registerArgs(input));
      const replies = (await pipeline.exec()) ?? [];
      return inputs.map((input, i) => {
        const [error, reply] = replies[i] ?? [new Error('no reply from Redis'), null];
        if (error) throw error;
        return registerOutcome(input.batchId, reply as string[]);
      });
    },

    async registerFailedFile(input) {
      const file: BatchFile = { name: input.name, status: 'failed', error: input.error };
      if (input.path !== undefined) file.path = input.path;
      const done = await redis.eval(
        REGISTER_FAILED,
        3,
        k.files(input.batchId),
        k.counts(input.batchId),
        k.batch(input.batchId),
        String(input.fileIndex),
        JSON.stringify(file),
      );
      if (done !== 1) throw new Error(`batch ${input.batchId} does not exist`);
    },

    async setFileStatus(batchId, fileIndex, status, extra = {}) {
      const changed = await redis.eval(
        SET_FILE_STATUS,
        2,
        k.files(batchId),
        k.counts(batchId),
        String(fileIndex),
        status,
        extra.error ? JSON.stringify(extra.error) : '',
        extra.note ? JSON.stringify(extra.note) : '',
        extra.force === true ? 'force' : '',
      );
      return changed === 1;
    },

    async getBatch(batchId) {
      const [meta, files, counts] = await Promise.all([
        redis.hgetall(k.batch(batchId)),
        redis.hgetall(k.files(batchId)),
        redis.hgetall(k.counts(batchId)),
      ]);
      if (!meta['id']) return null;
      const list: BatchFile[] = Object.entries(files)
        .map(([index, raw]) => [Number(index), batchFileSchema.parse(JSON.parse(raw))] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, file]) => file);
      const tally = Object.fromEntries(
        FILE_STATUSES.map((status) => [status, Math.max(0, Number(counts[status] ?? 0))]),
      ) as StatusCounts;
      const pending = tally.queued + tally.processing;
      const expected = Number(meta['fileCount'] ?? list.length);
      return {
        id: meta['id'],
        createdAt: meta['createdAt'] ?? '',
        status: pending > 0 || list.length < expected ? 'processing' : 'done',
        counts: tally,
        files: list,
      };
    },

    async setDocumentStatus(documentId, status, error) {
      const key = k.doc(documentId);
      const multi = redis.multi().hset(key, { status, updatedAt: new Date().toISOString() });
      if (error) multi.hset(key, { error: JSON.stringify(error) });
      else multi.hdel(key, 'error');
      await multi.exec();
    },

    async getDocument(documentId) {
      const [doc, names, uploads] = await Promise.all([
        redis.hgetall(k.doc(documentId)),
        redis.lrange(k.names(documentId), 0, -1),
        redis.lrange(k.uploads(documentId), 0, -1),
      ]);
      if (!doc['id'] || !doc['sha256']) return null;
      const meta: DocumentMeta = {
        id: doc['id'],
        sha256: doc['sha256'],
        status: documentStatusSchema.parse(doc['status']),
        names,
        uploads,
        owner: ownerSchema.parse({ batchId: doc['ownerBatch'], fileIndex: doc['ownerIndex'] }),
        createdAt: doc['createdAt'] ?? '',
      };
      if (doc['error']) meta.error = fileErrorSchema.parse(JSON.parse(doc['error']));
      return meta;
    },

    async listDocumentIds() {
      return redis.smembers(k.docs);
    },

    async listDocumentFiles(documentId) {
      const refs = await redis.lrange(k.docFiles(documentId), 0, -1);
      return refs.map((ref) => {
        const cut = ref.lastIndexOf('|');
        return { batchId: ref.slice(0, cut), fileIndex: Number(ref.slice(cut + 1)) };
      });
    },
  };
}
