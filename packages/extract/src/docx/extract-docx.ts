/**
 * DOCX → text with mammoth's HTML conversion (its raw-text mode drops footnotes), after legacy
 * fonts are decoded run by run. The zip is first inflated once under limits, so a DOCX-shaped zip
 * bomb is refused before mammoth (which inflates in memory) sees it.
 */
import mammoth from 'mammoth';
import { CorruptDocumentError, EmptyDocumentError } from '@vanban/core';
import { iterateEntries, openZip, readEntry } from '../archive/zip-reader.ts';
import type { LegacyEncoding } from '../legacy/font-encoding.ts';
import { legacyWarnings } from '../legacy/repair.ts';
import { hasContent, normalizeExtractedText } from '../text/normalize.ts';
import type { DocumentResult } from '../types.ts';
import { htmlToText } from './html-to-text.ts';
import { repairLegacyRuns, type MammothElement } from './legacy-runs.ts';
import { parseStyleFonts, type StyleFonts } from './style-fonts.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_DOCX_INFLATED = 512 * 1024 * 1024;

/** Inflate every part under limits (zip-bomb guard) and return word/styles.xml. */
async function inspectDocx(bytes: Uint8Array): Promise<string> {
  const zip = await openZip(bytes);
  const budget = { remainingTotalBytes: MAX_DOCX_INFLATED };
  let styles = '';
  try {
    for await (const raw of iterateEntries(zip)) {
      // Images are never read (see convertImage below), so they need not be inflated here.
      if (raw.isDirectory || raw.rawName.toString('latin1').startsWith('word/media/')) continue;
      const data = await readEntry(zip, raw, {
        maxBytes: MAX_DOCX_INFLATED,
        maxRatio: 1000,
        ratioGraceBytes: 16 * 1024 * 1024,
        budget,
      });
      if (raw.rawName.toString('latin1') === 'word/styles.xml') styles = data.toString('utf8');
    }
  } finally {
    zip.close();
  }
  return styles;
}

export async function extractDocx(bytes: Uint8Array): Promise<DocumentResult> {
  const fonts: StyleFonts = parseStyleFonts(await inspectDocx(bytes));
  let decoded = new Map<LegacyEncoding, number>();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Images are not text: skip them instead of base64-encoding each one into the HTML.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (document: MammothElement) => {
          decoded = repairLegacyRuns(document, fonts).decoded;
          return document;
        },
      },
    );
    html = result.value;
  } catch (error) {
    throw new CorruptDocumentError(
      `Tệp Word (.docx) bị hỏng, không đọc được nội dung: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const text = normalizeExtractedText(htmlToText(html));
  if (!hasContent(text)) throw new EmptyDocumentError('Tệp Word (.docx) không có nội dung chữ.');
  return {
    kind: 'document',
    mime: DOCX_MIME,
    text,
    ocrPages: [],
    warnings: legacyWarnings(decoded, 'đoạn'),
  };
}
