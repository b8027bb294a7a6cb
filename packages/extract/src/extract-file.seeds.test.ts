import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '@vanban/analysis';
import { describe, expect, it } from 'vitest';
import { extractFile } from './extract-file.ts';
import { fixture, SHARED_SEEDS } from './testing/paths.ts';
import { similarity } from './testing/similarity.ts';
import type { DocumentResult } from './types.ts';

const SEEDS = ['000', '001', '002', '003', '004'];
const seedFiles = readdirSync(SHARED_SEEDS);

function expectedText(seed: string): string {
  return readFileSync(fixture('expected', 'seeds', `${seed}.txt`), 'utf8');
}

function seedTxt(seed: string): string {
  const file = seedFiles.find((f) => f.startsWith(`${seed}_`) && f.endsWith('.txt'))!;
  return readFileSync(path.join(SHARED_SEEDS, file), 'utf8');
}

async function extractDocument(file: string): Promise<DocumentResult> {
  const result = await extractFile(new Uint8Array(readFileSync(file)), {
    fileName: path.basename(file),
  });
  if (result.kind !== 'document') throw new Error('expected a document');
  return result;
}

const keys = (text: string): string[] => analyze(text).citations.map((c) => c.key);

const cache = new Map<string, Promise<DocumentResult>>();
function extractSeed(seed: string, ext: string): Promise<DocumentResult> {
  const file = fixture('documents', 'seeds', `${seed}.${ext}`);
  if (!cache.has(file)) cache.set(file, extractDocument(file));
  return cache.get(file)!;
}

describe.each(['pdf', 'docx'])('seed documents as %s', (ext) => {
  it.each(SEEDS)('seed %s: NFC text matching the seed text (≥ 0.98 similarity)', async (seed) => {
    const result = await extractSeed(seed, ext);
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.ocrPages).toEqual([]);
    expect(similarity(result.text, expectedText(seed))).toBeGreaterThanOrEqual(0.98);
  });

  it.each(SEEDS)(
    'seed %s: analyze() finds the same citation keys as on the .txt seed',
    async (seed) => {
      const result = await extractSeed(seed, ext);
      expect(keys(result.text)).toEqual(keys(seedTxt(seed)));
    },
  );
});

describe('content decides the type', () => {
  it('reads a PDF named .docx as PDF', async () => {
    const result = await extractDocument(fixture('bad', 'not-a-docx.docx'));
    expect(result.mime).toBe('application/pdf');
    expect(similarity(result.text, expectedText('003'))).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps the text of a .txt file exactly (the stored text is the file text)', async () => {
    const result = await extractDocument(
      path.join(
        SHARED_SEEDS,
        seedFiles.find((f) => f.startsWith('000_'))!,
      ),
    );
    expect(result.text).toBe(seedTxt('000'));
    expect(result.mime).toBe('text/plain');
  });
});
