import { Hono } from 'hono';

/**
 * Placeholder created by the API engineer so app.ts compiles before the admin job routes land;
 * the ingest engineer owns this file and replaces it (reindex, failed jobs). Mounted at /api/admin.
 */
export type AdminJobRouteDeps = Record<string, never>;

export function createAdminJobRoutes(_deps: AdminJobRouteDeps): Hono {
  return new Hono();
}
