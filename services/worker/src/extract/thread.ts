/**
 * Extraction thread: reads a blob, extracts its text and analyses it, off the worker's main
 * loop. The parent terminates the thread when it runs past its time limit or dies.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { analyze } from '@vanban/analysis';
import { AppError, UnsupportedFormatError } from '@vanban/core';
import { extractFile } from '@vanban/extract';
import type { ExtractReply, ExtractTask } from './thread-protocol.ts';

async function run(task: ExtractTask): Promise<ExtractReply> {
  try {
    const bytes = new Uint8Array(await readFile(task.blobPath));
    const result = await extractFile(bytes, {
      fileName: task.fileName,
      timeoutMs: task.stepTimeoutMs,
    });
    if (result.kind !== 'document') {
      throw new UnsupportedFormatError('Tệp nén nằm trong tệp nén vượt quá độ sâu cho phép.');
    }
    const warnings = [...result.warnings];
    const analysis = analyze(result.text, { warnings });
    const document = {
      mime: result.mime,
      text: result.text,
      ocrPages: result.ocrPages,
      warnings: [...new Set([...result.warnings, ...analysis.warnings])],
      analysis,
      ...(result.pages === undefined ? {} : { pages: result.pages }),
    };
    return { id: task.id, ok: true, document };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        id: task.id,
        ok: false,
        error: { code: error.code, message: error.message, retryable: error.retryable },
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      id: task.id,
      ok: false,
      error: {
        code: 'corrupt_document',
        message: `Không đọc được tệp: ${message}`,
        retryable: false,
      },
    };
  }
}

const port = parentPort;
if (port === null) throw new Error('thread.ts must run in a worker thread');
port.on('message', (task: ExtractTask) => {
  void run(task).then((reply) => port.postMessage(reply));
});
