import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from './extract-file.ts';
import { fixture } from './testing/paths.ts';
import { similarity } from './testing/similarity.ts';
import type { DocumentResult } from './types.ts';

async function extract(...parts: string[]): Promise<DocumentResult> {
  const result = await extractFile(new Uint8Array(readFileSync(fixture(...parts))));
  if (result.kind !== 'document') throw new Error('expected a document');
  return result;
}
const expected = (...parts: string[]): string =>
  readFileSync(fixture('expected', ...parts), 'utf8');

describe('legacy fonts', () => {
  it('tcvn3.docx (.VnTime / .VnTimeH runs) decodes to exactly the original Unicode text', async () => {
    const result = await extract('documents', 'legacy', 'tcvn3.docx');
    // The stored text has no trailing newline; every character before it is the original.
    expect(result.text).toBe(expected('tcvn3.txt').replace(/\n+$/, ''));
    expect(result.warnings.join(' ')).toMatch(/TCVN3/);
  });

  it('vni.docx (VNI-Times runs) decodes to exactly the original Unicode text', async () => {
    const result = await extract('documents', 'legacy', 'vni.docx');
    expect(result.text).toBe(expected('vni.txt').replace(/\n+$/, ''));
    expect(result.warnings.join(' ')).toMatch(/VNI/);
  });

  it('tcvn3.pdf: the TCVN3 text layer is decoded (not OCRed) and lost `ư` restored', async () => {
    const result = await extract('documents', 'legacy', 'tcvn3.pdf');
    expect(result.ocrPages).toEqual([]);
    // Capitals fonts are not told apart in a PDF text layer: compare case-insensitively.
    expect(
      similarity(result.text.toLowerCase(), expected('tcvn3.txt').toLowerCase()),
    ).toBeGreaterThanOrEqual(0.99);
    expect(result.warnings.join(' ')).toMatch(/TCVN3/);
    expect(result.warnings.join(' ')).toMatch(/khôi phục \d+ chữ "ư"/);
  });
});

describe('encodings and Unicode forms of seed 003', () => {
  const seed003 = expected('seeds', '003.txt');

  it.each(['003-nfd.txt', '003-bom-crlf.txt', '003-cp1258.txt', '003-utf16le.txt'])(
    '%s decodes exactly to the seed text (NFC)',
    async (name) => {
      expect((await extract('documents', 'variants', name)).text).toBe(seed003);
    },
  );

  it('an NFD PDF text layer comes back NFC, split syllables rejoined', async () => {
    const result = await extract('documents', 'variants', '003-nfd.pdf');
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(similarity(result.text, seed003)).toBeGreaterThanOrEqual(0.998);
  });

  it('an NFD DOCX comes back NFC', async () => {
    const result = await extract('documents', 'variants', '003-nfd.docx');
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(similarity(result.text, seed003)).toBeGreaterThanOrEqual(0.999);
  });
});

describe('footnotes', () => {
  const spec = JSON.parse(expected('variants', '000-footnotes.json')) as {
    footnotes: Array<{ number: number; text: string }>;
  };

  it('DOCX footnotes are kept, each with its superscript number, after the body', async () => {
    const result = await extract('documents', 'variants', '000-footnotes.docx');
    const flat = result.text.replace(/\s+/g, ' ');
    for (const note of spec.footnotes) {
      const marker = '⁰¹²³⁴⁵⁶⁷⁸⁹'[note.number]!;
      expect(flat).toContain(`${marker} ${note.text.replace(/\s+/g, ' ')}`);
    }
  });
});

describe('per-page OCR', () => {
  it('004-mixed.pdf: only the scanned page 2 is OCRed', async () => {
    const result = await extract('documents', 'scanned', '004-mixed.pdf');
    expect(result.ocrPages).toEqual([2]);
    expect(similarity(result.text, expected('seeds', '004.txt'))).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
});
