/**
 * The bare libraries, for benchmarks that compare our pipeline with them (bench/extract.ts lives
 * outside this package and cannot import its dependencies directly).
 */
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';

/** pdf-parse 2.x in the calling thread, `pageJoiner: ''` (what our worker runs). */
export async function pdfParseInProcess(
  bytes: Uint8Array,
): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

/** mammoth's raw-text mode (drops footnotes). */
export async function mammothRawText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}
