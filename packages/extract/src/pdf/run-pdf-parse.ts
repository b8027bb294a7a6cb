/**
 * pdf-parse 2.x in a worker thread with a time limit. The worker is terminated on timeout, so a
 * PDF that makes pdf.js spin cannot block or take down the caller.
 */
import { Worker } from 'node:worker_threads';
import { AppError, ExtractionTimeoutError } from '@vanban/core';

export interface PdfPageText {
  num: number;
  text: string;
}

export interface PdfParseOutput {
  total: number;
  pages: PdfPageText[];
}

/** pdf-parse failed: `name` is its exception class (PasswordException, InvalidPDFException, ...). */
export class PdfParseFailure extends Error {
  constructor(
    readonly exceptionName: string,
    message: string,
  ) {
    super(message);
  }
}

type WorkerMessage =
  { ok: true; total: number; pages: PdfPageText[] } | { ok: false; name: string; message: string };

const WORKER_URL = new URL('./pdf-parse-worker.mjs', import.meta.url);

export function parsePdfInWorker(bytes: Uint8Array, timeoutMs: number): Promise<PdfParseOutput> {
  return new Promise((resolve, reject) => {
    const data = new Uint8Array(bytes);
    const worker = new Worker(WORKER_URL, {
      workerData: { data },
      transferList: [data.buffer],
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(
          new ExtractionTimeoutError(
            `Đọc tệp PDF quá thời gian cho phép (${Math.round(timeoutMs / 1000)} giây).`,
          ),
        ),
      );
    }, timeoutMs);
    worker.on('message', (message: WorkerMessage) => {
      finish(() => {
        if (message.ok) resolve({ total: message.total, pages: message.pages });
        else reject(new PdfParseFailure(message.name, message.message));
      });
    });
    worker.on('error', (error) => {
      finish(() =>
        reject(
          new AppError('corrupt_document', `Trình đọc PDF gặp lỗi: ${error.message}`, {
            cause: error,
          }),
        ),
      );
    });
    worker.on('exit', (code) => {
      finish(() =>
        reject(new AppError('corrupt_document', `Trình đọc PDF dừng bất thường (mã ${code}).`)),
      );
    });
  });
}
