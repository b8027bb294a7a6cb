// Runs pdf-parse (pdf.js) on one PDF inside a worker thread, so a slow or hanging parse never
// blocks the caller's event loop and can be terminated. Plain JavaScript on purpose: worker
// threads do not inherit the TypeScript loader in every runner (vitest, tsx, node).
// Input (workerData): { data: Uint8Array }. Output message:
//   { ok: true, total, pages: [{ num, text }] } | { ok: false, name, message }
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

async function run() {
  const parser = new PDFParse({ data: workerData.data, verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return {
      ok: true,
      total: result.total,
      pages: result.pages.map((p) => ({ num: p.num, text: p.text })),
    };
  } finally {
    await parser.destroy();
  }
}

run().then(
  (message) => parentPort.postMessage(message),
  (error) =>
    parentPort.postMessage({
      ok: false,
      name: error && typeof error === 'object' && 'name' in error ? String(error.name) : 'Error',
      message: error instanceof Error ? error.message : String(error),
    }),
);
