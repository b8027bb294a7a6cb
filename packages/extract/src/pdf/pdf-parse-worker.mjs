// Runs pdf-parse (pdf.js) on PDFs inside a worker thread, so a slow or hanging parse never blocks
// the caller's event loop and can be terminated. The worker is reused for many files (loading
// pdf.js costs ~0.3 s). Plain JavaScript on purpose: worker threads do not inherit the TypeScript
// loader in every runner (vitest, tsx, node).
// Request: { id, data: Uint8Array }. Reply:
//   { id, ok: true, total, pages: [{ num, text }] } | { id, ok: false, name, message }
import { parentPort } from 'node:worker_threads';
import { PDFParse } from 'pdf-parse';

async function extract(data) {
  const parser = new PDFParse({ data, verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: '', disableNormalization: true });
    return {
      ok: true,
      total: result.total,
      pages: result.pages.map((p) => ({ num: p.num, text: p.text })),
    };
  } finally {
    await parser.destroy();
  }
}

parentPort.on('message', ({ id, data }) => {
  extract(data).then(
    (reply) => parentPort.postMessage({ id, ...reply }),
    (error) =>
      parentPort.postMessage({
        id,
        ok: false,
        name: error && typeof error === 'object' && 'name' in error ? String(error.name) : 'Error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
