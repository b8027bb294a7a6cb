import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId, type RequestIdVariables } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Redis } from 'ioredis';
import { authenticate, requireRole, type AuthStore, type AuthVariables } from './auth/index.ts';
import type { ApiConfig } from './config.ts';
import { createErrorHandler, notFoundHandler, payloadTooLarge } from './errors.ts';
import type { Logger } from './logger.ts';
import { buildOpenApi } from './openapi.ts';
import type { DocumentStorePort, SearchIndexPort } from './ports.ts';
import { createActRoutes } from './routes/acts.ts';
import { createAdminAccountRoutes } from './routes/admin-accounts.ts';
import { createDocumentRoutes } from './routes/documents.ts';
import { createHealthRoutes } from './routes/health.ts';
import { createSearchRoutes } from './routes/search.ts';
import { createSessionRoutes } from './routes/session.ts';
import { createServices, type ApiServices } from './services/index.ts';
import { createUiRoutes } from './ui/index.ts';

export interface AppDeps {
  config: ApiConfig;
  search: SearchIndexPort;
  store: DocumentStorePort;
  /** used for readiness (PING); users, tokens and sessions go through `auth` */
  redis: Pick<Redis, 'ping'>;
  /** users, bearer tokens and sessions (createAuthStore over Redis in main.ts) */
  auth: AuthStore;
  logger: Logger;
  /**
   * The ingest routes, built by the composition root with createUploadRoutes (routes/uploads.ts)
   * and createAdminJobRoutes (routes/admin-jobs.ts); createApp mounts them behind their roles.
   */
  ingest: { uploads: Hono; adminJobs: Hono };
}

export type AppEnv = { Variables: AuthVariables & RequestIdVariables & { logger: Logger } };

/** JSON bodies other than uploads are small. */
const JSON_BODY_LIMIT = 64 * 1024;

/** Builds the whole HTTP app from its dependencies. No env, no sockets: main.ts and tests call it. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { auth } = deps;
  const services: ApiServices = createServices({
    search: deps.search,
    store: deps.store,
    auth,
    config: deps.config,
    logger: deps.logger,
  });
  const app = new Hono<AppEnv>();

  app.onError(createErrorHandler(deps.logger));
  app.notFound(notFoundHandler);

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    const started = performance.now();
    const log = deps.logger.child({ requestId: c.get('requestId') });
    c.set('logger', log);
    await next();
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use(
    '*',
    secureHeaders({ crossOriginResourcePolicy: 'same-origin', referrerPolicy: 'same-origin' }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    c.header('Cache-Control', 'no-store');
  });

  // Public: health, the API description, sign-in.
  app.route(
    '/',
    createHealthRoutes({ redis: deps.redis, search: deps.search, logger: deps.logger }),
  );
  app.get('/api/openapi.json', (c) => c.json(buildOpenApi()));

  app.use('*', authenticate(auth));
  app.use(
    '/api/session',
    bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: (c) => payloadTooLarge(c, JSON_BODY_LIMIT) }),
  );
  app.route('/api/session', createSessionRoutes({ auth, config: deps.config }));

  // Read side: role viewer.
  for (const path of ['/api/search', '/api/search/*', '/api/documents/*', '/api/acts/*']) {
    app.use(path, requireRole('viewer'));
  }
  app.route('/api/search', createSearchRoutes({ search: services.search }));
  app.route('/api/documents', createDocumentRoutes({ documents: services.documents }));
  app.route('/api/acts', createActRoutes({ acts: services.acts }));

  // Uploads: role uploader; the size limit is checked before anything is buffered.
  const maxUpload = deps.config.maxUploadBytes;
  for (const path of ['/api/uploads', '/api/uploads/*']) {
    app.use(path, requireRole('uploader'));
    app.use(path, bodyLimit({ maxSize: maxUpload, onError: (c) => payloadTooLarge(c, maxUpload) }));
  }
  app.route('/api/uploads', deps.ingest.uploads);

  // Administration: role admin.
  app.use('/api/admin/*', requireRole('admin'));
  app.use(
    '/api/admin/*',
    bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: (c) => payloadTooLarge(c, JSON_BODY_LIMIT) }),
  );
  app.route('/api/admin', createAdminAccountRoutes({ auth }));
  app.route('/api/admin', deps.ingest.adminJobs);

  // The server-rendered UI (it checks sign-in per page and redirects to its login form).
  app.route('/', createUiRoutes(services));

  return app;
}
