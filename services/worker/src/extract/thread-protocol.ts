import type { Analysis } from '@vanban/analysis';

/** Parent → extraction thread. The thread reads the blob itself: no bytes cross the boundary. */
export interface ExtractTask {
  id: number;
  blobPath: string;
  fileName: string;
  /** per-step limit handed to extractFile (one PDF parse, one OCR page) */
  stepTimeoutMs: number;
}

export interface ExtractedDocument {
  mime: string;
  text: string;
  pages?: number;
  ocrPages: number[];
  warnings: string[];
  analysis: Analysis;
}

export type ExtractReply =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; error: { code: string; message: string; retryable: boolean } };
