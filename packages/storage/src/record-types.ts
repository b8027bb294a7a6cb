import { z } from 'zod';

export const FILE_STATUSES = ['queued', 'processing', 'done', 'failed', 'duplicate'] as const;
export const fileStatusSchema = z.enum(FILE_STATUSES);
export type FileStatus = z.infer<typeof fileStatusSchema>;
/** A file in one of these states will not change any more. */
export const FINAL_STATUSES: readonly FileStatus[] = ['done', 'failed', 'duplicate'];

export const fileErrorSchema = z.object({ code: z.string(), message: z.string() });
export type FileError = z.infer<typeof fileErrorSchema>;

/** A retryable failure that the queue will try again: the file is not failed (yet). */
export const attemptNoteSchema = z.object({
  attempt: z.number().int(),
  code: z.string(),
  message: z.string(),
  at: z.string(),
});
export type AttemptNote = z.infer<typeof attemptNoteSchema>;

export const batchFileSchema = z.object({
  name: z.string(),
  /** folder path inside an uploaded archive (`thu-muc/con/tep.pdf`) */
  path: z.string().optional(),
  status: fileStatusSchema,
  documentId: z.string().optional(),
  error: fileErrorSchema.optional(),
  note: attemptNoteSchema.optional(),
});
export type BatchFile = z.infer<typeof batchFileSchema>;

export type StatusCounts = Record<FileStatus, number>;

export interface Batch {
  id: string;
  createdAt: string;
  /** `processing` while any file is queued or processing, then `done` */
  status: 'processing' | 'done';
  counts: StatusCounts;
  files: BatchFile[];
}

export const DOCUMENT_STATUSES = ['queued', 'processing', 'done', 'failed'] as const;
export const documentStatusSchema = z.enum(DOCUMENT_STATUSES);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export interface DocumentMeta {
  id: string;
  sha256: string;
  status: DocumentStatus;
  error?: FileError;
  /** every name the bytes were uploaded under, in upload order, without repeats */
  names: string[];
  /** every batch that uploaded the bytes, in upload order */
  uploads: string[];
  /** the batch file whose job processes the document */
  owner: { batchId: string; fileIndex: number };
  createdAt: string;
}

/** What registering one uploaded file decided. */
export type RegisterOutcome =
  /** first time these bytes are seen: a job must be enqueued */
  | { kind: 'new'; status: 'queued' }
  /** the bytes are a known document: the file is `duplicate` (or `failed` like the original) */
  | {
      kind: 'existing';
      status: 'duplicate' | 'failed';
      documentStatus: DocumentStatus;
      owner: { batchId: string; fileIndex: number };
    };
