import { Hono } from 'hono';
import type { DocumentService } from '../services/document-service.ts';

/** RFC 6266 / RFC 5987: an ASCII fallback plus the exact UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() || 'document';
  const ascii = base
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (ch) => (ch === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(base.normalize('NFC')).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function createDocumentRoutes(deps: { documents: DocumentService }): Hono {
  const app = new Hono();
  app.get('/:id', async (c) => c.json(await deps.documents.getDocument(c.req.param('id'))));
  app.get('/:id/original', async (c) => {
    const file = await deps.documents.getOriginal(c.req.param('id'));
    c.header('Content-Type', file.mime);
    c.header('Content-Disposition', contentDisposition(file.fileName));
    if (file.size !== undefined) c.header('Content-Length', String(file.size));
    return c.body(file.body);
  });
  return app;
}
