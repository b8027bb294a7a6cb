import { Hono } from 'hono';
import type { ActService } from '../services/act-service.ts';

/**
 * `GET /api/acts/:key`. The key is URL-encoded (`102-KH%2FTU`); an unencoded slash
 * (`/api/acts/102-KH/TU`) and common written forms (`102-kh/tu`, `35/NQ-TW`) are accepted too.
 */
export function createActRoutes(deps: { acts: ActService }): Hono {
  const app = new Hono();
  app.get('/:key{.+}', async (c) => c.json(await deps.acts.getAct(c.req.param('key'))));
  return app;
}
