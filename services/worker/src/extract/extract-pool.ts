/**
 * A small pool of extraction threads. Each task runs in a thread with a time limit: a parser
 * that hangs is stopped by terminating its thread (a fresh one replaces it), and a thread that
 * crashes (out of memory, native fault in a dependency) fails only the task it was running.
 */
import { Worker } from 'node:worker_threads';
import { AppError, ExtractionTimeoutError } from '@vanban/core';
import type { ExtractReply, ExtractTask, ExtractedDocument } from './thread-protocol.ts';

export interface ExtractPoolOptions {
  size: number;
  /** time limit for one document (extraction + analysis) */
  timeoutMs: number;
  /** per-step limit handed to extractFile; defaults to min(timeoutMs, 60 s) */
  stepTimeoutMs?: number;
  /** heap limit of one thread */
  maxOldGenerationSizeMb?: number;
}

export interface ExtractPool {
  extract(blobPath: string, fileName: string): Promise<ExtractedDocument>;
  close(): Promise<void>;
}

const BOOT_URL = new URL('./thread-boot.mjs', import.meta.url);
const ENTRY_URL = new URL('./thread.ts', import.meta.url);

interface Pending {
  task: ExtractTask;
  resolve: (doc: ExtractedDocument) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker | undefined;
  current: (Pending & { timer: NodeJS.Timeout }) | undefined;
}

export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const stepTimeoutMs = options.stepTimeoutMs ?? Math.min(options.timeoutMs, 60_000);
  const slots: Slot[] = Array.from({ length: options.size }, () => ({
    worker: undefined,
    current: undefined,
  }));
  const waiting: Pending[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (slot: Slot): (Pending & { timer: NodeJS.Timeout }) | undefined => {
    const current = slot.current;
    if (current) clearTimeout(current.timer);
    slot.current = undefined;
    return current;
  };

  const discard = (slot: Slot): void => {
    const worker = slot.worker;
    slot.worker = undefined;
    if (worker) void worker.terminate();
  };

  const spawn = (slot: Slot): Worker => {
    const worker = new Worker(BOOT_URL, {
      workerData: { entry: ENTRY_URL.href },
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 2048 },
    });
    worker.on('message', (reply: ExtractReply) => {
      const current = slot.current;
      if (!current || current.task.id !== reply.id) return;
      settle(slot);
      if (reply.ok) current.resolve(reply.document);
      else
        current.reject(
          new AppError(reply.error.code as AppError['code'], reply.error.message, {
            retryable: reply.error.retryable,
          }),
        );
      pump();
    });
    const died = (reason: string): void => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      const current = settle(slot);
      current?.reject(
        new AppError(
          'corrupt_document',
          `Trình đọc tệp bị dừng đột ngột khi xử lý tệp này (${reason}).`,
          {
            context: { reason },
          },
        ),
      );
      pump();
    };
    worker.on('error', (error) => died(error.message));
    worker.on('exit', (code) => died(`exit ${code}`));
    worker.unref();
    return worker;
  };

  const pump = (): void => {
    if (closed) return;
    for (const slot of slots) {
      if (slot.current) continue;
      const next = waiting.shift();
      if (!next) return;
      const worker = slot.worker ?? (slot.worker = spawn(slot));
      const timer = setTimeout(() => {
        const current = settle(slot);
        discard(slot);
        current?.reject(
          new ExtractionTimeoutError(
            `Đọc tệp quá thời gian cho phép (${Math.round(options.timeoutMs / 1000)} giây).`,
          ),
        );
        pump();
      }, options.timeoutMs);
      slot.current = { ...next, timer };
      worker.postMessage(next.task);
    }
  };

  return {
    extract(blobPath, fileName) {
      if (closed) return Promise.reject(new Error('extract pool is closed'));
      return new Promise<ExtractedDocument>((resolve, reject) => {
        waiting.push({
          task: { id: nextId++, blobPath, fileName, stepTimeoutMs },
          resolve,
          reject,
        });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const pending of waiting.splice(0)) pending.reject(new Error('extract pool closed'));
      await Promise.all(
        slots.map(async (slot) => {
          settle(slot)?.reject(new Error('extract pool closed'));
          const worker = slot.worker;
          slot.worker = undefined;
          if (worker) await worker.terminate();
        }),
      );
    },
  };
}
