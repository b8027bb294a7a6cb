/**
 * Extraction benchmark (`pnpm run bench:extract`). Every figure is paired with a reference
 * measured in the same run on the same files:
 *  - PDF text layer: pdf-parse 2.x (in-process, and through our worker-thread pipeline) vs
 *    poppler `pdftotext -layout`, pages per second and the time ratio (target < 3x);
 *  - DOCX: our extractor (mammoth HTML + legacy-font pass + HTML→text) vs mammoth.extractRawText;
 *  - OCR: seconds per page of our pipeline (one single-threaded Tesseract per core) vs pdftoppm +
 *    Tesseract with its default threading, one page after another.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile } from '../packages/extract/src/index.ts';
import { fixture } from '../packages/extract/src/testing/paths.ts';
import {
  mammothRawText,
  pdfParseInProcess,
} from '../packages/extract/src/testing/reference-extractors.ts';
import { similarity } from '../packages/extract/src/testing/similarity.ts';

const run = promisify(execFile);
const ROUNDS = Number(process.argv[2] ?? 3);
const SEEDS = ['000', '001', '002', '003', '004'];
const pdfs = SEEDS.map((s) => fixture('documents', 'seeds', `${s}.pdf`));
const docxs = SEEDS.map((s) => fixture('documents', 'seeds', `${s}.docx`));

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function pdfParseText(file: string): Promise<{ text: string; pages: number }> {
  return pdfParseInProcess(new Uint8Array(readFileSync(file)));
}

async function pdftotext(file: string): Promise<string> {
  return (await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

async function benchTextLayer(): Promise<void> {
  let pages = 0;
  let sims = 0;
  for (const file of pdfs) {
    const parsed = await pdfParseText(file);
    pages += parsed.pages;
    sims += similarity(parsed.text, await pdftotext(file));
  }
  let tParse = 0;
  let tPipeline = 0;
  let tPoppler = 0;
  // Warm-up (untimed except for the cold start of our worker thread, reported on its own).
  const coldStart = await time(() =>
    extractFile(new Uint8Array(readFileSync(pdfs[0]!)), { ocr: false }),
  );
  await pdfParseText(pdfs[0]!);
  await pdftotext(pdfs[0]!);
  // The order of the three methods rotates from file to file: whichever runs right after the
  // in-process parse pays for its garbage collection, so a fixed order would bias the figures.
  let turn = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const file of pdfs) {
      const steps: Array<() => Promise<void>> = [
        async () => {
          tPoppler += await time(() => pdftotext(file));
        },
        async () => {
          tParse += await time(() => pdfParseText(file));
        },
        async () => {
          tPipeline += await time(() =>
            extractFile(new Uint8Array(readFileSync(file)), { ocr: false }),
          );
        },
      ];
      for (let i = 0; i < steps.length; i += 1) await steps[(i + turn) % steps.length]!();
      turn += 1;
    }
  }
  const total = pages * ROUNDS;
  console.log(`PDF text layer: ${pdfs.length} files, ${pages} pages, ${ROUNDS} rounds`);
  console.log(`  pdftotext -layout          ${(total / tPoppler).toFixed(1)} pages/s (reference)`);
  console.log(
    `  pdf-parse (in-process)     ${(total / tParse).toFixed(1)} pages/s  ratio ${(tParse / tPoppler).toFixed(2)}x`,
  );
  console.log(
    `  extractFile (worker+gate)  ${(total / tPipeline).toFixed(1)} pages/s  ratio ${(tPipeline / tPoppler).toFixed(2)}x`,
  );
  console.log(
    `  first extractFile call (cold worker thread start + parse of 000.pdf): ${coldStart.toFixed(2)} s`,
  );
  console.log(`  mean similarity pdf-parse vs pdftotext: ${(sims / pdfs.length).toFixed(4)}`);
}

async function benchDocx(): Promise<void> {
  let tOurs = 0;
  let tRaw = 0;
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const file of docxs) {
      const buffer = readFileSync(file);
      tRaw += await time(() => mammothRawText(new Uint8Array(buffer)));
      tOurs += await time(() => extractFile(new Uint8Array(buffer)));
    }
  }
  const n = docxs.length * ROUNDS;
  console.log(`DOCX: ${docxs.length} files, ${ROUNDS} rounds`);
  console.log(
    `  mammoth.extractRawText     ${(n / tRaw).toFixed(1)} files/s (reference; drops footnotes)`,
  );
  console.log(
    `  extractFile                ${(n / tOurs).toFixed(1)} files/s  ratio ${(tOurs / tRaw).toFixed(2)}x`,
  );
}

function ocrDefaultThreads(file: string, page: number): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-bench-'));
  try {
    const png = execFileSync(
      'pdftoppm',
      ['-r', '300', '-f', `${page}`, '-l', `${page}`, '-gray', '-png', file],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    writeFileSync(path.join(dir, 'p.png'), png);
    execFileSync('tesseract', [path.join(dir, 'p.png'), '-', '-l', 'vie'], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchOcr(): Promise<void> {
  const file = fixture('documents', 'scanned', '001-scan.pdf');
  let pages = 0;
  const tOurs = await time(async () => {
    const result = await extractFile(new Uint8Array(readFileSync(file)));
    if (result.kind === 'document') pages = result.ocrPages.length;
  });
  const tRef = await time(async () => {
    for (let p = 1; p <= pages; p += 1) ocrDefaultThreads(file, p);
  });
  console.log(`OCR: ${path.basename(file)}, ${pages} pages, ${availableParallelism()} cores`);
  console.log(
    `  pdftoppm + tesseract (default threads, sequential)  ${(tRef / pages).toFixed(2)} s/page (reference)`,
  );
  console.log(
    `  extractFile (OMP_THREAD_LIMIT=1, one per core)      ${(tOurs / pages).toFixed(2)} s/page  ratio ${(tOurs / tRef).toFixed(2)}x`,
  );
}

await benchTextLayer();
await benchDocx();
await benchOcr();
