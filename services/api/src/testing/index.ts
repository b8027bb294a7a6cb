/**
 * What the integration tests under test/integration/api*.test.ts import from the API package.
 * The repository root has no runtime dependencies, so hono and ioredis are re-exported from here
 * (resolved through services/api's own dependencies).
 */
export { Hono } from 'hono';
export { Redis } from 'ioredis';
export * from './fakes.ts';
export { createSearchIndex, type DerivedDocument, type SearchIndex } from '@vanban/search';
export { createBlobStore, createDerivedStore } from '@vanban/storage';
export { createDocumentStore } from '../adapters/document-store.ts';
