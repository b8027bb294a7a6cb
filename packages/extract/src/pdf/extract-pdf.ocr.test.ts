import { readFileSync } from 'node:fs';
import { analyze } from '@vanban/analysis';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../extract-file.ts';
import { fixture, SHARED_SEEDS } from '../testing/paths.ts';
import { similarity } from '../testing/similarity.ts';
import type { DocumentResult } from '../types.ts';

// Scanned PDFs (no text layer): every page must be OCRed. ~1-3 s of CPU per page, pages in parallel;
// each scan is OCRed once and shared by the tests below.
describe.each(['001', '002'])('scanned seed %s', (seed) => {
  let result: DocumentResult;

  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(fixture('documents', 'scanned', `${seed}-scan.pdf`)));
    const extracted = await extractFile(bytes);
    if (extracted.kind !== 'document') throw new Error('expected a document');
    result = extracted;
  }, 240_000);

  it('is OCRed page by page, with a warning, to ≥ 0.90 character similarity', () => {
    expect(result.pages).toBeGreaterThan(0);
    expect(result.ocrPages).toEqual(Array.from({ length: result.pages! }, (_, i) => i + 1));
    expect(result.warnings.join(' ')).toMatch(/OCR/);
    const expected = readFileSync(fixture('expected', 'seeds', `${seed}.txt`), 'utf8');
    expect(similarity(result.text, expected)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps ≥ 90% of the gold citation keys findable by analyze()', () => {
    const gold = JSON.parse(readFileSync(`${SHARED_SEEDS}/gold/${seed}.json`, 'utf8')) as {
      citations: Array<{ key: string }>;
    };
    const found = new Set(analyze(result.text).citations.map((c) => c.key));
    const hits = gold.citations.filter((c) => found.has(c.key)).length;
    expect(hits / gold.citations.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('OCR switched off', () => {
  it('a scanned PDF without OCR is an empty document with a clear message', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('documents', 'scanned', '001-scan.pdf')));
    await expect(extractFile(bytes, { ocr: false })).rejects.toMatchObject({
      code: 'empty_document',
      message: expect.stringMatching(/OCR/),
    });
  });
});
