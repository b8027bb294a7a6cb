/** The registered extractors: one per detected document type. */
import { extractDocx } from './docx/extract-docx.ts';
import { extractPdf } from './pdf/extract-pdf.ts';
import type { Extractor } from './registry.ts';
import { extractTxt } from './txt/extract-txt.ts';

export const EXTRACTORS: readonly Extractor[] = [
  { name: 'pdf', handles: 'pdf', extract: (bytes, ctx) => extractPdf(bytes, ctx) },
  { name: 'docx', handles: 'docx', extract: (bytes) => extractDocx(bytes) },
  { name: 'txt', handles: 'text', extract: (bytes) => Promise.resolve(extractTxt(bytes)) },
];
