/**
 * PDF → text: pdf-parse off the main thread, a per-page quality gate (keep / decode legacy
 * encoding / OCR), OCR of the pages that need it, and distinct errors for encrypted, truncated,
 * corrupt and empty files.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AppError,
  CorruptDocumentError,
  EmptyDocumentError,
  EncryptedDocumentError,
} from '@vanban/core';
import { legacyWarnings } from '../legacy/repair.ts';
import type { LegacyEncoding } from '../legacy/font-encoding.ts';
import { normalizeExtractedText } from '../text/normalize.ts';
import { scoreSyllables } from '../text/syllable.ts';
import type { DocumentResult } from '../types.ts';
import { ocrPages } from './ocr.ts';
import { assessPageText, countLetters, type PageAssessment } from './page-quality.ts';
import { hasEncryptDictionary, looksTruncated, qpdfRequiresPassword } from './pdf-damage.ts';
import { parsePdfInWorker, PdfParseFailure, type PdfParseOutput } from './run-pdf-parse.ts';

export interface PdfOptions {
  timeoutMs: number;
  ocr: boolean;
}

async function withTempPdf<T>(bytes: Uint8Array, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vanban-pdf-'));
  try {
    const file = path.join(dir, 'input.pdf');
    await writeFile(file, bytes);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const ENCRYPTED_MESSAGE =
  'Tệp PDF được bảo vệ bằng mật khẩu (mã hóa); hãy gỡ mật khẩu rồi tải lên lại.';

async function explainFailure(bytes: Uint8Array, failure: unknown): Promise<AppError> {
  if (failure instanceof AppError) return failure;
  const name = failure instanceof PdfParseFailure ? failure.exceptionName : 'Error';
  const detail = failure instanceof Error ? failure.message : String(failure);
  if (name === 'PasswordException') return new EncryptedDocumentError(ENCRYPTED_MESSAGE);
  if (hasEncryptDictionary(bytes)) {
    const needsPassword = await withTempPdf(bytes, qpdfRequiresPassword);
    if (needsPassword === true) return new EncryptedDocumentError(ENCRYPTED_MESSAGE);
  }
  if (looksTruncated(bytes)) {
    return new CorruptDocumentError(
      'Tệp PDF bị cắt cụt (thiếu phần cuối tệp, có thể tải lên chưa xong); hãy tải lên lại bản đầy đủ.',
      { context: { detail } },
    );
  }
  return new CorruptDocumentError(`Tệp PDF bị hỏng, không đọc được cấu trúc (${detail}).`, {
    context: { detail },
  });
}

async function parse(bytes: Uint8Array, timeoutMs: number): Promise<PdfParseOutput> {
  if (looksTruncated(bytes)) throw await explainFailure(bytes, new Error('no %%EOF'));
  try {
    return await parsePdfInWorker(bytes, timeoutMs);
  } catch (failure) {
    throw await explainFailure(bytes, failure);
  }
}

function warningsFor(pages: PageAssessment[], ocrDone: number[], skipped: number[]): string[] {
  const decoded = new Map<LegacyEncoding, number>();
  let joins = 0;
  let restoredU = 0;
  for (const page of pages) {
    joins += page.nfdJoins;
    restoredU += page.restoredU;
    for (const [enc, n] of page.decoded) decoded.set(enc, (decoded.get(enc) ?? 0) + n);
  }
  const warnings = legacyWarnings(decoded, 'dòng', restoredU);
  if (joins > 0)
    warnings.push(`Đã nối lại ${joins} âm tiết bị tách do lớp chữ PDF ở dạng tổ hợp (NFD).`);
  if (ocrDone.length > 0)
    warnings.push(`Đã nhận dạng chữ (OCR) trang ${ocrDone.join(', ')}; có thể sai dấu thanh.`);
  if (skipped.length > 0)
    warnings.push(`Trang ${skipped.join(', ')} không có lớp chữ dùng được và chưa được OCR.`);
  return warnings;
}

/** An OCR of a blank page must not replace a short real layer, nor a worse reading a better one. */
function ocrIsBetter(page: PageAssessment, ocrText: string): boolean {
  if (page.needsOcr === 'low_quality') return scoreSyllables(ocrText).share > page.syllableShare;
  return countLetters(ocrText) >= page.letters;
}

export async function extractPdf(bytes: Uint8Array, options: PdfOptions): Promise<DocumentResult> {
  const parsed = await parse(bytes, options.timeoutMs);
  if (parsed.total === 0 || parsed.pages.length === 0)
    throw new EmptyDocumentError('Tệp PDF không có trang nào.');
  const pages = parsed.pages.map((p) => assessPageText(p.text));
  const wanted = parsed.pages.filter((_, i) => pages[i]!.needsOcr !== null).map((p) => p.num);
  const texts = pages.map((p) => p.text);
  const ocrDone: number[] = [];
  const extraWarnings: string[] = [];
  if (options.ocr && wanted.length > 0) {
    const ocr = await withTempPdf(bytes, (file) =>
      ocrPages(file, wanted, { timeoutMs: options.timeoutMs }),
    );
    parsed.pages.forEach((p, i) => {
      const result = ocr.get(p.num);
      if (result === undefined) return;
      if (result.ok) {
        if (ocrIsBetter(pages[i]!, result.text)) {
          texts[i] = result.text;
          ocrDone.push(p.num);
        }
      } else extraWarnings.push(`Không nhận dạng được chữ trang ${p.num}: ${result.error}`);
    });
  }
  const skipped = options.ocr ? [] : wanted;
  const text = normalizeExtractedText(texts.join('\n\n'));
  if (text.length === 0 || countLetters(text) === 0) {
    throw new EmptyDocumentError(
      options.ocr
        ? 'Tệp PDF không có chữ đọc được (kể cả sau khi nhận dạng chữ OCR).'
        : 'Tệp PDF không có lớp chữ và OCR đang tắt.',
    );
  }
  return {
    kind: 'document',
    mime: 'application/pdf',
    text,
    pages: parsed.total,
    ocrPages: ocrDone.sort((a, b) => a - b),
    warnings: [...warningsFor(pages, ocrDone, skipped), ...extraWarnings],
  };
}
