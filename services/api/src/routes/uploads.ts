import { Hono } from 'hono';

/**
 * Placeholder created by the API engineer so app.ts compiles before the ingest routes land;
 * the ingest engineer owns this file and replaces it (design.md: POST /api/uploads, GET /api/uploads/:batchId).
 */
export type UploadRouteDeps = Record<string, never>;

export function createUploadRoutes(_deps: UploadRouteDeps): Hono {
  return new Hono();
}
