import { z } from 'zod';

/**
 * Bumped whenever extraction/analysis/mapping change in a way that must re-derive documents.
 * Part of every deterministic job id, so a new version processes documents again while a
 * re-upload under the same version does not create duplicate work.
 */
export const PIPELINE_VERSION = 1;

export const QUEUE_NAME = 'ingest';

const documentId = z.string().regex(/^[0-9a-f]{24}$/, 'documentId: 24 hex characters');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 hex characters');

/** Payloads carry ids and storage keys only: never file bytes or document text. */
export const processFilePayload = z.object({
  batchId: z.string().min(1),
  fileIndex: z.number().int().nonnegative(),
  documentId,
  sha256,
  name: z.string().min(1).max(1024),
});
export type ProcessFilePayload = z.infer<typeof processFilePayload>;

export const reindexDocumentPayload = z.object({ documentId });
export type ReindexDocumentPayload = z.infer<typeof reindexDocumentPayload>;

export interface JobDefinition<S extends z.ZodType> {
  schema: S;
  /** deterministic job id from the payload */
  jobId(payload: z.output<S>): string;
  attempts: number;
  backoff: { type: 'exponential'; delay: number };
}

export const DEFAULT_ATTEMPTS = 5;
/** 2 s, 4 s, 8 s, 16 s: a dependency outage of about half a minute is ridden out. */
export const DEFAULT_BACKOFF = { type: 'exponential', delay: 2000 } as const;

export const JOBS = {
  'process-file': {
    schema: processFilePayload,
    jobId: (p: ProcessFilePayload) => `process-${p.documentId}-p${PIPELINE_VERSION}`,
    attempts: DEFAULT_ATTEMPTS,
    backoff: DEFAULT_BACKOFF,
  },
  'reindex-document': {
    schema: reindexDocumentPayload,
    jobId: (p: ReindexDocumentPayload) => `reindex-${p.documentId}-p${PIPELINE_VERSION}`,
    attempts: DEFAULT_ATTEMPTS,
    backoff: DEFAULT_BACKOFF,
  },
} as const satisfies Record<string, JobDefinition<z.ZodType>>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.output<(typeof JOBS)[N]['schema']>;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export function isJobName(value: string): value is JobName {
  return Object.hasOwn(JOBS, value);
}
