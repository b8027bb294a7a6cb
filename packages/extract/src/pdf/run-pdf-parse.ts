/**
 * pdf-parse 2.x in worker threads with a time limit. Workers are kept for the next file (idle
 * ones do not keep the process alive); a worker that runs past the limit or crashes is
 * terminated and dropped, so a PDF that makes pdf.js spin cannot block or take down the caller.
 */
import { availableParallelism } from 'node:os';
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

/** pdf-parse failed: `exceptionName` is its exception class (PasswordException, InvalidPDFException, ...). */
export class PdfParseFailure extends Error {
  constructor(
    readonly exceptionName: string,
    message: string,
  ) {
    super(message);
  }
}

type WorkerReply =
  | { id: number; ok: true; total: number; pages: PdfPageText[] }
  | { id: number; ok: false; name: string; message: string };

const WORKER_URL = new URL('./pdf-parse-worker.mjs', import.meta.url);
const idle: Worker[] = [];
let nextId = 1;

function createWorker(): Worker {
  return new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
}

function release(worker: Worker): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  if (idle.length >= availableParallelism()) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push(worker);
}

export function parsePdfInWorker(bytes: Uint8Array, timeoutMs: number): Promise<PdfParseOutput> {
  return new Promise((resolve, reject) => {
    const worker = idle.pop() ?? createWorker();
    worker.ref();
    const id = nextId++;
    let settled = false;
    const finish = (action: () => void, reuse: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      if (reuse) release(worker);
      else {
        worker.removeAllListeners();
        void worker.terminate();
      }
    };
    const timer = setTimeout(() => {
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      finish(
        () =>
          reject(
            new ExtractionTimeoutError(`Đọc tệp PDF quá thời gian cho phép (${seconds} giây).`),
          ),
        false,
      );
    }, timeoutMs);
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id !== id) return;
      finish(() => {
        if (reply.ok) resolve({ total: reply.total, pages: reply.pages });
        else reject(new PdfParseFailure(reply.name, reply.message));
      }, true);
    });
    worker.on('error', (error) => {
      finish(
        () =>
          reject(
            new AppError('corrupt_document', `Trình đọc PDF gặp lỗi: ${error.message}`, {
              cause: error,
            }),
          ),
        false,
      );
    });
    worker.on('exit', (code) => {
      finish(
        () =>
          reject(new AppError('corrupt_document', `Trình đọc PDF dừng bất thường (mã ${code}).`)),
        false,
      );
    });
    const data = new Uint8Array(bytes);
    worker.postMessage({ id, data }, [data.buffer]);
  });
}
