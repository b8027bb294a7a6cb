/** Public surface of @vanban/api for other workspace code (CLI, scripts, tests). */
export { createApp, type AppDeps, type AppEnv } from './app.ts';
export {
  apiConfigFromEnv,
  apiEnvSchema,
  loadApiEnv,
  type ApiConfig,
  type ApiEnv,
} from './config.ts';
export { createAuthStore, type AuthStore, type Role } from './auth/index.ts';
export { createDocumentStore } from './adapters/document-store.ts';
export { createJsonLogger, createSilentLogger, type Logger } from './logger.ts';
export { buildOpenApi } from './openapi.ts';
export { createServices, type ApiServices } from './services/index.ts';
export type * from './ports.ts';
