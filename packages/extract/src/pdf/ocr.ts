/**
 * OCR of PDF pages: poppler renders one page at 300 dpi greyscale, Tesseract (`vie`) reads it.
 * One single-threaded Tesseract per core is about 2-5x faster than Tesseract's own threading.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { ExtractionTimeoutError } from '@vanban/core';

export interface OcrOptions {
  timeoutMs: number;
  language?: string;
}

function ocrPage(pdfPath: string, page: number, options: OcrOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const render = spawn(
      'pdftoppm',
      ['-r', '300', '-f', `${page}`, '-l', `${page}`, '-gray', '-png', pdfPath],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    // `env VAR=1 cmd` adds the variable to the inherited environment.
    const tesseract = spawn(
      'env',
      ['OMP_THREAD_LIMIT=1', 'tesseract', '-', '-', '-l', options.language ?? 'vie'],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    render.stdout.pipe(tesseract.stdin);
    tesseract.stdin.on('error', () => undefined);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    tesseract.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    tesseract.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => {
      render.kill('SIGKILL');
      tesseract.kill('SIGKILL');
      reject(
        new ExtractionTimeoutError(`Nhận dạng chữ (OCR) trang ${page} quá thời gian cho phép.`),
      );
    }, options.timeoutMs);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      reject(error);
    };
    render.on('error', fail);
    tesseract.on('error', fail);
    tesseract.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).toString('utf8').normalize('NFC'));
      else
        fail(
          new Error(
            `tesseract exited with ${code}: ${Buffer.concat(err).toString('utf8').slice(0, 300)}`,
          ),
        );
    });
  });
}

export type OcrPageResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * OCR the given pages, in parallel up to the number of cores. A page that fails is reported in
 * its result; a page that runs out of time fails the whole call (retryable timeout).
 */
export async function ocrPages(
  pdfPath: string,
  pages: number[],
  options: OcrOptions,
): Promise<Map<number, OcrPageResult>> {
  const results = new Map<number, OcrPageResult>();
  const queue = [...pages];
  const workers = Array.from(
    { length: Math.min(availableParallelism(), queue.length) },
    async () => {
      for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
        try {
          results.set(page, { ok: true, text: await ocrPage(pdfPath, page, options) });
        } catch (error) {
          if (error instanceof ExtractionTimeoutError) throw error;
          results.set(page, {
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    },
  );
  await Promise.all(workers);
  return results;
}
