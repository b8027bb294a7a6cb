import type { AuthStore } from '../auth/auth-store.ts';
import type { ApiConfig } from '../config.ts';
import type { UiServices } from './data.ts';
import type { UiSearchQuery } from './lib/search-query.ts';
import type { ActView, DocumentView, SearchResultView } from './types.ts';

/** The data the pages show: the same as GET /api/search, /api/documents/:id, /api/acts/:key. */
export interface UiData {
  search(query: UiSearchQuery): Promise<SearchResultView>;
  /** null when there is no such document */
  getDocument(id: string): Promise<DocumentView | null>;
  /** null when no document is or cites this act */
  getAct(key: string): Promise<ActView | null>;
}

/** `ApiServices` (services/index.ts) satisfies this: `createUiRoutes(services)`. */
export interface UiDeps extends UiServices {
  auth: AuthStore;
  config: Pick<ApiConfig, 'sessionTtlSeconds' | 'cookieSecure' | 'maxUploadBytes'>;
  /** replaces the mapping of the services onto page view models (tests) */
  data?: UiData;
}
