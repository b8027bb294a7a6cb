/** What one document turned into. `text` is the stored text: legacy encodings decoded, NFC. */
export interface DocumentResult {
  kind: 'document';
  mime: string;
  text: string;
  pages?: number;
  /** 1-based numbers of the PDF pages whose text came from OCR */
  ocrPages: number[];
  warnings: string[];
}

export interface ArchiveMemberError {
  code: string;
  message: string;
}

export type ArchiveMemberResult =
  { path: string; result: ExtractResult } | { path: string; error: ArchiveMemberError };

export interface ArchiveResult {
  kind: 'archive';
  members: ArchiveMemberResult[];
}

export type ExtractResult = DocumentResult | ArchiveResult;

export interface ExtractOptions {
  /** original file name; used only for messages and to name archive members */
  fileName?: string;
  /** time limit for each isolated step (PDF parsing, one OCR page); default 60 s */
  timeoutMs?: number;
  /** OCR pages without a usable text layer (default true) */
  ocr?: boolean;
  /** limits for zip archives */
  archiveLimits?: Partial<ArchiveLimits>;
}

export interface ArchiveLimits {
  /** total bytes inflated over the whole archive, nested archives included */
  maxTotalBytes: number;
  /** bytes inflated for one member */
  maxMemberBytes: number;
  /** inflated/compressed ratio allowed for a member once it is past `ratioGraceBytes` */
  maxRatio: number;
  ratioGraceBytes: number;
  /** members (files) over the whole archive, nested archives included */
  maxEntries: number;
  /** how deep zips may nest inside zips (1 = a zip inside the uploaded zip) */
  maxDepth: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  maxMemberBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioGraceBytes: 1024 * 1024,
  maxEntries: 5000,
  maxDepth: 3,
};
